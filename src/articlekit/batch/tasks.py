"""The unit of batch work and its outcome: :data:`Task`, :class:`ExtractOptions`, :class:`Result`.

A leaf of the batch runtime: the driver (:mod:`articlekit.batch.driver`) and the worker pool
(:mod:`articlekit.batch.pool`) both import it, and it imports neither. :func:`extract_one` runs one
task in the current process and never raises.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from typing import Any, TypeAlias

import articlekit.api as api  # looked up per call, so a test can stand in for it
from articlekit.batch.inputs import STDIN, read_input, read_stdin
from articlekit.batch.timelimit import time_limit
from articlekit.config import DEFAULT, Config
from articlekit.errors import ArticlekitError
from articlekit.model import Article

__all__ = ["INTERNAL_ERROR", "WORKER_ERROR", "ExtractOptions", "Input", "Result", "Task", "extract_one", "options_for"]

Input: TypeAlias = "str | os.PathLike[str] | bytes | bytearray | memoryview | tuple[str | None, bytes | str]"
Task: TypeAlias = "tuple[int, str, bytes | str | None, str | None, dt.datetime | None]"
"""One unit of work: (position, source name, page or ``None`` to read the path, url hint, ``now``).

``now`` anchors relative dates for this document only (a WARC record's capture time); ``None`` keeps
the run's own ``now``."""

INTERNAL_ERROR, WORKER_ERROR = "InternalError", "WorkerError"


@dataclass(frozen=True)
class ExtractOptions:
    """The keyword options of :func:`articlekit.extract`, bundled so they can travel to workers.

    ``timeout`` is the per-document time limit in seconds (``None``: no limit).
    """

    url: str | None = None
    summarize: bool = True
    bullets: int | None = None
    now: dt.datetime | None = None
    config: Config = DEFAULT
    timeout: float | None = None


@dataclass(frozen=True)
class Result:
    """The outcome for one input: an :class:`Article`, or an error naming the input and the reason.

    ``error_type`` is the name of the :class:`~articlekit.errors.ArticlekitError` subclass raised
    (``InputError``, ``TimeLimitError`` …), ``WorkerError`` when the worker process died on this
    input twice, or ``InternalError`` for a bug in articlekit. ``index`` is the input's position.
    """

    source: str
    article: Article | None = None
    error: str | None = None
    error_type: str | None = None
    index: int = 0

    @property
    def ok(self) -> bool:
        """True when extraction succeeded."""
        return self.article is not None

    def to_dict(self) -> dict[str, Any]:
        """The article's :meth:`~articlekit.model.Article.to_dict` plus ``error`` and ``error_type``.

        A failed input gives the same keys with empty values, so every record has one shape.
        """
        article = self.article if self.article is not None else Article(source=self.source)
        return {**article.to_dict(), "error": self.error, "error_type": self.error_type}


def options_for(options: ExtractOptions, url: str | None, now: dt.datetime | None) -> ExtractOptions:
    """The run's options with one document's URL hint and, when it has one, its own ``now``."""
    if url == options.url and (now is None or now == options.now):
        return options
    return replace(options, url=url, now=now or options.now)


def _read(source: str, config: Config) -> bytes:
    if source == STDIN:
        return read_stdin(config.limits.max_bytes)
    return read_input(source, max_bytes=config.limits.max_bytes)


def extract_one(
    source: str, data: bytes | str | None = None, options: ExtractOptions | None = None, *, index: int = 0
) -> Result:
    """Extract one input (a path, ``-`` for stdin, or the given page) and never raise."""
    opts = options or ExtractOptions()
    try:
        with time_limit(opts.timeout, source):
            page = _read(source, opts.config) if data is None else data
            article = api.extract(page, url=opts.url, summarize=opts.summarize, bullets=opts.bullets,
                              now=opts.now, source=source, config=opts.config)
    except ArticlekitError as exc:
        return Result(source, error=str(exc), error_type=type(exc).__name__, index=index)
    except Exception as exc:  # a bug of ours: report it against this input and keep the batch going
        return Result(source, error=f"internal error ({type(exc).__name__}: {exc})",
                      error_type=INTERNAL_ERROR, index=index)
    return Result(source, article=article, index=index)


