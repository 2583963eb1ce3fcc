"""Politeness per host: at most N requests in flight to one host, and a delay between their starts."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["HostGate"]


class HostGate:
    """Shared by every download thread; ``slot(host)`` blocks until this host may be asked again."""

    def __init__(self, per_host: int, delay: float) -> None:
        self._per_host, self._delay = max(1, per_host), max(0.0, delay)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}
        self._extra_delay: dict[str, float] = {}

    def set_delay(self, host: str, seconds: float) -> None:
        """A longer delay for one host (a robots.txt Crawl-delay); never shorter than the default."""
        with self._lock:
            self._extra_delay[host] = max(self._delay, seconds)

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold one of the host's slots for the duration of a request (and its body)."""
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.BoundedSemaphore(self._per_host))
        with semaphore:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + self._extra_delay.get(host, self._delay)
            if start > now:
                time.sleep(start - now)
            yield
