"""The per-document time limit: SIGALRM on the main thread, an after-the-fact check elsewhere."""

from __future__ import annotations

import gc
import signal
import sys
import threading
import time
import weakref

import pytest

from articlekit.batch.timelimit import alarm_available, time_limit
from articlekit.errors import TimeLimitError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGALRM is POSIX only")


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_an_overrun_is_interrupted_and_names_the_document() -> None:
    start = time.monotonic()
    with pytest.raises(TimeLimitError, match=r"page\.html: took longer than the time limit of 0\.05 s"), \
            time_limit(0.05, "page.html"):
        spin(5)
    assert time.monotonic() - start < 1


def test_work_within_the_limit_is_untouched_and_the_handler_restored() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with time_limit(1.0, "page.html"):
        spin(0.01)
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with time_limit(None, "page.html"):
        spin(0.01)


def test_an_overrun_swallowed_by_the_code_is_still_reported() -> None:
    with pytest.raises(TimeLimitError), time_limit(0.05, "page.html"):
        try:
            spin(5)
        except TimeLimitError:
            spin(0.01)  # a careless `except Exception` inside a stage


class Slow:
    def __del__(self) -> None:
        spin(0.1)


def test_an_alarm_inside_a_finalizer_is_raised_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    dropped: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", dropped.append)  # where Python sends errors from __del__
    start = time.monotonic()
    with pytest.raises(TimeLimitError), time_limit(0.02, "page.html"):
        Slow()  # dropped at once: __del__ runs while the alarm fires
        spin(5)
    assert dropped == [] and time.monotonic() - start < 1


def test_off_the_main_thread_the_overrun_is_reported_afterwards() -> None:
    outcome: list[BaseException | None] = []

    def run() -> None:
        assert not alarm_available()
        try:
            with time_limit(0.01, "page.html"):
                spin(0.05)
        except TimeLimitError as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert isinstance(outcome[0], TimeLimitError)


def test_an_alarm_inside_a_gc_callback_or_weakref_callback_is_raised_after_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    dropped: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", dropped.append)

    def slow_callback(*args: object) -> None:
        spin(0.1)

    monkeypatch.setattr(gc, "callbacks", [slow_callback])
    with pytest.raises(TimeLimitError), time_limit(0.02, "page.html"):
        gc.collect()
        spin(5)

    class Target:
        pass

    monkeypatch.setattr(gc, "callbacks", [])
    target = Target()
    ref = weakref.ref(target, slow_callback)
    start = time.monotonic()
    with pytest.raises(TimeLimitError), time_limit(0.02, "page.html"):
        del target  # the weakref callback runs now, as the alarm fires
        spin(5)
    assert ref() is None and dropped == [] and time.monotonic() - start < 1
    assert sys.unraisablehook == dropped.append
