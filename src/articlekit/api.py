"""The public entry points. They run the stages in order and hold no heuristics of their own.

``bytes → decode → parse → metadata (whole tree) + body (cleaned tree) → summary + key figures``
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import fields, replace
from pathlib import Path

from articlekit.batch import Result, extract_many
from articlekit.config import DEFAULT, Config
from articlekit.errors import DecodeError, InputError
from articlekit.gcpause import paused
from articlekit.model import Article, KeyFigure, Metadata

__all__ = ["Result", "extract", "extract_file", "extract_many", "key_figures", "summarize"]


def _to_text(html: bytes | str, config: Config) -> str:
    """Check the input's type and size and decode bytes."""
    if isinstance(html, (bytearray, memoryview)):
        html = bytes(html)
    if not isinstance(html, (bytes, str)):
        raise InputError(f"expected HTML as bytes or str, got {type(html).__name__}")
    size = len(html)
    if isinstance(html, str) and 4 * size > config.limits.max_bytes:  # only then can UTF-8 exceed the limit
        size = len(html.encode("utf-8", errors="surrogatepass"))
    if size > config.limits.max_bytes:
        raise InputError(f"input is {size:,} bytes, above the limit of {config.limits.max_bytes:,} bytes")
    if isinstance(html, str):
        return html
    from articlekit.html.encoding import control_share, decode_html

    text = decode_html(html, sniff_bytes=config.limits.sniff_bytes, detect_bytes=config.limits.detect_bytes)
    if control_share(text[: config.limits.binary_sample]) > config.limits.max_control_share:
        raise DecodeError("input looks like binary data, not HTML or text")
    return text


def _check_options(url: object, bullets: object, now: object) -> None:
    """Wrong option types fail here, with the option's name, not deep inside a stage."""
    if url is not None and not isinstance(url, str):
        raise InputError(f"url must be a str, got {type(url).__name__}")
    if bullets is not None and (not isinstance(bullets, int) or isinstance(bullets, bool) or bullets < 1):
        raise InputError(f"bullets must be a positive integer, got {bullets!r}")
    if now is not None and not isinstance(now, dt.datetime):
        raise InputError(f"now must be a datetime.datetime, got {type(now).__name__}")


def extract(
    html: bytes | str,
    *,
    url: str | None = None,
    summarize: bool = True,
    bullets: int | None = None,
    now: dt.datetime | None = None,
    source: str = "-",
    config: Config = DEFAULT,
) -> Article:
    """Extract a structured article from one HTML page.

    ``html`` is the page as bytes (any charset) or text. ``url`` is the page's address, used to
    resolve relative links and as a fallback canonical URL. ``summarize=False`` skips the In Brief
    bullets and key figures (extraction alone). ``bullets`` overrides the bullet count, ``now``
    anchors relative dates such as "3 hours ago" (without it they stay unresolved), and ``source``
    names the input in the output. Raises only :class:`~articlekit.errors.ArticlekitError`.
    """
    _check_options(url, bullets, now)
    if bullets is not None:
        _check_bullets(bullets)
    text = _to_text(html, config)
    with paused(config.pause_gc):
        return _extract_text(text, url, summarize, bullets, now, source, config)


def _extract_text(text: str, url: str | None, summarize: bool, bullets: int | None, now: dt.datetime | None,
                  source: str, config: Config) -> Article:
    """The stages of :func:`extract` on decoded text: parse, metadata, body, then the summary."""
    from articlekit.body import extract_body
    from articlekit.html.parse import parse_html
    from articlekit.metadata import extract_metadata

    root = parse_html(text, max_depth=config.limits.max_depth)
    meta = extract_metadata(root, url=url, now=now, config=config.metadata)
    body = extract_body(root, metadata=meta, config=config.body)
    article = Article(
        source=source,
        blocks=body.blocks,
        highlights=body.highlights,
        page_type=body.page_type,
        page_type_confidence=body.page_type_confidence,
        **{f.name: getattr(meta, f.name) for f in fields(Metadata)},
    )
    if not summarize or not article.text:
        return article
    count = bullets if bullets is not None else config.summary.bullets
    # A prefix keeps a hostile 25 MB body linear and bounded; figure offsets stay valid in the full text.
    analysed = article.text[: config.limits.max_analysed_chars]
    return replace(
        article,
        summary=tuple(_summarize(analysed, count, article.title, config)),
        figures=tuple(_figures(analysed, article.title, config.figures.limit, config)),
    )


def _check_bullets(bullets: object) -> None:
    if not isinstance(bullets, int) or isinstance(bullets, bool) or bullets < 1:
        raise InputError(f"bullets must be a positive integer, got {bullets!r}")


def _summarize(text: str, bullets: int, title: str | None, config: Config) -> list[str]:
    from articlekit.summary import summarize_text

    return summarize_text(text, bullets=bullets, title=title, config=config.summary)


def _figures(text: str, title: str | None, limit: int | None, config: Config) -> list[KeyFigure]:
    from articlekit.summary.figures import find_key_figures

    return find_key_figures(text, title=title, limit=limit, config=config.figures)


def extract_file(
    path: str | os.PathLike[str],
    *,
    url: str | None = None,
    summarize: bool = True,
    bullets: int | None = None,
    now: dt.datetime | None = None,
    config: Config = DEFAULT,
) -> Article:
    """:func:`extract` on a file (``.gz`` files are decompressed); ``source`` is the path."""
    data = read_input(path, max_bytes=config.limits.max_bytes)
    return extract(data, url=url, summarize=summarize, bullets=bullets, now=now, source=str(path),
                   config=config)


def read_input(path: str | os.PathLike[str], *, max_bytes: int) -> bytes:
    """Read a page's bytes from a file, gunzipping ``*.gz``; errors become InputError."""
    p = Path(path)
    gz = p.name.endswith(".gz")
    # gzip never grows data by more than ~0.1 %: a larger .gz file cannot decompress within the limit.
    limit = max_bytes + max_bytes // 100 + 1024 if gz else max_bytes
    try:
        if p.is_dir():
            raise IsADirectoryError(p)
        if p.stat().st_size > limit:
            raise InputError(f"{p}: {p.stat().st_size:,} bytes, above the limit of {limit:,} bytes")
        with p.open("rb") as fh:
            data = fh.read(limit + 1)  # bounded: /dev/zero, pipes and growing files report no true size
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(f"{p}: more than the limit of {limit:,} bytes")
    if gz:
        data = _gunzip(data, p, max_bytes)
    return data


def _gunzip(data: bytes, path: Path, max_bytes: int) -> bytes:
    import zlib

    decomp = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = decomp.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(f"{path}: not a valid gzip file ({exc})") from None
    if len(out) > max_bytes:
        raise InputError(f"{path}: decompresses to more than the limit of {max_bytes:,} bytes")
    return out


def summarize(text: str, *, bullets: int = 3, title: str | None = None, config: Config = DEFAULT) -> list[str]:
    """Extractive In Brief bullets for a body text, in document order (same input, same output)."""
    if not isinstance(text, str):
        raise InputError(f"expected text as str, got {type(text).__name__}")
    _check_bullets(bullets)
    return _summarize(text, bullets, title, config)


def key_figures(
    text: str, *, title: str | None = None, limit: int | None = None, config: Config = DEFAULT
) -> list[KeyFigure]:
    """The numbers that matter in a text, with what they count, most important first."""
    if not isinstance(text, str):
        raise InputError(f"expected text as str, got {type(text).__name__}")
    return _figures(text, title, limit, config)


