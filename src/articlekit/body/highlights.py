"""The publisher's own summary box ("In Brief", "Key points", "Das Wichtigste in Kürze" …).

A box is found by its title (a short heading-like element whose whole text is one of
:data:`~articlekit.html.selectors.HIGHLIGHT_TITLES`, in English, German, French, Spanish and more)
or by its class/id tokens. Its points are the items of the list it holds, or its lines after the
title in whatever markup: ``<li>``, ``<p>``, ``<div>`` or ``<br>``-separated text, inside the
title's container or in the block right after the title's own block. Footers, "most popular" lists and
menus borrow the same words, so a box is only taken when it reads as a summary (see :func:`_plausible`):
near the top of the page's prose, a few sentence-like points, few links, no sections of its own. The
box is then removed from the tree, so the points never reach the body text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.html import HtmlElement

from articlekit.body.blocks import inline_text, normalize_heading
from articlekit.body.scoring import NodeStats, measure
from articlekit.config import BodyConfig
from articlekit.html.clean import remove_all
from articlekit.html.selectors import HIGHLIGHT_CLASS_TOKENS, HIGHLIGHT_TITLES, class_tokens

__all__ = ["extract_highlights", "is_box_hint", "take_highlights"]

# Elements that can carry a box title; ``div`` only when it holds bare text (cheap to read).
_TITLE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "span", "dt", "summary", "legend",
               "caption", "header", "div")
_MAX_TITLE_CHARS = 40  # a box title is a few words
_MAX_TITLES = 8  # a page has a box or two; each title read costs a read of its box
_BULLETS = "•·▪▸►‣⁃●○◦*–—- \u2022"  # typed bullet characters in front of a point
_MIN_POINT_CHARS = 15  # shorter "points" are labels or buttons
# a box's measured text (indentation inside text nodes included) may exceed its points' length
# by dropped labels, buttons and spacing, but not by this factor
_BOX_TEXT_FACTOR = 10
# searched in lowercased text: re.I makes an alternation several times slower
_CLASS_HINTS = re.compile("point|highlight|tldr|takeaway|brief|glance|fact|summary")
_OFF_LIMITS = frozenset({"a", "nav", "footer", "button", "select"})  # titles in menus are links, not boxes
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_POINT_BLOCKS = ("div", "section", "p")  # plain blocks whose lines can be the points after a title block


def _is_title(el: HtmlElement) -> bool:
    return _is_title_of(el, el.tag, len(el))


def _is_title_of(el: HtmlElement, tag: str, children: int) -> bool:
    """:func:`_is_title` with the element's tag and child count already read (the walk reads them)."""
    if children > 2 or (children and tag == "div"):
        return False
    text = el.text_content() if children else el.text or ""  # a leaf's text needs no XPath call
    return 0 < len(text) <= _MAX_TITLE_CHARS * 2 and normalize_heading(text) in HIGHLIGHT_TITLES


def _title_block(el: HtmlElement) -> HtmlElement:
    """Climb from an inline title (``<strong>``) to the block that holds only it."""
    key = normalize_heading(el.text_content())
    parent = el.getparent()
    while parent is not None and parent.tag not in ("body", "html") and len(parent) <= 2 and \
            normalize_heading(parent.text_content()) == key:
        el, parent = parent, parent.getparent()
    return el


def _points(elements: list[HtmlElement], limit: int) -> list[str]:
    """List items if the elements hold a list, else their paragraphs; ``[]`` for more than ``limit``
    items (an index, not a summary box), found before any text is read: nested lists would make
    reading every item's text quadratic."""
    items: list[str] = []
    if sum(1 for el in elements for _ in el.iter("li")) > limit:
        return []
    for el in elements:
        lis = list(el.iter("li"))
        if lis:
            items.extend(inline_text(li).replace("\n", " ") for li in lis)
        else:
            items.extend(inline_text(el).split("\n"))
    return _clean_points(items)


def _clean_points(items: list[str]) -> list[str]:
    """The lines that are points: typed bullets and spacing removed, labels and buttons dropped."""
    points = (" ".join(i.split()).lstrip(_BULLETS).strip() for i in items)
    return [t for t in points if len(t) >= _MIN_POINT_CHARS]


