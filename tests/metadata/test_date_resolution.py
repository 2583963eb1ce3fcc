"""How date candidates are resolved: the slow path, the URL's month and the local-day checks."""

from __future__ import annotations

import datetime as dt

from tests.metadata.helpers import meta_of, page

BODY = "<p>The city council approved the tram plan on a narrow vote on Tuesday evening after a long debate.</p>"


def test_slow_path_reads_a_labelled_date_in_words() -> None:
    body = '<h1>Tram plan</h1><span class="post-date">3rd of March, 2021</span>' + BODY
    m = meta_of(page("<title>Tram plan</title>", body, lang="en"))
    assert m.date_published == dt.datetime(2021, 3, 3)
    assert m.provenance["date_published"] == "text"


def test_url_month_drops_dates_of_other_months() -> None:
    head = '<meta property="article:published_time" content="2019-01-02T10:00:00Z">'
    body = "<h1>Tram plan</h1><p>Posted 14 June 2021</p>" + BODY
    m = meta_of(page(head + "<title>Tram plan</title>", body), url="https://example.com/2021/06/tram-plan")
    assert m.date_published == dt.datetime(2021, 6, 14)
