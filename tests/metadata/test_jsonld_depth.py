"""Defect 11 of issue 19: a JSON-LD ``author`` nested hundreds of lists deep must not cost the page its
other fields (the reference resolver recursed without limit and the RecursionError dropped them all)."""

from __future__ import annotations

import datetime as dt

from tests.metadata.helpers import meta_of, page


def _deep_author(depth: int) -> str:
    author = "[" * depth + '{"@type": "Person", "name": "Jane Doe"}' + "]" * depth
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tram network to grow",'
            f' "datePublished": "2024-03-21", "url": "https://example.com/tram", "author": {author}}}</script>')


def test_deeply_nested_author_keeps_every_other_field() -> None:
    m = meta_of(page(_deep_author(500), "<h1>Tram network to grow</h1><p>Text.</p>"))
    assert m.title == "Tram network to grow"
    assert m.date_published == dt.date(2024, 3, 21) or (
        isinstance(m.date_published, dt.datetime) and m.date_published.date() == dt.date(2024, 3, 21))
    assert m.url == "https://example.com/tram"


def test_shallow_nested_author_is_still_read() -> None:
    m = meta_of(page(_deep_author(3), "<h1>Tram network to grow</h1><p>Text.</p>"))
    assert m.authors == ("Jane Doe",)
