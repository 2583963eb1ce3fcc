"""Worker processes for :func:`articlekit.extract_many`: ordered results, contained crashes and hangs.

Each worker holds a short queue of tasks (``PREFETCH``), so it never waits for the parent between
two pages, even when the parent is slow to be scheduled on a busy machine. The parent keeps each
worker's queue in order, so it always knows which input a worker is on: a worker that dies is
blamed on exactly that input (retried once, in case something else killed it; the inputs queued
behind it are simply sent again), and a worker past its time limit plus a grace period is stopped
and replaced. A receiving thread in each worker drains its pipe at once, so the parent and a
worker can never both block writing to each other. Inputs are pulled lazily and never more than a
fixed window ahead of the oldest unfinished one, so memory is bounded whatever the number of inputs.

Only module-level functions and picklable values cross the process boundary, so every start
method works (``fork``, ``forkserver``, ``spawn``).

No worker outlives the parent. On Linux each worker asks the kernel for SIGKILL when its parent
dies (``prctl(PR_SET_PDEATHSIG)``; under ``forkserver`` the parent is the fork server, which exits
with the main process). Everywhere, a worker also ends at once when its pipe reaches end-of-file:
a forked worker first closes the parent's ends of every pipe it inherited, so that the parent's
death (by any signal) closes the last copy and the worker sees it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from articlekit.batch.tasks import WORKER_ERROR, ExtractOptions, Result, Task, extract_one, options_for
from articlekit.errors import ArticlekitError, InputError, TimeLimitError

__all__ = ["PREFETCH", "WINDOW_PER_WORKER", "WorkerPool", "warm_up"]

PREFETCH = 2  # tasks queued in a worker: the next page is at hand when one ends, with no round trip
WINDOW_PER_WORKER = 8  # inputs taken ahead of the oldest unfinished one, per worker: a slow page stalls none
KILL_GRACE_SECONDS = 2.0  # after the in-worker alarm, time left before the parent stops the worker by force
CRASH_RETRIES = 1  # a worker death is retried once: the OOM killer may have hit an innocent page
SHUTDOWN_SECONDS = 2.0  # how long an idle worker gets to exit after being told to
_WARM_UP_PAGE = (
    "<html><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1>"
    "<p>This page loads the word lists and parsers once, before any time limit applies to a real page.</p>"
    "<p>It is extracted and thrown away when a worker starts, so no document pays for the first call.</p>"
    "</article></body></html>"
)


def warm_up(options: ExtractOptions) -> None:
    """Extract a tiny page once so lazy imports and word lists are loaded before any time limit runs."""
    extract_one("<warm-up>", _WARM_UP_PAGE, replace(options, timeout=None))


# The parent's ends of the worker pipes. A forked worker inherits a copy of each: it closes them first
# thing, or the parent's death would never show as end-of-file in any worker.
_PARENT_ENDS: list[Connection] = []
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _receive_tasks(conn: Connection, tasks: queue.SimpleQueue[Task | None]) -> None:
    """The worker's receiving thread: move tasks from the pipe to the queue as soon as they come.

    End-of-file means the parent is gone (a parent that stops us sends ``None`` or kills us): the
    worker exits at once, even in the middle of a document.
    """
    try:
        while (task := conn.recv()) is not None:
            tasks.put(task)
    except (EOFError, OSError):
        os._exit(0)
    tasks.put(None)


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies; exit now if that already happened."""
    if not sys.platform.startswith("linux"):
        return  # elsewhere the pipe watch in _receive_tasks is the guard
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # no prctl (an unusual libc): the pipe watch remains
        return
    if os.getppid() == 1:  # the parent died before the request: adopted by init
        os._exit(0)


def _close_inherited_ends() -> None:
    for conn in _PARENT_ENDS:
        with contextlib.suppress(OSError):
            conn.close()
    _PARENT_ENDS.clear()


