"""Writing results: formats, streamed JSON arrays, and atomic one-file-per-input output."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import secrets
from pathlib import Path
from typing import TextIO

from articlekit.model import Article
from articlekit.render import (
    HTML_PAGE_TAIL,
    article_html,
    article_html_element,
    article_markdown,
    article_text,
    csv_row,
    html_page_head,
)
from articlekit.urls import split_url

__all__ = ["FORMATS", "StreamWriter", "csv_header", "output_name", "render", "write_atomic"]

FORMATS = ("json", "jsonl", "markdown", "text", "csv", "html")
_SUFFIX = {"json": ".json", "jsonl": ".jsonl", "markdown": ".md", "text": ".txt", "csv": ".csv", "html": ".html"}


def _csv_line(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue().rstrip("\n")


def csv_header() -> str:
    """The CSV header line: the keys of :meth:`Article.to_dict`, in order."""
    return _csv_line(list(Article().to_dict()))


def render(article: Article, fmt: str) -> str:
    """One article in one of :data:`FORMATS` (no trailing separator between documents).

    ``csv`` gives the header line and the article's row; ``html`` a whole standalone page.
    """
    if fmt == "csv":
        return csv_header() + "\n" + _csv_line(csv_row(article.to_dict()))
    if fmt == "html":
        return article_html(article).rstrip("\n")
    if fmt == "json":
        return article.to_json(indent=2)
    if fmt == "jsonl":
        return json.dumps(article.to_dict(), ensure_ascii=False)
    if fmt == "markdown":
        return article_markdown(article).rstrip("\n")
    return article_text(article).rstrip("\n")


class StreamWriter:
    """Writes rendered articles to a stream as they come, so memory stays flat for any batch size.

    ``json`` gives one object for a single input and an array for several; ``csv`` one header line
    then one row per article; ``html`` one page holding one ``<article>`` per input.
    """

    def __init__(self, stream: TextIO, fmt: str, *, many: bool) -> None:
        self._stream, self._fmt, self._many, self._count = stream, fmt, many, 0

    def write(self, article: Article) -> None:
        """Render and write one article."""
        if self._fmt in ("csv", "html"):
            self._write_table_or_page(article)
            return
        text = render(article, self._fmt)
        if self._fmt == "json" and self._many:
            text = ("[\n" if self._count == 0 else ",\n") + text
        elif self._count and self._fmt in ("markdown", "text"):
            text = "\n\n---\n\n" + text
        elif self._count and self._fmt == "json":
            text = "\n" + text
        self._stream.write(text if self._fmt == "json" and self._many else text + "\n")
        self._stream.flush()
        self._count += 1

    def _write_table_or_page(self, article: Article) -> None:
        if self._count == 0:
            if self._fmt == "csv":
                self._stream.write(csv_header() + "\n")
            else:  # one page per input keeps the article's own title, language and URL
                one = not self._many
                self._stream.write(html_page_head(article.title if one else None, article.language if one else None,
                                                  article.url if one else None))
        if self._fmt == "csv":
            self._stream.write(_csv_line(csv_row(article.to_dict())) + "\n")
        else:
            self._stream.write(("\n" if self._count else "") + article_html_element(article))
        self._stream.flush()
        self._count += 1

    def close(self) -> None:
        """Finish the document (closes a JSON array or an HTML page)."""
        if self._fmt == "json" and self._many:
            self._stream.write("[]\n" if self._count == 0 else "\n]\n")
            self._stream.flush()
        elif self._fmt == "csv" and self._count == 0:
            self._stream.write(csv_header() + "\n")
        elif self._fmt == "html":
            self._stream.write((html_page_head(None) if self._count == 0 else "") + HTML_PAGE_TAIL + "\n")
            self._stream.flush()


_UNSAFE = re.compile(r"[^\w.-]+")
_MAX_BASE = 120  # file systems cap names at 255 bytes: leave room for a suffix and a counter


def _base_name(source: str) -> str:
    """The last path segment of a file name or URL (a URL with no path gives its host)."""
    if source == "-":
        return "stdin"
    if "://" in source:
        parts = split_url(source)
        if parts is None:  # malformed (a WARC record's target URI can be anything): its text, made safe
            return _UNSAFE.sub("_", source.rsplit("/", 1)[-1]).strip("._")[:_MAX_BASE]
        segment = parts.path.rstrip("/").rsplit("/", 1)[-1] or parts.netloc
        return _UNSAFE.sub("_", segment).strip("._")[:_MAX_BASE]
    return Path(source).name


def output_name(source: str, fmt: str, taken: set[str]) -> str:
    """A file name for ``source``'s output: its base name with the format's suffix, made unique."""
    base = _base_name(source)
    for suffix in (".gz", ".html", ".htm"):
        if base.lower().endswith(suffix):
            base = base[: -len(suffix)]
    base = base or "page"
    name, n = base + _SUFFIX[fmt], 1
    while name in taken:
        n += 1
        name = f"{base}-{n}{_SUFFIX[fmt]}"
    taken.add(name)
    return name


def _create_temporary(path: Path) -> tuple[int, str]:
    """A new file next to ``path``, created with mode 0666 less the umask (``mkstemp`` forces 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name next to {path}")


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename: readers never see half a file.

    The file's mode follows the umask, as any other file the user creates.
    """
    fd, tmp = _create_temporary(path)
    try:
        # errors="replace": a non-UTF-8 file name reaches the text as lone surrogates ("source").
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
