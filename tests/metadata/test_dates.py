"""Dates: fast parsing of many formats and languages, sources, time zones, relative dates, plausibility."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit.config import MetadataConfig
from articlekit.metadata.dates.parse import parse_date, plausible, url_date
from articlekit.metadata.dates.text import parse_relative
from tests.metadata.helpers import meta_of, page

UTC = dt.timezone.utc
NOW = dt.datetime(2024, 3, 21, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-03-21", dt.date(2024, 3, 21)),
    ("2024-03-21T10:00:00+05:30",
     dt.datetime(2024, 3, 21, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))),
    ("2024-03-21T10:00:00Z", dt.datetime(2024, 3, 21, 10, 0, tzinfo=UTC)),
    ("2024-03-21 10:00", dt.datetime(2024, 3, 21, 10, 0)),
    ("Thu, 21 Mar 2024 10:00:00 GMT", dt.datetime(2024, 3, 21, 10, 0, tzinfo=UTC)),
    ("21 March 2024, 10:00AM", dt.datetime(2024, 3, 21, 10, 0)),
    ("March 21, 2024 at 6:01 pm", dt.datetime(2024, 3, 21, 18, 1)),
    ("Mar. 21, 2024", dt.date(2024, 3, 21)),
    ("21. März 2024", dt.date(2024, 3, 21)),
    ("21 mars 2024", dt.date(2024, 3, 21)),
    ("21 de marzo de 2024", dt.date(2024, 3, 21)),
    ("2024年3月21日", dt.date(2024, 3, 21)),
    ("21.03.2024", dt.date(2024, 3, 21)),
    ("21/03/2024", dt.date(2024, 3, 21)),
    ("20240321", dt.date(2024, 3, 21)),
    ("not a date", None),
])
def test_parse_date(text: str, expected: object) -> None:
    assert parse_date(text) == expected


def test_ambiguous_numeric_dates_follow_the_language() -> None:
    assert parse_date("03/04/2024", language="en-US") == dt.date(2024, 3, 4)
    assert parse_date("03/04/2024", language="de") == dt.date(2024, 4, 3)


@pytest.mark.parametrize(("url", "day"), [
    ("https://x.com/2024/03/21/story", dt.date(2024, 3, 21)),
    ("https://x.com/news/20240321-story.html", dt.date(2024, 3, 21)),
    ("https://x.com/meldungen/21-03-2024", dt.date(2024, 3, 21)),
    ("https://x.com/2024/03/story", None),
    ("https://x.com/story-12345", None),
])
def test_url_date(url: str, day: dt.date | None) -> None:
    assert url_date(url) == day


@pytest.mark.parametrize(("text", "expected"), [
    ("3 hours ago", NOW - dt.timedelta(hours=3)),
    ("il y a 2 heures", NOW - dt.timedelta(hours=2)),
    ("vor 2 Stunden", NOW - dt.timedelta(hours=2)),
    ("hace 2 días", NOW - dt.timedelta(days=2)),
    ("3小时前", NOW - dt.timedelta(hours=3)),
    ("yesterday", dt.date(2024, 3, 20)),
])
def test_relative_dates_resolve_against_now(text: str, expected: object) -> None:
    assert parse_relative(text, NOW) == expected


def test_relative_dates_stay_unresolved_without_now() -> None:
    assert parse_relative("3 hours ago", None) is None
    body = "<h1>Tram plan</h1><p>Updated 3 hours ago</p><p>Text of the story.</p>"
    assert meta_of(page("<title>Tram plan</title>", body)).date_published is None
    m = meta_of(page("<title>Tram plan</title>", "<h1>Tram plan</h1><p>3 hours ago</p>"), now=NOW)
    assert m.date_published == NOW - dt.timedelta(hours=3)


def test_implausible_dates_rejected() -> None:
    assert not plausible(dt.date(1990, 1, 1), min_year=1995, now=None)
    assert not plausible(dt.date(2030, 1, 1), min_year=1995, now=NOW)
    assert plausible(dt.date(2030, 1, 1), min_year=1995, now=None)
    head = '<meta property="article:published_time" content="1970-01-01">'
    assert meta_of(page(head)).date_published is None


def test_published_and_modified_from_opengraph() -> None:
    head = ('<meta property="article:published_time" content="2024-03-21T09:00:00+01:00">'
            '<meta property="article:modified_time" content="2024-03-22T10:00:00+01:00">')
    m = meta_of(page(head))
    assert m.date_published == dt.datetime(2024, 3, 21, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert m.date_modified == dt.datetime(2024, 3, 22, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert m.provenance["date_published"] == m.provenance["date_modified"] == "opengraph"


def test_time_element_and_url_sources() -> None:
    body = '<h1>Tram plan</h1><time datetime="2024-03-21T08:00:00-04:00">March 21</time>'
    m = meta_of(page("", body))
    assert m.date_published == dt.datetime(2024, 3, 21, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    assert m.provenance["date_published"] == "time-element"
    m = meta_of(page(), url="https://x.com/2024/03/21/tram-plan")
    assert (m.date_published, m.provenance["date_published"]) == (dt.datetime(2024, 3, 21), "url")


def test_visible_dateline_near_headline_in_other_languages() -> None:
    for line, day in [("21. März 2024", 21), ("2024年3月20日", 20), ("19 de marzo de 2024", 19)]:
        m = meta_of(page("", f"<h1>Headline</h1><p>{line}</p><p>Story text follows here.</p>"))
        assert m.date_published == dt.datetime(2024, 3, day)
        assert m.provenance["date_published"] == "text"


def test_date_inside_a_sentence_is_not_the_publication_date() -> None:
    body = ("<h1>Headline</h1><p>The law, which took effect on 15 January 2022 after a long debate in "
            "parliament, changes how certificates are issued across the country.</p>")
    assert meta_of(page("", body)).date_published is None


def test_url_day_wins_over_a_utc_stamp_one_day_later() -> None:
    head = '<meta property="article:published_time" content="2023-11-09T03:28:35+00:00">'
    m = meta_of(page(head), url="https://x.com/2023/11/08/story")
    assert m.date_published == dt.datetime(2023, 11, 8)


def test_same_day_timestamp_keeps_time_and_offset() -> None:
    head = ('<script type="application/ld+json">'
            '{"@type": "Article", "datePublished": "2024-03-21T10:00:00+01:00"}</script>')
    m = meta_of(page(head), url="https://x.com/2024/03/21/story")
    assert isinstance(m.date_published, dt.datetime)
    assert m.date_published.utcoffset() == dt.timedelta(hours=1)


def test_future_dates_rejected_against_now() -> None:
    head = '<meta property="article:published_time" content="2024-05-01">'
    assert meta_of(page(head), now=NOW).date_published is None
    assert meta_of(page(head), config=MetadataConfig(min_year=2025)).date_published is None
