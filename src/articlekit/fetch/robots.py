"""robots.txt, read once per site (scheme, host and port) and shared by every thread.

Status handling follows RFC 9309: a 4xx answer (no robots.txt) allows everything; a 5xx answer
disallows everything until the next run, because the site may be overloaded. When robots.txt cannot
be reached at all, every URL of the site fails with that connection error.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from articlekit.fetch.errors import FetchError

__all__ = ["AGENT", "RobotsCache", "site_of"]

AGENT = "articlekit"  # the product token matched against robots.txt User-agent lines
_MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309: crawlers must read at least 500 KiB


def site_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL: robots.txt applies per site."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class RobotsCache:
    """``allowed(url)``; ``read(url, max_bytes) -> (status, body)`` downloads robots.txt.

    ``read`` raises a :class:`FetchError` when the site does not answer; that error is kept and
    raised again for every URL of the site.
    """

    def __init__(self, read: Callable[[str, int], tuple[int, bytes]]) -> None:
        self._read = read
        self._lock = threading.Lock()
        self._site_locks: dict[str, threading.Lock] = {}
        self._parsers: dict[str, RobotFileParser | FetchError] = {}

    def parser(self, url: str) -> RobotFileParser:
        """The parsed robots.txt of the URL's site, downloaded on first use."""
        site = site_of(url)
        with self._lock:
            site_lock = self._site_locks.setdefault(site, threading.Lock())
        with site_lock:  # one download per site, however many threads ask at once
            if site not in self._parsers:
                self._parsers[site] = self._load(site)
            found = self._parsers[site]
        if isinstance(found, FetchError):
            raise type(found)(f"{url}: robots.txt unreachable ({found})")
        return found

    def allowed(self, url: str) -> bool:
        """True when robots.txt lets articlekit fetch the URL."""
        return self.parser(url).can_fetch(AGENT, url)

    def crawl_delay(self, url: str) -> float | None:
        """The site's Crawl-delay for articlekit (or for every agent), if it gives one."""
        delay = self.parser(url).crawl_delay(AGENT)
        return None if delay is None else float(delay)

    def _load(self, site: str) -> RobotFileParser | FetchError:
        parser = RobotFileParser(site + "/robots.txt")
        try:
            status, body = self._read(site + "/robots.txt", _MAX_ROBOTS_BYTES)
        except FetchError as exc:
            return exc
        if 400 <= status < 500:
            lines: list[str] = []  # no rules: everything allowed
        elif status < 200 or status >= 300:
            lines = ["User-agent: *", "Disallow: /"]
        else:
            lines = body.decode("utf-8", errors="replace").splitlines()
        parser.parse(lines)
        return parser
