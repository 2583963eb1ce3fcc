"""Cleaning one raw author string into person names: byline labels, roles, dates, e-mails, URLs, site
names and labels such as "Staff" dropped; "A, B and C" split. The character-level tidying of each name
(emoji, nicknames, handles …) is :func:`articlekit.metadata.authors.names.tidy_name`."""

from __future__ import annotations

import re
from functools import lru_cache

from articlekit.bundled import all_stopwords
from articlekit.config import MetadataConfig
from articlekit.metadata.authors.common import is_site_name, person_like
from articlekit.metadata.authors.names import tidy_name
from articlekit.metadata.authors.vocab import (
    AUTHOR_JOB_WORDS,
    AUTHOR_NOISE_STARTS,
    AUTHOR_NOISE_WORDS,
    AUTHOR_ROLE_WORDS,
    BYLINE_PREFIXES,
    BYLINE_STOP_WORDS,
    COMMENT_COUNT_WORDS,
    COMMENT_WORDS,
    COUNTRY_NAMES,
    DESK_WORDS,
    HOST_SUFFIXES,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    ORG_MARKERS,
    PHOTO_CREDIT_STARTS,
    WEEKDAY_NAMES,
    given_names,
)
from articlekit.metadata.dates import months
from articlekit.metadata.text import clean
from articlekit.metadata.title import key

__all__ = ["clean_authors", "function_words"]

_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in sorted(BYLINE_PREFIXES, key=len, reverse=True))
    + r")(?:\s*:\s*|\s+|(?=(?-i:[A-ZÀ-Þ])))", re.I)
_INNER_PREFIX = re.compile(r"(?:^|\s)(?:by|von|par|por|door|af|av)\s+(?=\S)", re.I)
# an explicit label inside a metadata block: "Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet"
_INNER_LABEL = re.compile(r"(?:^|\s)(?:autor|autorin|author|auteur|autore|verfasser|verfasst von):\s*(?=\S)", re.I)
_SPLIT = re.compile(
    r"\s*(?:[,;|/•·]|\s(?:" + "|".join(re.escape(c) for c in NAME_CONNECTORS) + r")\s)\s*", re.I)
_EMAIL = re.compile(r"(?<!\S)[^\s@]+@\S+\.\w+")  # starts after a space: "\S+@" at every offset is quadratic
_DIGIT = re.compile(r"\d")
_LETTER_AMP = re.compile(r"(?<![\w.])(?<=\w)\s+&\s+|\s+&\s+(?=\w(?![\w.]))")
_AMP_KEEP = "\u2060"  # WORD JOINER: holds "Mac & i" together as one token through the cleaning below
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net|html?)\b", re.I)
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# CO_AUTHOR_NOTE: a bracket opening with a connector and a capitalised word names co-authors
# ("Martin Untersinger (avec Damien Leloup et Morgane Tual)"); other brackets are notes and go
_CO_AUTHORS = re.compile(
    r"^[(\[]\s*(?:" + "|".join(re.escape(c) for c in NAME_CONNECTORS if c.isalpha()) + r")\s+(?=[A-ZÀ-Þ])")
_CUT = re.compile(  # where a byline stops holding names: dates, times, "Updated", "Published" …
    r"\s(?:[-–—|»]\s|on\s+(?=\w*\s*\d)|am\s+\d|le\s+\d|el\s+\d|(?:last\s+)?(?:updated|modified)\b|"
    r"(?:medically\s+|fact[- ]?)?(?:reviewed|checked)\b|"
    r"published\b|posted\b|"
    r"aktualisiert\b|veröffentlicht\b|mis à jour\b|publié\b|actualizado\b|\d)|\d{1,2}[./:]\d"
    # a day glued to the name by adjacent inline elements: "Nicole Collignon22. Februar 2020"
    r"|(?<=[^\W\d_]{2})\d{1,2}\.\s"
    # a label or a job glued to the name by adjacent elements: "Sean PeekUpdated Sep 3", "Jane DoeFounder"
    r"|(?-i:(?<=[a-zà-ÿ])(?=(?:Updated|Published|Posted|Last [Uu]pdated|"
    + "|".join(sorted(w.title() for w in AUTHOR_JOB_WORDS if w.isalpha())) + r")\b))", re.I)
