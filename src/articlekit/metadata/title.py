"""The headline: candidates from JSON-LD, OpenGraph/Twitter, the main ``<h1>`` and ``<title>``, with the
site name removed only when a prefix/suffix really is the site's name."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import cast
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from articlekit.config import MetadataConfig
from articlekit.metadata.candidates import Candidate
from articlekit.metadata.elements import PageElements, page_elements
from articlekit.metadata.jsonld import JsonLd
from articlekit.metadata.meta import PageMeta, microdata_value
from articlekit.metadata.resolve import pick
from articlekit.metadata.text import clean, element_text
from articlekit.metadata.vocab import FURNITURE_WORDS, GENERIC_TITLES, HEADLINE_CLASS_TOKENS, KICKER_CLASS_TOKENS

__all__ = [
    "SEPARATORS",
    "TITLE",
    "TITLE_CONFIRMED",
    "drop_generic",
    "fallback_headline",
    "find_headline_element",
    "find_title",
    "headline_confirms",
    "headline_text",
    "key",
    "similarity",
    "site_names",
    "strip_site",
    "title_candidates",
    "without_domains",
]

_SEPARATOR_MARKS = "|\\-–—·•»«›‹/~│"  # set off by spaces, these split a title into its parts (so does ": ")
# GUILLEMET_SEPARATOR: "|" and "»" split a title even when set off on one side only ("Headline» Site")
SEPARATORS = re.compile(rf"\s+[{_SEPARATOR_MARKS}:]\s+|\s*::\s*|\s+[|│»]\s*|\s*[|│»]\s+")
_DOMAIN = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?$", re.I)  # "example.com", "www.site.co.uk"
# "/descendant::*[…]": one step, unlike "//*[…]" with a predicate (see authors/signature.py)
_HEADLINE_CLASSES = etree.XPath(" | ".join(
    f"/descendant::*[contains(concat(' ', normalize-space(@class), ' '), ' {t} ')]" for t in HEADLINE_CLASS_TOKENS))
_H2 = etree.XPath("//h2")
_FURNITURE_LEVELS = 6  # ancestors of a fallback headline read for a banner, menu or sidebar box
_MAX_FALLBACK = 20  # fallback headline elements looked at
_NON_ALNUM = re.compile(r"[\W_]+")
_WORDS = re.compile(r"\w+")
_DOMAIN_NOISE = frozenset({"www", "m", "amp", "mobile", "blog", "blogs", "news", "com", "org", "net",
                           "co", "uk", "de", "fr", "es", "it", "au", "ca", "in", "edu", "gov"})
# Headings, and elements whose class names them a headline or title (pages built of <div>s); the class
# test runs on the class attributes themselves ("//@class[…]/parent::*"), ~40% faster in libxml2 than
# testing every element ("//*[contains(@class, …)]"), same elements in page order
_HEADINGS = etree.XPath("//h1 | //h2 | //@class[contains(., 'headline') or contains(., 'title')]"
                        "/parent::*[not(self::h1 or self::h2 or self::title or self::meta or self::a)]")
_KICKER_CLASS = re.compile("|".join(re.escape(t) for t in KICKER_CLASS_TOKENS), re.I)
_MAX_HEADLINE_CHARS = 300  # a class-labelled "title" longer than this is a block of teasers
# a separator right before a title's last part: what follows it is a site name's place, not a headline's
_SEPARATOR_END = re.compile(rf"(?:\s[{_SEPARATOR_MARKS}]|::)\s*$")
# A heading that agrees with the page's declared titles is the headline readers see: it wins.
TITLE_CONFIRMED = ("h1", "json-ld", "meta:dc", "opengraph", "meta", "microdata", "title-element")
# Otherwise the declared titles win and an unconfirmed <h1> (often a logo or a section) comes after them;
# the HEADLINE_FALLBACK elements come last.
TITLE = ("json-ld", "meta:dc", "opengraph", "meta", "microdata", "title-element", "h1", "title-class", "h2")
_MAX_H1 = 60  # pages with more h1 elements than this use them as styling; look at the first ones
# A headline set in parts (kicker, headline, subtitle, date) has a few; a heading with more child
# elements is a section left open, and comparing each of them with the titles, for each of 60
# headings, took 1.2 s on a fuzzed 818 kB page.
_MAX_PIECES = 12


def find_title(root: HtmlElement, jsonld: JsonLd, meta: PageMeta, sites: list[str], config: MetadataConfig,
               elements: PageElements, url: str | None = None) -> tuple[Candidate[str] | None, HtmlElement | None]:
    """The page's title and its visible headline element (the anchor the byline and date finders read
    from; ``None`` when the page shows none).

    The declared titles (JSON-LD, Dublin Core, OpenGraph/Twitter, microdata, ``<title>``) find the
    heading that shows them; a heading that confirms a declared title gives the visible wording
    (TITLE_CONFIRMED order), else the declared titles win (TITLE order). Page labels and domains are not
    titles when anything else is (GENERIC_TITLE, DOMAIN_TITLE); below a site's home page, neither is the
    site's bare name (SITE_ONLY_TITLE), and when nothing else names the page, HEADLINE_FALLBACK reads the
    page's own headline element.
    """
    declared = without_domains(title_candidates(jsonld, meta, None, sites))
    # each distinct wording once: JSON-LD, OpenGraph, Twitter and <title> often repeat one title, and
    # every heading of the page is compared with every hint (only the best score counts)
    hints = list(dict.fromkeys(c.value for c in declared))
    headline, _ = find_headline_element(root, hints, config.headline_match, elements)
    found = without_domains(title_candidates(jsonld, meta, _own_h1(headline, hints, elements), sites, declared))
    titles = drop_generic(found)
    if not _is_home(url):
        owners = _owner_names(jsonld, meta, url)
        named = [c for c in titles if not _is_site_name(c.value, owners)]
        if not named:
            fallback = fallback_headline(root)
            named = [fallback] if fallback is not None else []
        titles = named or titles
    confirmed = headline_confirms(titles, config.headline_confirmed)
    return pick(titles, TITLE_CONFIRMED if confirmed else TITLE), headline


def _is_home(url: str | None) -> bool:
    """A site's home page (its URL's path is empty or "/"): there the site's name is the page's title."""
    return bool(url) and urlsplit(url or "").path in ("", "/")


def _owner_names(jsonld: JsonLd, meta: PageMeta, url: str | None) -> list[str]:
    """The names a site declares as its own (og:site_name, the JSON-LD publisher or WebSite) and its
    domain; app names and Twitter handles are left out: some pages set them to the article's title."""
    names = [jsonld.publisher, jsonld.site_name, *(v for v, _ in meta.all(("og:site_name",)))]
    host = urlsplit(url or "").hostname or ""
    labels = [p for p in host.split(".") if p and p not in _DOMAIN_NOISE]
    return [n for n in names + labels[-1:] if n]


