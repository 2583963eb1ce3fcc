"""HTML pages out of WARC files (``.warc``, ``.warc.gz``): the HTTP responses a crawler saved.

Only ``response`` records whose HTTP status is 2xx and whose ``Content-Type`` is HTML are pages;
every other record (warcinfo, request, metadata, revisit, images, redirects …) is skipped and
counted. FastWARC is used when it is installed (``pip install fastwarc``), else warcio
(``pip install articlekit[warc]``). Both read the raw payload and articlekit undoes the transfer
and content encodings itself, so both give the same bytes for the same record.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from articlekit.batch.inputs import WARC_SUFFIXES
from articlekit.config import DEFAULT
from articlekit.errors import InputError

__all__ = ["HTML_CONTENT_TYPES", "WARC_SUFFIXES", "WarcPage", "WarcStats", "is_warc_path", "iter_warc_pages"]

HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_GZIP_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


@dataclass(frozen=True)
class WarcPage:
    """One HTML response: its target URI, its decoded body bytes and its capture time (``WARC-Date``)."""

    url: str
    html: bytes
    date: dt.datetime | None = None


@dataclass
class WarcStats:
    """What reading a WARC file found: pages yielded and other records skipped."""

    pages: int = 0
    skipped: int = 0


def is_warc_path(path: str) -> bool:
    """Whether a file name is a WARC file articlekit reads (``.warc`` or ``.warc.gz``)."""
    return path.lower().endswith(WARC_SUFFIXES)


def iter_warc_pages(
    path: str | os.PathLike[str],
    *,
    stats: WarcStats | None = None,
    max_bytes: int = DEFAULT.limits.max_bytes,
    backend: str | None = None,
) -> Iterator[WarcPage]:
    """Yield the HTML pages of a WARC file in file order, counting other records in ``stats``.

    A page body longer than ``max_bytes`` is cut at ``max_bytes + 1`` bytes (extraction then
    rejects it by name). ``backend`` forces ``"fastwarc"`` or ``"warcio"``. A file that cannot be
    opened or parsed raises :class:`~articlekit.errors.InputError` naming it; pages read before a
    broken record have been yielded by then.
    """
    counts = stats if stats is not None else WarcStats()
    name = os.fspath(path)
    reader = _backend(backend)
    before = counts.pages + counts.skipped
    try:
        with open(name, "rb") as stream:
            for page in reader(stream, counts, max_bytes):
                counts.pages += 1
                yield page
            empty = stream.tell() == 0
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    except Exception as exc:  # each library has its own errors for a broken file
        raise InputError(f"{name}: cannot read WARC ({type(exc).__name__}: {exc})") from None
    if counts.pages + counts.skipped == before and not empty:  # warcio passes over junk silently
        raise InputError(f"{name}: no WARC records found (not a WARC file?)")


def _backend(name: str | None) -> Any:
    if name not in (None, "fastwarc", "warcio"):
        raise InputError(f"unknown WARC backend {name!r} (expected 'fastwarc' or 'warcio')")
    if name in (None, "fastwarc"):
        try:
            import fastwarc.warc  # noqa: F401
        except ImportError:
            if name == "fastwarc":
                raise InputError("FastWARC is not installed (pip install fastwarc)") from None
        else:
            return _fastwarc_pages
    try:
        import warcio  # noqa: F401
    except ImportError:
        raise InputError("reading WARC files needs warcio or FastWARC: "
                         "pip install 'articlekit[warc]'") from None
    return _warcio_pages


def _fastwarc_pages(stream: BinaryIO, stats: WarcStats, max_bytes: int) -> Iterator[WarcPage]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    for record in ArchiveIterator(stream, parse_http=True):
        http = record.http_headers if record.record_type == WarcRecordType.response else None
        uri = record.headers.get("WARC-Target-URI")
        if http is None or not uri or not _is_html_page(http.status_code, http.get("Content-Type")):
            stats.skipped += 1
            continue
        body = record.reader.read(max_bytes + 1)
        coding = (http.get("Transfer-Encoding"), http.get("Content-Encoding"))
        yield WarcPage(uri, _decode(body, *coding, max_bytes), warc_date(record.headers.get("WARC-Date")))


def _warcio_pages(stream: BinaryIO, stats: WarcStats, max_bytes: int) -> Iterator[WarcPage]:
    from warcio.archiveiterator import ArchiveIterator

    for record in ArchiveIterator(stream):
        if not str(record.format).startswith("warc"):  # warcio reads junk as a legacy ARC record
            raise InputError("not a WARC file (an ARC record or unreadable data)")
        http = record.http_headers if record.rec_type == "response" else None
        uri = record.rec_headers.get_header("WARC-Target-URI")
        if http is None or not uri or not _is_html_page(http.get_statuscode(),
                                                        http.get_header("Content-Type")):
            stats.skipped += 1
            continue
        body = record.raw_stream.read(max_bytes + 1)
        coding = (http.get_header("Transfer-Encoding"), http.get_header("Content-Encoding"))
        yield WarcPage(uri, _decode(body, *coding, max_bytes), warc_date(record.rec_headers.get_header("WARC-Date")))


def warc_date(value: object) -> dt.datetime | None:
    """A record's ``WARC-Date`` (ISO 8601, UTC) as an aware datetime; anything unreadable is ``None``."""
    try:
        when = dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.timezone.utc)


def _is_html_page(status: object, content_type: str | None) -> bool:
    """A 2xx response whose media type (before any ``;charset=``) is HTML."""
    try:
        code = int(str(status))
    except ValueError:
        return False
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return 200 <= code < 300 and media in HTML_CONTENT_TYPES


def _decode(body: bytes, transfer: str | None, content: str | None, max_bytes: int) -> bytes:
    """Undo chunked transfer coding and gzip/deflate content coding; keep the bytes when they lie."""
    if transfer and "chunked" in transfer.lower():
        body = _dechunk(body) or body
    wbits = _GZIP_WBITS.get((content or "").strip().lower())
    if wbits is not None:
        with contextlib.suppress(zlib.error):  # headers that lie are common: the body was stored decoded
            body = zlib.decompressobj(wbits).decompress(body, max_bytes + 1)
    return body


def _dechunk(body: bytes) -> bytes | None:
    """The payload of an HTTP/1.1 chunked body, or ``None`` when it is not chunked after all."""
    out, pos = bytearray(), 0
    while True:
        end = body.find(b"\r\n", pos)
        if end < 0:
            return None
        try:
            size = int(body[pos:end].split(b";", 1)[0].strip(), 16)
        except ValueError:
            return None
        if size == 0:
            return bytes(out)
        out += body[end + 2 : end + 2 + size]
        pos = end + 2 + size + 2
