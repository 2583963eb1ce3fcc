"""articlekit.gcpause: the cyclic collector is off during extraction, restored after, and finds no garbage."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import articlekit
from articlekit.config import Config
from articlekit.gcpause import paused

SEED = Path(__file__).resolve().parents[2] / "fixtures"


def _pages() -> list[bytes]:
    return [p.read_bytes() for p in sorted(SEED.glob("*/source.html"))][:6]


def test_collector_is_off_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_the_caller_switched_off_stays_off() -> None:
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_restored_after_an_error() -> None:
    with pytest.raises(ValueError), paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_overlapping_calls_in_threads_restore_it_once_all_end() -> None:
    inside, release = threading.Barrier(3), threading.Event()

    def work() -> None:
        with paused():
            inside.wait()
            release.wait()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    inside.wait()
    assert not gc.isenabled()
    release.set()
    for t in threads:
        t.join()
    assert gc.isenabled()


def test_opt_out_leaves_the_collector_alone() -> None:
    seen = []
    with paused(enabled=False):
        seen.append(gc.isenabled())
    assert seen == [True]
    page = _pages()[0]
    assert articlekit.extract(page, config=Config(pause_gc=False)).title == articlekit.extract(page).title


# Run in a fresh interpreter: in this one, objects of other tests (a test server's handler classes, threads
# still winding down) can become cyclic garbage while the loop runs, which says nothing about extraction.
_NO_GARBAGE = """
import gc, sys
from pathlib import Path
import articlekit
pages = [p.read_bytes() for p in sorted(Path(sys.argv[1]).glob("*/source.html"))][:6]
articlekit.extract(pages[0])  # first call: imports and caches
gc.collect()
gc.disable()
for page in pages:
    articlekit.extract(page)
print(len(pages), gc.collect())
"""


def test_extraction_leaves_no_cyclic_garbage() -> None:
    # the reason pausing is safe: nothing extraction allocates needs the cyclic collector to be freed
    done = subprocess.run([sys.executable, "-c", _NO_GARBAGE, str(SEED)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    pages, garbage = map(int, done.stdout.split())
    assert pages > 0
    assert garbage == 0
