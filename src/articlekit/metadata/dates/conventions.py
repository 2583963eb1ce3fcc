"""Weak publication-date conventions, read only when every stronger source is silent: a Unix timestamp
in a ``data-utime`` attribute, an hAtom ``<abbr class="published" title="…">``, a date written only in the
``<title>``, in a link's ``title`` attribute or in an image's URL.

Each is a pattern some publishers use on their own; none is trusted over a declared, shown or URL date,
so they cannot change a page whose date the stronger sources already give.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import cast

from lxml import etree
from lxml.html import HtmlElement

from articlekit.metadata.candidates import Candidate
from articlekit.metadata.dates.parse import DateValue, parse_date, plausible, url_date
from articlekit.metadata.dates.sources import DateContext
from articlekit.metadata.meta import PageMeta
from articlekit.metadata.vocab import IMAGE_META

__all__ = ["convention_candidates"]

# UNIX_TIMESTAMP: attributes holding seconds (or milliseconds) since 1970, set by page scripts
# The elements carrying one: their attribute nodes are selected, then their elements, twice as fast in
# libxml2 as testing every element ("//*[@data-utime or …]"); at most the first five of each parent are
# read, as "//*[…][position() <= 5]" selects
_UTIME = etree.XPath("//@data-utime/.. | //@data-timestamp/.. | //@data-publish-time/..")
_UTIME_PER_PARENT = 5
_UTIME_ATTRS = ("data-utime", "data-timestamp", "data-publish-time")
# ABBR_PUBLISHED: the hAtom microformat writes the machine-readable date in an <abbr>'s title
_ABBR = etree.XPath("//abbr[@title][contains(@class, 'published') or contains(@class, 'dtstart')]"
                    "[position() <= 3]")
_LINK_TITLES = etree.XPath("//a[@title][position() <= 60]/@title")


def convention_candidates(root: HtmlElement, meta: PageMeta, ctx: DateContext) -> list[Candidate[DateValue]]:
    """The first weak convention that gives a plausible date, as a one-candidate list (or empty)."""
    readers = ((_unix_times, "data-utime"), (_abbr_titles, "abbr-title"), (_title_element, "title-element"),
               (_link_titles, "link-title"), (_image_urls, "image-url"))
    for reader, source in readers:
        for value in reader(root, meta):
            if value is not None and plausible(value, min_year=ctx.config.min_year, now=ctx.now):
                return [Candidate(value, source)]
    return []


def _unix_times(root: HtmlElement, meta: PageMeta) -> Iterator[DateValue | None]:
    per_parent: Counter[HtmlElement | None] = Counter()
    for el in cast("list[HtmlElement]", _UTIME(root)):
        parent = el.getparent()
        per_parent[parent] += 1
        if per_parent[parent] > _UTIME_PER_PARENT:
            continue
        for attr in _UTIME_ATTRS:
            yield parse_date(el.get(attr) or "")


def _abbr_titles(root: HtmlElement, meta: PageMeta) -> Iterator[DateValue | None]:
    for el in cast("list[HtmlElement]", _ABBR(root)):
        yield parse_date(el.get("title") or "")


def _title_element(root: HtmlElement, meta: PageMeta) -> Iterator[DateValue | None]:
    """DATE_IN_TITLE: a diary or archive page names its day only in its ``<title>``."""
    yield parse_date(meta.title_element) if any(c.isdigit() for c in meta.title_element) else None


def _link_titles(root: HtmlElement, meta: PageMeta) -> Iterator[DateValue | None]:
    """LINK_TITLE_DATE: blog themes set the post's date as the tooltip of its permalink."""
    for title in cast("list[str]", _LINK_TITLES(root)):
        if sum(c.isdigit() for c in title) >= 4:
            yield parse_date(title)


def _image_urls(root: HtmlElement, meta: PageMeta) -> Iterator[DateValue | None]:
    """IMAGE_URL_DATE: uploads are filed by day ("/2019-05-05/", "/2019/05/05/"): the declared lead
    image's folder dates the story it was uploaded for (other images on the page are any story's)."""
    for src, _ in meta.all(IMAGE_META)[:2]:
        yield url_date(src)
