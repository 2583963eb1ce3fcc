"""How date candidates are resolved: the slow path, the URL's month and the local-day checks."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

from tests.metadata.helpers import meta_of, page

BODY = "<p>The city council approved the tram plan on a narrow vote on Tuesday evening after a long debate.</p>"


def test_slow_path_reads_a_labelled_date_in_words() -> None:
    # Ukrainian month names are not in the fast rules' table: dateparser, told the language, reads them
    body = '<h1>Tram plan</h1><span class="post-date">3 березня 2021</span>' + BODY
    m = meta_of(page("<title>Tram plan</title>", body, lang="uk"))
    assert m.date_published == dt.datetime(2021, 3, 3)
    assert m.provenance["date_published"] == "text"


def test_english_labelled_date_in_words_is_read_by_the_fast_rules() -> None:
    body = '<h1>Tram plan</h1><span class="post-date">Wednesday the 3rd of March, 2021</span>' + BODY
    m = meta_of(page("<title>Tram plan</title>", body, lang="en-GB"))
    assert m.date_published == dt.datetime(2021, 3, 3)
    assert m.provenance["date_published"] == "text"


# ENGLISH_FAST_ONLY: a fresh process, so that no other test has imported dateparser already
_NO_DATEPARSER = """
import sys
import articlekit
body = ('<h1>Tram plan</h1><span class="post-date">Posted in the spring of 2021</span>'
        '<p>The city council approved the tram plan on a narrow vote on Tuesday evening after a long debate.</p>')
for lang in ("en", "en-US", ""):
    html = f'<html lang="{lang}"><head><title>Tram plan</title></head><body>{body}</body></html>'
    articlekit.extract(html, summarize=False)
    print(lang or "none", "dateparser" in sys.modules)
"""


def test_english_page_never_imports_dateparser() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, "-c", _NO_DATEPARSER], capture_output=True, text=True, env=env,
                          check=True, timeout=60)
    # the date-labelled text has a digit and no date the fast rules read: the slow path's input, which
    # English pages and pages naming no language leave unparsed (the same page in Ukrainian goes to
    # dateparser: test_slow_path_reads_a_labelled_date_in_words)
    assert proc.stdout.split() == ["en", "False", "en-US", "False", "none", "False"]


def test_url_month_drops_dates_of_other_months() -> None:
    head = '<meta property="article:published_time" content="2019-01-02T10:00:00Z">'
    body = "<h1>Tram plan</h1><p>Posted 14 June 2021</p>" + BODY
    m = meta_of(page(head + "<title>Tram plan</title>", body), url="https://example.com/2021/06/tram-plan")
    assert m.date_published == dt.datetime(2021, 6, 14)
