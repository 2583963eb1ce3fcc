"""Word lists for reading authors (data, not logic): byline openers, job and role words, labels that
name no one, organisation and desk markers, name particles and connectors, the words that end a byline,
and the meta tags that declare an author."""

from __future__ import annotations

from functools import lru_cache

from articlekit.bundled import data_text

__all__ = [
    "AUTHOR_JOB_WORDS",
    "AUTHOR_META_NAMES",
    "AUTHOR_NOISE_STARTS",
    "AUTHOR_NOISE_WORDS",
    "AUTHOR_ROLE_WORDS",
    "BYLINE_PREFIXES",
    "BYLINE_STOP_WORDS",
    "CJK_BYLINE_LABELS",
    "COMMENT_COUNT_WORDS",
    "COMMENT_WORDS",
    "COUNTRY_NAMES",
    "DESK_WORDS",
    "HOST_SUFFIXES",
    "NAME_CONNECTORS",
    "NAME_PARTICLES",
    "NOT_BYLINE_CONTAINERS",
    "ORG_MARKERS",
    "OTHER_BOX_WORDS",
    "OWNER_META",
    "PHOTO_CREDIT_STARTS",
    "WEEKDAY_NAMES",
    "given_names",
]

# <meta> keys (name / property / itemprop, lowercased) that declare the author, best first.
AUTHOR_META_NAMES = (
    "dc.creator", "dc:creator", "dcterms.creator", "author", "article:author", "og:article:author", "og:author",
    "parsely-author", "sailthru.author", "byl", "twitter:author-label", "citation_author",
    "twitter:creator:name", "article:author_name",
    "cxenseparse:author", "analytics:author", "authors",
)
# DOMAIN_OWNER: meta tags that may name a personal site's owner
OWNER_META = ("og:site_name", "application-name", "copyright", "msapplication-tooltip")
# NOT_AN_AUTHOR: elements whose names credit a photo, another text or a quoted person
NOT_BYLINE_CONTAINERS = frozenset({"figure", "figcaption", "aside", "blockquote", "q"})
# BOXED_AUTHOR: class or id words of boxes whose author elements name someone else's text
OTHER_BOX_WORDS = ("comment", "teaser", "related")

