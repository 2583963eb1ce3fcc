"""Pure node measurements: how much prose, link text and punctuation each subtree holds.

One pass in document order attributes every text node to its *unit*, the nearest ancestor that is not
an inline element; a second pass, in reverse document order, sums units into their ancestors. Both
passes touch each element once, so the cost is linear in the tree size.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from articlekit.config import BodyConfig
from articlekit.html.selectors import INLINE_TAGS

__all__ = ["NodeStats", "measure", "unit_quality", "without"]


class NodeStats:
    """Measurements of one element: its own unit text and its subtree totals."""

    __slots__ = (
        "_unit",
        "commas",
        "link",
        "linked",
        "own",
        "own_link",
        "paras",
        "parent",
        "prose",
        "score",
        "text",
    )

    def __init__(self, parent: NodeStats | None) -> None:
        self.parent = parent  # stats of the parent element (None at the measured root)
        # the stats of the element this one's text belongs to, None for itself: a reference to itself would
        # make every block's stats a reference cycle, freed only by the cyclic garbage collector
        self._unit: NodeStats | None = None
        self.linked = False  # inside a link
        self.own = 0  # characters of text whose unit is this element
        self.own_link = 0  # of which inside links
        self.commas = 0  # commas and full stops in the unit's own text
        self.text = 0  # characters of text in the whole subtree
        self.link = 0  # of which inside links
        self.prose = 0  # characters in subtree units that read as prose (long, few links)
        self.paras = 0  # number of prose units in the subtree
        self.score = 0.0  # content score collected from units below (see extraction)

    @property
    def unit(self) -> NodeStats:
        """The stats of the element this one's text belongs to: itself, or an inline element's block."""
        return self._unit or self

    @property
    def link_density(self) -> float:
        """Share of the subtree's text that sits inside links."""
        return self.link / self.text if self.text else 0.0


@dataclass(frozen=True)
class Measures:
    """Per-element stats plus page totals."""

    stats: dict[HtmlElement, NodeStats]
    order: list[HtmlElement]  # every measured element, document order


def measure(root: HtmlElement, config: BodyConfig) -> Measures:
    """Measure every element under ``root`` (linear time)."""
    stats: dict[HtmlElement, NodeStats] = {}  # insertion order is document order: no separate lists
    inline = INLINE_TAGS
    get = stats.get
    min_chars = config.min_paragraph_chars
    # comments and processing instructions are skipped by the C iterator; whitespace-only text (the
    # page's indentation, about half of all text nodes) adds nothing, so it skips the call to _add
    for el in root.iter(etree.Element):
        tag = el.tag
        pst = get(el.getparent())  # None for the root: its parent (or None) is not measured
        st = NodeStats(pst)
        stats[el] = st
        if pst is not None:
            linked = tag == "a" or pst.linked
            punit = pst._unit or pst
            if tag in inline:
                st._unit = punit
            tail = el.tail
            if tail and not tail.isspace():
                _add(punit, tail, pst.linked)
        else:
            linked = tag == "a"
        st.linked = linked
        text = el.text
        if text and not text.isspace():
            _add(st._unit or st, text, linked)
    for st in reversed(stats.values()):
        own = st.own
        if own:
            st.text += own
            st.link += st.own_link
            if own >= min_chars and unit_quality(st, config) > 0:
                st.prose += own - st.own_link
                st.paras += 1
        elif not st.text:
            continue  # no text in the subtree (most inline and empty elements): every total is 0
        pst = st.parent
        if pst is not None:
            pst.text += st.text
            pst.link += st.link
            pst.prose += st.prose
            pst.paras += st.paras
    return Measures(stats, list(stats))


def without(measures: Measures, removed: list[HtmlElement], config: BodyConfig) -> Measures | None:
    """The measures of the tree once the disjoint subtrees ``removed`` are gone, or None to re-measure.

    A removed block-level subtree holds whole units, so taking its totals off its ancestors gives what
    a fresh :func:`measure` would. A removed inline element (screen-reader text) takes its characters
    out of its paragraph's unit, whose prose verdict is then re-decided. An inline element holding a
    block (rare) asks for a fresh measurement.
    """
    stats = measures.stats
    gone: set[HtmlElement] = set()
    for el in removed:
        st = stats.get(el)
        if st is None:
            return None
        if st.unit is st:
            _subtract(st.parent, st.text, st.link, st.prose, st.paras)
        elif not _drop_inline(el, st, stats, config):
            return None
        gone.update(el.iter())
    for el in gone:
        stats.pop(el, None)
    return Measures(stats, [el for el in measures.order if el not in gone])


def _subtract(st: NodeStats | None, text: int, link: int, prose: int, paras: int) -> None:
    while st is not None:
        st.text -= text
        st.link -= link
        st.prose -= prose
        st.paras -= paras
        st = st.parent


def _prose_part(st: NodeStats, config: BodyConfig) -> int:
    """The prose a unit's own text adds (what :func:`measure` counts for it)."""
    if st.own >= config.min_paragraph_chars and unit_quality(st, config) > 0:
        return st.own - st.own_link
    return 0


def _drop_inline(el: HtmlElement, st: NodeStats, stats: dict[HtmlElement, NodeStats],
                 config: BodyConfig) -> bool:
    """Take an inline element's text out of its unit (and the unit's ancestors); False if it holds a block."""
    probe = NodeStats(None)
    for node in el.iter():
        nst = stats.get(node)
        if nst is None:
            continue  # comments, processing instructions
        if nst.unit is not st.unit:
            return False
        _add(probe, node.text or "", nst.linked)
        if node is not el and node.tail:
            parent_st = nst.parent
            _add(probe, node.tail, parent_st is not None and parent_st.linked)
    unit = st.unit
    before = _prose_part(unit, config)
    unit.own -= probe.own
    unit.own_link -= probe.own_link
    unit.commas -= probe.commas
    lost = before - _prose_part(unit, config)
    _subtract(unit, probe.own, probe.own_link, lost, int(before > 0) - int(before - lost > 0))
    return True


def _add(st: NodeStats, text: str, linked: bool) -> None:
    n = len(text.strip())
    if not n:
        return
    st.own += n
    if linked:
        st.own_link += n
    commas = text.count(",") + text.count(".")
    if not text.isascii():  # an O(1) flag on str: the Arabic comma and CJK full stop need non-ASCII text
        commas += text.count("،") + text.count("。")
    st.commas += commas


def unit_quality(st: NodeStats, config: BodyConfig) -> float:
    """How much a unit's own text reads like article prose (0 for captions, buttons, link lists)."""
    if st.own < config.min_paragraph_chars:
        return 0.0
    density = st.own_link / st.own
    if density > config.max_link_density:
        return 0.0
    return (1.0 + min(st.own / config.chars_per_point, config.max_length_points)
            + config.comma_weight * min(st.commas, config.max_commas)) * (1.0 - density)
