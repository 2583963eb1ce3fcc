"""Shared helpers for the batch, CLI and integration tests: small WARC files built with warcio."""

from __future__ import annotations

import functools
import gzip
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import FIXTURES

PAGES = ("seed-china-us-ai-education", "seed-jsonld", "seed-divsoup-cp1252", "parsely-metadata")


@dataclass(frozen=True)
class Response:
    """One HTTP response to store: its URL, body, status, content type and extra headers."""

    url: str
    body: bytes
    status: str = "200 OK"
    content_type: str = "text/html; charset=utf-8"
    headers: Sequence[tuple[str, str]] = field(default_factory=tuple)
    warc_date: str | None = None  # the record's WARC-Date; warcio writes the current time without it


def fixture_responses() -> list[Response]:
    """The small golden pages as HTML responses, one URL each."""
    return [Response(f"https://news.example/{slug}", (FIXTURES / slug / "source.html").read_bytes())
            for slug in PAGES]


def other_records() -> list[Response]:
    """Responses that are not pages: an image, a redirect and a server error."""
    return [
        Response("https://news.example/logo.png", b"\x89PNG\r\n", content_type="image/png"),
        Response("https://news.example/old", b"<html>Moved</html>", status="301 Moved Permanently"),
        Response("https://news.example/broken", b"<html>Oops</html>", status="500 Internal Server Error"),
    ]


def write_warc(path: Path, responses: Sequence[Response], *, with_requests: bool = True) -> Path:
    """A WARC file (gzipped when ``path`` ends in .gz): a warcinfo record, then each response
    (preceded by its request record when ``with_requests``)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "articlekit-tests"}))
        for resp in responses:
            if with_requests:
                request = StatusAndHeaders(f"GET {resp.url} HTTP/1.1", [("Host", "news.example")],
                                           is_http_request=True)
                writer.write_record(writer.create_warc_record(resp.url, "request", http_headers=request,
                                                              payload=io.BytesIO(b""), length=0))
            headers = StatusAndHeaders(resp.status, [("Content-Type", resp.content_type), *resp.headers],
                                       protocol="HTTP/1.1")
            # with its length given, warcio needs no temporary file (which it would leave open)
            dated = {"WARC-Date": resp.warc_date} if resp.warc_date else None
            record = writer.create_warc_record(resp.url, "response", http_headers=headers,
                                               payload=io.BytesIO(resp.body), length=len(resp.body),
                                               warc_headers_dict=dated)
            writer.write_record(record)
    return path


def gzip_encoded(resp: Response) -> Response:
    """The same response sent with ``Content-Encoding: gzip``."""
    return Response(resp.url, gzip.compress(resp.body), resp.status, resp.content_type,
                    (*resp.headers, ("Content-Encoding", "gzip")))


def chunked(resp: Response, size: int = 1000) -> Response:
    """The same response sent with ``Transfer-Encoding: chunked``."""
    parts = [resp.body[i:i + size] for i in range(0, len(resp.body), size)]
    body = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"
    return Response(resp.url, body, resp.status, resp.content_type,
                    (*resp.headers, ("Transfer-Encoding", "chunked")))


HUGE_PAGE_LIMIT = 1.0  # seconds: huge_page() takes several times this, a small page a hundredth of it


@functools.lru_cache(maxsize=1)
def huge_page() -> bytes:
    """A 15 MB page of distinct paragraphs: seconds of work even without the summary."""
    paras = "".join(f"<p>Officials said the river rose {i} metres overnight in valley number {i * 7}, "
                    f"and {i % 13} roads closed.</p>" for i in range(150_000))
    return f"<html><body><article><h1>Big</h1>{paras}</article></body></html>".encode()
