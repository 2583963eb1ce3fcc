"""The Python entry points for the web: :func:`fetch_url`, :func:`extract_url`, :func:`list_urls`.

They are re-exported lazily by the ``articlekit`` package, so ``import articlekit`` does not load
the HTTP client.
"""

from __future__ import annotations

import datetime as dt

from articlekit.api import extract
from articlekit.config import DEFAULT, Config
from articlekit.fetch.client import Fetcher, Page
from articlekit.fetch.errors import FeedError
from articlekit.fetch.listing import Entry, collect, select
from articlekit.fetch.options import FetchOptions
from articlekit.model import Article

__all__ = ["extract_url", "fetch_url", "list_urls"]


def fetch_url(url: str, *, options: FetchOptions | None = None) -> Page:
    """Download one HTML page (robots.txt, retries, redirects, caps as in :class:`FetchOptions`).

    Raises a :class:`~articlekit.fetch.errors.FetchError` subclass naming the URL and the reason.
    """
    return Fetcher(options).get(url)


def extract_url(
    url: str,
    *,
    summarize: bool = True,
    bullets: int | None = None,
    now: dt.datetime | None = None,
    require_content: bool = False,
    config: Config = DEFAULT,
    options: FetchOptions | None = None,
) -> Article:
    """Download a page and extract it: ``source`` is ``url``, and the final URL after redirects is
    the ``url`` hint (so ``Article.url`` is the page's canonical link, else that final URL).

    The other options are those of :func:`articlekit.extract`.
    """
    page = fetch_url(url, options=options)
    return extract(page.html, url=page.url, summarize=summarize, bullets=bullets, now=now, source=url,
                       require_content=require_content, config=config)


def list_urls(
    *urls: str,
    since: dt.datetime | None = None,
    limit: int | None = None,
    options: FetchOptions | None = None,
) -> list[Entry]:
    """The article URLs of RSS/Atom feeds and sitemaps, newest first, without downloading the articles.

    Sitemap indexes are followed, gzip sitemaps unpacked, news-sitemap dates read. ``since`` keeps
    entries dated on or after it (undated ones are dropped); ``limit`` keeps the first N. A child
    sitemap that fails is logged and skipped; when every listing fails, the first error is raised.
    """
    if not urls:
        raise FeedError("list_urls needs at least one feed or sitemap URL")
    listing = collect(urls, Fetcher(options))
    if listing.failures and not listing.entries:
        raise listing.failures[0][1]
    return select(listing.entries, since=since, limit=limit)
