"""One pass over the tree that records where the headline is and which elements carry class/id labels,
so the byline and date finders never walk the whole page again."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.html import HtmlElement

__all__ = ["Labelled", "PageScan", "scan_page"]


@dataclass(frozen=True)
class Labelled:
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
    """Walk the body once."""
    out = PageScan()
    body = root.find("body")
    for pos, el in enumerate((body if body is not None else root).iter()):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if el is headline:
            out.headline_pos = pos
        cls, ident, prop, rel = el.get("class"), el.get("id"), el.get("itemprop"), el.get("rel")
        attrs = " ".join(a for a in (cls, ident, prop, rel) if a).lower() if (cls or ident or prop or rel) else ""
        if tag == "time":
            out.times.append(Labelled(pos, el, attrs))
        elif attrs:
            out.labelled.append(Labelled(pos, el, attrs))
    return out
