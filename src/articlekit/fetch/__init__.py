"""Articles from the web: URLs, RSS/Atom feeds and sitemaps (loaded only when a URL is given).

Modules, from the leaves up:

* :mod:`~articlekit.fetch.errors`: the :class:`FetchError` family;
* :mod:`~articlekit.fetch.options`: :class:`FetchOptions`, every timeout, cap and politeness setting;
* :mod:`~articlekit.fetch.hosts` and :mod:`~articlekit.fetch.robots`: per-host limits, robots.txt;
* :mod:`~articlekit.fetch.client`: :class:`Fetcher` (urllib3) and :class:`Page`;
* :mod:`~articlekit.fetch.listing`: feeds and sitemaps to :class:`Entry` lists;
* :mod:`~articlekit.fetch.run`: many downloads in threads, results in input order;
* :mod:`~articlekit.fetch.api`: :func:`fetch_url`, :func:`extract_url`, :func:`list_urls`.
"""

from __future__ import annotations

from articlekit.fetch.api import extract_url, fetch_url, list_urls
from articlekit.fetch.client import Fetcher, Page
from articlekit.fetch.errors import (
    ConnectError,
    FeedError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    NotHTMLError,
    RobotsDisallowedError,
    TooLargeError,
    TooManyRedirectsError,
)
from articlekit.fetch.listing import Entry
from articlekit.fetch.options import FetchOptions

__all__ = [
    "ConnectError",
    "Entry",
    "FeedError",
    "FetchError",
    "FetchOptions",
    "FetchTimeoutError",
    "Fetcher",
    "HTTPStatusError",
    "NotHTMLError",
    "Page",
    "RobotsDisallowedError",
    "TooLargeError",
    "TooManyRedirectsError",
    "extract_url",
    "fetch_url",
    "list_urls",
]