def _is_site_name(text: str, sites: Sequence[str]) -> bool:
    """SITE_ONLY_TITLE: the text is only one of the site's names ("City Times" on citytimes.com)."""
    return any(key(text) == key(site) for site in sites if key(site))


@lru_cache(maxsize=4096)
def key(text: str) -> str:
    """A comparison key: casefolded letters and digits only (cached: site names and titles are keyed
    again for every segment and name compared with them)."""
    return _NON_ALNUM.sub("", text.casefold())


def site_names(jsonld: JsonLd, meta: PageMeta, url: str | None) -> list[str]:
    """Names the site goes by: og:site_name, JSON-LD publisher/WebSite, application-name, the domain."""
    names = [jsonld.publisher, jsonld.site_name]
    names += [v for v, _ in meta.all(("og:site_name", "application-name", "apple-mobile-web-app-title",
                                      "twitter:site", "dc.publisher", "publisher"))]
    if url:
        host = urlsplit(url).hostname or ""
        labels = [p for p in host.split(".") if p and p not in _DOMAIN_NOISE]
        names += [*labels[-1:], ".".join(host.split(".")[-2:]), host.removeprefix("www.")]
    return [n.lstrip("@") for n in names if n]


def _is_site(segment: str, sites: list[str]) -> bool:
    seg = key(segment)
    if not seg:
        return False
    for site in sites:
        s = key(site)
        if s and (seg == s or (len(s) >= 4 and (s in seg or seg in s) and len(seg) <= len(s) + 12)):
            return True
    return False


