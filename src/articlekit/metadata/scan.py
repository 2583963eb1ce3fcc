"""One pass over the tree that records which elements near the headline carry byline or date labels,
so the byline and date finders never walk the whole page again.

The walk starts at the headline and reads a bounded number of elements forward, only as far as the
finders ask (reading an element's labels costs ~1 µs, and most bylines and dates sit just below the
headline); the stretch above the headline is read only when a finder falls back to it (a page without
any byline below its headline)."""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Iterator
from typing import NamedTuple, cast

from lxml import etree
from lxml.html import HtmlElement

from articlekit.metadata.elements import PageElements
from articlekit.metadata.vocab import AUTHOR_ATTR_TOKENS, DATE_ATTR_TOKENS

__all__ = ["Labelled", "PageScan", "scan_page"]

def _shortest_tokens(tokens: set[str]) -> list[str]:
    """The tokens that hold no other token: a label holds some token exactly when it holds one of
    these ("pubdate" holds "date"), and a shorter alternation is a faster search."""
    return sorted(t for t in tokens if not any(o != t and o in t for o in tokens))


# Only labels the byline and date finders look for are kept (a page has hundreds of class names)
_WANTED = re.compile("|".join(re.escape(t) for t in _shortest_tokens({*AUTHOR_ATTR_TOKENS, *DATE_ATTR_TOKENS})))
# elements read below (and above) the headline: further down lie comments, teasers and footers. On the
# 1,237 DEV pages the first author-labelled element below a headline sits at most 378 elements down.
_REACH = 400
_TIMES_BEFORE = etree.XPath("preceding::time")


class Labelled(NamedTuple):
    """An element, its position in page order counted from the headline (negative above it), and its
    lowercased class/id/itemprop/rel labels."""

    pos: int
    element: HtmlElement
    attrs: str


class PageScan:
    """Labelled elements and ``<time>`` elements in page order, split at the headline.

    The elements from the headline down are read lazily: :meth:`after_items` reads only as far as its
    caller iterates, :attr:`times` until every ``<time>`` of the reach is known. Every reader sees the
    same items as a full walk would give.
    """

    def __init__(self, top: HtmlElement, headline: HtmlElement | None,
                 walk: Iterator[tuple[int, HtmlElement]] | None = None, *, times_left: int | None = None,
                 times_before: list[Labelled] | None = None,
                 time_elements: frozenset[HtmlElement] | None = None) -> None:
        self._top = top
        self._headline = headline
        self._before: list[Labelled] | None = None if headline is not None else []
        self._after: list[Labelled] = []
        self._times: list[Labelled] = list(times_before or [])
        self._walk = walk  # (position, element) pairs not read yet; None once read to the end
        self._times_left = times_left  # <time> elements still ahead in the walk, when known
        # every <time> of the page when known: a set test instead of reading each element's tag
        self._time_elements = time_elements

    def after_items(self) -> Iterator[Labelled]:
        """Labelled elements from the headline down, in page order, read as far as the caller goes."""
        i = 0
        while True:
            while i < len(self._after):
                yield self._after[i]
                i += 1
            if not self._advance():
                return

    @property
    def after(self) -> list[Labelled]:
        """Every labelled element from the headline down (within reach), in page order."""
        while self._advance():
            pass
        return self._after

    @property
    def times(self) -> list[Labelled]:
        """The ``<time>`` elements above the headline and within reach below it, in page order."""
        while self._times_left != 0 and self._advance():
            pass
        return self._times

    def _advance(self) -> bool:
        """Read on until one more labelled element or ``<time>`` is recorded; False at the walk's end."""
        if self._walk is None:
            return False
        found = _next_marked(self._walk, self._time_elements)
        if found is not None:
            pos, el, is_time = found
            if not is_time:
                self._after.append(Labelled(pos, el, _labels(el)))
                return True
            self._times.append(Labelled(pos, el, _labels(el)))
            if self._times_left is not None:
                self._times_left -= 1
            return True
        self._walk = None
        self._times_left = 0
        return False

    def after_headline(self, item: Labelled) -> bool:
        """True when the element comes after the headline (or the page has none)."""
        return item.pos >= 0

    def before(self) -> list[Labelled]:
        """Labelled elements in the stretch just above the headline, read on first use."""
        if self._before is None:
            self._before = list(self.before_items())
        return self._before

    def before_items(self) -> Iterator[Labelled]:
        """:meth:`before` lazily, in page order: labels are read only as far as the caller goes."""
        if self._before is not None:
            yield from self._before
            return
        anchor = self._headline if self._headline is not None else self._top
        above = _above(anchor, _REACH)
        walk = enumerate(above)
        while (found := _next_marked(walk, self._time_elements)) is not None:
            i, el, is_time = found
            if not is_time:
                yield Labelled(i - len(above), el, _labels(el))


