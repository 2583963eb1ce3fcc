"""Many documents in, one result per document out, in input order; one failure never stops the rest."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from articlekit.config import DEFAULT, Config
from articlekit.errors import ArticlekitError
from articlekit.model import Article

__all__ = ["ExtractOptions", "Result", "extract_one", "extract_sequential"]


@dataclass(frozen=True)
class ExtractOptions:
    """The keyword options of :func:`articlekit.extract`, bundled so they can travel to workers."""

    url: str | None = None
    summarize: bool = True
    bullets: int | None = None
    now: dt.datetime | None = None
    config: Config = DEFAULT


@dataclass(frozen=True)
class Result:
    """The outcome for one input: an :class:`Article`, or an error naming the input and the reason."""

    source: str
    article: Article | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when extraction succeeded."""
        return self.article is not None


def _read(source: str, config: Config) -> bytes:
    from articlekit.api import read_input

    return sys.stdin.buffer.read() if source == "-" else read_input(source, max_bytes=config.limits.max_bytes)


def extract_one(source: str, data: bytes | str | None = None, options: ExtractOptions | None = None) -> Result:
    """Extract one input (a path, ``-`` for stdin, or the given page) and never raise."""
    from articlekit.api import extract

    opts = options or ExtractOptions()
    try:
        page = _read(source, opts.config) if data is None else data
        article = extract(page, url=opts.url, summarize=opts.summarize, bullets=opts.bullets, now=opts.now,
                          source=source, config=opts.config)
    except ArticlekitError as exc:
        return Result(source, error=str(exc))
    except Exception as exc:  # a bug of ours: report it against this input and keep the batch going
        return Result(source, error=f"internal error ({type(exc).__name__}: {exc})")
    return Result(source, article=article)


def extract_sequential(sources: Iterable[str], options: ExtractOptions | None = None) -> Iterator[Result]:
    """:func:`extract_one` over each source, in order, in this process."""
    for source in sources:
        yield extract_one(source, options=options)
