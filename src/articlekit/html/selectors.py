"""Named vocabularies used to tell article content from page furniture.

Everything here is data: tag groups, class/id token groups and phrase lists. Class and id values are
split into lowercase tokens (``"articleBody share-bar"`` → ``article``, ``body``, ``share``, ``bar``)
plus each whole class name, and compared with these sets, so one vocabulary covers kebab-case,
snake_case and camelCase spellings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "APPEAL_KEYWORDS",
    "APPEAL_LINE",
    "APPEAL_PHRASES",
    "ARTICLE_BODY_CLASSES",
    "ARTICLE_BODY_SUBSTRINGS",
    "BLOCK_TAGS",
    "BOILERPLATE_CLASS_NAMES",
    "BOILERPLATE_HEADINGS",
    "BOILERPLATE_LINE",
    "BOILERPLATE_ROLES",
    "BOILERPLATE_SUBSTRINGS",
    "BOILERPLATE_TOKENS",
    "BYLINE_LINE",
    "CAPTION_LINE",
    "DESCRIPTIVE_CLASS_PREFIXES",
    "DROP_TAGS",
    "EMBED_SUBSTRINGS",
    "FURNITURE_TAGS",
    "HEADING_TAGS",
    "HIGHLIGHT_CLASS_TOKENS",
    "HIGHLIGHT_TITLES",
    "INLINE_TAGS",
    "PARAGRAPH_TAGS",
    "SCREEN_READER_CLASSES",
    "STRONG_BOILERPLATE_TOKENS",
    "WEAK_BOILERPLATE_TOKENS",
    "ClassName",
    "class_roles",
    "class_tokens",
    "plain_parts",
    "role_heads",
    "role_tokens",
]

# --------------------------------------------------------------------------- tags

# Never content: code, styling, embedded objects and form controls.
DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
    "applet", "audio", "video", "source", "track", "map", "area", "input", "select", "option",
    "textarea", "button", "datalist", "dialog", "head", "title", "meta", "link", "base",
    "figcaption", "picture", "img",
})
# Page furniture by HTML semantics; removed unless they hold most of the page's prose.
FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "header", "menu"})
# Elements that lay text out inline: their text belongs to the nearest non-inline ancestor.
INLINE_TAGS = frozenset({
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span",
    "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements whose text is one paragraph of content.
PARAGRAPH_TAGS = frozenset({"p", "pre", "li", "dd", "dt", "td", "th", "blockquote", "address"}) | HEADING_TAGS
# Elements that start a new block when met inside running text.
BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
    "fieldset", "figure", "form", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
}) | HEADING_TAGS | FURNITURE_TAGS

# ARIA landmark roles that are never the article.
BOILERPLATE_ROLES = frozenset({
    "navigation", "banner", "complementary", "contentinfo", "search", "dialog", "alertdialog", "menu",
    "menubar", "toolbar", "alert", "tooltip",
})

# --------------------------------------------------------------------------- class / id tokens

# Strong tokens: furniture wherever they appear in a class name ("main-share-bar", "adSlot").
_NAVIGATION = frozenset({
    "nav", "navbar", "navigation", "menu", "submenu", "breadcrumb", "breadcrumbs", "masthead",
    "pagination", "pager", "sitemap", "hamburger", "skiplink", "prev", "previous", "nextprev", "prevnext",
})
_SHARING = frozenset({
    "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials", "addthis", "sharethis",
    "shariff", "whatsapp", "linkedin", "pinterest",
})
_ADS = frozenset({
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit",
    "adsense", "adcontainer", "dfp", "sponsor", "sponsored", "sponsors", "promo", "promoted",
    "taboola", "outbrain", "billboard", "leaderboard", "skyscraper", "mpu", "dfad", "adhesion",
    "interstitial",
})
_RELATED = frozenset({
    "related", "recommended", "recommendations", "recommendation", "trending", "mostread",
    "mostpopular", "readmore", "morestories", "recirculation", "recirc", "upnext",
})
_BIO = frozenset({"bio", "bios", "authorbio", "byline", "bylines", "dateline"})
_COMMENTS = frozenset({"comment", "comments", "commentlist", "disqus", "respond", "replies"})
_NEWSLETTER = frozenset({
    "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin",
})
_COOKIE = frozenset({"cookie", "cookies", "consent", "gdpr", "onetrust", "cookiebar"})
_HIDDEN = frozenset({
    "sidebar", "footer", "modal", "popup", "sronly", "screenreader", "visuallyhidden", "offscreen",
})
# Every token that marks a subtree as page furniture wherever it stands in a class name.
BOILERPLATE_TOKENS = (
    _NAVIGATION | _SHARING | _ADS | _RELATED | _BIO | _COMMENTS | _NEWSLETTER | _COOKIE | _HIDDEN
)
# Weak tokens: furniture only as a whole class name or the head of a two-part one ("widget",
# "caption-text", "tags-list"); page builders use them as modifiers ("elementor-widget-container",
# "entry-thumbnail-content-column") of content elements.
WEAK_BOILERPLATE_TOKENS = frozenset({
    "widget", "widgets", "header", "hidden", "hide", "overlay", "tags", "tag", "taglist", "keywords",
    "topics", "rating", "search", "tools", "icon", "icons", "btn", "button", "survey", "poll",
    "noprint", "toc", "logo", "brand", "notice", "alert", "tooltip",
    "badge", "label", "caption", "captions", "credit", "credits", "copyright", "photocredit", "gallery",
    "slideshow", "carousel", "slider", "lightbox", "thumbnail", "thumb", "thumbnails", "author",
    "authors", "contributor", "timestamp", "published", "updated", "meta", "avatar", "discussion",
    "reply", "reactions", "feedback", "forum", "registration", "register", "login", "signin", "cta",
    "donate", "donation", "membership", "suggested", "suggestions", "teasers", "headlines", "also",
    "further", "latest", "more", "similar", "popular", "follow", "rss", "bookmark", "facebook",
    "twitter", "reddit", "banner", "promotion", "commercial", "marketing", "affiliate", "gpt",
    "toolbar", "topbar", "dropdown", "skip", "jump", "aside", "cmp", "date",
})
# Whole class names (after lowercasing) that are furniture although their tokens are not.
BOILERPLATE_CLASS_NAMES = frozenset({
    "most-read", "most-popular", "read-more", "see-also", "more-on", "also-read", "in-this-section",
    "sr-only", "visually-hidden", "screen-reader-text", "element-invisible", "wp-caption-text",
    "article-tags", "post-tags", "entry-tags", "author-box", "about-author", "about-the-author",
    "next-article", "prev-article", "article-footer",
    "post-footer", "entry-footer", "article-meta", "post-meta", "entry-meta", "image-credit",
    "photo-credit", "media-credit", "wp-caption", "print-header",
})
# Substrings that mark a class/id as furniture even when glued to other words ("relatedpoststitle").
BOILERPLATE_SUBSTRINGS = ("related", "newsletter", "advert", "cookie", "breadcrumb", "sidebar", "sharing",
                          "social", "promo", "disqus", "taboola", "outbrain", "comments", "postmetadata",
                          "authorbox", "authorinfo", "disclaimer", "nextpost", "nextstory", "caption")
# Class names of text shown to screen readers only ("Opens in a new window"), removed even inline.
SCREEN_READER_CLASSES = frozenset({
    "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
    "element-invisible", "a11y-hidden", "u-visually-hidden", "hidden", "offscreen", "sr-text",
})
# Substrings of embedded posts (tweets, Instagram): quoted content the article shows, never furniture.
EMBED_SUBSTRINGS = ("tweet", "embed", "instagrammedia")  # matched in glued names (no separators)
# Class names that only ever hold an article's body: such subtrees are never removed as furniture.
ARTICLE_BODY_CLASSES = frozenset({
    "article-body", "articlebody", "article__body", "article-content", "article__content",
    "articlecontent", "article-text", "article_body", "article-body-text", "story-body", "storybody",
    "story-content", "story-text", "story__body", "entry-content", "entry_content", "post-content",
    "post-body", "postbody", "post-entry", "post_content", "td-post-content", "content-body",
    "body-text", "bodytext", "rich-text", "richtext", "article-main", "main-content", "maincontent",
    "field-body", "field-name-body", "text-content", "page-content", "single-content",
    "article-detail", "article-details", "news-content", "news-text", "newsbody", "blog-content",
    "blog-post-body", "articletext", "art_content", "zn-body__paragraph",
})

# The same, as substrings of a class name with separators removed ("RichTextArticleBody-body").
ARTICLE_BODY_SUBSTRINGS = ("articlebody", "articlecontent", "articletext", "storybody", "storycontent",
                           "storytext", "postbody", "postcontent", "entrycontent", "entrybody", "newsbody",
                           "contentbody", "bodytext", "articlecopy", "storycopy")

# Tokens in a box's class/id that mark the publisher's own summary box.
HIGHLIGHT_CLASS_TOKENS = frozenset({
    "keypoints", "key-points", "highlights", "tldr", "takeaways", "key-takeaways", "inbrief", "in-brief",
    "at-a-glance", "story-highlights", "article-highlights", "keyfacts", "key-facts", "summary-box",
})

# --------------------------------------------------------------------------- phrases

# Titles of the publisher's summary box (casefolded, trailing punctuation stripped).
HIGHLIGHT_TITLES = frozenset({
    "in brief", "brief", "key points", "key point", "highlights", "story highlights", "key takeaways",
    "takeaways", "key facts", "summary", "article summary", "story summary", "tl;dr", "tldr", "tl dr",
    "at a glance", "the big picture", "what you need to know", "the essentials", "quick read",
    "the key points", "main points", "the gist", "why it matters", "in short", "in summary",
    "en bref", "l'essentiel", "ce qu'il faut retenir", "les points clés", "points clés", "à retenir",
    "en résumé", "das wichtigste in kürze", "das wichtigste", "in kürze", "auf einen blick",
    "kurz und knapp", "zusammenfassung", "en resumen", "resumen", "lo más importante", "claves",
    "las claves", "puntos clave", "in breve", "in sintesi", "punti chiave", "em resumo", "resumo",
    "pontos-chave", "in het kort", "kort samengevat", "samenvatting", "i korthet", "kort fortalt",
    "w skrócie", "najważniejsze",
})

# Headings that introduce furniture rather than content (casefolded).
BOILERPLATE_HEADINGS = frozenset({
    "related", "related articles", "related stories", "related posts", "related content", "read more",
    "more stories", "more from", "most read", "most popular", "trending", "recommended",
    "you may also like", "you might also like", "share this", "share this article", "share", "comments",
    "leave a comment", "leave a reply", "tags", "topics", "advertisement", "newsletter", "sign up",
    "follow us", "about the author", "more on this story", "you may like", "you may be interested in",
    "você pode gostar", "veja também", "leia também", "vous aimerez aussi",
    "también te puede interesar", "related topics", "further reading", "see also", "lesen sie auch",
    "mehr zum thema", "das könnte sie auch interessieren", "weitere artikel", "à lire aussi",
    "lire aussi", "sur le même sujet", "lea también", "te puede interesar", "noticias relacionadas",
    "leggi anche", "kommentare", "commentaires", "comentarios",
})

# Whole lines that are furniture whatever element holds them (matched at the line's start).
BOILERPLATE_LINE = re.compile(
    r"^\s*(?:"
    r"advert(?:isement|ising)?\b|anzeige\b|publicit[ée]\b|sponsored(?: content)?\b|"
    r"this (?:slideshow|gallery|video|content) requires javascript|follow @|"
    r"(?:read|see|watch|listen) (?:more|also|next)\b|(?:related|more)\s*:|also read\b|"
    r"click here\b|sign up\b|subscribe\b|follow us\b|share (?:this|on)\b|"
    r"(?:image|photo|picture|video) (?:credit|source|copyright)|(?:photo|image|foto|bild)\s*:|"
    r"©|\(c\)\s|copyright\b|all rights reserved|"
    r"lea (?:también|más)\s*:|lire aussi\s*:|à lire aussi|lesen sie auch|mehr zum thema|"
    r"leggi anche|we use cookies|this (?:site|website) uses cookies|"
    r"(?:please )?enable javascript|your browser does not support|"
    r"photograph(?:ed)? by\b|\(?(?:photo |image )?credits?\s*:|"
    r"(?:foto|bild|titelbild|abbildung|symbolbild)\s*:|"
    r"(?:no|keine) (?:comments|kommentare)\b|aucun commentaire|you are not logged in|"
    r"sie sind (?:aktuell )?nicht eingeloggt|table of contents$|inhaltsverzeichnis$|sommaire$"
    r")",
    re.I,
)
# A caption line: "Roman Prymula, photo: Government archives", "Jane Doe | Photo: Reuters".
CAPTION_LINE = re.compile(r"^.{0,80}[,|/–—-]\s*(?:photo|foto|photograph|image|picture|bild)\s*:\s*\S", re.I)
# Byline / dateline lines repeated at the top of a body.
BYLINE_LINE = re.compile(
    r"^\s*(?:(?:by|von|par|por|di|door|av)\s+[A-Z\u00c0-\u024f][^.!?]{0,80}$|"
    r"(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour)"
    r"\b[^.!?]{0,60}$)",
)

# Wording of the publisher's own lines that pages append to an article: subscription and donation
# appeals, app and newsletter plugs, copyright and licence notices, disclaimers, consent boxes.
# Regular expressions in lower case, matched anywhere in a block's lowercased text; only used on the last few
# blocks of a body (see body.trim.trim_appeal), where they close the article rather than report
# on subscriptions or copyright.
APPEAL_PHRASES = (
    # subscriptions, memberships, donations
    r"\bplease subscribe\b", r"\bsubscribe (?:now|today)\b", r"\balready (?:a )?subscriber\b",
    r"\bbecome a (?:subscriber|member|patron|supporter)\b", r"\bsubscribers (?:also )?(?:receive|get)\b",
    r"\bunlimited (?:digital )?access\b", r"\bconsider (?:supporting|donating|subscribing|a donation)\b",
    r"\bsupport(?:ing)? (?:our|independent|quality) (?:work|journalism|reporting|newsroom)\b",
    r"\bif you (?:enjoyed|liked|value) (?:reading )?(?:this|our)\b", r"\bpaywall\b",
    r"\bbezahlschranke\b", r"\bunterstütze?n? (?:uns|unser|unsere)\b", r"\b(?:als|im) abo\b",
    r"\babonnieren\b", r"\bsuscr[ií]b(?:e|ete|irse|ase)\b", r"\bap[oó]yanos\b", r"\bmembres[ií]a\b",
    r"\babonnez-vous\b", r"\bsoutenez\b", r"\bsubskrypcj",
    r"\b(?:sign(?:ing)? up|subscribe|abonnieren|anmelden|suscr[ií]b\w*|inscri\w*)\b.{0,60}\bnewsletters?\b",
    r"\bnewsletter[- ]?(?:sign[- ]?up|abonnieren|anmeldung)\b",
    # apps and alerts
    r"\bdownload (?:the|our)\b.{0,60}\bapps?\b", r"\bget the latest (?:news|stories|headlines|updates)\b",
    r"\bin der .{0,30}-app\b",
    # copyright, licence, disclaimers
    r"^\s*©", r"\ball rights reserved\b", r"\bcopyrighted (?:property|material)\b", r"\bwritten permission\b",
    r"\bmay not be (?:reproduced|republished|copied|redistributed)\b",
    r"\bis not responsible for the (?:opinions|content|views)\b", r"\btous droits réservés\b",
    r"\btodos los derechos reservados\b", r"\btutti i diritti riservati\b", r"\balle rechte vorbehalten\b",
    r"\bveröffentlicht unter (?:der|einer) lizenz\b", r"\bpublished under (?:a|the) .{0,30}licen[cs]e\b",
    # consent forms (not comment invitations: an author's "leave a comment and tell us …" is the article's)
    r"\bverarbeitung meiner daten\b", r"\bich willige\b",
)
# Compiled without re.I and searched in lowercased text: re.I makes this alternation ~8x slower.
APPEAL_LINE = re.compile("|".join(APPEAL_PHRASES))
# Casefolded stems of which every APPEAL_PHRASES entry contains one: a cheap substring prefilter
# (the combined expression is slow on the long paragraphs that make most of a body's end).
APPEAL_KEYWORDS = (
    "subscri", "become a", "unlimited", "consider", "support", "if you", "paywall", "bezahlschranke",
    "unterstütz", "abo", "suscr", "apóy", "apoy", "membres", "soutenez", "subskryp", "newsletter",
    "download", "latest", "-app", "©", "rights", "copyright", "permission", "may not be", "responsible",
    "droits", "derechos", "diritti", "vorbehalten", "lizenz", "licen", "meiner daten", "willige",
)

# a state modifier inside a name ("o-section--has-ads", "nav-is-open") describes, it does not classify
_MODIFIER = re.compile(r"(?:^|[-_])(?:has|is|with|no|without|show|hide|hidden)[-_].*$")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[^a-z0-9]+")


# Class-name prefixes that describe the content (WordPress: "has-post-thumbnail", "category-ads",
# "tag-cookies"), not the element's role: such names are not tokenized.
DESCRIPTIVE_CLASS_PREFIXES = ("has-", "category-", "tag-", "tags-", "format-", "status-", "type-", "postid-",
                              "post-type-", "is-", "with-", "no-", "section-", "topic-", "page-template")
# Tokens that mark even an <article>/<main> element as furniture (WordPress comments are <article>s).
STRONG_BOILERPLATE_TOKENS = frozenset({
    "comment", "comments", "related", "recommended", "promo", "sponsored", "teaser", "teasers", "sidebar",
    "ad", "ads", "advert", "advertisement",
})


class ClassName(NamedTuple):
    """One class/id name read as a role: lowercased, its lowercase parts, and glued (no separators)."""

    low: str
    parts: tuple[str, ...]
    glued: str


@lru_cache(maxsize=16384)
def _role_name(name: str) -> ClassName | None:
    """The role one class/id name states, or None for a descriptive name ("has-ads", "category-news").

    Cached across pages: sites and frameworks repeat the same names on every page, and this is the
    costliest step of judging a class string.
    """
    if name.lower().startswith(DESCRIPTIVE_CLASS_PREFIXES):
        return None
    # BEM modifiers ("block--ads") and state parts ("has-…", "with-…") describe a variant, not the role
    role = name.split("--")[0]
    if "-" in role or "_" in role:  # a state part needs a separator
        role = _MODIFIER.sub("", role)
    if not role:
        return None
    low = role.lower()
    if role == low and low.isascii() and low.isalnum():  # one lowercase word: nothing to split or glue
        return ClassName(low, (low,), low)
    parts = tuple(_parts(role))
    return ClassName(low, parts, "".join(parts))  # glued: the parts without their separators


def class_roles(value: str) -> list[ClassName]:
    """The role names of a class/id string, descriptive names skipped and state modifiers cut
    ("o-section--has-ads" → "o-section", "gallery__with-sidebar" → "gallery")."""
    return [r for r in map(_role_name, value.split()) if r is not None]


def _parts(name: str) -> list[str]:
    low = name.lower()
    if name == low:
        plain = plain_parts(low)
        if plain is not None:
            return plain
    spaced = _CAMEL.sub(" ", name).lower() if name != low else low  # camelCase humps are word breaks
    return [t for t in _SPLIT.split(spaced) if t]


def plain_parts(low: str) -> list[str] | None:
    """The runs of ``[a-z0-9]`` in a lowercased class/id value made of ASCII words joined by "-", "_" or
    whitespace (most values), or None for any other character. Three str methods in C cost several
    times less than the equivalent split at ``[^a-z0-9]+``, which runs on every value judged."""
    parts = low.replace("-", " ").replace("_", " ").split()
    joined = "".join(parts)
    return parts if joined.isascii() and joined.isalnum() else None


def role_tokens(roles: list[ClassName]) -> set[str]:
    """Each role name whole, its parts, and glued ("share_bar" / "most-read" also match glued vocabulary)."""
    tokens: set[str] = set()
    for r in roles:
        tokens.add(r.low)
        tokens.update(r.parts)
        tokens.add(r.glued)
    return tokens


def role_heads(roles: list[ClassName]) -> set[str]:
    """Whole role names and the head part of two-part ones: where weak tokens may match."""
    heads: set[str] = set()
    for r in roles:
        heads.add(r.low)
        if 0 < len(r.parts) <= 2:
            heads.add(r.parts[0])
    return heads


def class_tokens(value: str) -> set[str]:
    """Tokens of the role names of a class/id string, each whole name, and each name glued."""
    return role_tokens(class_roles(value))


# Class/id tokens of a standfirst (dek, lead paragraph under the headline): "article__intro",
# "teaser-text", "field-perex", "entry-excerpt", "dig-vorspann", "chapo_block", "p.lead".
STANDFIRST_TOKENS = frozenset({
    "lead", "lede", "intro", "introtext", "standfirst", "teaser", "teasertext", "summary", "excerpt",
    "abstract", "perex", "chapo", "vorspann", "deck", "dek", "sapo", "preface", "description",
    "subheadline", "strapline",
})
# ...unless the name also says it is something else ("lead-image", "teaser-meta", "intro-author").
STANDFIRST_VETO_TOKENS = frozenset({
    "image", "img", "photo", "media", "video", "picture", "gallery", "author", "byline", "meta", "date",
    "title", "headline", "link", "list", "item", "items", "card", "cards", "related", "more", "box",
    "credit", "credits", "caption", "source",
})


def name_parts(value: str) -> list[list[str]]:
    """Each class/id name's lowercase parts, BEM modifiers included ("field--summary" → field, summary);
    descriptive names ("has-excerpt", "category-lead") are skipped."""
    return [_parts(name) for name in value.split() if not name.lower().startswith(DESCRIPTIVE_CLASS_PREFIXES)]


# Labels that open a contact / further-information section at the end of an article; what follows
# them (names, addresses, phone numbers, link labels) is not article text.
CONTACT_LABELS = frozenset({
    "kontakt", "pressekontakt", "ansprechpartner", "ansprechpartnerin", "weitere informationen",
    "mehr informationen", "contact", "contacts", "press contact", "media contact", "media contacts",
    "press contacts", "more information", "further information", "for more information", "contacto",
    "contacto de prensa", "más información", "contact presse", "plus d'informations", "contatti",
    "per informazioni", "contato",
})
