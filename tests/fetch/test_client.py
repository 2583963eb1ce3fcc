"""Fetching one URL against a local site: each server behaviour gives a page or one named error."""

from __future__ import annotations

import time

import pytest

import articlekit
from articlekit.fetch import (
    FetchError,
    FetchOptions,
    FetchTimeoutError,
    HTTPStatusError,
    NotHTMLError,
    RobotsDisallowedError,
    TooLargeError,
    TooManyRedirectsError,
    fetch_url,
)
from articlekit.fetch.client import content_type, retry_after
from tests.fetch.server import Stats

FAST = FetchOptions(host_delay=0.0, backoff=0.01, connect_timeout=1.0, read_timeout=0.3, total_timeout=5.0,
                    max_bytes=100_000)
Site = tuple[str, Stats]


def test_a_page_is_fetched_with_a_user_agent_naming_articlekit(site: Site) -> None:
    base, stats = site
    page = fetch_url(f"{base}/article", options=FAST)
    assert page.status == 200 and page.media_type == "text/html" and page.charset == "utf-8"
    assert b"harbour ferry" in page.body
    assert any(agent.startswith("articlekit/") for agent in stats.agents)


def test_redirects_are_followed_and_the_final_url_recorded(site: Site) -> None:
    base, _ = site
    page = fetch_url(f"{base}/redirect", options=FAST)
    assert page.requested_url == f"{base}/redirect" and page.url == f"{base}/article"
    article = articlekit.extract_url(f"{base}/redirect", options=FAST)
    assert article.source == f"{base}/redirect" and article.url == f"{base}/article"
    assert article.title == "Council expands harbour ferry service"


def test_a_redirect_loop_is_a_named_error(site: Site) -> None:
    base, _ = site
    with pytest.raises(TooManyRedirectsError, match="redirects"):
        fetch_url(f"{base}/loop", options=FAST)


def test_404_is_an_http_status_error(site: Site) -> None:
    base, stats = site
    with pytest.raises(HTTPStatusError, match="HTTP 404") as info:
        fetch_url(f"{base}/missing", options=FAST)
    assert info.value.status == 404 and stats.hits["/missing"] == 1  # a 404 is not retried


def test_500_then_200_is_retried(site: Site) -> None:
    base, stats = site
    assert b"harbour" in fetch_url(f"{base}/flaky", options=FAST).body
    assert stats.hits["/flaky"] == 2


@pytest.mark.slow
def test_429_waits_for_retry_after(site: Site) -> None:
    base, stats = site
    start = time.monotonic()
    assert b"harbour" in fetch_url(f"{base}/busy", options=FAST).body
    assert time.monotonic() - start >= 0.9 and stats.hits["/busy"] == 2  # Retry-After: 1, not backoff 0.01


def test_a_retry_after_beyond_the_limit_fails_at_once(site: Site) -> None:
    base, stats = site
    start = time.monotonic()
    with pytest.raises(HTTPStatusError, match="429, Retry-After 3600 s is too long"):
        fetch_url(f"{base}/very-busy", options=FAST)
    assert time.monotonic() - start < 1 and stats.hits["/very-busy"] == 1


def test_a_slow_response_times_out(site: Site) -> None:
    base, _ = site
    start = time.monotonic()
    with pytest.raises(FetchTimeoutError, match="timed out"):
        fetch_url(f"{base}/slow", options=FAST)
    assert time.monotonic() - start < 1.2


@pytest.mark.parametrize("path", ["/big", "/big-gzip"])
def test_a_body_over_the_cap_is_refused(site: Site, path: str) -> None:
    base, _ = site
    with pytest.raises(TooLargeError, match="download cap of 100,000"):
        fetch_url(base + path, options=FAST)


def test_non_html_content_is_a_named_error(site: Site) -> None:
    base, _ = site
    with pytest.raises(NotHTMLError, match="application/pdf"):
        fetch_url(f"{base}/report.pdf", options=FAST)


def test_the_header_charset_decodes_the_page(site: Site) -> None:
    base, _ = site
    page = fetch_url(f"{base}/latin1", options=FAST)
    assert page.charset == "iso8859-1" and isinstance(page.html, str)
    assert articlekit.extract_url(f"{base}/latin1", options=FAST).title == "Müller à Genève"


def test_gzip_encoding_is_undone(site: Site) -> None:
    base, _ = site
    assert articlekit.extract_url(f"{base}/gzip", options=FAST).title == "Compressed story"


def test_brotli_encoding_is_undone_when_brotli_is_installed(site: Site) -> None:
    pytest.importorskip("brotli")
    base, _ = site
    assert articlekit.extract_url(f"{base}/brotli", options=FAST).title == "Brotli story"


def test_robots_txt_is_respected_unless_switched_off(site: Site) -> None:
    base, stats = site
    with pytest.raises(RobotsDisallowedError, match=r"robots\.txt"):
        fetch_url(f"{base}/private/page", options=FAST)
    assert stats.hits["/private/page"] == 0
    ignoring = FetchOptions(**{**FAST.__dict__, "respect_robots": False})
    assert fetch_url(f"{base}/private/page", options=ignoring).status == 200


def test_bad_urls_are_named_errors() -> None:
    for url in ("ftp://example.com/x", "not a url", "https://"):
        with pytest.raises(FetchError, match="not an http"):
            fetch_url(url, options=FAST)


def test_an_unreachable_host_is_a_named_error() -> None:
    with pytest.raises(FetchError, match="cannot fetch"):
        fetch_url("http://127.0.0.1:9/nothing", options=FAST)


def test_content_type_and_retry_after_headers_are_read() -> None:
    assert content_type('text/html; charset="UTF-8"') == ("text/html", "utf-8")
    assert content_type("text/html; charset=no-such-codec") == ("text/html", None)
    assert content_type(None) == ("", None)
    assert retry_after("7") == 7.0 and retry_after("soon") is None
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0


def test_require_content_raises_on_an_empty_page(site: Site) -> None:
    base, _ = site
    assert articlekit.extract_url(f"{base}/empty", options=FAST).text == ""
    with pytest.raises(articlekit.NoContentError, match="no content"):
        articlekit.extract_url(f"{base}/empty", options=FAST, require_content=True)