# ROLE_PAIR: two roles joined by "&" / "and" after a name ("Jane Doe, Gardener & Astrologer", "Jane Doe,
# Privacy and Security Expert"): the word beside the job word is the other role, not a second person
_JOB = r"(?i:" + "|".join(sorted((re.escape(w) for w in AUTHOR_JOB_WORDS), key=len, reverse=True)) + r")"
_ROLE_PAIR = re.compile(
    r"(?<=[ \t])(?P<job>" + _JOB + r")[ \t]+(?:&|and|und|et)[ \t]+[A-ZÀ-ÖØ-Þ][\w-]*(?=[ \t]*(?:$|[,;|]))"
    r"|(?<=,)[ \t]*[A-ZÀ-ÖØ-Þ][\w-]*[ \t]+(?:&|and|und|et)[ \t]+(?:[\w-]+[ \t]+){0,2}[\w-]*?" + _JOB
    + r"(?![\w-])(?=[ \t]*(?:$|[,;|]))")
_REVIEWER = re.compile(r"(?:medically\s+|fact[- ]?)?(?:reviewed|checked)\b", re.I)
_COMMENT_COUNT = re.compile(  # COMMENT_COUNT: "Jane Doe Ein Kommentar" — the byline ends at the comment link
    r"\s(?:\d+|" + "|".join(re.escape(w) for w in COMMENT_COUNT_WORDS) + r")\s+(?:"
    + "|".join(re.escape(w) for w in COMMENT_WORDS) + r")\b", re.I)
_CAPITALISED = re.compile(r"(?<!\S)[A-ZÀ-ÖØ-Þ][\w'’.-]*(?=\s)")
# a written full name: two to four capitalised words ("Christian P. Stadtfeld")
_FULL_NAME = re.compile(r"(?<![\w.])[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*\.?){1,3}(?![\w])")
_SLUG_SPLIT = re.compile(r"[._\-\s]+")  # "christian.stadtfeld", "gabor_munier": login names
# A user name with digits ("freeman1984", "Bo2man"): a forum's or blog's author; digits inside a
# longer string are a date or a count
_DIGIT_HANDLE = re.compile(r"^[^\W\d_]{3,}\d{1,4}$|^[^\W\d_]{2,}\d[^\W\d_]{2,}$")
_HANDLE = re.compile(r"^@\w+$")
# HOST_NOT_PERSON: "datev.de", "www.example.ch" — a site's host name (a login such as "fri.juli" is not)
_HOST_NAME = re.compile(r"^(?:[\w-]+\.)+(?:" + "|".join(sorted(HOST_SUFFIXES)) + r")$", re.I)
_PLACEHOLDER = re.compile(r"^[a-z_]+(?:\.[a-z_]+){3,}$|\{\{|\{%|\$\{")
_TOKEN = re.compile(r"[^\s,;]+")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*", re.U)
# Short words that end a byline even when capitalised: "Jane Doe In Politics", "Jane Doe On 3 May".
# ...and "for"/"für": "Jane Doe for The Guardian" names the publication after the person
_ALWAYS_STOP = frozenset({"in", "on", "at", "am", "um", "ago", "hace", "il", "for", "für"})
_ORG_TAIL = re.compile(r"\be\.\s?v\b\.?", re.I)  # "Foo-Verband e. V." is an association, not a person
_DESK_OPENER = re.compile(  # a desk word that is no job title ("Redaktion", not "Staff"), then the next word
    r"(?:" + "|".join(re.escape(w) for w in sorted(DESK_WORDS - AUTHOR_ROLE_WORDS)) + r")[ \t]+(?P<next>[^\s:]+)",
    re.I)
# ORG_COMPOUND: the organisation markers long enough to close a compound word ("Landesverband")
_ORG_SUFFIXES = tuple(sorted(m for m in ORG_MARKERS if len(m) >= 6 and m.isalpha()))


def _co_authors(text: str, sites: list[str], config: MetadataConfig) -> list[str]:
    """CO_AUTHOR_NOTE: the person names in a bracket that opens with a connector ("(avec Damien Leloup et
    Morgane Tual)"); "(mit Material von dpa)" names none."""
    out: list[str] = []
    for m in _PAREN.finditer(text):
        lead = _CO_AUTHORS.match(m[0])
        if lead:
            out += [n for n in clean_authors(m[0][lead.end():-1], sites=sites, config=config) if person_like(n)]
    return out


