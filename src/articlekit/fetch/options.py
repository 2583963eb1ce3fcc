"""Every limit and politeness setting of fetching, with a one-line reason each."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FetchOptions", "default_user_agent"]

PROJECT_URL = "https://github.com/articlekit/articlekit"


def default_user_agent() -> str:
    """``articlekit/<installed version> (+project URL)``: names the client so site owners can reach us."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("articlekit")
    except PackageNotFoundError:  # running from a source tree that was never installed
        number = "dev"
    return f"articlekit/{number} (+{PROJECT_URL})"


@dataclass(frozen=True)
class FetchOptions:
    """How articlekit fetches: timeouts, retries, caps and politeness. Frozen: share it freely."""

    connect_timeout: float = 10.0  # seconds to open a connection
    read_timeout: float = 20.0  # seconds to wait for each piece of the response
    total_timeout: float = 60.0  # seconds for a whole response, so a server trickling bytes cannot hold us
    retries: int = 3  # extra attempts after a 429 or 5xx answer
    backoff: float = 0.5  # first wait between attempts in seconds, doubled each time
    max_retry_after: float = 60.0  # a longer Retry-After is not waited for: the URL fails instead
    max_redirects: int = 10  # browsers allow about 20; news sites need 1–3 (http → https → canonical)
    max_bytes: int = 10 * 1024 * 1024  # decompressed body cap: news pages are under 2 MB
    per_host: int = 2  # requests in flight to one host at once
    host_delay: float = 0.5  # seconds between the starts of two requests to one host
    max_crawl_delay: float = 10.0  # a robots.txt Crawl-delay is honoured up to this many seconds
    threads: int = 8  # downloads in flight over all hosts (the per-host limit still holds)
    respect_robots: bool = True  # read robots.txt and skip disallowed URLs
    user_agent: str | None = None  # None: :func:`default_user_agent`
    max_sitemaps: int = 100  # child sitemaps read from sitemap indexes, over all levels
    max_sitemap_depth: int = 3  # index → index → sitemap nesting followed