def strip_site(title: str, sites: list[str]) -> str:
    """Drop a leading or trailing separator-delimited segment that names the site."""
    parts = SEPARATORS.split(title)
    seps = SEPARATORS.findall(title)
    if len(parts) < 2:
        return title
    # SITE_TAGLINE: "Title | Site | The site's slogan": the site's name and everything after it go
    cut = next((i for i in range(1, len(parts)) if _is_site(parts[i], sites)), len(parts))
    parts, seps = parts[:cut], seps[:cut - 1]
    while len(parts) > 1 and _is_site(parts[0], sites):
        parts.pop(0)
        seps.pop(0)
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        out += sep + part
    return out.strip()


@lru_cache(maxsize=4096)
def _tokens(text: str) -> frozenset[str]:
    # cached: the same declared titles are compared with every heading of the page
    return frozenset(_WORDS.findall(text.casefold()))


def similarity(a: str, b: str) -> float:
    """Shared words over the larger word set (1.0 when identical, 0 when disjoint)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    if len(ta) == 1 or len(tb) == 1:  # one-word titles (and CJK runs) must match as whole keys
        ka, kb = key(a), key(b)
        short, long_ = sorted((ka, kb), key=len)
        # a one-word key inside a longer one counts only when it is most of it ("Nicolas" is not
        # the title "Code covered | Nicolas Perriault")
        return 1.0 if ka == kb or (len(short) > 6 and short in long_ and 2 * len(short) >= len(long_)) else 0.0
    return len(ta & tb) / max(len(ta), len(tb))


def find_headline_element(root: HtmlElement, hints: list[str], min_similarity: float,
                          elements: PageElements | None = None) -> tuple[HtmlElement | None, float]:
    """The heading that matches a title hint and its similarity; else the first ``<h1>`` and 0.

    Among matching headings the first ``<h1>`` wins, else the first match in page order (share boxes
    and teasers that repeat the title come later). ``elements``: the page's elements when already
    collected.
    """
    first_h1: HtmlElement | None = None
    best_h1: tuple[HtmlElement, float] | None = None
    match: tuple[HtmlElement, float] | None = None
    texts: dict[HtmlElement, str] = {}  # each heading's text is read once, however often it is compared
    scores: dict[HtmlElement, float] = {}  # and its best similarity with a hint computed once

    def text_of(el: HtmlElement) -> str:
        text = texts.get(el)
        if text is None:
            text = texts[el] = headline_text(el, hints)
        return text

    def score_of(el: HtmlElement) -> float:
        score = scores.get(el)
        if score is None:
            text = text_of(el)
            score = scores[el] = max((similarity(text, h) for h in hints), default=0.0)
        return score

    headings: list[HtmlElement] = (elements or page_elements(root)).headings[:_MAX_H1]
    if not any(score_of(h) > min_similarity for h in headings):
        headings = cast("list[HtmlElement]", _HEADINGS(root))[:_MAX_H1]  # <div class="headline"> pages
    for el in headings:
        text = text_of(el)
        if not key(text) or (el.tag not in ("h1", "h2") and len(text) > _MAX_HEADLINE_CHARS):
            continue
        score = score_of(el)
        if el.tag == "h1":
            first_h1 = first_h1 if first_h1 is not None else el
            if score > min_similarity and (best_h1 is None or score > best_h1[1]):
                best_h1 = (el, score)
        elif score > min_similarity and (match is None or (score > match[1] and el.tag == "h2")):
            match = (el, score)
    return best_h1 or match or (first_h1, 0.0)


def _own_h1(headline: HtmlElement | None, hints: list[str], elements: PageElements) -> HtmlElement | None:
    """H1_OVER_ECHO: the page's first ``<h1>`` is its headline even when a lower heading repeats the SEO
    title more closely ("What is X?" as an ``<h2>`` under the ``<title>`` "What is X - a guide"), unless
    it is only a declared title's first or last part (a site's name in a banner). The matched heading
    stays the anchor the byline and date finders read from: it sits next to the article's own lines."""
    if headline is None or headline.tag == "h1":
        return headline
    for el in elements.headings[:_MAX_H1]:
        if el.tag == "h1":
            text = element_text(el, 400)
            if key(text):
                return headline if _edge_segment(text, hints) else el
    return headline


