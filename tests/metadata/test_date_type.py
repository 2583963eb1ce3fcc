"""The date type contract: ``date_published`` and ``date_modified`` are always ``datetime`` (or
``None``), aware when the page gave an offset and naive when it gave none, with ``date_precision``
saying how much the page gave; JSON keeps that precision."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit import extract
from tests.metadata.helpers import meta_of, page

_BODY = "<h1>Tram plan</h1><p>The city council approved the tram plan on a narrow vote.</p>"
# one page per kind of date a page may give
PAGES = {
    "day": page('<meta property="article:published_time" content="2024-03-21"><title>Tram plan</title>', _BODY),
    "minute": page('<meta property="article:published_time" content="2024-03-21T10:30+01:00">'
                   '<title>Tram plan</title>', _BODY),
    "second": page('<meta property="article:published_time" content="2024-03-21T10:30:15Z">'
                   '<title>Tram plan</title>', _BODY),
    "naive": page('<meta property="article:published_time" content="2024-03-21T10:30:00">'
                  '<title>Tram plan</title>', _BODY),
    "none": page("<title>Tram plan</title>", _BODY),
}


def test_every_date_is_a_datetime() -> None:
    for html in PAGES.values():
        m = meta_of(html)
        for value in (m.date_published, m.date_modified):
            assert value is None or type(value) is dt.datetime


def test_precision_and_offset() -> None:
    day = meta_of(PAGES["day"])
    assert day.date_published == dt.datetime(2024, 3, 21) and day.date_published.tzinfo is None
    assert day.date_precision == {"date_published": "day"}
    minute = meta_of(PAGES["minute"])
    assert minute.date_published == dt.datetime(2024, 3, 21, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert minute.date_precision["date_published"] == "minute"
    assert meta_of(PAGES["second"]).date_precision["date_published"] == "second"
    naive = meta_of(PAGES["naive"]).date_published
    assert naive is not None and naive.tzinfo is None  # the page gave no offset
    assert meta_of(PAGES["none"]).date_precision == {}


def test_json_keeps_the_page_precision() -> None:
    assert extract(PAGES["day"], summarize=False).to_dict()["date_published"] == "2024-03-21"
    assert extract(PAGES["minute"], summarize=False).to_dict()["date_published"] == "2024-03-21T10:30:00+01:00"
    assert extract(PAGES["naive"], summarize=False).to_dict()["date_published"] == "2024-03-21T10:30:00"
    assert extract(PAGES["none"], summarize=False).to_dict()["date_published"] is None


def test_pandas_reads_a_mixed_batch_column() -> None:
    pd = pytest.importorskip("pandas")
    articles = [extract(html, summarize=False) for html in PAGES.values()]
    objects = pd.to_datetime([a.date_published for a in articles], utc=True)
    strings = pd.to_datetime([a.to_dict()["date_published"] for a in articles], utc=True, format="ISO8601")
    days = [str(t.date()) if not pd.isna(t) else None for t in objects]
    assert days == ["2024-03-21"] * 4 + [None]
    assert [str(t) for t in objects] == [str(t) for t in strings]
