"""URL splitting and joining that never raise: pages, feeds, WARC records and servers hand us hostile URLs.

``urllib.parse`` raises ``ValueError`` on some malformed input (an unclosed IPv6 bracket,
``http://[::1``, or a port that is not a number); every caller in articlekit treats such a URL as no URL.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit

__all__ = ["join_url", "split_url"]


def split_url(url: str) -> SplitResult | None:
    """``urlsplit(url)``, or ``None`` when the URL is malformed."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  # a port that is not a number raises only when read: read it here
    except ValueError:
        return None
    return parts


def join_url(base: str, link: str) -> str | None:
    """``urljoin(base, link)``, or ``None`` when either URL is malformed."""
    try:
        return urljoin(base, link)
    except ValueError:
        return None
