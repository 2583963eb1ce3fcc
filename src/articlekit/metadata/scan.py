"""One pass over the tree that records which elements near the headline carry byline or date labels,
so the byline and date finders never walk the whole page again.

The walk starts at the headline and reads a bounded number of elements forward; the stretch above the
headline is read only when a finder falls back to it (a page without any byline below its headline)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple, cast

from lxml import etree
from lxml.html import HtmlElement

from articlekit.metadata.vocab import AUTHOR_ATTR_TOKENS, DATE_ATTR_TOKENS

__all__ = ["Labelled", "PageScan", "scan_page"]

# Only labels the byline and date finders look for are kept (a page has hundreds of class names)
_WANTED = re.compile("|".join(re.escape(t) for t in sorted({*AUTHOR_ATTR_TOKENS, *DATE_ATTR_TOKENS})))
_REACH = 600  # elements read below the headline: further down lie comments, teasers and footers
_TIMES_BEFORE = etree.XPath("preceding::time")
_ABOVE = etree.XPath("preceding::*[position() <= $n]")  # the nearest elements above, in page order


class Labelled(NamedTuple):
    """An element, its position in page order counted from the headline (negative above it), and its
    lowercased class/id/itemprop/rel labels."""

    pos: int
    element: HtmlElement
    attrs: str


class PageScan:
    """Labelled elements and ``<time>`` elements in page order, split at the headline."""

    def __init__(self, top: HtmlElement, headline: HtmlElement | None) -> None:
        self._top = top
        self._headline = headline
        self._before: list[Labelled] | None = None if headline is not None else []
        self.after: list[Labelled] = []
        self.times: list[Labelled] = []

    def after_headline(self, item: Labelled) -> bool:
        """True when the element comes after the headline (or the page has none)."""
        return item.pos >= 0

    def before(self) -> list[Labelled]:
        """Labelled elements in the stretch just above the headline, read on first use."""
        if self._before is None:
            anchor = self._headline if self._headline is not None else self._top
            above = cast("list[HtmlElement]", _ABOVE(anchor, n=_REACH))
            self._before = [Labelled(i - len(above), el, attrs) for i, el in enumerate(above)
                            if (attrs := _labels(el)) and el.tag != "time" and _wanted(attrs)]
        return self._before


def scan_page(root: HtmlElement, headline: HtmlElement | None) -> PageScan:
    """Record labelled elements from the headline down (the whole body when there is no headline)."""
    body = root.find("body")
    top = body if body is not None else root
    out = PageScan(top, headline)
    if headline is not None:
        times_before = cast("list[HtmlElement]", _TIMES_BEFORE(headline))
        out.times += [Labelled(i - len(times_before), el, _labels(el)) for i, el in enumerate(times_before)]
    elements = _from(headline, top) if headline is not None else top.iter(tag=etree.Element)
    for pos, el in enumerate(elements):
        if headline is not None and pos > _REACH:
            break
        attrs = _labels(el)
        if el.tag == "time":
            out.times.append(Labelled(pos, el, attrs))
        elif attrs and _wanted(attrs):
            out.after.append(Labelled(pos, el, attrs))
    return out


@lru_cache(maxsize=8192)
def _wanted(attrs: str) -> bool:
    """Whether a label string holds a byline or date token (cached: pages repeat their class strings)."""
    return _WANTED.search(attrs) is not None


def _labels(el: HtmlElement) -> str:
    get = el.get
    cls, ident, prop, rel = get("class"), get("id"), get("itemprop"), get("rel")
    if cls is None and ident is None and prop is None and rel is None:  # most elements
        return ""
    return f"{cls or ''} {ident or ''} {prop or ''} {rel or ''}".strip().lower()


def _from(headline: HtmlElement, top: HtmlElement) -> Iterator[HtmlElement]:
    """The headline, its descendants and every later element in page order, up to the end of ``top``."""
    yield from headline.iter(tag=etree.Element)
    el: HtmlElement | None = headline
    while el is not None and el is not top:
        for sib in el.itersiblings(tag=etree.Element):
            yield from sib.iter(tag=etree.Element)
        el = el.getparent()
