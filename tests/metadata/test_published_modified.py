"""Published versus modified: update-labelled dates are ``date_modified``, machine-readable publication
dates are never overridden by a visible update date, and ``date_published <= date_modified``."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit.metadata.dates.text import find_text_date, find_updated_date
from tests.metadata.helpers import meta_of, page

_UTC = dt.timezone.utc


@pytest.mark.parametrize(("lang", "line", "day"), [
    ("en", "Last updated on March 12, 2024", dt.date(2024, 3, 12)),
    ("en", "Updated: Dec. 4, 2023", dt.date(2023, 12, 4)),
    ("de", "Aktualisiert am 3. Mai 2024", dt.date(2024, 5, 3)),
    ("fr", "Mis à jour le 3 mai 2024", dt.date(2024, 5, 3)),
    ("es", "Actualizado el 3 de mayo de 2024", dt.date(2024, 5, 3)),
])
def test_update_labelled_date_is_the_modified_date(lang: str, line: str, day: dt.date) -> None:
    body = f"<h1>Tram plan approved by the city</h1><p>{line}</p><p>The city approved the tram plan.</p>"
    m = meta_of(page("<title>Tram plan approved by the city</title>", body, lang=lang))
    assert m.date_modified is not None and m.date_modified.date() == day
    # nothing else dates the page: the publication date falls back to it, flagged in provenance
    assert m.date_published == m.date_modified
    assert m.provenance["date_published"] == "modified-only"
    assert m.provenance["date_modified"] == "text"


def test_update_label_skipped_by_the_publication_finder() -> None:
    near = "By Jane Doe\nUpdated: December 4, 2025\nPublished February 27, 2024\n"
    assert find_text_date(near, language="en", now=None) == dt.date(2024, 2, 27)
    assert find_updated_date(near, language="en", now=None) == dt.date(2025, 12, 4)


def test_declared_publication_date_is_not_overridden_by_a_visible_update() -> None:
    head = ('<meta property="article:published_time" content="2024-08-13T06:14:39+00:00">'
            '<meta property="article:modified_time" content="2026-03-12T02:44:39+00:00">')
    body = ("<h1>Ten days in Japan</h1><p>Last updated on March 12, 2026</p>"
            "<p>If you had guessed that Japan is a wonderful place, you were right.</p>")
    m = meta_of(page(head + "<title>Ten days in Japan</title>", body))
    assert m.date_published == dt.datetime(2024, 8, 13, 6, 14, 39, tzinfo=_UTC)
    assert m.provenance["date_published"] == "opengraph"
    assert m.date_modified == dt.datetime(2026, 3, 12, 2, 44, 39, tzinfo=_UTC)


def test_jsonld_date_published_beats_an_update_labelled_time_element() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Markets",'
            ' "datePublished": "2023-10-02T14:21:11Z"}</script>')
    body = ('<h1>Markets</h1><p>By Jane Doe</p><p>Last Updated: <time datetime="2024-12-06T11:29:12Z">'
            'December 6, 2024</time></p><p>Stocks rose on Monday in a broad rally.</p>')
    m = meta_of(page(head, body))
    assert m.date_published == dt.datetime(2023, 10, 2, 14, 21, 11, tzinfo=_UTC)
    assert m.date_modified == dt.datetime(2024, 12, 6, 11, 29, 12, tzinfo=_UTC)
    assert m.provenance["date_modified"] == "time-element"


def test_time_element_classed_updated_is_the_modified_date() -> None:
    body = ('<h1>Harbour bridge opens</h1><p><time class="published" datetime="2021-05-03">May 3</time>'
            '<time class="updated" datetime="2021-06-01T08:00:00Z">June 1</time></p><p>The bridge opened.</p>')
    m = meta_of(page("<title>Harbour bridge opens</title>", body))
    assert m.date_published == dt.datetime(2021, 5, 3)
    assert m.date_modified == dt.datetime(2021, 6, 1, 8, 0, tzinfo=_UTC)
    assert m.provenance["date_modified"] == "time-element"


def test_modified_date_before_the_publication_date_is_dropped() -> None:
    head = ('<meta property="article:published_time" content="2024-03-21T09:00:00+00:00">'
            '<meta property="article:modified_time" content="2019-01-01T00:00:00+00:00">')
    m = meta_of(page(head + "<title>Budget</title>", "<h1>Budget</h1><p>The budget passed.</p>"))
    assert m.date_published is not None and m.date_modified is None
    assert "date_modified" not in m.provenance


def test_published_never_after_modified_on_a_consistent_page() -> None:
    head = ('<meta property="article:published_time" content="2024-03-21T09:00:00+01:00">'
            '<meta property="article:modified_time" content="2024-03-21T08:30:00Z">')
    m = meta_of(page(head + "<title>Budget</title>", "<h1>Budget</h1><p>The budget passed.</p>"))
    assert m.date_published is not None and m.date_modified is not None
    assert m.date_published <= m.date_modified


def test_update_labelled_relative_date_needs_now() -> None:
    body = "<h1>Storm warning</h1><p>Updated 3 hours ago</p><p>A storm is coming in from the west.</p>"
    html = page("<title>Storm warning</title>", body)
    assert meta_of(html).date_modified is None
    now = dt.datetime(2024, 3, 21, 12, 0, tzinfo=_UTC)
    m = meta_of(html, now=now)
    assert m.date_modified == dt.datetime(2024, 3, 21, 9, 0, tzinfo=_UTC)
    assert m.provenance["date_published"] == "modified-only"


def test_a_rule_bug_is_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in a rule raises: extraction no longer turns it into empty metadata."""
    from articlekit.metadata.dates import resolve

    def broken(*_: object) -> object:
        raise ValueError("bug in a rule")

    monkeypatch.setattr(resolve, "url_outvoted", broken)
    head = '<meta property="article:published_time" content="2024-03-21T09:00:00+00:00">'
    with pytest.raises(ValueError, match="bug in a rule"):
        meta_of(page(head + "<title>Budget</title>", "<h1>Budget</h1><p>The budget passed.</p>"))


