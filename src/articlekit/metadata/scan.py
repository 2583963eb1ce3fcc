"""One pass over the tree that records where the headline is and which elements carry class/id labels,
so the byline and date finders never walk the whole page again."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from lxml import etree
from lxml.html import HtmlElement

__all__ = ["Labelled", "PageScan", "scan_page"]


class Labelled(NamedTuple):
    """An element with its position in page order and its lowercased class/id/itemprop/rel labels."""

    pos: int
    element: HtmlElement
    attrs: str


@dataclass
class PageScan:
    """Labelled elements and ``<time>`` elements in page order, and the headline's position (-1: none)."""

    labelled: list[Labelled] = field(default_factory=list)
    times: list[Labelled] = field(default_factory=list)
    headline_pos: int = -1

    def after_headline(self, item: Labelled) -> bool:
        """True when the element comes after the headline (or the page has none)."""
        return item.pos >= self.headline_pos


def scan_page(root: HtmlElement, headline: HtmlElement | None) -> PageScan:
    """Walk the body once; positions count every element, so nearness means nearness in the page."""
    out = PageScan()
    body = root.find("body")
    labelled, times = out.labelled, out.times
    for pos, el in enumerate((body if body is not None else root).iter(tag=etree.Element)):
        if el is headline:
            out.headline_pos = pos
        attrib = el.attrib
        if not attrib and el.tag != "time":  # most elements carry no attribute at all
            continue
        get = attrib.get
        attrs = f"{get('class') or ''} {get('id') or ''} {get('itemprop') or ''} {get('rel') or ''}"
        attrs = attrs.strip().lower() if len(attrs) > 3 else ""
        if el.tag == "time":
            times.append(Labelled(pos, el, attrs))
        elif attrs:
            labelled.append(Labelled(pos, el, attrs))
    return out
