"""The failures of fetching: each names the URL and the reason in one line.

All are :class:`~articlekit.errors.ArticlekitError` subclasses, so ``except ArticlekitError``
still catches everything articlekit raises::

    FetchError                  base class of every fetching failure
    ├── HTTPStatusError         the server answered 4xx/5xx (after any retries); ``status`` holds the code
    ├── NotHTMLError            the response is not an HTML page (its Content-Type is given)
    ├── TooLargeError           the body (after decompression) is above the download cap
    ├── FetchTimeoutError       connecting or reading took longer than the timeouts
    ├── RobotsDisallowedError   the site's robots.txt disallows the URL for articlekit
    ├── TooManyRedirectsError   more redirects than allowed, or a redirect loop
    ├── ConnectError            no connection (DNS, refused, reset, TLS) or a broken response
    └── FeedError               a feed or sitemap that cannot be read as one
"""

from __future__ import annotations

from articlekit.errors import ArticlekitError

__all__ = [
    "ConnectError",
    "FeedError",
    "FetchError",
    "FetchTimeoutError",
    "HTTPStatusError",
    "NotHTMLError",
    "RobotsDisallowedError",
    "TooLargeError",
    "TooManyRedirectsError",
]


class FetchError(ArticlekitError):
    """A URL that could not be turned into a page."""


class HTTPStatusError(FetchError):
    """The server answered with an error status (after any retries)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class NotHTMLError(FetchError):
    """The response's Content-Type is not HTML (a PDF, an image, JSON …)."""


class TooLargeError(FetchError):
    """The body is larger than the download cap."""


class FetchTimeoutError(FetchError):
    """Connecting or reading took longer than the timeouts."""


class RobotsDisallowedError(FetchError):
    """The site's robots.txt disallows this URL for articlekit's user agent."""


class TooManyRedirectsError(FetchError):
    """More redirects than allowed."""


class ConnectError(FetchError):
    """No connection could be made, or the response broke off."""


class FeedError(FetchError):
    """A feed or sitemap that cannot be parsed."""
