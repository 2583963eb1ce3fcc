"""Date and title markup conventions: each on a small page written for the test, with the provenance
value it is reported under (the table in docs/metadata.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit.metadata.dates.parse import parse_date, url_date
from tests.metadata.helpers import meta_of, page

_UTC = dt.timezone.utc
H1 = "<h1>Council approves tram plan</h1>"
BODY = "<p>The city council approved the tram plan on a narrow vote on Tuesday evening after a long debate.</p>"


def _dates(head: str = "", body: str = "", url: str | None = None) -> tuple[object, object, object, object]:
    m = meta_of(page(head, body), url=url)
    return (m.date_published, m.provenance.get("date_published"), m.date_modified, m.provenance.get("date_modified"))


def test_compact_timestamp() -> None:
    assert parse_date("20210820030646") == dt.datetime(2021, 8, 20, 3, 6, 46)
    assert parse_date("202108200306") == dt.datetime(2021, 8, 20, 3, 6)
    assert _dates('<meta name="date" content="20210820030646">', H1 + BODY)[:2] == (
        dt.datetime(2021, 8, 20, 3, 6, 46), "meta")


def test_unix_timestamp_attribute() -> None:
    body = H1 + '<abbr class="timestamp" data-utime="1371813120">Friday</abbr>' + BODY
    assert _dates("", body)[:2] == (dt.datetime(2013, 6, 21, 11, 12, tzinfo=_UTC), "data-utime")


def test_meta_lastmodified_and_pubdate() -> None:
    head = '<meta name="lastmodified" content="2021-08-20"><meta name="pubdate" content="2021-08-01">'
    assert _dates(head, H1 + BODY) == (dt.datetime(2021, 8, 1), "meta", dt.datetime(2021, 8, 20), "meta")


def test_meta_pubdate_attribute() -> None:
    head = '<meta pubdate="2021-08-01T10:00:00Z">'
    assert _dates(head, H1 + BODY)[:2] == (dt.datetime(2021, 8, 1, 10, 0, tzinfo=_UTC), "meta")


def test_dublin_core_issued() -> None:
    assert _dates('<meta name="DC.Issued" content="2021-08-02">', H1 + BODY)[:2] == (dt.datetime(2021, 8, 2), "meta")


def test_itemprop_date_update() -> None:
    body = H1 + '<span itemprop="datePublished" content="2021-08-01">Aug 1</span>' \
                '<span itemprop="dateUpdate" content="2021-09-01">Sept 1</span>' + BODY
    assert _dates("", body) == (dt.datetime(2021, 8, 1), "microdata", dt.datetime(2021, 9, 1), "microdata")


def test_abbr_published_title() -> None:
    body = H1 + '<abbr class="published" title="2008-11-20T10:00:00+01:00">Nov 20</abbr>' + BODY
    when = dt.datetime(2008, 11, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert _dates("", body)[:2] == (when, "abbr-title")


def test_time_classed_updated_is_modified() -> None:
    body = H1 + '<time class="entry-date updated" datetime="2021-09-01T08:00:00Z">Sept 1</time>' + BODY
    assert _dates("", body)[2:] == (dt.datetime(2021, 9, 1, 8, 0, tzinfo=_UTC), "time-element")


def test_date_only_in_the_title_element() -> None:
    assert _dates("<title>Diary: 5 May 2019</title>", BODY)[:2] == (dt.datetime(2019, 5, 5), "title-element")


def test_date_only_in_a_link_title() -> None:
    body = H1 + '<a href="/p/1" title="5 May 2019, 10:00">permalink</a>' + BODY
    assert _dates("", body)[:2] == (dt.datetime(2019, 5, 5, 10, 0), "link-title")


def test_date_only_in_the_lead_image_url() -> None:
    head = '<meta property="og:image" content="https://example.com/img/2019-05-05/tram.jpg">'
    assert _dates(head, H1 + BODY)[:2] == (dt.datetime(2019, 5, 5), "image-url")


def test_image_date_never_beats_a_written_date() -> None:
    head = '<meta property="og:image" content="https://example.com/img/2019-05-05/tram.jpg">'
    assert _dates(head, H1 + "<p>7 June 2021</p>" + BODY)[:2] == (dt.datetime(2021, 6, 7), "text")


@pytest.mark.parametrize(("url", "day"), [
    ("https://example.com/2019/6/26/tram-plan", dt.date(2019, 6, 26)),
    ("https://example.com/2019/06/26/tram-plan", dt.date(2019, 6, 26)),
    ("https://example.com/2019/6/tram-plan", None),
])
def test_unpadded_url_dates(url: str, day: dt.date | None) -> None:
    assert url_date(url) == day


def test_unpadded_url_date_dates_the_page() -> None:
    assert _dates("", H1 + BODY, url="https://example.com/2019/6/26/tram-plan")[:2] == (dt.datetime(2019, 6, 26), "url")


def test_modified_only_fallback_is_flagged() -> None:
    head = '<meta property="article:modified_time" content="2021-09-01T08:00:00Z">'
    published, source, modified, _ = _dates(head, H1 + BODY)
    assert published == modified and source == "modified-only"


# --- titles ---------------------------------------------------------------------------------------------


def _title(head: str = "", body: str = "", url: str | None = None) -> tuple[str | None, str | None]:
    m = meta_of(page(head, body), url=url)
    return m.title, m.provenance.get("title")


def test_meta_itemprop_headline() -> None:
    head = '<meta itemprop="headline" content="Council approves tram plan"><title>City Times</title>'
    assert _title(head, "<div>" + BODY + "</div>") == ("Council approves tram plan", "microdata")


@pytest.mark.parametrize("cls", ["entry-title", "post-title"])
def test_entry_and_post_title_elements(cls: str) -> None:
    head = '<title>City Times</title><meta property="og:site_name" content="City Times">'
    body = (f'<div class="site-title">City Times</div><div class="{cls}"><a href="/p">Council approves tram plan'
            "</a></div>" + BODY)
    assert _title(head, body) == ("Council approves tram plan", "title-class")


def test_h2_fallback_skips_the_banner() -> None:
    body = '<div class="logo"><h2>City Times</h2></div><h2>Council approves tram plan</h2>' + BODY
    assert _title("<title>citytimes.com</title>", body) == ("Council approves tram plan", "h2")


def test_domain_only_title_is_rejected() -> None:
    assert _title("<title>example.com</title>", BODY) == (None, None)
    assert _title("<title>www.example.co.uk</title>", H1 + BODY) == ("Council approves tram plan", "h1")


def test_guillemet_separates_the_site_name() -> None:
    url = "https://www.citytimes.com/tram"
    for title in ("Council approves tram plan » City Times", "Council approves tram plan» City Times"):
        assert _title(f"<title>{title}</title>", BODY, url)[0] == "Council approves tram plan"


def test_blank_og_title_does_not_block_the_h1() -> None:
    head = '<meta property="og:title" content=" "><meta property="og:site_name" content="City Times">' \
           "<title>City Times</title>"
    assert _title(head, H1 + BODY) == ("Council approves tram plan", "h1")


def test_headline_without_metadata() -> None:
    """<title> holds only the site's name, no <h1>, og:title or JSON-LD: the visible headline line above
    the body is the title, not the site banner."""
    head = "<title>City Times</title>"
    body = ('<div id="masthead"><div class="site-title"><a href="/">City Times</a></div></div>'
            '<div class="post"><h2 class="post-title">Council approves tram plan</h2>'
            '<div class="post-body"><h2>Council approves tram plan</h2>' + BODY + "</div></div>")
    assert _title(head, body, "https://www.citytimes.com/2024/03/tram") == ("Council approves tram plan", "title-class")


def test_site_name_is_the_title_of_the_home_page_only() -> None:
    head = '<title>City Times</title><meta property="og:site_name" content="City Times">'
    body = "<h1>Top stories</h1>" + BODY
    assert _title(head, body, "https://www.citytimes.com/") == ("City Times", "title-element")
    assert _title(head, body, "https://www.citytimes.com/2024/tram") == ("Top stories", "h1")


def test_app_name_equal_to_the_headline_is_not_a_site_name() -> None:
    head = ('<meta name="application-name" content="Council approves tram plan">'
            '<meta property="og:title" content="Council approves tram plan">')
    body = '<h1>City Times home</h1><h1>Council approves tram plan</h1><h2 class="entry-title">Other story</h2>' + BODY
    assert _title(head, body, "https://www.citytimes.com/2024/tram") == ("Council approves tram plan", "h1")
