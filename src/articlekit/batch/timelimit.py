"""A time limit for one document, enforced by SIGALRM where the platform allows it.

``signal.setitimer`` interrupts Python code only on the main thread of a POSIX process. Elsewhere
(Windows, a worker thread) :func:`time_limit` cannot interrupt anything and only reports an overrun
once the work has finished; :mod:`articlekit.batch.pool` adds a hard limit on top by stopping the worker
process, which works everywhere.
"""

from __future__ import annotations

import gc
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from articlekit.errors import TimeLimitError

__all__ = ["FINALIZER_RETRY_SECONDS", "alarm_available", "time_limit"]

FINALIZER_RETRY_SECONDS = 0.005  # an alarm that lands in a __del__ is raised again this much later


def alarm_available() -> bool:
    """Whether :func:`time_limit` can interrupt running code here (POSIX, main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _in_finalizer(frame: FrameType | None) -> bool:
    """Whether the interrupted code runs in a ``__del__`` method or a ``gc`` callback (at any depth)."""
    callbacks = {getattr(cb, "__code__", None) for cb in gc.callbacks}
    while frame is not None:
        if frame.f_code.co_name == "__del__" or frame.f_code in callbacks:
            return True
        frame = frame.f_back
    return False


def _message(what: str, seconds: float) -> str:
    return f"{what}: took longer than the time limit of {seconds:g} s"


class _Alarm:
    """One armed limit: the SIGALRM handler, and a net for the exceptions Python drops."""

    def __init__(self, seconds: float, what: str) -> None:
        self.message = _message(what, seconds)
        self.expired = False
        self.previous_hook = sys.unraisablehook

    def on_alarm(self, signum: int, frame: FrameType | None) -> None:
        self.expired = True
        if _in_finalizer(frame):  # Python would print and drop an exception raised there: retry soon
            signal.setitimer(signal.ITIMER_REAL, FINALIZER_RETRY_SECONDS)
            return
        raise TimeLimitError(self.message)

    def on_unraisable(self, unraisable: Any) -> None:
        # a finalizer we could not recognise (a weakref callback …) swallowed our exception: retry
        if self.expired and isinstance(unraisable.exc_value, TimeLimitError):
            signal.setitimer(signal.ITIMER_REAL, FINALIZER_RETRY_SECONDS)
            return
        self.previous_hook(unraisable)


@contextmanager
def time_limit(seconds: float | None, what: str) -> Iterator[None]:
    """Raise :class:`TimeLimitError` naming ``what`` when the block runs longer than ``seconds``.

    ``None`` means no limit. Where :func:`alarm_available` is false the block runs to its end and
    the overrun is reported afterwards.
    """
    if seconds is None:
        yield
        return
    if not alarm_available():
        start = time.monotonic()
        yield
        if time.monotonic() - start > seconds:
            raise TimeLimitError(_message(what, seconds))
        return
    alarm = _Alarm(seconds, what)
    previous = signal.signal(signal.SIGALRM, alarm.on_alarm)
    sys.unraisablehook = alarm.on_unraisable
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except TimeLimitError:
        raise
    except Exception as exc:
        # code under the limit may catch our exception and raise another: it is still an overrun
        if alarm.expired:
            raise TimeLimitError(alarm.message) from exc
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        sys.unraisablehook = alarm.previous_hook
    if alarm.expired:  # the exception was swallowed on the way: report the overrun all the same
        raise TimeLimitError(alarm.message)