def _worker_main(conn: Connection, options: ExtractOptions) -> None:
    """A worker's life: warm up, then extract queued tasks until told to stop (``None``)."""
    _die_with_parent()
    _close_inherited_ends()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops us cleanly
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    warm_up(options)
    tasks: queue.SimpleQueue[Task | None] = queue.SimpleQueue()
    threading.Thread(target=_receive_tasks, args=(conn, tasks), daemon=True).start()
    conn.send(None)  # ready: from here on a death is the current task's doing
    while (task := tasks.get()) is not None:
        index, source, page, url, now = task
        opts = options_for(options, url, now)
        # extraction runs on this, the main thread, where the SIGALRM time limit works
        conn.send((index, extract_one(source, page, opts, index=index)))


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    tasks: deque[Task] = field(default_factory=deque)  # sent, not yet answered; the first is running
    since: float = 0.0  # when the first task started (as far as the parent can tell)
    ready: bool = False


def _context(start_method: str | None) -> Any:  # typeshed's BaseContext lacks .Process
    if start_method is not None:
        try:
            return multiprocessing.get_context(start_method)
        except ValueError:
            raise InputError(f"unknown start method {start_method!r}") from None
    default = multiprocessing.get_context()
    forkserver_ok = "forkserver" in multiprocessing.get_all_start_methods()
    if default.get_start_method() == "fork" and threading.active_count() > 1 and forkserver_ok:
        return multiprocessing.get_context("forkserver")  # fork copies other threads' locks mid-use
    return default