def scan_page(root: HtmlElement, headline: HtmlElement | None, elements: PageElements | None = None) -> PageScan:
    """Record labelled elements from the headline down (the whole body when there is no headline;
    ``elements``: the page's elements when already collected)."""
    body = root.find("body")
    top = body if body is not None else root
    # the collected <time> elements are all the walks can meet only when they cover the whole document
    times = frozenset(elements.times) if elements is not None and elements.whole_document else None
    if headline is None:
        return PageScan(top, None, enumerate(top.iter(tag=etree.Element)), times_left=_times_in(top, elements),
                        time_elements=times)
    walk = enumerate(itertools.islice(_from(headline, top), _REACH + 1))
    before = _times_before(headline, elements)
    return PageScan(top, headline, walk, times_left=_times_after(headline, elements),
                    times_before=[Labelled(i - len(before), el, _labels(el)) for i, el in enumerate(before)],
                    time_elements=times)


def _times_in(top: HtmlElement, elements: PageElements | None) -> int | None:
    """How many ``<time>`` elements ``top`` holds (itself included), when the collected elements cover
    the whole document; else ``None`` (unknown)."""
    if elements is None or not elements.whole_document:
        return None
    return sum(1 for t in elements.times if t is top or any(a is top for a in t.iterancestors()))


def _times_after(headline: HtmlElement, elements: PageElements | None) -> int | None:
    """How many ``<time>`` elements follow the headline in page order (an upper bound on those the walk
    meets), when the collected elements hold the headline; else ``None`` (unknown)."""
    at = elements.order.get(headline) if elements is not None and elements.whole_document else None
    if at is None or elements is None:
        return None
    order = elements.order
    return sum(1 for t in elements.times if order[t] > at)


def _times_before(headline: HtmlElement, elements: PageElements | None) -> list[HtmlElement]:
    """The ``<time>`` elements on the XPath ``preceding`` axis of the headline (earlier in page order, not
    its ancestors), taken from the collected elements when they hold the headline: no second walk."""
    at = elements.order.get(headline) if elements is not None and elements.whole_document else None
    if at is None or elements is None:
        return cast("list[HtmlElement]", _TIMES_BEFORE(headline))
    order = elements.order
    earlier = [t for t in elements.times if order[t] < at]
    if earlier:
        ancestors = set(headline.iterancestors("time"))
        earlier = [t for t in earlier if t not in ancestors]
    return earlier


# Label values already tested: a page has ~60 distinct ones, many shared across a site's pages. A plain
# dict read is cheaper than an ``lru_cache`` hit (which also reorders its list), and this test runs on
# every element of the scan, ~450 per page. Emptied when full, so it stays bounded.
_WANTED_CACHE: dict[str, bool] = {}
_LABEL_NAMES = frozenset({"class", "id", "itemprop", "rel"})  # the attributes _labels joins
_WANTED_CACHE_SIZE = 32768


