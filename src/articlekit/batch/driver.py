"""Many documents in, one result per document out, in input order; one failure never stops the rest.

:func:`extract_many` is the public entry point. It accepts

* a path (``str`` or :class:`os.PathLike`; ``.gz`` files are decompressed, ``-`` reads stdin),
* a page as ``bytes`` or as a ``str`` holding markup (a ``str`` containing ``<`` is taken as HTML,
  any other ``str`` as a path),
* a ``(url, html)`` pair, where ``url`` (or ``None``) becomes both the article's ``url`` hint and
  its ``source``.

It yields one :class:`Result` per input, in input order: an :class:`~articlekit.model.Article`, or
an error that names the input. Nothing raises per document; a page over its time limit gives a
``TimeLimitError`` record, a worker process that dies gives a ``WorkerError`` record, and the rest
of the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator

from articlekit.api import extract
from articlekit.batch.inputs import STDIN, Unusable, read_input, read_stdin
from articlekit.batch.tasks import ExtractOptions, Input, Result, Task, extract_one, options_for
from articlekit.config import DEFAULT, Config
from articlekit.errors import InputError
from articlekit.model import Article

__all__ = ["extract_file", "extract_many", "extract_tasks", "to_task"]


def _unsupported(index: int, item: object, why: str) -> Result:
    return Result(f"<input {index}>", error=f"<input {index}>: {why}", error_type=InputError.__name__,
                  index=index)


def to_task(index: int, item: object) -> Task | Result:
    """Turn one input of :func:`extract_many` into a task, or an error record when it is unusable.

    Stdin (``-``) is read here, in the calling process: workers have no stdin. An :class:`Unusable`
    name (from :func:`~articlekit.batch.inputs.expand_inputs`) becomes its error record.
    """
    if isinstance(item, Unusable):
        return Result(item, error=f"{item}: {item.reason}", error_type=InputError.__name__, index=index)
    if isinstance(item, tuple) and len(item) == 2:
        url, page = item
        if (url is not None and not isinstance(url, str)) or not isinstance(page, (bytes, str)):
            return _unsupported(index, item, "a pair must be (url: str | None, html: bytes | str)")
        return (index, url or f"<input {index}>", page, url, None)
    if isinstance(item, (bytearray, memoryview)):
        item = bytes(item)
    if isinstance(item, bytes) or (isinstance(item, str) and "<" in item):
        return (index, f"<input {index}>", item, None, None)
    if isinstance(item, (str, os.PathLike)):
        path = os.fspath(item)
        if not isinstance(path, str):
            return _unsupported(index, item, "paths must be text, not bytes")
        if path == STDIN:
            try:
                return (index, STDIN, read_stdin(DEFAULT.limits.max_bytes), None, None)
            except InputError as exc:
                return Result(STDIN, error=str(exc), error_type=InputError.__name__, index=index)
        return (index, path, None, None, None)
    return _unsupported(index, item, f"unsupported input type {type(item).__name__}")


def _tasks(inputs: Iterable[Input]) -> Iterator[Task | Result]:
    for index, item in enumerate(inputs):
        yield to_task(index, item)


def _run_in_process(items: Iterator[Task | Result], options: ExtractOptions) -> Iterator[Result]:
    for item in items:
        if isinstance(item, Result):
            yield item
            continue
        index, source, page, url, now = item
        yield extract_one(source, page, options_for(options, url, now), index=index)


def _check(workers: int | None, timeout: float | None) -> int:
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool) or workers < 1):
        raise InputError(f"workers must be a positive integer, got {workers!r}")
    if timeout is not None and (not isinstance(timeout, (int, float)) or isinstance(timeout, bool)
                                or not timeout > 0):
        raise InputError(f"timeout must be a positive number of seconds, got {timeout!r}")
    return workers if workers is not None else (os.cpu_count() or 1)


def extract_many(
    inputs: Iterable[Input],
    *,
    workers: int | None = None,
    timeout: float | None = None,
    summarize: bool = True,
    bullets: int | None = None,
    now: dt.datetime | None = None,
    config: Config = DEFAULT,
    start_method: str | None = None,
) -> Iterator[Result]:
    """Extract every input, in parallel, yielding one :class:`Result` per input in input order.

    ``workers`` is the number of worker processes (default: the CPU count). ``timeout`` limits each
    document, in seconds: an overrun gives a ``TimeLimitError`` record and the batch goes on. The
    limit is hard, even for a single input and even while C code runs: with a ``timeout`` every
    document runs in a worker process that is stopped when it overruns. Without one, ``workers=1``
    (or a single input) runs in this process. ``inputs`` is consumed lazily and only a bounded window of
    documents is in flight or waiting for its turn, so memory stays flat for any number of inputs.
    ``start_method`` picks the :mod:`multiprocessing` start method (default: the platform's, with
    ``forkserver`` instead of ``fork`` once this process runs other threads); with ``spawn`` or
    ``forkserver``, call this under ``if __name__ == "__main__":``.
    The other options are those of :func:`articlekit.extract`; a per-document URL travels in a
    ``(url, html)`` pair. Raises :class:`~articlekit.errors.InputError` only for bad options.
    """
    _check(workers, timeout)
    options = ExtractOptions(summarize=summarize, bullets=bullets, now=now, config=config,
                             timeout=float(timeout) if timeout is not None else None)
    return extract_tasks(_tasks(inputs), workers=workers, options=options, start_method=start_method)


def extract_tasks(
    items: Iterable[Task | Result],
    *,
    workers: int | None = None,
    options: ExtractOptions | None = None,
    start_method: str | None = None,
) -> Iterator[Result]:
    """The engine under :func:`extract_many`: tasks made by :func:`to_task` (or by hand) in, results out.

    A ready :class:`Result` among the items (an input already known to be unusable) is passed
    through in its place. Tasks must be numbered 0, 1, 2 … in order. Used by the command line,
    which attaches a URL to a path and turns WARC records into tasks.
    """
    opts = options or ExtractOptions()
    size = _check(workers, opts.timeout)
    return _dispatch(iter(items), size, opts, start_method)


def _dispatch(
    items: Iterator[Task | Result], size: int, options: ExtractOptions, start_method: str | None
) -> Iterator[Result]:
    head = [item for _, item in zip(range(2), items, strict=False)]
    # A time limit needs a worker process the parent can stop: SIGALRM cannot interrupt C code (libxml2)
    # and exists only on the main thread of a POSIX process. One input without a limit runs here.
    use_pool = (size > 1 and len(head) > 1) or options.timeout is not None
    if not use_pool or _daemonic():
        yield from _run_in_process(_chain(head, items), options)
        return
    from articlekit.batch.pool import WorkerPool

    pool = WorkerPool(size, options, start_method=start_method)
    yield from pool.run(_chain(head, items))


def _daemonic() -> bool:
    """Whether this process is a daemonic worker itself (say of a multiprocessing.Pool): no children."""
    import multiprocessing

    return bool(multiprocessing.current_process().daemon)


def _chain(head: list[Task | Result], rest: Iterator[Task | Result]) -> Iterator[Task | Result]:
    yield from head
    yield from rest


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