# The author finders ask about the same raw string several times per page (a JSON-LD author that a meta
# tag repeats, a byline read by two finders: ~4.6 calls for ~3 strings): the answers are kept. Bounded:
# emptied when full, and long strings (bios, whole texts) are not kept.
_CLEANED: dict[tuple[str, tuple[str, ...], MetadataConfig, bool], tuple[str, ...]] = {}
_CLEANED_SIZE = 2048
_MAX_CACHED_CHARS = 1000


def clean_authors(raw: str, *, sites: list[str], config: MetadataConfig, declared: bool = False) -> list[str]:
    """Person names from one raw author string; labels, roles, dates and site names removed.

    ``declared`` names come from a structured name field (JSON-LD): they may hold function words
    ("Contributors to Wikimedia projects"), which in free text would mark a sentence, not a name.
    """
    if not isinstance(raw, str) or len(raw) > _MAX_CACHED_CHARS:
        return _clean_authors(raw, sites, config, declared)
    site_names = list(sites)  # read once: the key and the cleaning see the same names
    key = (raw, tuple(site_names), config, declared)
    names = _CLEANED.get(key)
    if names is None:
        if len(_CLEANED) >= _CLEANED_SIZE:
            _CLEANED.clear()
        names = _CLEANED[key] = tuple(_clean_authors(raw, site_names, config, declared))
    return list(names)


def _clean_authors(raw: str, sites: list[str], config: MetadataConfig, declared: bool) -> list[str]:
    text = tidy_name(clean(raw[: config.max_author_field_chars]))
    if not text or (_URLISH.search(text) and " " not in text.strip()):
        return []
    if text.lower().startswith(PHOTO_CREDIT_STARTS):
        return []
    if text.endswith(("!", "?")):
        return []  # EXCLAIMED_TITLE: "Endlich mehr Beschleunigung wagen!" is a headline, no byline ends so
    desk = _DESK_OPENER.match(text)
    if desk and desk["next"].casefold() not in given_names():
        return []  # DESK_PREFIX: "Redaktion Gelbe Liste" names a desk; "Redaktion: Jane Doe" is a label
    co_authors = _co_authors(text, sites, config)
    text = _strip_prefix(_EMAIL.sub(" ", _PAREN.sub(" ", text)))
    if is_site_name(text, sites):
        return []  # the whole byline is the site's name ("Miami Today"): cutting must not leave "Miami"
    label = _INNER_LABEL.search(text)
    if label and label.start() > 0:
        text = text[label.end():]
    if _cut_position(text) == 0:  # "March 3, 2024 · by Jane Doe": the names follow an inner "by"
        inner = _INNER_PREFIX.search(text)
        # REVIEWER_NOT_AUTHOR: "Reviewed by Jane Doe" names who checked the text, not who wrote it
        text = text[inner.end():] if inner and not _REVIEWER.match(text) else ""
    text = text[: _cut_position(text, words=not declared)]
    if "&" in text or " and " in text or " und " in text or " et " in text:  # cheap test first
        text = _ROLE_PAIR.sub(_role_pair, text)
    # AMPERSAND_ONE_NAME: "&" beside a lone letter ("Mac & i", "AT & T") joins one name, not two people
    parts = _SPLIT.split(_LETTER_AMP.sub(_AMP_KEEP, text))
    if any(part.strip(" .").lower() in COUNTRY_NAMES for part in parts):
        return []  # NO_ADDRESS: "Nürnberg, Germany" locates an organisation
    names = []
    for part in parts:
        name = _clean_name(part, sites, config, declared).replace(_AMP_KEEP, " & ")
        if name:
            names.append(name)
    if not declared and len(parts) > 1 and any(_is_phrase(part) for part in parts):
        # PROSE_BYLINE: a part that is a phrase ("Alles über Lautsprecher, Heimkino und HiFi-Trends")
        # makes the text a bio or a teaser: its one-word parts are words of that prose, not names
        names = [n for n in names if " " in n]
    return names + [n for n in co_authors if n not in names] if names else names


def _role_pair(m: re.Match[str]) -> str:
    """ROLE_PAIR: the job word alone for "Gardener & Astrologer"; nothing for ", Privacy and Security
    Expert", unless its first word is a given name (", Mary and Jim Editor" names two people)."""
    if m["job"]:
        return m["job"]
    return m[0] if m[0].split()[0].casefold() in given_names() else ""