def _item_cap(config: BodyConfig) -> int:
    # cleaning drops labels and buttons, so a box may hold a few more items than it has points
    return 4 * config.max_highlight_points


def _fits(points: list[str], config: BodyConfig) -> bool:
    return 0 < len(points) <= config.max_highlight_points and \
        sum(len(p) for p in points) <= config.max_highlight_chars


Box = tuple[list[HtmlElement], list[HtmlElement], list[str]]  # removed elements, point sources, points


def _box_from_title(title: HtmlElement, config: BodyConfig, stats: dict[HtmlElement, NodeStats]) -> Box | None:
    """The elements to remove, those holding the points, and the points, for a box titled ``title``."""
    block = _title_block(title)
    following = block.getnext()
    if following is not None and _too_long(following, config, stats):
        following = None
    # The title alone in its block, the points in the next one: a list, or <div>/<p> lines.
    if (following is not None and following.tag in _POINT_BLOCKS and not (following.text or "").strip()) \
            or (following is not None and following.tag in ("ul", "ol")):
        points = _points([following], _item_cap(config))
        if _fits(points, config) and len(points) > 1:
            return [block, following], [following], points
    box = block.getparent()
    if box is None or box.tag in ("body", "html") or _too_long(box, config, stats):
        return None
    after = [c for c in box if c is not block and isinstance(c.tag, str)]
    points = _points(after, _item_cap(config))
    if _fits(points, config) and any(c.tag != "br" for c in after):
        return [box], after, points
    # "<b>At a glance</b><br>point<br>point": the points are the box's lines after the title line.
    lines = inline_text(box).split("\n")
    key = normalize_heading(block.text_content())
    while lines and normalize_heading(lines[0]) != key:
        lines.pop(0)
    points = _clean_points(lines[1:])
    if lines and _fits(points, config):
        return [box], [box], points
    return None


def _too_long(el: HtmlElement, config: BodyConfig, stats: dict[HtmlElement, NodeStats]) -> bool:
    """Whether the measured text of ``el`` is far more than a box holds: it is not read as one (each
    of the page's titles would read it again: 50,000 titled lines in one paragraph took 0.9 s)."""
    st = stats.get(el)
    return st is not None and st.text > _BOX_TEXT_FACTOR * config.max_highlight_chars


class _ProseBefore:
    """Prose of the measured page that comes before an element: the preceding siblings of it and of
    its ancestors. Each parent's running sums over its children are computed once: a page of
    thousands of sibling boxes asked for each box's preceding siblings again (quadratic: a 970 kB
    page of 5,000 boxes took 2.2 s)."""

    def __init__(self, stats: dict[HtmlElement, NodeStats]) -> None:
        self._stats = stats
        self._running: dict[HtmlElement, dict[HtmlElement, int]] = {}

    def __call__(self, el: HtmlElement) -> int:
        total = 0
        node = el
        parent = node.getparent()
        while parent is not None and parent in self._stats:
            total += self._before(parent, node)
            node, parent = parent, parent.getparent()
        return total

    def _before(self, parent: HtmlElement, child: HtmlElement) -> int:
        running = self._running.get(parent)
        if running is None:
            running = self._running[parent] = {}
            total = 0
            for node in parent:
                running[node] = total
                st = self._stats.get(node)
                if st is not None:
                    total += st.prose
        return running[child]


def _plausible(box: Box, stats: dict[HtmlElement, NodeStats], page_prose: int, config: BodyConfig,
               before: _ProseBefore) -> bool:
    """Does the box read as the publisher's summary rather than a footer, teaser list or field?

    A summary has a few points that read as sentences, is not a list of links, holds no sections of
    its own (a structured abstract, a page section titled "Summary") and sits near the top of the page.
    """
    removed, sources, points = box
    if len(points) < config.min_highlight_points:
        return False
    if sum(len(p.split()) >= config.highlight_point_words for p in points) * 2 < len(points):
        return False  # menu entries, labels and legal links, not sentences
    if any(next(el.iter(*_HEADINGS), None) is not None for el in sources):
        return False
    measured = [st for st in (stats.get(el) for el in removed) if st is not None]
    text = sum(st.text for st in measured)
    if text and sum(st.link for st in measured) > config.max_highlight_link_density * text:
        return False
    return before(removed[0]) <= config.highlight_max_position * page_prose