def _wanted(value: str) -> bool:
    """Whether one raw class/id/itemprop/rel value holds a byline or date token (cached: pages repeat
    their class strings)."""
    hit = _WANTED_CACHE.get(value)
    if hit is None:
        if len(_WANTED_CACHE) >= _WANTED_CACHE_SIZE:
            _WANTED_CACHE.clear()
        hit = _WANTED_CACHE[value] = _WANTED.search(value.lower()) is not None
    return hit


def _labelled(el: HtmlElement) -> bool:
    """Whether the element's labels hold a byline or date token. Tested value by value (no token holds
    a space, so none can span two values): a cache hit per value, no joined string per element.

    The element's attribute names are listed first (one lxml call) and only the label attributes it has
    are read: an lxml ``get`` costs as much as the listing, and most elements carry one label or none."""
    names = el.keys()  # the element itself would iterate over its children
    for name in names:  # noqa: SIM110  # a loop: any() over a generator is slower here
        if name in _LABEL_NAMES and _wanted(el.get(name)):
            return True
    return False


def _next_marked(walk: Iterator[tuple[int, HtmlElement]],
                 times: frozenset[HtmlElement] | None) -> tuple[int, HtmlElement, bool] | None:
    """The walk's next ``<time>`` or labelled element (its position, itself, whether it is a ``<time>``);
    ``None`` at the walk's end. ``times``: every ``<time>`` element the walk can meet, when known.

    :func:`_labelled` and :func:`_wanted` written out in one loop: this runs on every element the
    byline and date finders read (~450 a page), where the Python calls per element were a large share."""
    cache = _WANTED_CACHE
    for pos, el in walk:
        if (el in times) if times is not None else (el.tag == "time"):
            return pos, el, True
        for name in el.keys():  # noqa: SIM118  # iterating the element itself gives its children
            if name in _LABEL_NAMES:
                value = el.get(name)
                hit = cache.get(value)
                if hit or (hit is None and _wanted(value)):
                    return pos, el, False
    return None


def _labels(el: HtmlElement) -> str:
    get = el.get
    cls, ident, prop, rel = get("class"), get("id"), get("itemprop"), get("rel")
    if cls is None and ident is None and prop is None and rel is None:  # most elements
        return ""
    return f"{cls or ''} {ident or ''} {prop or ''} {rel or ''}".strip().lower()


def _above(anchor: HtmlElement, n: int) -> list[HtmlElement]:
    """The ``n`` nearest elements above ``anchor`` in page order, its ancestors left out (the XPath
    ``preceding::*[position() <= n]``): the subtrees of its earlier siblings, nearest first, then those
    of each ancestor's. Twice as fast on the shared pages as libxml2's ``preceding`` axis."""
    nearest: list[HtmlElement] = []  # nearest first
    el: HtmlElement | None = anchor
    while el is not None and len(nearest) < n:
        for sib in el.itersiblings(preceding=True):
            # a subtree's last elements are the nearest ones: a bounded deque keeps only those
            nearest.extend(reversed(deque(sib.iter(tag=etree.Element), maxlen=n - len(nearest))))
            if len(nearest) >= n:
                break
        el = el.getparent()
    nearest.reverse()
    return nearest


def _from(headline: HtmlElement, top: HtmlElement) -> Iterator[HtmlElement]:
    """The headline, its descendants and every later element in page order, up to the end of ``top``
    (chained in C: only the siblings whose subtrees are read pass through Python)."""
    subtrees = (sib.iter(tag=etree.Element) for sib in _later_siblings(headline, top))
    return itertools.chain(headline.iter(tag=etree.Element), itertools.chain.from_iterable(subtrees))


def _later_siblings(headline: HtmlElement, top: HtmlElement) -> Iterator[HtmlElement]:
    """The headline's later siblings, then its parent's, and so on up to (not beyond) ``top``."""
    el: HtmlElement | None = headline
    while el is not None and el is not top:
        yield from el.itersiblings(tag=etree.Element)
        el = el.getparent()