# Words that introduce a byline ("By Jane Doe", "Von Max Muster", "Par Jean Dupont" …).
BYLINE_PREFIXES = (
    "written by", "published by", "posted by", "reported by", "story by", "words by", "text by",
    "compiled by", "edited by", "by", "von", "par", "por", "från",
    "eingestellt von", "erstellt von", "ein artikel von", "artikel von", "gespeichert von", "geschrieben von",
    "verfasst von", "ein beitrag von", "ein gastbeitrag von", "beitrag von", "text von", "publiziert von",
    "veröffentlicht von", "publicado por", "escrito por", "écrit par", "publié par", "rédigé par",
    "scritto da", "pubblicato da", "geplaatst door", "geschreven door",
    "text", "texte", "texto", "fotos", "foto", "photos", "interview", "autor", "autorin", "author",
    # German gender-inclusive labels: without them "Autor/in: Jane Doe" is split at the slash
    "autor/in", "autor*in", "autor:in", "autor_in", "autor/-in",
    "auteur", "autore", "redaktion", "reporter", "posted", "published", "written",
)
# Job titles: dropped at either end of a name ("Reporter Jane Doe", "Jane Doe, Staff Writer").
AUTHOR_JOB_WORDS = frozenset({
    "staff", "reporter", "reporters", "writer", "writers", "editor", "editors", "correspondent",
    "correspondents", "contributor", "contributors", "columnist", "producer", "journalist", "journalistin",
    "photographer", "intern", "freelancer", "redakteur", "redakteurin", "autor", "autorin", "author",
    "authors", "analyst", "staffer", "reportero", "periodista", "redactor", "redactora", "journaliste",
    "rédacteur", "giornalista",
    # the job titles of author cards on company and expert blogs ("Jane Doe, Content Marketing Coordinator")
    "expert", "coordinator", "manager", "director", "specialist", "consultant", "founder", "co-founder", "ceo",
    "attorney", "lawyer", "strategist", "marketer", "copywriter", "designer", "developer", "engineer",
    "researcher", "scientist", "advisor", "adviser", "representative", "gardener",
})
# Words that qualify a job title ("Senior Political Reporter"): dropped only after a job word went.
AUTHOR_ROLE_WORDS = AUTHOR_JOB_WORDS | frozenset({
    "senior", "chief", "associate", "managing", "deputy", "political", "business", "science",
    "technology", "tech", "sports", "health", "news", "digital", "video", "guest", "special", "freelance",
    "contributing", "staff", "bureau", "desk", "team", "wire", "editorial", "international", "national",
    "executive", "assistant", "global", "investigative", "features", "entertainment", "politics",
    "economics", "economy", "culture", "travel", "opinion", "data", "white", "house", "legal",
    "correspondent", "foreign", "local", "metro",
    "content", "marketing", "master", "security", "home", "trial", "candidate", "product", "growth", "seo",
    "social", "media", "communications", "certified", "licensed", "lead", "principal", "creative", "research",
    "medical", "clinical", "financial", "brand", "project", "general", "software", "web",
})
# Whole values that are labels, not names.
AUTHOR_NOISE_WORDS = frozenset({
    "admin", "administrator", "full bio", "bio", "staff", "guest", "anonymous", "unknown", "none", "null", "by",
    "author",
    "editor", "editors", "reporter", "posted", "published", "share", "follow", "email", "e-mail",
    "facebook", "twitter", "more", "comments", "comment", "and", "read more", "view all posts",
    "view profile", "see all", "staff writer", "staff reporter", "rss", "home", "contact", "menu",
    "search", "login", "name", "datum", "date", "stand", "text", "fotos", "foto", "photo", "photos",
    "interview", "autor", "autorin", "autoren", "autorinnen", "redaktion", "bild", "bilder", "quelle", "source", "mehr",
    "kontakt", "profil", "profile", "publiziert", "veröffentlicht", "aktualisiert", "updated",
    "anzeige", "werbung", "artikel", "beitrag", "link", "links", "print", "drucken", "teilen",
    # wire credits that name no one: "Agencies", "Agenturen"
    "agencies", "agency", "agenturen", "agentur",
    # CMS account placeholders and sign-in links
    "sign", "sign in", "super user", "publisher", "herausgeber", "user", "username", "benutzername",
    "unbenannt", "anonym", "anonyme", "anónimo", "anonimo", "wordpressadmin", "webmaster",
    # DEGREE_NOT_NAME: "Jane Doe, PhD" splits off a degree, not a second person
    "phd", "ph.d", "ph.d.", "md", "m.d.", "mph", "mba", "msc", "m.sc.", "bsc", "dphil", "rn", "jd", "esq",
})
# A part of a byline that starts with one of these is a link or a label, not a name.
AUTHOR_NOISE_STARTS = ("follow", "contact", "email", "e-mail", "view ", "more from", "read ", "see ",
                       "mehr von", "alle artikel", "kontakt", "twitter", "facebook", "instagram",
                       "updated", "published", "aktualisiert", "publiziert", "veröffentlicht", "stand:",
                       "zuletzt", "last updated", "last modified", "hinterlasse", "leave a", "kommentar",
                       "comments", "no comments", "keine kommentare")
# A byline that opens with one of these credits a picture, not the story.
PHOTO_CREDIT_STARTS = ("photograph", "photo", "foto", "bild:", "bilder:", "image", "credit", "illustration",
                       "grafik", "video:")
# Words marking an organisation ("Hanns-Seidel-Stiftung e.V.", "Foo GmbH"): not a person.
ORG_MARKERS = frozenset({"e.v", "e.v.", "ev", "gmbh", "ag", "inc", "inc.", "ltd", "ltd.", "llc", "plc",
                         "corp", "corp.", "verlag", "stiftung", "verband", "e. v", "s.a.", "sa", "sas", "srl",
                         "s.l.", "co.", "kg", "mbh", "gbr", "ug", "university", "universität",
                         "institute", "institut", "foundation", "association"})
# Lowercase particles allowed inside personal names ("Jose de la Cruz", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"de", "la", "le", "van", "von", "der", "den", "da", "di", "du", "del", "della",
                            "dos", "das", "do", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y", "e",
                            "st.", "mc", "mac", "dit", "lo"})