def _titles(root: HtmlElement, stats: dict[HtmlElement, NodeStats]) -> list[HtmlElement]:
    found: list[HtmlElement] = []
    limit = _MAX_TITLE_CHARS * 2
    for el in root.iter(*_TITLE_TAGS):
        if len(found) == _MAX_TITLES:
            break  # a page has a box or two: past a few titles each one's box read makes the work quadratic
        st = stats.get(el)
        # measured block elements: no need to read the text of long or empty ones (inline ones count
        # their text with their paragraph, so they are read)
        if st is not None and st._unit is None and not 0 < st.text <= limit:  # _unit: no property call
            continue
        if _is_title_of(el, el.tag, len(el)) and not any(a.tag in _OFF_LIMITS for a in el.iterancestors()):
            found.append(el)
    return found


def is_box_hint(attrs: str) -> bool:
    """Cheap test: could a class/id string name a summary box? (Confirmed later by tokens.)"""
    return _CLASS_HINTS.search(attrs.lower()) is not None


def _class_boxes(candidates: Sequence[HtmlElement], config: BodyConfig,
                 stats: dict[HtmlElement, NodeStats]) -> list[Box]:
    boxes = []
    for el in candidates:
        if _too_long(el, config, stats):
            continue  # reading it would make nested candidates quadratic
        attrs = " ".join(v for v in (el.get("class"), el.get("id")) if v)
        if class_tokens(attrs) & HIGHLIGHT_CLASS_TOKENS:
            sources = [c for c in el if not _is_title(c)]
            points = _points(sources, _item_cap(config))
            if _fits(points, config):
                boxes.append(([el], sources, points))
    return boxes


def extract_highlights(root: HtmlElement, config: BodyConfig,
                       candidates: Sequence[HtmlElement] | None = None) -> tuple[str, ...]:
    """Find summary boxes under ``root``, remove them from the tree and return their points.

    ``candidates`` are the elements whose class/id passed :func:`is_box_hint` (the caller may have
    collected them in a pass it makes anyway); without it the tree is scanned here.
    """
    return take_highlights(root, config, candidates)[0]


def take_highlights(root: HtmlElement, config: BodyConfig, candidates: Sequence[HtmlElement] | None = None,
                    stats: dict[HtmlElement, NodeStats] | None = None,
                    ) -> tuple[tuple[str, ...], list[HtmlElement]]:
    """:func:`extract_highlights` that also returns the removed elements (disjoint subtrees).

    ``stats`` are the caller's measurements of ``root`` (:func:`~articlekit.body.scoring.measure`);
    without them the tree is measured here. Titles are only read on elements measured as short.
    """
    if stats is None:
        stats = measure(root, config).stats
    root_stats = stats.get(root)
    page_prose = root_stats.prose if root_stats is not None else 0
    boxes = [box for box in (_box_from_title(t, config, stats) for t in _titles(root, stats)) if box is not None]
    before = _ProseBefore(stats)
    boxes = [box for box in boxes if _plausible(box, stats, page_prose, config, before)]
    if not boxes:
        if candidates is None:
            candidates = [el for el in root.iter()
                          if is_box_hint(" ".join(v for v in (el.get("class"), el.get("id")) if v))]
        boxes = [box for box in _class_boxes(candidates, config, stats)
                 if _plausible(box, stats, page_prose, config, before)]
    points: list[str] = []
    seen: set[str] = set()  # a page of thousands of boxes made a list's membership test quadratic
    removed: list[HtmlElement] = []
    taken: set[HtmlElement] = set()
    for elements, _, box_points in boxes:
        if any(_within(el, taken) for el in elements):
            continue  # inside a box already taken
        for point in box_points:
            if point not in seen:
                seen.add(point)
                points.append(point)
        removed.extend(elements)
        taken.update(elements)
    remove_all(removed)  # all at once: one at a time, a run of sibling boxes made the text merging quadratic
    return tuple(points), removed


def _within(el: HtmlElement, taken: set[HtmlElement]) -> bool:
    """Whether ``el`` or one of its ancestors is among the ``taken`` elements."""
    if not taken:
        return False
    node: HtmlElement | None = el
    while node is not None:
        if node in taken:
            return True
        node = node.getparent()
    return False