def _is_phrase(part: str) -> bool:
    """Three or more words with a lowercase function word among them: a phrase, not a name."""
    words = part.split()
    if len(words) < 3:
        return False
    stop = function_words()
    return any(w in stop and w not in NAME_PARTICLES and w not in NAME_CONNECTORS for w in words)


def _cut_position(text: str, *, words: bool = True) -> int:
    """Where the names end: before a date, a time, a weekday, "Updated", "ago" words and the like
    (``words=False``: dates, times and "in/on/at", for a name field that holds nothing but names)."""
    cut = len(text)
    m = _CUT.search(" " + text)
    if m:
        cut = max(m.start() - 1, 0)
    m = _month_digit_re().search(text) if _DIGIT.search(text) else None  # the long pattern needs a digit
    if m:
        cut = min(cut, m.start())
    m = _COMMENT_COUNT.search(text)
    if m:
        cut = min(cut, m.start())
    for m in _TOKEN.finditer(text[:cut]):
        if not words:  # a name field: only the words that never sit inside a name end it
            if m.start() > 0 and m.group().lower() in _ALWAYS_STOP:
                return m.start()
            continue
        if m.start() > 0 and _is_stop(m.group(), text[m.end(): m.end() + 3]):
            return m.start()
        if m.group().endswith(":") and _CAPITALISED.findall(text[:m.start()])[1:]:
            return m.start()  # a label after a name ("Fritz Imhof Quelle: Livenet"): the names end
    return cut


def _is_stop(token: str, following: str) -> bool:
    low = token.lower()
    if low in _ALWAYS_STOP:
        return True
    if low not in BYLINE_STOP_WORDS:
        return False
    # short words ("Do", "Fr", "di") may be names or particles unless punctuation or a number follows
    if token.islower() and low not in NAME_PARTICLES:
        return True
    return len(token) > 3 or following[:1] in (".", ",", ":", "") or following.strip()[:1].isdigit()


@lru_cache(maxsize=1)
def _month_digit_re() -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(m) for m in months()), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{names})\.?\s*\d", re.I)


def _strip_prefix(text: str) -> str:
    previous = None
    while previous != text:
        previous = text
        text = _PREFIX.sub("", text).strip(" :-–—|")
    return text


def _clean_name(part: str, sites: list[str], config: MetadataConfig, declared: bool) -> str:
    part = _strip_prefix(part.strip(" .:-–—|*&+\"'“”"))
    first = part.split(" ", 1)
    while len(first) == 2 and first[0].islower() and first[0] in BYLINE_STOP_WORDS:
        part = first[1]  # "on Jane Doe" left over from "Posted on … by Jane Doe"
        first = part.split(" ", 1)
    while len(first) == 2 and first[0].lower().strip(",.") in WEEKDAY_NAMES:
        part = first[1]  # WEEKDAY_NOT_NAME: "Monday Jane Doe" is a date word glued to a name
        first = part.split(" ", 1)
    low = part.lower()
    if not part or low.startswith(AUTHOR_NOISE_STARTS):
        return ""
    words = _strip_roles(part.split(), sites)
    if not declared and _names_a_desk(words, part.split()):
        return ""
    if declared and words and words != part.split() and (len(words) == 1 or words[0][:1].islower()):
        # a name field's "Rasender Reporter" is a pen name, not a role, and DECLARED_PHRASE: a role
        # word opening a phrase ("Contributors to Wikimedia projects") is the whole declared name
        words = part.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]  # a name shown twice by adjacent elements (link text and label)
    name = " ".join(words).strip(" ,.:")
    if not name or not _looks_like_name(words, config, declared) or _names_the_site(name, sites, declared):
        return ""
    return name


def _names_the_site(name: str, sites: list[str], declared: bool) -> bool:
    """The name is one of the site's names. OWNER_DOMAIN: in a visible byline, a person's name that only
    the domain spells ("Written By Isabella Tabacchi" on isabellatabacchi.com, whose site calls itself
    "Isabella Tabacchi Photography") is the site's owner writing, not the site. (A declared name equal
    to the site is DOMAIN_AUTHOR's, read as a fallback: companies declare themselves too.)"""
    if not is_site_name(name, sites) or declared:
        return is_site_name(name, sites)
    display = [s for s in sites if s and not (s.islower() and " " not in s)]
    return not person_like(name) or len(name.split()) > 3 or is_site_name(name, display)


