"""Pure node measurements: how much prose, link text and punctuation each subtree holds.

One pass in document order attributes every text node to its *unit*, the nearest ancestor that is not
an inline element; a second pass, in reverse document order, sums units into their ancestors. Both
passes touch each element once, so the cost is linear in the tree size.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

from articlekit.config import BodyConfig
from articlekit.html.selectors import INLINE_TAGS

__all__ = ["NodeStats", "measure", "unit_quality"]


class NodeStats:
    """Measurements of one element: its own unit text and its subtree totals."""

    __slots__ = ("commas", "link", "own", "own_link", "paras", "prose", "score", "text")

    def __init__(self) -> None:
        self.own = 0  # characters of text whose unit is this element
        self.own_link = 0  # of which inside links
        self.commas = 0  # commas and full stops in the unit's own text
        self.text = 0  # characters of text in the whole subtree
        self.link = 0  # of which inside links
        self.prose = 0  # characters in subtree units that read as prose (long, few links)
        self.paras = 0  # number of prose units in the subtree
        self.score = 0.0  # content score collected from units below (see extraction)

    @property
    def link_density(self) -> float:
        """Share of the subtree's text that sits inside links."""
        return self.link / self.text if self.text else 0.0


@dataclass(frozen=True)
class Measures:
    """Per-element stats plus page totals."""

    stats: dict[HtmlElement, NodeStats]
    order: list[HtmlElement]  # every measured element, document order


def _tag(el: HtmlElement) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def measure(root: HtmlElement, config: BodyConfig) -> Measures:
    """Measure every element under ``root`` (linear time)."""
    stats: dict[HtmlElement, NodeStats] = {}
    unit_of: dict[HtmlElement, HtmlElement] = {}
    in_link: dict[HtmlElement, bool] = {}
    order: list[HtmlElement] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        tag = _tag(el)
        st = NodeStats()
        stats[el] = st
        order.append(el)
        unit = unit_of.get(parent, el) if parent is not None and tag in INLINE_TAGS else el
        unit_of[el] = unit
        linked = tag == "a" or (parent is not None and in_link.get(parent, False))
        in_link[el] = linked
        if el.text:
            _add(stats[unit], el.text, linked)
        if el.tail and parent is not None and parent in stats:
            _add(stats[unit_of[parent]], el.tail, in_link[parent])
    for el in reversed(order):
        st = stats[el]
        st.text += st.own
        st.link += st.own_link
        if unit_quality(st, config) > 0:
            st.prose += st.own - st.own_link
            st.paras += 1
        parent = el.getparent()
        if parent is not None:
            pst = stats.get(parent)
            if pst is not None:
                pst.text += st.text
                pst.link += st.link
                pst.prose += st.prose
                pst.paras += st.paras
    return Measures(stats, order)


def _add(st: NodeStats, text: str, linked: bool) -> None:
    n = len(text.strip())
    if not n:
        return
    st.own += n
    if linked:
        st.own_link += n
    st.commas += text.count(",") + text.count(".") + text.count("،") + text.count("。")


def unit_quality(st: NodeStats, config: BodyConfig) -> float:
    """How much a unit's own text reads like article prose (0 for captions, buttons, link lists)."""
    if st.own < config.min_paragraph_chars:
        return 0.0
    density = st.own_link / st.own
    if density > config.max_link_density:
        return 0.0
    return (1.0 + min(st.own / config.chars_per_point, config.max_length_points)
            + config.comma_weight * min(st.commas, config.max_commas)) * (1.0 - density)
