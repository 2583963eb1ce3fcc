"""A local web site on 127.0.0.1 for the fetching tests: threaded, started and stopped by the tests.

Every route shows one behaviour a client meets on the web (redirects, errors, slow or huge answers,
feeds, sitemaps …). The server counts requests per path and measures how many requests to one host
were in flight at once, so the tests can check the client's politeness from the server's side.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PARAGRAPHS = (
    "The city council voted on Tuesday to expand the harbour ferry service, adding two boats and a night "
    "route that will run until two in the morning from next spring.",
    "Officials said the expansion would cost 4.2 million euros over three years and would be paid for by "
    "a regional transport grant rather than by higher fares for passengers.",
    "Commuters on the eastern shore have waited for years for a later connection, and local businesses "
    "said the change would bring more visitors to the old town in the evenings.",
)


def article_html(title: str = "Council expands harbour ferry service", extra: str = "") -> str:
    body = "".join(f"<p>{p} {extra}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1><p class='byline'>By Anna Berg</p>{body}</article></body></html>")


EMPTY_HTML = "<html><head><title>Nothing here</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
ROBOTS = "User-agent: *\nDisallow: /private/\n"
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>{base}/</link>
<item><title>Older</title><link>{base}/a/1</link><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate></item>
<item><title>Newest</title><link>{base}/a/2</link><pubDate>Wed, 03 Jan 2024 10:00:00 +0100</pubDate></item>
<item><title>Middle</title><link>{base}/a/3</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>
<link rel="self" href="{base}/feed.atom"/>
<entry><title>One</title><link rel="alternate" href="/a/4"/><updated>2024-02-01T00:00:00Z</updated></entry>
<entry><title>Two</title><link href="{base}/a/5"/><published>2024-02-05T08:30:00+02:00</published></entry>
</feed>"""
SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-1.xml.gz</loc></sitemap><sitemap><loc>{base}/sitemap-2.xml</loc></sitemap>
</sitemapindex>"""
SITEMAP_1 = """<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}/a/6</loc><lastmod>2024-03-01</lastmod></url>
<url><loc>{base}/a/7</loc><lastmod>2024-03-09T12:00:00+00:00</lastmod></url></urlset>"""
SITEMAP_2 = """<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}/a/8</loc></url></urlset>"""
NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/a/9</loc><news:news><news:publication><news:name>Daily</news:name>
<news:language>en</news:language></news:publication>
<news:publication_date>2024-04-02T09:00:00Z</news:publication_date><news:title>Ferry vote</news:title>
</news:news></url>
<url><loc>{base}/a/10</loc><news:news><news:publication_date>2024-04-03</news:publication_date>
<news:title>Harbour plan</news:title></news:news></url></urlset>"""


@dataclass
class Stats:
    """What the server saw."""

    hits: Counter[str] = field(default_factory=Counter)
    agents: set[str] = field(default_factory=set)
    in_flight: Counter[str] = field(default_factory=Counter)
    max_in_flight: Counter[str] = field(default_factory=Counter)
    starts: list[tuple[str, float]] = field(default_factory=list)  # (path, monotonic time) per request
    lock: threading.Lock = field(default_factory=threading.Lock)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    stats: Stats
    base: str
    delay: float = 0.0  # seconds every /a/ page takes, so overlapping requests are visible

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        host = self.headers.get("Host", "")
        with self.stats.lock:
            self.stats.hits[self.path] += 1
            self.stats.starts.append((self.path, time.monotonic()))
            self.stats.agents.add(self.headers.get("User-Agent", ""))
            self.stats.in_flight[host] += 1
            self.stats.max_in_flight[host] = max(self.stats.max_in_flight[host], self.stats.in_flight[host])
        try:
            self.route()
        finally:
            with self.stats.lock:
                self.stats.in_flight[host] -= 1

    def send(self, status: int, body: bytes | str = b"", ctype: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def route(self) -> None:  # one branch per route: reads as a table
        path, base = self.path.split("?")[0], self.base
        hits = self.stats.hits[self.path]
        if path == "/robots.txt":
            self.send(200, ROBOTS, "text/plain")
        elif path in ("/article", "/private/page") or path.startswith("/a/"):
            time.sleep(self.delay if path.startswith("/a/") else 0)
            self.send(200, article_html(extra=path))
        elif path == "/redirect":
            self.send(301, "", headers={"Location": "/hop"})
        elif path == "/hop":
            self.send(302, "", headers={"Location": f"{base}/article"})
        elif path == "/loop":
            self.send(302, "", headers={"Location": "/loop"})
        elif path.startswith("/missing") or path.startswith("/bad/"):
            self.send(404, "not found")
        elif path == "/flaky":
            self.send(500, "oops") if hits == 1 else self.send(200, article_html())
        elif path == "/busy":
            self.send(429, "", headers={"Retry-After": "1"}) if hits == 1 else self.send(200, article_html())
        elif path == "/very-busy":
            self.send(429, "", headers={"Retry-After": "3600"})
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, article_html())
        elif path == "/big":
            self.send(200, b"<p>" + b"x" * 300_000)
        elif path == "/big-gzip":  # small on the wire, large once decompressed
            self.send(200, gzip.compress(b"<p>" + b" " * 3_000_000), headers={"Content-Encoding": "gzip"})
        elif path == "/report.pdf" or path.startswith("/pdf/"):
            self.send(200, b"%PDF-1.4 ...", "application/pdf")
        elif path == "/latin1":  # the charset is only in the header: no <meta charset> in the page
            self.send(200, article_html("Müller à Genève").encode("iso-8859-1"), "text/html; charset=ISO-8859-1")
        elif path == "/gzip":
            page = gzip.compress(article_html("Compressed story").encode())
            self.send(200, page, headers={"Content-Encoding": "gzip"})
        elif path == "/brotli":
            import brotli

            self.send(200, brotli.compress(article_html("Brotli story").encode()), headers={"Content-Encoding": "br"})
        elif path == "/empty" or path.startswith("/empty/"):
            self.send(200, EMPTY_HTML)
        elif path == "/feed.rss":
            self.send(200, RSS.format(base=base), "application/rss+xml")
        elif path == "/feed.atom":
            self.send(200, ATOM.format(base=base), "application/atom+xml")
        elif path == "/sitemap_index.xml":
            self.send(200, SITEMAP_INDEX.format(base=base), "application/xml")
        elif path == "/sitemap-1.xml.gz":
            self.send(200, gzip.compress(SITEMAP_1.format(base=base).encode()), "application/x-gzip")
        elif path == "/sitemap-2.xml":
            self.send(200, SITEMAP_2.format(base=base), "text/xml")
        elif path == "/news-sitemap.xml":
            self.send(200, NEWS_SITEMAP.format(base=base), "application/xml")
        else:
            self.send(404, "no such route")


@contextmanager
def serve(delay: float = 0.0) -> Iterator[tuple[str, Stats]]:
    """The site's base URL and its statistics, for the duration of a ``with`` block."""
    stats = Stats()
    handler = type("SiteHandler", (Handler,), {"stats": stats, "delay": delay})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    handler.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield handler.base, stats
    finally:
        server.shutdown()
        server.server_close()