def _names_a_desk(kept: list[str], written: list[str]) -> bool:
    """STAFF_DESK: a desk word dropped after one word that is no given name ("Telegraph Staff",
    "Reuters Staff") names the publication's desk, not a person called "Telegraph"."""
    return (len(kept) == 1 and kept != written and kept[0].casefold() not in given_names()
            and any(w.lower().strip(".,:") in DESK_WORDS for w in written[1:]))


def _strip_roles(words: list[str], sites: list[str]) -> list[str]:
    """Drop job titles at either end; qualifiers ("Senior", "Political") only once a job word went."""
    site_keys = {key(s) for s in sites if s}
    while words and words[0].lower().strip(".,:") in AUTHOR_JOB_WORDS:
        words = words[1:]
    had_job = False
    while words:
        last = words[-1].lower().strip(".,:")
        if not had_job and _surname_job_word(words):
            break  # JOB_WORD_SURNAME: "Jörg Staff" is a given name and a surname, not a person and a role
        if last in AUTHOR_JOB_WORDS or (key(last) in site_keys and len(words) > 2):
            had_job = True
        elif not (had_job and last in AUTHOR_ROLE_WORDS):
            break
        words = words[:-1]
    return words


def _surname_job_word(words: list[str]) -> bool:
    """JOB_WORD_SURNAME: two capitalised words, the second a job word ("Jörg Staff", "Fake Author"): a
    role written alone after one word is that person's surname, unless the first word is itself a role
    ("Senior Writer") or the job word names a desk and no common given name precedes it ("Telegraph
    Staff": STAFF_DESK)."""
    if len(words) != 2 or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return False
    first, last = words[0].lower().strip(".,:"), words[1].lower().strip(".,:")
    return (last in AUTHOR_JOB_WORDS and first not in AUTHOR_ROLE_WORDS and first not in AUTHOR_NOISE_WORDS
            and (last not in DESK_WORDS or first in given_names()))


def _looks_like_name(words: list[str], config: MetadataConfig, declared: bool) -> bool:
    """One token (a handle such as "jancak" counts) or several with no common lowercase word inside."""
    name = " ".join(words)
    low = name.lower()
    if (low in AUTHOR_NOISE_WORDS or _HANDLE.match(name) or _URLISH.search(name)
            or len(words) > config.max_author_words
            or (any(c.isdigit() for c in name) and not _DIGIT_HANDLE.match(name))
            or not _NAME_TOKEN.search(name)):
        return False
    if any(w.lower().strip(".,") in ORG_MARKERS for w in words) or _ORG_TAIL.search(name):
        return False
    if any(w.lower().endswith(_ORG_SUFFIXES) for w in words):
        return False  # ORG_COMPOUND: "Bundesverband", "Bertelsmann-Stiftung" end in an organisation word
    if len(words) > 1 and not declared and words[0][:1].islower() and words[0] not in NAME_PARTICLES:
        return False  # LOWERCASE_START: "deinen Hochzeitsbloggern" is a phrase; names start capitalised
    if len(words) > 1 and words[-1] in NAME_PARTICLES:
        return False  # NO_TRAILING_PARTICLE: "von"/"der" sit inside names, so "Projektleiterin der" is cut text
    if any(w.lower().rsplit("-", 1)[-1] in DESK_WORDS for w in words) and not _surname_job_word(words):
        return False  # a desk ("Multimedia Redaktion", DESK_COMPOUND: "TVT-Redaktion"), not a person
    if (len(words) == 1 and _HOST_NAME.match(name)) or _PLACEHOLDER.search(name):
        # HOST_NOT_PERSON: "datev.de", "symple.ch" name a site; TEMPLATE_PLACEHOLDER: a template's
        # variable left unfilled ("page.head.extra.author", "{{author}}") names no one
        return False
    if len(words) == 1 and (name in function_words() or low in BYLINE_STOP_WORDS):
        return False  # "Donnerstag" left alone by a byline block is a weekday, not a person
    # "Ad Operations at IAB": a lowercase function word never sits inside a name read from the page
    if len(words) > 1 and not declared:
        stop = function_words()
        if any(w in stop and w not in NAME_PARTICLES for w in words):
            return False
    return True


def function_words() -> frozenset[str]:
    """The bundled stopwords of every language: words that are never part of a person's name."""
    return all_stopwords()