class WorkerPool:
    """A fixed number of worker processes that turn tasks into results, yielded in input order."""

    def __init__(self, size: int, options: ExtractOptions, *, start_method: str | None = None) -> None:
        self._size, self._options = size, options
        self._ctx = _context(start_method)
        self._workers: list[_Worker] = []
        self._window = size * WINDOW_PER_WORKER
        self._done: dict[int, Result] = {}  # finished, waiting for their turn
        self._retry: deque[Task] = deque()  # to send again (their worker died), before new inputs
        self._crashes: dict[int, int] = {}  # worker deaths per input index
        if self._ctx.get_start_method() == "fork":
            warm_up(options)  # once here, and every forked worker starts warm instead of loading its own

    def run(self, items: Iterator[Task | Result]) -> Iterator[Result]:
        """Process every item; yield each result once all earlier ones have been yielded."""
        done, retry = self._done, self._retry
        next_out = created = 0
        exhausted = False
        try:
            while True:
                while self._has_capacity():
                    task: Task | None = retry.popleft() if retry else None
                    if task is None:
                        if exhausted or created >= next_out + self._window:
                            break
                        item = next(items, None)
                        if item is None:
                            exhausted = True
                            break
                        created += 1
                        if isinstance(item, Result):
                            done[item.index] = item
                            continue
                        task = item
                    self._send(task)
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                if exhausted and next_out >= created and not retry:
                    return
                self._collect()
        finally:
            self._shutdown()

    def _has_capacity(self) -> bool:
        return len(self._workers) < self._size or any(len(w.tasks) < PREFETCH for w in self._workers)

    def _spawn(self) -> _Worker:
        parent_end, child_end = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(target=_worker_main, args=(child_end, self._options),
                                    name="articlekit-worker", daemon=True)
        _PARENT_ENDS.append(parent_end)  # before the fork: this worker closes its own copy too
        try:
            process.start()
        except BaseException:
            _PARENT_ENDS.remove(parent_end)
            raise
        child_end.close()  # only the worker holds it now, so its death shows as EOF here
        worker = _Worker(process, parent_end)
        self._workers.append(worker)
        return worker

    def _pick(self) -> _Worker:
        """An idle worker, else a new one while the pool is not full, else the least loaded."""
        idle = next((w for w in self._workers if not w.tasks), None)
        if idle is not None:
            return idle
        if len(self._workers) < self._size:
            return self._spawn()
        return min(self._workers, key=lambda w: len(w.tasks))

    def _send(self, task: Task) -> None:
        worker = self._pick()
        try:
            worker.conn.send(task)
        except (OSError, ValueError):  # the worker is gone: this task waits for another one
            self._retry.appendleft(task)
            worker.process.join(SHUTDOWN_SECONDS)
            if worker.tasks:
                self._on_death(worker)
            else:
                self._discard(worker)
            return
        if not worker.tasks:
            worker.since = time.monotonic()
        worker.tasks.append(task)

    def _collect(self) -> None:
        """Wait for a result, a dead worker or a deadline, and handle what happened."""
        busy = [w for w in self._workers if w.tasks]
        if not busy:
            return
        handles: list[Connection | int] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(wait(handles, timeout=self._wait_seconds(busy)))
        now = time.monotonic()
        for worker in busy:
            if worker.conn in ready or worker.process.sentinel in ready:
                self._receive(worker)
            elif self._overdue(worker, now):
                self._stop_overdue(worker)

    def _wait_seconds(self, busy: list[_Worker]) -> float | None:
        if self._options.timeout is None:
            return None
        limit = self._options.timeout + KILL_GRACE_SECONDS
        deadlines = [w.since + limit for w in busy if w.ready]
        return max(0.01, min(deadlines) - time.monotonic()) if deadlines else None

    def _overdue(self, worker: _Worker, now: float) -> bool:
        limit = self._options.timeout  # a worker still warming up is not on a document yet
        return limit is not None and worker.ready and now - worker.since > limit + KILL_GRACE_SECONDS

    def _receive(self, worker: _Worker) -> None:
        """Take every message the worker has sent; if it died, deal with its tasks."""
        try:
            while worker.tasks and worker.conn.poll():
                message = worker.conn.recv()
                worker.since = time.monotonic()  # the next queued task starts now
                if message is None:  # warmed up: the first task's clock starts now, not at sending
                    worker.ready = True
                    continue
                index, result = message
                self._done[index] = result
                worker.tasks.popleft()
        except Exception:  # a torn message: the worker died while sending, handled below
            pass
        if worker.process.is_alive() or not worker.tasks:
            return
        self._on_death(worker)

    def _on_death(self, worker: _Worker) -> None:
        """Blame the running task (retried once), send the queued ones again, replace the worker."""
        code = worker.process.exitcode
        culprit, *queued = worker.tasks
        self._discard(worker)
        if not worker.ready:
            raise ArticlekitError(
                f"a worker process died while starting (exit code {code}); with the spawn or forkserver "
                "start method, call extract_many under `if __name__ == '__main__':`")
        self._retry.extendleft(reversed(queued))  # innocent: never started
        index, source = culprit[0], culprit[1]
        self._crashes[index] = self._crashes.get(index, 0) + 1
        if self._crashes[index] > CRASH_RETRIES:
            self._done[index] = Result(source, error=f"{source}: the worker process died on this input "
                                       f"(exit code {code})", error_type=WORKER_ERROR, index=index)
        else:
            self._retry.append(culprit)

    def _stop_overdue(self, worker: _Worker) -> None:
        assert self._options.timeout is not None
        (index, source, *_), *queued = worker.tasks
        worker.process.kill()
        self._discard(worker)
        self._retry.extendleft(reversed(queued))
        message = f"{source}: took longer than the time limit of {self._options.timeout:g} s (worker stopped)"
        self._done[index] = Result(source, error=message, error_type=TimeLimitError.__name__, index=index)

    def _discard(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        with contextlib.suppress(ValueError):
            _PARENT_ENDS.remove(worker.conn)
        worker.conn.close()
        worker.process.close()
        self._workers.remove(worker)

    def _shutdown(self) -> None:
        """Tell idle workers to exit, stop busy ones (an abandoned run), and release everything."""
        for worker in self._workers:
            if not worker.tasks:
                with contextlib.suppress(OSError, ValueError):
                    worker.conn.send(None)
            else:
                worker.process.kill()
        deadline = time.monotonic() + SHUTDOWN_SECONDS
        for worker in list(self._workers):
            worker.process.join(max(0.0, deadline - time.monotonic()))
            self._discard(worker)
