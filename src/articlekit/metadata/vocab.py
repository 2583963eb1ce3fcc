"""Named word lists and token vocabularies for metadata extraction (data, not logic)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = [
    "ARTICLE_TYPES",
    "AUTHOR_ATTR_TOKENS",
    "AUTHOR_JOB_WORDS",
    "AUTHOR_META_NAMES",
    "AUTHOR_NOISE_STARTS",
    "AUTHOR_NOISE_WORDS",
    "AUTHOR_ROLE_WORDS",
    "BYLINE_PREFIXES",
    "BYLINE_STOP_WORDS",
    "COMMENT_BOX_WORDS",
    "COMMENT_COUNT_WORDS",
    "COMMENT_WORDS",
    "COPYRIGHT_MARKS",
    "COUNTRY_NAMES",
    "DATE_ATTR_TOKENS",
    "DATE_MOD_META",
    "DATE_PUB_META",
    "DESCRIPTION_META",
    "DESK_WORDS",
    "EDITED_LABELS",
    "EVENT_LABELS",
    "FURNITURE_WORDS",
    "GENERIC_TITLES",
    "HEADLINE_CLASS_TOKENS",
    "HOST_SUFFIXES",
    "IMAGE_META",
    "KICKER_CLASS_TOKENS",
    "LANGUAGE_META",
    "NAME_CONNECTORS",
    "NAME_PARTICLES",
    "NOTICE_LEAD_WORDS",
    "NOT_PUBLISHED_LABELS",
    "ORG_MARKERS",
    "OTHER_BOX_WORDS",
    "OWNER_META",
    "PHOTO_CREDIT_STARTS",
    "PUBLISHED_LABELS",
    "RELATIVE_DAYS",
    "RELATIVE_ONE",
    "RELATIVE_UNITS",
    "SITE_META",
    "TAG_META",
    "TITLE_META",
    "UPDATED_LABELS",
    "URL_META",
    "WEEKDAY_NAMES",
    "given_names",
]

# JSON-LD @type values that describe the page's article (the object whose fields we read first).
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportage", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle", "socialmediaposting",
    "liveblogposting", "report", "review", "posting", "creativework", "medicalwebpage", "recipe",
    "howto", "webpage", "itempage", "aboutpage", "qapage", "discussionforumposting", "videoobject",
    "podcastepisode", "event", "product",
})

# <meta> keys (name / property / itemprop, lowercased) per field, best first within a source.
TITLE_META = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc:title", "dc.title", "title")
AUTHOR_META_NAMES = (
    "dc.creator", "dc:creator", "dcterms.creator", "author", "article:author", "og:article:author",
    "parsely-author", "sailthru.author", "byl", "twitter:author-label", "citation_author",
    "twitter:creator:name", "article:author_name",
    "cxenseparse:author", "analytics:author", "authors",
)
DATE_PUB_META = (
    "article:published_time", "og:article:published_time", "article:published", "published_time",
    "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "pubdate", "publishdate", "publish_date", "publish-date",
    "publication_date", "date", "dc.date", "dcterms.date", "citation_publication_date", "citation_date",
    "article.published", "og:published_time", "originalpublicationdate", "cxenseparse:recs:publishtime",
    "date.available", "datecreated", "created", "release_date", "og:pubdate", "article_date_original",
    "sailthru.published_time", "displaydate", "dc.date.published", "rnews:datepublished",
    "article:post_date", "pub_date", "timestamp", "dc.issued",
)
DATE_MOD_META = (
    "article:modified_time", "og:updated_time", "og:article:modified_time", "article:modified",
    "modified_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified",
    "lastmod", "revised", "updated_time", "article.updated", "dateupdated", "lastmodified", "last_modified",
    "dateupdate",
)
# DOMAIN_OWNER: meta tags that may name a personal site's owner
OWNER_META = ("og:site_name", "application-name", "copyright", "msapplication-tooltip")
SITE_META = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site",
             "publisher", "dc.publisher", "cxenseparse:site", "al:android:app_name")
LANGUAGE_META = ("og:locale", "content-language", "language", "dc.language", "dcterms.language", "lang",
                 "inlanguage")
DESCRIPTION_META = ("og:description", "description", "twitter:description", "dc.description")
IMAGE_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src",
              "thumbnail", "image")
URL_META = ("og:url", "twitter:url")
TAG_META = ("article:tag", "keywords", "news_keywords", "parsely-tags", "sailthru.tags")

# Class/id/itemprop/rel tokens marking an element that holds the author's name.
AUTHOR_ATTR_TOKENS = ("byline", "author", "writer", "autor", "auteur", "dateline", "writtenby",
                      "p-author", "creator", "posted-by", "postedby", "by-line", "reporter", "contributor",
                      "submitted", "username")
# Class/id tokens marking an element that holds the publication date.
DATE_ATTR_TOKENS = ("date", "time", "publish", "posted", "datum", "fecha", "timestamp", "dateline",
                    "byline", "meta", "entry-date", "post-date", "pubdate", "article-info", "fecha")

# Words that introduce a byline ("By Jane Doe", "Von Max Muster", "Par Jean Dupont" …).
BYLINE_PREFIXES = (
    "written by", "published by", "posted by", "reported by", "story by", "words by", "text by",
    "compiled by", "edited by", "by", "von", "par", "por", "från",
    "eingestellt von", "erstellt von", "ein artikel von", "artikel von", "gespeichert von", "geschrieben von",
    "verfasst von", "ein beitrag von", "ein gastbeitrag von", "beitrag von", "text von", "publiziert von",
    "veröffentlicht von", "publicado por", "escrito por", "écrit par", "publié par", "rédigé par",
    "scritto da", "pubblicato da", "geplaatst door", "geschreven door",
    "text", "texte", "texto", "fotos", "foto", "photos", "interview", "autor", "autorin", "author",
    "auteur", "autore", "redaktion", "reporter", "posted", "published", "written",
)
# Job titles: dropped at either end of a name ("Reporter Jane Doe", "Jane Doe, Staff Writer").
AUTHOR_JOB_WORDS = frozenset({
    "staff", "reporter", "reporters", "writer", "writers", "editor", "editors", "correspondent",
    "correspondents", "contributor", "contributors", "columnist", "producer", "journalist", "journalistin",
    "photographer", "intern", "freelancer", "redakteur", "redakteurin", "autor", "autorin", "author",
    "authors", "analyst", "staffer", "reportero", "periodista", "redactor", "redactora", "journaliste",
    "rédacteur", "giornalista",
})
# Words that qualify a job title ("Senior Political Reporter"): dropped only after a job word went.
AUTHOR_ROLE_WORDS = AUTHOR_JOB_WORDS | frozenset({
    "senior", "chief", "associate", "managing", "deputy", "political", "business", "science",
    "technology", "tech", "sports", "health", "news", "digital", "video", "guest", "special", "freelance",
    "contributing", "staff", "bureau", "desk", "team", "wire", "editorial", "international", "national",
    "executive", "assistant", "global", "investigative", "features", "entertainment", "politics",
    "economics", "economy", "culture", "travel", "opinion", "data", "white", "house", "legal",
    "correspondent", "foreign", "local", "metro",
})
# Whole values that are labels, not names.
AUTHOR_NOISE_WORDS = frozenset({
    "admin", "administrator", "staff", "guest", "anonymous", "unknown", "none", "null", "by", "author",
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
                         "s.l.", "co.", "kg", "mbh", "gbr", "ug", "university", "universität"})
# Lowercase particles allowed inside personal names ("Jose de la Cruz", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"de", "la", "le", "van", "von", "der", "den", "da", "di", "du", "del", "della",
                            "dos", "das", "do", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y", "e",
                            "st.", "mc", "mac", "dit", "lo"})
# Words after which a byline holds no more names: weekdays, "ago" words, "at"/"on" with a date.
BYLINE_STOP_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "mo", "di", "mi", "do", "fr", "sa", "so",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
    "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
    "ago", "před", "hace", "vor", "il", "am", "um", "on", "at", "publiziert", "veröffentlicht",
    "aktualisiert", "updated", "published", "posted", "stand", "gepostet", "contactar", "kontakt",
    "contact", "about", "hier", "heute", "gestern", "today", "yesterday", "mehr", "more", "follow",
    "folgen", "teilen", "share", "email", "e-mail", "illustration", "illustrationen", "foto", "fotos",
    "photo", "photos", "bild", "bilder", "grafik", "video", "mitarbeit", "zuletzt",
})
# COMMENT_COUNT: a byline ends at a comment link ("Jane Doe Ein Kommentar", "Jane Doe 3 Comments").
COMMENT_WORDS = ("kommentar", "kommentare", "comment", "comments", "commentaire", "commentaires",
                 "comentario", "comentarios", "commento", "commenti", "reactie", "reacties")
# ...with the count before it: a number or one of these words
COMMENT_COUNT_WORDS = ("ein", "eine", "kein", "keine", "one", "no", "un", "une", "uno", "una", "geen",
                       "leave a", "add a", "hinterlasse einen", "schreibe einen")

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

# Connectors that join several names ("A, B and C").
NAME_CONNECTORS = ("and", "und", "et", "y", "e", "en", "och", "og", "i", "&", "with", "mit", "avec", "con")

# Labels of dates that never date the article: a member's sign-up day, a birthday, an edit stamp.
NOT_PUBLISHED_LABELS = ("joined", "registered", "registered since", "member since", "registriert",
                        "registriert seit", "mitglied seit", "dabei seit", "angemeldet seit", "inscrit le",
                        "inscrit depuis", "membre depuis", "registrado", "miembro desde", "iscritto",
                        "lid sinds", "geboren", "geboren am", "born", "last edited", "zuletzt bearbeitet",
                        "last login", "letzter besuch", "letzte aktivität", "last seen", "last active")
# The edit stamps among them: a page whose only dates carry one was published no later (EDITED_ONLY).
EDITED_LABELS = ("last edited", "zuletzt bearbeitet")
# EVENT_LABELS: a date after these is when something happens or ends (an event, a deadline), not the
# day the page came out ("Termin: 21.02.2020, 19 Uhr", "Deadline: 1 March 2024").
EVENT_LABELS = ("termin", "veranstaltungsdatum", "event date", "deadline", "einsendeschluss", "anmeldeschluss",
                "bewerbungsschluss", "date limite", "fecha límite", "scadenza", "valid until", "gültig bis",
                "expires", "expiry date", "ablaufdatum")

# Labels that name the date after them as the publication date.
PUBLISHED_LABELS = ("published", "published on", "posted on", "veröffentlicht", "veröffentlicht am",
                    "publiziert", "publiziert am", "erschienen am", "erstellt am", "publié le", "publié",
                    "publicado", "publicado el", "pubblicato", "pubblicato il", "gepubliceerd")

# UPDATE_LABEL: labels that name the date after them as the last update, never the publication: such a
# date is ``date_modified`` ("Updated: Dec 4, 2025", "Aktualisiert am 3. Mai 2024", "Mis à jour le 3 mai").
# Matched as the end of the text just before the date, so "last updated on" ends with "updated on".
UPDATED_LABELS = ("updated", "updated on", "updated at", "update", "last modified", "modified", "modified on",
                  "aktualisiert", "aktualisiert am", "zuletzt aktualisiert", "geändert", "geändert am",
                  "mis à jour", "mis à jour le", "mise à jour", "mise à jour le", "actualizado",
                  "actualizado el", "actualizado a", "última actualización", "aggiornato", "aggiornato il",
                  "ultimo aggiornamento", "bijgewerkt", "bijgewerkt op", "atualizado", "atualizado em",
                  "更新", "更新日", "更新日時")

# Relative-date phrases: "ago" words per language and unit words mapped to a unit name.
RELATIVE_UNITS: dict[str, str] = {
    "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds",
    "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
    "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours", "h": "hours",
    "day": "days", "days": "days", "week": "weeks", "weeks": "weeks",
    "sekunde": "seconds", "sekunden": "seconds", "minute ": "minutes", "minuten": "minutes",
    "stunde": "hours", "stunden": "hours", "tag": "days", "tagen": "days", "woche": "weeks",
    "wochen": "weeks",
    "seconde": "seconds", "secondes": "seconds", "heure": "hours", "heures": "hours", "jour": "days",
    "jours": "days", "semaine": "weeks", "semaines": "weeks",
    "segundo": "seconds", "segundos": "seconds", "minuto": "minutes", "minutos": "minutes",
    "hora": "hours", "horas": "hours", "día": "days", "días": "days", "dia": "days", "dias": "days",
    "semana": "weeks", "semanas": "weeks",
    "minuti": "minutes", "ora": "hours", "ore": "hours", "giorno": "days", "giorni": "days",
    "settimana": "weeks", "settimane": "weeks",
    "分钟": "minutes", "分鐘": "minutes", "分": "minutes", "小时": "hours", "小時": "hours",
    "時間": "hours", "天": "days", "日": "days", "周": "weeks", "週間": "weeks", "秒": "seconds",
}
# Words meaning "one" in "an hour ago", "vor einer Stunde", "il y a une heure", "hace un día".
RELATIVE_ONE = frozenset({"a", "an", "one", "ein", "eine", "einer", "einem", "un", "une", "una", "uno"})
# Words for yesterday and today, to their offset in days.
RELATIVE_DAYS: dict[str, int] = {
    "yesterday": 1, "today": 0, "gestern": 1, "heute": 0, "hier": 1, "aujourd'hui": 0, "ayer": 1,
    "hoy": 0, "ieri": 1, "oggi": 0, "ontem": 1, "hoje": 0, "gisteren": 1, "vandaag": 0, "昨天": 1,
    "今天": 0, "昨日": 1, "今日": 0,
}

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

# COPYRIGHT_OWNER: marks opening a copyright notice, and words that may stand between the mark and
# the years ("© since 2010 by Jane Doe", "Copyright: Jane Doe")
COPYRIGHT_MARKS = ("©", "(c)", "(C)", "Copyright", "COPYRIGHT")
NOTICE_LEAD_WORDS = ("since", "seit", "depuis", "desde")

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


# GENERIC_TITLE: page labels that name a page's place in the site, not its content ("Home", "About us").
GENERIC_TITLES = frozenset({
    "home", "homepage", "home page", "start", "startseite", "index", "welcome", "willkommen", "bienvenue",
    "bienvenido", "benvenuto", "welkom", "about", "about us", "über uns", "wir über uns", "à propos",
    "qui sommes-nous", "quiénes somos", "chi siamo", "over ons", "news", "latest news", "aktuelles",
    "neuigkeiten", "nachrichten", "actualités", "noticias", "notizie", "nieuws", "blog", "untitled",
    "untitled document", "page", "contact", "contact us", "kontakt", "accueil", "inicio", "portada",
})

# COMMENT_AUTHOR / COMMENT_TIME: class or id words of a reader comment's box
COMMENT_BOX_WORDS = ("comment",)
# BOXED_AUTHOR: class or id words of boxes whose author elements name someone else's text
OTHER_BOX_WORDS = ("comment", "teaser", "related")

# HEADLINE_CLASS: class tokens of an element that holds the page's own headline when the page has no
# <h1> and declares no title (blog themes: "entry-title", "post-title"); a "site-title" is the banner
HEADLINE_CLASS_TOKENS = ("entry-title", "post-title", "article-title", "story-title", "news-title",
                         "article-headline", "post-headline", "entry-headline", "headline")
# ...and class/id words of the page furniture whose headings never name the page (banner, menus, sidebars)
FURNITURE_WORDS = ("site-title", "site-name", "logo", "brand", "banner", "masthead", "nav", "menu", "sidebar",
                   "widget", "footer", "related", "comment", "teaser", "promo")

# KICKER_ELEMENT: class tokens of a kicker (roofline) set inside the headline element, above the headline
KICKER_CLASS_TOKENS = ("kicker", "dachzeile", "roofline", "overline", "topline", "toptitle", "eyebrow",
                       "supertitle", "pretitle", "subtitle", "spitzmarke", "visually-hidden", "sr-only")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (casefolded): a site named after a person starts with one ("Zoo Berlin" does not)."""
    raw = resources.files("articlekit.data").joinpath("metadata_given_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in raw.splitlines() if line.strip()[:1].isalpha())