def _edge_segment(text: str, hints: list[str]) -> bool:
    """The text is the first or last separator-delimited part of a declared title: a site's name in an
    ``<h1>`` banner ("Blog Name" over the title "Blog Name » Archive » Post")."""
    k = key(text)
    for hint in hints:
        parts = SEPARATORS.split(hint)
        if len(parts) > 1 and k in (key(parts[0]), key(parts[-1])):
            return True
    return False


def headline_text(el: HtmlElement, hints: list[str]) -> str:
    """The heading's text, or one piece of it when that piece alone matches the declared titles better
    (a kicker, date or subtitle set inside the ``<h1>``, as a child element or beside a loose text run)."""
    whole = _without_kicker(el) or element_text(el, 400)
    if not hints:
        return whole
    score = max(similarity(whole, h) for h in hints)
    best = whole
    for piece in _pieces(el):
        piece_score = max(similarity(piece, h) for h in hints)
        # ties go to the later piece: a kicker (roofline, <small>) is set before its headline, and a
        # declared title that repeats "Kicker | Headline" ties the whole heading with the headline alone
        if piece_score > score or (piece_score == score > 0 and best is not whole) or (
                piece_score == score >= 1.0):
            best, score = piece, piece_score
    return best


def _parts_of(el: HtmlElement) -> tuple[HtmlElement, list[HtmlElement]]:
    """The heading's child elements, a single wrapper child (``<h1><span>…</span></h1>``) looked
    through, and the element that holds them; no children for a heading of more than ``_MAX_PIECES``."""
    children = [c for c in el if isinstance(c.tag, str)]
    while len(children) == 1 and not clean(el.text) and not clean(children[0].tail):
        el = children[0]
        children = [c for c in el if isinstance(c.tag, str)]
    return el, children if len(children) <= _MAX_PIECES else []


def _without_kicker(el: HtmlElement) -> str:
    """KICKER_ELEMENT: the heading's text without a child element whose class names it a kicker
    (``<h1><span class="dachzeile">Nach Corona</span><span>Autohäuser rechnen…</span></h1>``, or a
    ``<small>``): the kicker labels the topic, the headline is the rest; ``""`` when there is none (or
    the heading has more than ``_MAX_PIECES`` child elements)."""
    if not len(el):
        return ""
    el, children = _parts_of(el)
    kickers = [c for c in children if c.tag == "small" or _KICKER_CLASS.search(c.get("class") or "")]
    if not kickers:
        return ""
    parts = [el.text or ""]
    for child in children:
        parts.append(("" if child in kickers else " " + element_text(child, 400) + " ") + (child.tail or ""))
    text = clean(" ".join(parts)).strip(" :|-–—·•")
    return text if len(text.split()) >= 2 else ""


def _pieces(el: HtmlElement) -> list[str]:
    """The separately set parts of a heading (see :func:`_parts_of`): its child elements' texts and its
    loose text runs."""
    el, children = _parts_of(el)
    if not children:
        return []
    runs = [el.text, *(c.tail for c in el)]
    texts = [element_text(c, 400) for c in children] + [clean(r) for r in runs]
    return [t for t in texts if key(t)]


def title_candidates(jsonld: JsonLd, meta: PageMeta, headline: HtmlElement | None,
                     sites: list[str], declared: list[Candidate[str]] | None = None) -> list[Candidate[str]]:
    """Every title candidate, cleaned and with the site name removed, in page-source order
    (``declared``: this function's result without a headline, when already computed)."""
    out = list(declared) if declared is not None else _declared_titles(jsonld, meta, sites)
    if headline is not None:
        # the heading's pieces are compared with the declared titles *without* their site names, so a
        # kicker beside the headline cannot tie with the whole heading on the site name's words
        heading = headline_text(headline, list(dict.fromkeys(c.value for c in out)))
        # PERMALINK_MARK: documentation generators end a heading with a permalink pilcrow ("Middleware¶")
        text = clean(heading).rstrip("¶ ")
        if text and len(text) < 400:
            out.insert(len(out) - (out[-1].source == "title-element" if out else 0), Candidate(text, "h1"))
    return out


