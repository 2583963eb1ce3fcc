"""Feeds and sitemaps served locally: article URLs, their dates, newest first, --since and --max."""

from __future__ import annotations

import datetime as dt

import pytest

import articlekit
from articlekit.fetch import FeedError, FetchOptions
from articlekit.fetch.listing import Entry, parse_date, parse_listing, select
from tests.fetch.server import Stats

FAST = FetchOptions(host_delay=0.0, backoff=0.01, read_timeout=1.0)
Site = tuple[str, Stats]
UTC = dt.timezone.utc


def _paths(entries: list[Entry], base: str) -> list[str]:
    return [e.url.removeprefix(base) for e in entries]


def test_an_rss_feed_lists_its_items_newest_first(site: Site) -> None:
    base, _ = site
    entries = articlekit.list_urls(f"{base}/feed.rss", options=FAST)
    assert _paths(entries, base) == ["/a/2", "/a/3", "/a/1"]
    assert entries[0].title == "Newest" and entries[0].date == dt.datetime(2024, 1, 3, 9, tzinfo=UTC)


def test_an_atom_feed_resolves_relative_links_and_prefers_published(site: Site) -> None:
    base, _ = site
    entries = articlekit.list_urls(f"{base}/feed.atom", options=FAST)
    assert _paths(entries, base) == ["/a/5", "/a/4"]
    assert entries[0].date == dt.datetime(2024, 2, 5, 6, 30, tzinfo=UTC)


def test_a_sitemap_index_with_a_gzipped_child(site: Site) -> None:
    base, stats = site
    entries = articlekit.list_urls(f"{base}/sitemap_index.xml", options=FAST)
    assert _paths(entries, base) == ["/a/7", "/a/6", "/a/8"]  # the undated entry comes last
    assert stats.hits["/sitemap-1.xml.gz"] == 1 and stats.hits["/a/7"] == 0  # listed, not downloaded


def test_a_news_sitemap_gives_publication_dates_and_titles(site: Site) -> None:
    base, _ = site
    entries = articlekit.list_urls(f"{base}/news-sitemap.xml", options=FAST)
    assert [(e.url.removeprefix(base), e.title) for e in entries] == [("/a/10", "Harbour plan"),
                                                                       ("/a/9", "Ferry vote")]


def test_since_and_limit_over_several_listings(site: Site) -> None:
    base, _ = site
    since = dt.datetime(2024, 2, 1)
    entries = articlekit.list_urls(f"{base}/feed.rss", f"{base}/feed.atom", f"{base}/sitemap_index.xml",
                                   since=since, limit=3, options=FAST)
    assert _paths(entries, base) == ["/a/7", "/a/6", "/a/5"]


def test_a_listing_that_is_not_one_is_a_feed_error(site: Site) -> None:
    base, _ = site
    with pytest.raises(FeedError, match="not a feed or sitemap"):
        articlekit.list_urls(f"{base}/article", options=FAST)
    with pytest.raises(FeedError, match="at least one"):
        articlekit.list_urls()


def test_entities_are_not_expanded() -> None:
    data = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<rss><channel><item><link>https://e.com/&x;</link></item></channel></rss>")
    entries, _ = parse_listing(data, "https://e.com/feed")
    assert all("root:" not in e.url for e in entries)


def test_a_plain_text_sitemap() -> None:
    entries, children = parse_listing(b"https://e.com/a\nhttps://e.com/b\n", "https://e.com/sitemap.txt")
    assert [e.url for e in entries] == ["https://e.com/a", "https://e.com/b"] and children == []


def test_dates_in_the_formats_feeds_use() -> None:
    assert parse_date("Tue, 02 Jan 2024 10:00:00 GMT") == dt.datetime(2024, 1, 2, 10, tzinfo=UTC)
    assert parse_date("2024-03-01") == dt.datetime(2024, 3, 1, tzinfo=UTC)
    assert parse_date("2024-03-01T10:00+01:00") == dt.datetime(2024, 3, 1, 9, tzinfo=UTC)
    assert parse_date("yesterday") is None and parse_date("") is None


def test_select_keeps_listing_order_without_dates() -> None:
    entries = [Entry("u1"), Entry("u2", dt.datetime(2024, 1, 1, tzinfo=UTC)), Entry("u3")]
    assert [e.url for e in select(entries)] == ["u2", "u1", "u3"]
    assert [e.url for e in select(entries, since=dt.datetime(2023, 1, 1))] == ["u2"]
