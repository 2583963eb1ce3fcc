"""Tolerant JSON-LD (issue 21): a broken block still gives its fields and never raises; live blogs and
``additionalName``."""

from __future__ import annotations

import datetime as dt

from articlekit.html.parse import parse_html
from articlekit.metadata.jsonld import read_jsonld
from tests.metadata.helpers import meta_of, page


def _ld(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


def _day(value: object) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value if isinstance(value, dt.date) else None


def test_trailing_commas() -> None:
    m = meta_of(page(_ld('{"@type": "NewsArticle", "headline": "Tram plan", "author": {"name": "Jane Doe",},'
                         ' "datePublished": "2024-03-21",}')))
    assert (m.title, m.authors, _day(m.date_published)) == ("Tram plan", ("Jane Doe",), dt.date(2024, 3, 21))


def test_unescaped_quote_in_a_value() -> None:
    m = meta_of(page(_ld('{"@type": "NewsArticle", "headline": "The "big" tram plan", "author": {"name": '
                         '"Jane Doe"}, "datePublished": "2024-03-21", "dateModified": "2024-03-22"}')))
    assert m.title == 'The "big" tram plan'
    assert m.authors == ("Jane Doe",)
    assert _day(m.date_modified) == dt.date(2024, 3, 22)


def test_control_character_in_a_value() -> None:
    m = meta_of(page(_ld('{"@type": "NewsArticle", "headline": "Tram\tplan", "author": "Jane Doe"}')))
    assert (m.title, m.authors) == ("Tram plan", ("Jane Doe",))


def test_field_level_recovery_when_no_repair_parses() -> None:
    broken = ('{"@type": "NewsArticle", "name": "Tram plan", "author": [{"@type": "Person", "name": "Jane Doe"},'
              ' {"name": "John Smith"}], "publisher": {"name": "City Times"} "datePublished": "2024-03-21"'
              ' "dateModified": "2024-03-22"')
    ld = read_jsonld(parse_html(page(_ld(broken))))
    assert ld.headline == "Tram plan"
    assert ld.authors == ["Jane Doe", "John Smith"]
    assert (ld.published, ld.modified) == ("2024-03-21", "2024-03-22")
    assert ld.unparsed  # the date readers still see the raw block
    m = meta_of(page(_ld(broken)))
    assert m.provenance["authors"] == "json-ld"


def test_garbage_never_raises() -> None:
    for text in ('{"author": ', '{"author": [[[[', '"headline": "x"', "{{{{", '{"name": "\\', "]" * 50):
        assert read_jsonld(parse_html(page(_ld(text)))).authors == []


def test_live_blog_updates_give_authors_and_dates() -> None:
    live = ('{"@type": "LiveBlogPosting", "headline": "Election night", "coverageStartTime": "2024-03-21T18:00:00Z",'
            ' "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Polls close", "datePublished":'
            ' "2024-03-21T20:00:00Z", "author": {"@type": "Person", "name": "Jane Doe"}}, {"@type": "BlogPosting",'
            ' "headline": "First results", "datePublished": "2024-03-21T22:00:00Z", "author": [{"name": "John Smith"},'
            ' {"name": "Jane Doe"}]}]}')
    m = meta_of(page(_ld(live)))
    assert m.authors == ("Jane Doe", "John Smith")
    assert m.provenance["authors"] == "json-ld-live"
    ld = read_jsonld(parse_html(page(_ld(live))))
    assert (ld.published, ld.modified) == ("2024-03-21T18:00:00Z", "2024-03-21T22:00:00Z")


def test_live_blog_own_author_wins_over_its_updates() -> None:
    live = ('{"@type": "LiveBlogPosting", "headline": "Live", "author": {"name": "Ana Lima"}, "liveBlogUpdate":'
            ' [{"@type": "BlogPosting", "author": {"name": "Jane Doe"}}]}')
    m = meta_of(page(_ld(live)))
    assert (m.authors, m.provenance["authors"]) == (("Ana Lima",), "json-ld")


def test_additional_name_in_person() -> None:
    person = ('{"@type": "NewsArticle", "headline": "Subway", "author": {"@type": "Person", "givenName": "Emma",'
              ' "additionalName": "G.", "familyName": "Fitzsimmons"}}')
    assert meta_of(page(_ld(person))).authors == ("Emma G. Fitzsimmons",)


def test_additional_name_completes_a_short_name() -> None:
    person = ('{"@type": "NewsArticle", "headline": "Subway", "author": {"@type": "Person", "name": "Emma'
              ' Fitzsimmons", "givenName": "Emma", "additionalName": "G.", "familyName": "Fitzsimmons"}}')
    assert meta_of(page(_ld(person))).authors == ("Emma G. Fitzsimmons",)


def test_broken_block_about_a_topic_gives_no_headline() -> None:
    topic = ('{"@type": "Thing", "headline": "headphones", "author": {"name": "Apple Desk"}}'
             ' "description": "headphones"}')
    ld = read_jsonld(parse_html(page(_ld(topic))))
    assert (ld.headline, ld.authors) == ("", [])
