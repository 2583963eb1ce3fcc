"""One HTTP client for pages, feeds, sitemaps and robots.txt, built on urllib3.

:class:`Fetcher` is thread-safe and keeps connections alive per host. For each URL it checks
robots.txt, waits for a free slot on the host (:class:`~articlekit.fetch.hosts.HostGate`), follows
redirects itself (so every hop is checked against robots.txt and the final URL is known), retries
429 and 5xx answers with exponential backoff or the server's Retry-After, and reads at most
``max_bytes`` of decompressed body. Every failure is a :class:`~articlekit.fetch.errors.FetchError`.
"""

from __future__ import annotations

import codecs
import email.utils
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from articlekit.fetch.errors import (
    ConnectError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    NotHTMLError,
    RobotsDisallowedError,
    TooLargeError,
    TooManyRedirectsError,
)
from articlekit.fetch.hosts import HostGate
from articlekit.fetch.options import FetchOptions, default_user_agent
from articlekit.fetch.robots import RobotsCache
from articlekit.urls import join_url, split_url

if TYPE_CHECKING:
    import urllib3

__all__ = ["HTML_TYPES", "Fetcher", "Page", "check_url", "content_type"]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_DRAIN_LIMIT = 64 * 1024  # an error or redirect body up to this size is read so the connection is reused


@dataclass(frozen=True)
class Page:
    """A downloaded document.

    ``requested_url`` is the URL asked for and ``url`` the final one after redirects; ``body`` the
    decompressed bytes; ``media_type`` the Content-Type without parameters ("" when the server gave
    none) and ``charset`` its charset parameter when Python knows that codec.
    """

    requested_url: str
    url: str
    status: int
    media_type: str
    charset: str | None
    body: bytes

    @property
    def html(self) -> bytes | str:
        """The page for :func:`articlekit.extract`: text decoded with the header charset, else bytes.

        The HTTP charset overrides a ``<meta charset>`` in the page (as in browsers); a byte order
        mark overrides both, so BOM-led bytes are passed on undecoded.
        """
        if self.charset is None or self.body.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return self.body
        return self.body.decode(self.charset, errors="replace")


def content_type(header: str | None) -> tuple[str, str | None]:
    """``("text/html", "utf-8")`` from ``text/html; charset="UTF-8"``; an unknown charset gives None."""
    if not header:
        return "", None
    media, *params = header.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower() or None
    if charset is not None:
        try:
            charset = codecs.lookup(charset).name
        except LookupError:
            charset = None
    return media.strip().lower(), charset


