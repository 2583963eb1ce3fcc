"""Date rules of round 2: labelled sign-up/edit dates skipped, labelled publication dates preferred,
relative phrases never read by dateparser as dates of its dummy base year."""

from __future__ import annotations

import datetime as dt

from articlekit.metadata.dates.text import find_text_date, parse_with_dateparser
from tests.metadata.helpers import meta_of, page


def test_member_join_date_is_not_the_article_date() -> None:
    near = "Thread starter\nBiggie\nJoined\nMay 11, 2017\nMessages\n3,066\nPosted\n18 March 2020\n"
    assert find_text_date(near, language="en", now=None) == dt.date(2020, 3, 18)


def test_registered_label_on_the_same_line() -> None:
    near = "r23\nRegistriert: 18.09.2008, 05:56\nBeitrag von r23 » 21.01.2009, 05:42\n"
    assert find_text_date(near, language="de", now=None) == dt.datetime(2009, 1, 21, 5, 42)


def test_published_label_beats_a_nearer_date() -> None:
    before = "Veröffentlicht am\n10. Februar 2019\n9. Februar 2019\nvon Heiko\nLaufen im Winter"
    assert find_text_date("Es ist faszinierend.", language="de", now=None, before=before) == dt.date(2019, 2, 10)


def test_whole_page_published_label() -> None:
    body = ("<p>Veröffentlicht am</p><p>10. Februar 2019</p><p>9. Februar 2019</p>"
            "<h1>Laufen im Winter</h1><p>Es ist irgendwie schon faszinierend.</p>")
    m = meta_of(page("<title>Laufen im Winter</title>", body, lang="de"))
    assert m.date_published == dt.datetime(2019, 2, 10)


def test_dateparser_rejects_relative_phrases_without_a_year() -> None:
    assert parse_with_dateparser("4時間前", "ja") is None
    assert parse_with_dateparser("3 hours ago", "en") is None
    assert parse_with_dateparser("le 3 mars 2021", "fr") == dt.date(2021, 3, 3)
