"""Byline markup conventions read when no metadata or labelled byline named an author:
``data-component="Byline"`` containers, ``<author>`` elements and ``data-testid`` author links
(BYLINE_MARKUP); and byline HTML escaped inside an author meta tag (ESCAPED_MARKUP)."""

from __future__ import annotations

import re
from typing import Any, cast

from lxml import etree
from lxml.html import HtmlElement

from articlekit.metadata.authors.vocab import NOT_BYLINE_CONTAINERS, OTHER_BOX_WORDS
from articlekit.metadata.elements import in_box
from articlekit.metadata.text import element_text

__all__ = ["convention", "in_aside", "markup_bylines", "strip_markup", "written_aside"]

_TAG = re.compile(r"<[^<>]{0,500}>")
# a test id that names the author's name or link ("author-link", "byline-name", "AuthorName"); other
# ids holding "author" mark the author's box, photo, bio or a call to action ("blog-post-author_cta")
_TEST_ID = re.compile(r"^(?:\w+[-_])?(?:author|byline)(?:[-_]?(?:name|link)s?)?$", re.I)
_OUTLET_TAIL = re.compile(r",\s*[A-ZÀ-Þ]{2,6}\s*$")
# One walk for every convention: selecting the marking attributes is ~4x faster in libxml2 than testing
# each element's attribute values in the expression; the values are tested in Python
_MARKED = etree.XPath("//body//@data-component | //body//@data-testid | //body//author")
_ASIDE_TAGS = ("figcaption", "aside", "blockquote", "q")
_COUNT_IN = etree.XPath("count(descendant::text()[contains(., $names)])")  # one step: see signature.py
_ASIDE_LEVELS = 8  # ancestors looked at for a figure, an aside or a quotation around a byline
_MAX_CHARS = 160  # longer text is an author bio or a teaser, as for labelled bylines


def strip_markup(value: str) -> str:
    """ESCAPED_MARKUP: an author meta tag that holds byline HTML ("By <a href=…>Jane Doe</a>, CNN",
    escaped in the page and decoded once by the meta reader) gives its text, without the outlet."""
    if "<" not in value:
        return value
    # the byline's text ends with the outlet in capitals after a comma (", CNN"): not a person
    return _OUTLET_TAIL.sub("", " ".join(_TAG.sub(" ", value).split()))


def markup_bylines(root: HtmlElement) -> tuple[list[HtmlElement], str]:
    """BYLINE_MARKUP: the first byline written with an explicit marker, and the provenance value of its
    convention (``byline-component``, ``author-element``, ``author-link``); ``([], "")`` when none.

    Elements of the same convention under the first one's parent are the same byline ("<author>A</author>
    and <author>B</author>"); markers inside a figure, an aside, a quotation or a teaser box are skipped."""
    for hit in cast("list[Any]", _MARKED(root)):
        el = hit if isinstance(hit, HtmlElement) else hit.getparent()
        source = convention(el)
        if not source or in_aside(el) or in_box(el, OTHER_BOX_WORDS, _ASIDE_LEVELS):
            continue
        parent = el.getparent()
        siblings = [s for s in (parent if parent is not None else [el])
                    if isinstance(s.tag, str) and convention(s) == source]
        found = [s for s in siblings or [el] if len(element_text(s, _MAX_CHARS + 1)) <= _MAX_CHARS]
        if found:
            return found, source
    return [], ""


def convention(el: HtmlElement) -> str:
    """The marker convention ``el`` follows (``author-element``, ``byline-component``, ``author-link``)
    or ``""``."""
    if el.tag == "author":
        return "author-element"
    if "byline" in (el.get("data-component") or "").lower():
        return "byline-component"
    return "author-link" if _TEST_ID.match(el.get("data-testid") or "") else ""


def in_aside(el: HtmlElement) -> bool:
    """NOT_AN_AUTHOR: a name inside a figure or its caption, an aside (sidebar) or a quotation credits a
    photo, another text or the person quoted, not the article's author."""
    for level, anc in enumerate(el.iterancestors()):
        if level >= _ASIDE_LEVELS:
            return False
        if anc.tag in NOT_BYLINE_CONTAINERS:
            return True
    return False


def _asides(root: HtmlElement) -> list[HtmlElement]:
    """The figcaptions, asides, blockquotes and quotations inside the document's ``<body>``, in page order
    ("//body//figcaption | //body//aside | …"): one tag-filtered lxml walk, twice as fast as that XPath's
    four walks."""
    top = root.getroottree().getroot()
    return [el for el in top.iter(*_ASIDE_TAGS) if next(el.iterancestors("body"), None) is not None]


def written_aside(root: HtmlElement, names: str) -> bool:
    """NOT_AN_AUTHOR for text bylines: ``names`` (read from a "By …" line) are written inside a caption,
    an aside or a quotation, and nowhere else in the page's text (text nodes are counted)."""
    asides = _asides(root)
    # nested containers (a quotation in an aside) count once: only the outermost ones are read
    outer = [el for el in asides if not any(a.tag in _ASIDE_TAGS for a in el.iterancestors())]
    inside = sum(cast(float, _COUNT_IN(el, names=names)) for el in outer)
    body = root.find("body")
    return inside > 0 and body is not None and cast(float, _COUNT_IN(body, names=names)) <= inside
