"""The worker pool's failure handling: a worker that dies, one that ignores its alarm, early exits.

These tests replace ``articlekit.api.extract`` with a stand-in that misbehaves on cue; forked
workers inherit the replacement, so they need the ``fork`` start method (POSIX only).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from typing import Any

import pytest

import articlekit
import articlekit.api
import articlekit.batch.pool
from articlekit.model import Article

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork and POSIX signals")


def misbehaving_extract(html: bytes | str, **kwargs: Any) -> Article:
    """Dies, hangs with SIGALRM blocked, or returns a tiny article, depending on the page's text."""
    text = html.decode() if isinstance(html, bytes) else html
    if "DIE" in text:
        os._exit(3)
    if "HANG" in text:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # like a stuck C extension
        time.sleep(60)
    return Article(source=kwargs.get("source", "-"), title=text)


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(articlekit.api, "extract", misbehaving_extract)
    monkeypatch.setattr(articlekit.batch.pool, "KILL_GRACE_SECONDS", 0.2)


def pages(*texts: str) -> list[str]:
    return [f"<p>{t}</p>" for t in texts]


@pytest.mark.usefixtures("stand_in")
def test_a_worker_that_dies_costs_only_its_own_input() -> None:
    inputs = pages("a", "b", "DIE", "c", "d", "e")
    results = list(articlekit.extract_many(inputs, workers=2, start_method="fork"))
    assert [r.index for r in results] == list(range(6))
    assert [r.ok for r in results] == [True, True, False, True, True, True]
    assert results[2].error_type == "WorkerError" and "exit code 3" in (results[2].error or "")
    assert [r.article.title for r in results if r.article] == pages("a", "b", "c", "d", "e")


@pytest.mark.usefixtures("stand_in")
def test_a_worker_deaf_to_its_alarm_is_stopped_by_the_parent() -> None:
    start = time.monotonic()
    inputs = pages("a", "HANG", "b", "c")
    results = list(articlekit.extract_many(inputs, workers=2, timeout=0.3, start_method="fork"))
    assert time.monotonic() - start < 10
    assert [r.ok for r in results] == [True, False, True, True]
    assert results[1].error_type == "TimeLimitError" and "worker stopped" in (results[1].error or "")


@pytest.mark.usefixtures("stand_in")
def test_leaving_early_stops_every_worker() -> None:
    results = articlekit.extract_many(pages(*"abcdefgh") + pages("HANG"), workers=2, start_method="fork")
    assert next(results).ok
    results.close()  # type: ignore[attr-defined]
    assert multiprocessing.active_children() == []


def test_workers_that_cannot_start_raise_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_worker(*args: object) -> None:
        os._exit(1)

    monkeypatch.setattr(articlekit.batch.pool, "_worker_main", broken_worker)
    with pytest.raises(articlekit.ArticlekitError, match="died while starting"):
        list(articlekit.extract_many(pages("a", "b", "c"), workers=2, start_method="fork"))
    assert multiprocessing.active_children() == []