# WEEKDAY_NOT_NAME: full weekday names are never part of a person's name ("by Monday Jane Doe" → "Jane Doe").
WEEKDAY_NAMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
    "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
})
# Words after which a byline holds no more names: weekdays, "ago" words, "at"/"on" with a date.
BYLINE_STOP_WORDS = WEEKDAY_NAMES | frozenset({
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "mo", "di", "mi", "do", "fr", "sa", "so",
    "ago", "před", "hace", "vor", "il", "am", "um", "on", "at", "publiziert", "veröffentlicht",
    "aktualisiert", "updated", "published", "posted", "stand", "gepostet", "contactar", "kontakt",
    "contact", "about", "hier", "heute", "gestern", "today", "yesterday", "mehr", "more", "follow",
    "folgen", "teilen", "share", "email", "e-mail", "illustration", "illustrationen", "foto", "fotos",
    "photo", "photos", "bild", "bilder", "grafik", "video", "mitarbeit", "zuletzt",
    "sponsored", "advertisement", "promoted", "anzeige",
})
# COMMENT_COUNT: a byline ends at a comment link ("Jane Doe Ein Kommentar", "Jane Doe 3 Comments").
COMMENT_WORDS = ("kommentar", "kommentare", "comment", "comments", "commentaire", "commentaires",
                 "comentario", "comentarios", "commento", "commenti", "reactie", "reacties")
# ...with the count before it: a number or one of these words
COMMENT_COUNT_WORDS = ("ein", "eine", "kein", "keine", "one", "no", "un", "une", "uno", "una", "geen",
                       "leave a", "add a", "hinterlasse einen", "schreibe einen")

# Connectors that join several names ("A, B and C").
NAME_CONNECTORS = ("and", "und", "et", "y", "e", "en", "och", "og", "i", "&", "with", "mit", "avec", "con")

# Country names (English and native forms): an author string listing one is an address or an
# organisation's location ("Nürnberg, Germany"), never a person's name.
COUNTRY_NAMES = frozenset({
    "germany", "deutschland", "austria", "österreich", "switzerland", "schweiz", "suisse", "svizzera",
    "france", "italy", "italia", "spain", "españa", "portugal", "netherlands", "nederland", "belgium",
    "belgique", "belgië", "luxembourg", "denmark", "danmark", "sweden", "sverige", "norway", "norge",
    "finland", "suomi", "poland", "polska", "czech republic", "česko", "hungary", "magyarország",
    "greece", "ireland", "united kingdom", "uk", "england", "scotland", "wales", "usa", "u.s.a.",
    "united states", "united states of america", "canada", "mexico", "méxico", "brazil", "brasil",
    "argentina", "chile", "colombia", "peru", "perú", "australia", "new zealand", "india", "china",
    "japan", "russia", "turkey", "türkei", "israel", "south africa",
})


# HOST_NOT_PERSON: the endings of a site's host name ("datev.de"); an author written so names a site
HOST_SUFFIXES = frozenset({
    "com", "org", "net", "info", "biz", "io", "eu", "news", "online", "live", "media", "blog", "tv",
    "de", "at", "ch", "li", "fr", "be", "nl", "lu", "it", "es", "pt", "uk", "ie", "dk", "se", "no", "fi",
    "pl", "cz", "sk", "hu", "ro", "gr", "ru", "us", "ca", "mx", "br", "ar", "cl", "co", "pe", "au", "nz",
    "in", "jp", "cn", "kr", "za",
})

# Words naming an editorial desk rather than a person: "Multimedia Redaktion", "Teufel Editorial Team".
DESK_WORDS = frozenset({"redaktion", "onlineredaktion", "online-redaktion", "team", "desk", "newsroom",
                        "editorial", "staff", "rédaction", "redacción", "redazione", "redactie", "redaktionen"})


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (casefolded): a site named after a person starts with one ("Zoo Berlin" does not)."""
    raw = data_text("metadata_given_names.txt")
    return frozenset(line.strip().casefold() for line in raw.splitlines() if line.strip()[:1].isalpha())

# Labels that open a Chinese/Japanese byline line: editor in charge, author, reporter (zh and ja), text by.
CJK_BYLINE_LABELS = ("责任编辑", "作者", "记者", "編集", "記者", "撰文", "文")
