"""Article URLs from RSS 2.0, RSS 1.0 (RDF), Atom feeds and XML sitemaps.

Sitemaps may be indexes (their child sitemaps are read in turn, depth and count capped), news
sitemaps (``<news:publication_date>`` is the date) and gzip files (``.xml.gz``, by their magic
bytes, whatever the headers say). A plain-text sitemap (one URL per line) is read too. XML is parsed
by lxml with entities and network access off, so a hostile feed cannot read files or expand bombs.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import io
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from articlekit.fetch.client import Fetcher, check_url
from articlekit.fetch.errors import FeedError, FetchError, TooLargeError
from articlekit.urls import join_url

__all__ = ["Entry", "Listing", "collect", "parse_date", "parse_listing", "select"]

log = logging.getLogger("articlekit.fetch")

_GZIP_MAGIC = b"\x1f\x8b"
# local element names → what they hold, whatever the namespace (RSS 1.0, Atom, sitemap and news ns)
_ITEMS = frozenset({"item", "entry", "url"})
_DATES = ("publication_date", "published", "pubDate", "date", "issued", "updated", "modified", "lastmod")


@dataclass(frozen=True)
class Entry:
    """One article URL of a feed or sitemap, with its date (UTC) and title when the listing gives them."""

    url: str
    date: dt.datetime | None = None
    title: str | None = None


@dataclass
class Listing:
    """What reading feeds and sitemaps gave: the entries, and the listings that failed (URL, error)."""

    entries: list[Entry] = field(default_factory=list)
    failures: list[tuple[str, FetchError]] = field(default_factory=list)


def parse_date(text: str | None) -> dt.datetime | None:
    """An RFC 822 (RSS) or W3C/ISO 8601 (Atom, sitemaps) date as an aware UTC datetime."""
    if not text or not text.strip():
        return None
    text = text.strip()
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            value = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value.astimezone(dt.timezone.utc)


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element: Any, names: Iterable[str]) -> str | None:
    """Text of the first descendant with one of these local names, in the order of ``names``."""
    found: dict[str, str] = {}
    for node in element.iter():
        name = _local(node)
        if name in names and name not in found and node.text and node.text.strip():
            found[name] = node.text.strip()
    return next((found[n] for n in names if n in found), None)


def _link(item: Any, base: str) -> str | None:
    """An item's article URL: RSS ``<link>`` text, Atom ``<link rel=alternate href>``, sitemap ``<loc>``."""
    for node in item:
        name = _local(node)
        if name == "link" and node.get("href") and node.get("rel", "alternate") == "alternate":
            return join_url(base, str(node.get("href")).strip())  # None when malformed: the item is skipped
        if name in ("link", "loc") and node.text and node.text.strip():
            return join_url(base, str(node.text).strip())
    guid = next((n for n in item if _local(n) == "guid" and n.get("isPermaLink", "true") == "true"), None)
    return join_url(base, str(guid.text).strip()) if guid is not None and guid.text and guid.text.strip() else None


def _xml_root(data: bytes, source: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data.lstrip(), parser)
    except etree.LxmlError as exc:
        raise FeedError(f"{source}: not a feed or sitemap ({exc})") from None
    if root is None:
        raise FeedError(f"{source}: not a feed or sitemap (no XML found)")
    return root


def _text_sitemap(data: bytes) -> list[Entry] | None:
    lines = [line.strip() for line in data.decode("utf-8", errors="replace").splitlines() if line.strip()]
    if lines and all(line.startswith(("http://", "https://")) for line in lines):
        return [Entry(line) for line in lines]
    return None


def parse_listing(data: bytes, source: str) -> tuple[list[Entry], list[str]]:
    """(entries, child sitemap URLs) of one feed or sitemap document (gzip is undone first)."""
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, source, 50 * len(data) + 1024 * 1024)
    plain = _text_sitemap(data) if not data.lstrip().startswith(b"<") else None
    if plain is not None:
        return plain, []
    root = _xml_root(data, source)
    kind = _local(root)
    if kind == "sitemapindex":
        children = [_link(node, source) for node in root if _local(node) == "sitemap"]
        return [], [c for c in children if c]
    if kind not in ("rss", "RDF", "feed", "urlset", "channel"):
        raise FeedError(f"{source}: not a feed or sitemap (root element <{kind}>)")
    entries = []
    for item in root.iter():
        if _local(item) in _ITEMS and (kind == "urlset") == (_local(item) == "url"):
            url = _link(item, source)
            if url:
                title = _child_text(item, ("title",))
                entries.append(Entry(url, parse_date(_child_text(item, _DATES)), title))
    return entries, []


def _gunzip(data: bytes, source: str, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(limit + 1)
    except (OSError, EOFError) as exc:
        raise FeedError(f"{source}: broken gzip data ({exc})") from None
    if len(out) > limit:
        raise TooLargeError(f"{source}: gzip sitemap expands past {limit:,} bytes")
    return out


def collect(urls: Iterable[str], fetcher: Fetcher) -> Listing:
    """Read feeds and sitemaps (following sitemap indexes); entries in document order, deduplicated."""
    listing, budget = Listing(), fetcher.options.max_sitemaps
    seen: set[str] = set()
    queue: list[tuple[str, int]] = [(url, 0) for url in urls]
    while queue:
        url, depth = queue.pop(0)
        try:
            page = fetcher.get(check_url(url), accept=None)
            entries, children = parse_listing(page.body, page.url)
        except FetchError as exc:
            listing.failures.append((url, exc))
            continue
        for child in children:
            if depth + 1 > fetcher.options.max_sitemap_depth or budget <= 0:
                log.warning("%s: child sitemap %s not read (depth or count limit)", url, child)
                continue
            budget -= 1
            queue.append((child, depth + 1))
        for entry in entries:
            if entry.url not in seen:
                seen.add(entry.url)
                listing.entries.append(entry)
    return listing


def select(entries: Iterable[Entry], *, since: dt.datetime | None = None, limit: int | None = None) -> list[Entry]:
    """Newest first (undated entries after the dated ones, in listing order), then ``since`` and ``limit``.

    With ``since``, entries dated before it are dropped, and so are undated entries: nothing shows
    that they are new. A naive ``since`` is taken as UTC.
    """
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=dt.timezone.utc)
    ordered: Iterator[Entry] = iter(sorted(entries, key=_newest_first))
    if since is not None:
        ordered = (e for e in ordered if e.date is not None and e.date >= since)
    chosen = list(ordered)
    return chosen if limit is None else chosen[:limit]


def _newest_first(entry: Entry) -> tuple[int, float]:
    return (1, 0.0) if entry.date is None else (0, -entry.date.timestamp())