def check_url(url: object) -> str:
    """The URL when it is an absolute http(s) URL with a host, else a FetchError naming it."""
    if not isinstance(url, str):
        raise FetchError(f"a URL must be a str, got {type(url).__name__}")
    parts = split_url(url.strip())
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: not an http(s) URL")
    return url.strip()


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (a number of seconds or an HTTP date), if readable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class Fetcher:
    """Downloads with the behaviour described in the module docstring; share one across threads."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        import urllib3

        self.options = opts = options or FetchOptions()
        self.user_agent = opts.user_agent or default_user_agent()
        headers = urllib3.util.make_headers(accept_encoding=True, user_agent=self.user_agent)
        self._pool = urllib3.PoolManager(num_pools=64, maxsize=opts.per_host, headers=headers, retries=False)
        self._timeout = urllib3.Timeout(connect=opts.connect_timeout, read=opts.read_timeout)
        self.gate = HostGate(opts.per_host, opts.host_delay)
        self.robots = RobotsCache(self._read_robots) if opts.respect_robots else None

    def get(self, url: str, *, accept: frozenset[str] | None = HTML_TYPES) -> Page:
        """Download one URL; ``accept`` lists the media types taken as success (None: any)."""
        requested = current = check_url(url)
        for _ in range(self.options.max_redirects + 1):
            self._check_robots(current)
            page, location = self._attempts(current, accept, self.options.max_bytes)
            if page is not None:
                return Page(requested, current, page.status, page.media_type, page.charset, page.body)
            current = check_url(join_url(current, location) or location)
        raise TooManyRedirectsError(f"{requested}: more than {self.options.max_redirects} redirects")

    def _check_robots(self, url: str) -> None:
        if self.robots is None:
            return
        if not self.robots.allowed(url):
            raise RobotsDisallowedError(f"{url}: disallowed by robots.txt (--ignore-robots fetches anyway)")
        delay = self.robots.crawl_delay(url)
        if delay is not None:
            self.gate.set_delay(_host(url), min(delay, self.options.max_crawl_delay))

    def _attempts(self, url: str, accept: frozenset[str] | None, max_bytes: int) -> tuple[Page | None, str]:
        """One hop with its retries: (page, "") on success, (None, location) for a redirect."""
        opts = self.options
        for attempt in range(opts.retries + 1):
            status, page, location, wait = self._attempt(url, accept, max_bytes)
            if status in REDIRECT_STATUSES:
                return None, location
            if page is not None:
                return page, ""
            if status not in RETRY_STATUSES or attempt == opts.retries:
                break
            pause = opts.backoff * 2**attempt if wait is None else wait
            if pause > opts.max_retry_after:
                raise HTTPStatusError(f"{url}: HTTP {status}, Retry-After {pause:.0f} s is too long", status)
            time.sleep(pause)
        raise HTTPStatusError(f"{url}: HTTP {status}", status)

    def _attempt(self, url: str, accept: frozenset[str] | None,
                 max_bytes: int) -> tuple[int, Page | None, str, float | None]:
        """One request: (status, page or None, redirect location, Retry-After seconds)."""
        import urllib3

        with self.gate.slot(_host(url)):
            try:
                response = self._pool.request("GET", url, redirect=False, retries=False, preload_content=False,
                                              timeout=self._timeout)
            except urllib3.exceptions.HTTPError as exc:
                raise _named(url, exc) from None
            try:
                return self._outcome(url, response, accept, max_bytes)
            except BaseException:
                response.close()  # a half-read body must not go back to the pool
                raise
            finally:
                response.release_conn()

    def _outcome(self, url: str, response: urllib3.BaseHTTPResponse, accept: frozenset[str] | None,
                 max_bytes: int) -> tuple[int, Page | None, str, float | None]:
        status = response.status
        if not 200 <= status < 300:
            location = response.headers.get("Location", "")
            if status in REDIRECT_STATUSES and not location:
                status = 502  # a redirect without a target is a broken answer
            _discard(response)
            return status, None, location, retry_after(response.headers.get("Retry-After"))
        media, charset = content_type(response.headers.get("Content-Type"))
        if accept is not None and media and media not in accept:
            _discard(response)
            raise NotHTMLError(f"{url}: not an HTML page (Content-Type {media})")
        body = self._read_body(url, response, max_bytes)
        return status, Page(url, url, status, media, charset, body), "", None

    def _read_body(self, url: str, response: urllib3.BaseHTTPResponse, max_bytes: int) -> bytes:
        import urllib3

        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            _discard(response)
            raise TooLargeError(f"{url}: {int(declared):,} bytes, above the download cap of {max_bytes:,}")
        deadline = time.monotonic() + self.options.total_timeout
        chunks, size = [], 0
        try:
            for chunk in response.stream(_CHUNK, decode_content=True):
                size += len(chunk)
                if size > max_bytes:  # counted after decompression: a small gzip bomb stops here too
                    raise TooLargeError(f"{url}: body above the download cap of {max_bytes:,} bytes")
                if time.monotonic() > deadline:
                    raise FetchTimeoutError(f"{url}: body not complete after {self.options.total_timeout:g} s")
                chunks.append(chunk)
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise _named(url, exc) from None
        return b"".join(chunks)

    def _read_robots(self, url: str, max_bytes: int) -> tuple[int, bytes]:
        """(status, body) of a robots.txt, following redirects; a FetchError when nothing answered."""
        try:
            for _ in range(5):  # RFC 9309: follow at least five redirects
                page, location = self._attempts(url, None, max_bytes)
                if page is not None:
                    return page.status, page.body
                url = check_url(join_url(url, location) or location)
        except HTTPStatusError as exc:
            return exc.status, b""
        except TooLargeError:
            return 200, b""  # RFC 9309 lets a crawler read only the first 500 KiB; we read none of it
        return 404, b""  # a redirect chain that never ends: treated as no robots.txt


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _discard(response: urllib3.BaseHTTPResponse) -> None:
    """Read a small unwanted body so the connection can be reused; close the connection otherwise."""
    declared = response.headers.get("Content-Length", "")
    try:
        if declared.isdigit() and int(declared) <= _DRAIN_LIMIT:
            response.drain_conn()
            return
    except Exception:  # a broken body: the connection is closed below either way
        pass
    response.close()


def _named(url: str, exc: Exception) -> FetchError:
    import urllib3

    # NewConnectionError (refused, DNS) subclasses ConnectTimeoutError in urllib3 2: test it first
    timed_out = isinstance(exc, (urllib3.exceptions.TimeoutError, TimeoutError))
    if timed_out and not isinstance(exc, urllib3.exceptions.NewConnectionError):
        return FetchTimeoutError(f"{url}: timed out ({type(exc).__name__})")
    reason = getattr(exc, "reason", None) or exc
    return ConnectError(f"{url}: cannot fetch ({type(reason).__name__}: {reason})")
