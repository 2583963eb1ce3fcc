"""Pause CPython's cyclic garbage collector while a page is extracted.

Extraction allocates thousands of short-lived objects per page (element proxies, measurements, text
pieces) and creates no reference cycles (``tests/batch/test_gcpause.py`` checks this), so a collection that
runs during extraction frees nothing. It still costs: every few pages the collector walks all the
objects the process holds, and in a long-running process holding many (a crawler's results, a
scorer's data) that measured 5-15 % of extraction time on the development pages. :func:`paused`
switches the collector off for the call and restores it after; calls overlapping in several threads
keep it off until the last one ends. ``Config(pause_gc=False)`` leaves the collector alone.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]

_lock = threading.Lock()
_active = 0  # extractions running now, in any thread
_restore = False  # whether the collector was on when the first of them started


@contextmanager
def paused(enabled: bool = True) -> Iterator[None]:
    """Run the block with the cyclic garbage collector off (unless ``enabled`` is False)."""
    if not enabled:
        yield
        return
    global _active, _restore
    with _lock:
        if _active == 0:
            _restore = gc.isenabled()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _restore:
                gc.enable()