def test_update_label_in_its_own_element_before_a_date_element() -> None:
    body = ('<h1>Best cameras</h1><p>By Gene Doe</p><span class="post-date"><span class="desktop">Last Updated'
            '</span> <span class="mobile">on</span> <span class="date">Feb 27, 2026</span></span>'
            "<p>We tested forty cameras over six months in three homes.</p>")
    m = meta_of(page("<title>Best cameras</title>", body))
    assert m.date_modified == dt.datetime(2026, 2, 27)
    assert m.provenance["date_published"] == "modified-only"


_OG_DATES = ('<meta property="article:published_time" content="2020-03-10T15:30:00+00:00">'
             '<meta property="article:modified_time" content="2025-02-12T13:28:34+00:00">')


def test_visible_date_on_the_declared_modification_day_is_the_update() -> None:
    # a theme that prints the last edit next to the byline, on a page that declares its dates in OpenGraph
    body = ("<h1>Travelling to Japan for the first time</h1><p>By Jane Doe</p><p>12th February 2025</p>"
            "<p>Japan had long been on my list, and this spring I finally went.</p>")
    m = meta_of(page(_OG_DATES + "<title>Travelling to Japan for the first time</title>", body))
    assert m.date_published == dt.datetime(2020, 3, 10, 15, 30, tzinfo=_UTC)
    assert m.provenance["date_published"] == "opengraph"
    assert m.date_modified == dt.datetime(2025, 2, 12, 13, 28, 34, tzinfo=_UTC)


@pytest.mark.parametrize(("extra_head", "published", "modified"), [
    # with a JSON-LD datePublished the visible date stays: such pages show their update day on purpose
    ('<script type="application/ld+json">{"@type": "Article", "datePublished": "2020-03-10T15:30:00Z"}'
     "</script>", "2020-03-10T15:30:00+00:00", "2025-02-12T13:28:34+00:00"),
    # a visible date within two days of the declared publication is the story's own news day
    ("", "2025-02-11T09:00:00+00:00", "2025-02-12T13:28:34+00:00"),
    # a visible date on another day than the declared modification is not the update
    ("", "2020-03-10T15:30:00+00:00", "2025-03-01T08:00:00+00:00"),
])
def test_visible_date_stays_when_it_is_not_the_theme_printing_the_update(
        extra_head: str, published: str, modified: str) -> None:
    head = (f'<meta property="article:published_time" content="{published}">'
            f'<meta property="article:modified_time" content="{modified}">{extra_head}')
    body = ("<h1>Travelling to Japan for the first time</h1><p>By Jane Doe</p><p>12th February 2025</p>"
            "<p>Japan had long been on my list, and this spring I finally went.</p>")
    m = meta_of(page(head + "<title>Travelling to Japan for the first time</title>", body))
    assert m.date_published is not None and m.date_published.date() == dt.date(2025, 2, 12)
    assert m.provenance["date_published"] == "text"