def _declared_titles(jsonld: JsonLd, meta: PageMeta, sites: list[str]) -> list[Candidate[str]]:
    """The titles the page declares (JSON-LD, Dublin Core, OpenGraph/Twitter, ``<title>``), cleaned."""
    raw = [Candidate(jsonld.headline, "json-ld")]
    raw += [Candidate(v, "meta:dc") for v, _ in meta.all(("dc:title", "dc.title", "dcterms.title"))]
    raw += [Candidate(v, "opengraph" if k.startswith("og:") else "meta")
            for v, k in meta.all(("og:title", "twitter:title", "parsely-title", "sailthru.title"))]
    # ITEMPROP_HEADLINE: schema.org microdata, as <meta itemprop="headline" content> or a visible element
    raw += [Candidate(v, "microdata") for v, _ in meta.all(("headline",))[:1]]
    raw += [Candidate(microdata_value(el), "microdata") for el in meta.microdata.get("headline", [])[:1]]
    raw.append(Candidate(meta.title_element, "title-element"))
    out = []
    for cand in raw:
        text = strip_site(clean(cand.value), sites)
        if text and len(text) < 400:
            out.append(Candidate(text, cand.source))
    return out


def drop_generic(titles: list[Candidate[str]]) -> list[Candidate[str]]:
    """GENERIC_TITLE: a page label ("Home", "About us", "News") names the page's place in the site, not
    its content: such candidates are dropped whenever another candidate remains."""
    specific = [c for c in titles if key(c.value) not in _generic_keys()]
    return specific or titles


def without_domains(titles: list[Candidate[str]]) -> list[Candidate[str]]:
    """DOMAIN_TITLE: a title that is only a domain ("example.com") is never the page's title."""
    return [c for c in titles if not _DOMAIN.match(c.value)]


def fallback_headline(root: HtmlElement) -> Candidate[str] | None:
    """Named rule HEADLINE_FALLBACK: a page whose candidates are only its site's name (or none) still
    shows its headline: the first element classed as an entry's or post's title
    (``.entry-title``, ``.post-title``), else the first ``<h2>``, outside the banner, menus and sidebars."""
    for xpath, source in ((_HEADLINE_CLASSES, "title-class"), (_H2, "h2")):
        for el in cast("list[HtmlElement]", xpath(root))[:_MAX_FALLBACK]:
            text = element_text(el, _MAX_HEADLINE_CHARS + 1)
            if key(text) and len(text) <= _MAX_HEADLINE_CHARS and not _in_furniture(el):
                return Candidate(text, source)
    return None


def _in_furniture(el: HtmlElement) -> bool:
    """The element sits in the site's banner, a menu, a sidebar or a teaser box (by tag or class/id)."""
    for node in itertools.chain((el,), itertools.islice(el.iterancestors(), _FURNITURE_LEVELS)):
        if node.tag in ("nav", "aside", "footer") and node is not el:
            return True
        labels = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if any(word in labels for word in FURNITURE_WORDS):
            return True
    return False


@lru_cache(maxsize=1)
def _generic_keys() -> frozenset[str]:
    return frozenset(key(label) for label in GENERIC_TITLES)


def headline_confirms(titles: list[Candidate[str]], threshold: float) -> bool:
    """True when the visible heading says nearly what a declared title says (then its wording, free of
    SEO variants and site suffixes, is the headline readers see), or is a declared title's end after a
    kicker (KICKER_TAIL)."""
    heading = next((c.value for c in titles if c.source == "h1"), "")
    declared = [c.value for c in titles if c.source != "h1"]
    if not heading:
        return False
    return (not declared or max(similarity(heading, d) for d in declared) >= threshold
            or any(kicker_tail(heading, d) for d in declared))


def kicker_tail(heading: str, declared: str) -> bool:
    """KICKER_TAIL: the heading ends the declared title, which sets a kicker before it ("Siemens und die
    Kohlemine: Kaeser verarscht Neubauer" over the ``<h1>`` "Kaeser verarscht Neubauer"), and is at
    least a third of it; a tail after a separator (" | ", " - ") is a site name's place and does not count."""
    kh, kd = key(heading), key(declared)
    if not kh or kh == kd or not kd.endswith(kh) or 3 * len(kh) < len(kd):
        return False
    start = declared.casefold().rfind(heading.casefold())
    return start > 0 and not _SEPARATOR_END.search(declared[:start])

