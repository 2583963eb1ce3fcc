"""Thread safety: extract() from 8 threads at once gives the same results as one at a time.

The threads run first, in a fresh interpreter, so that they also race through articlekit's lazy
first-use work (stage imports, word lists, the sentence splitter, cached lexicons).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys, threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
import articlekit

fixtures = sorted(Path(sys.argv[1]).glob("*/source.html"), key=lambda p: p.stat().st_size)[:6]
pages = [p.read_bytes() for p in fixtures] + [
    b"<div>" * 5000 + b"<p>Deep text: 1,200 homes were flooded, 15% more than in 2023, the council said.</p>",
    "<p>Grüße — the council spent €3.5m on 40 roads in 2024, up 12% on the year.</p>".encode("utf-16-le"),
]
barrier = threading.Barrier(8)

def run(offset):
    barrier.wait()  # all threads start together, on a cold interpreter
    order = list(range(offset, len(pages))) + list(range(offset))  # each thread in another order
    return {i: articlekit.extract(pages[i], url="https://example.com/a") for i in order}

with ThreadPoolExecutor(max_workers=8) as pool:
    parallel = list(pool.map(run, [k % len(pages) for k in range(8)]))
sequential = {i: articlekit.extract(page, url="https://example.com/a") for i, page in enumerate(pages)}
bad = [k for k, result in enumerate(parallel) if result != sequential]
print("pages", len(pages), "texts", sum(bool(a.text) for a in sequential.values()), "differ", bad)
sys.exit(1 if bad else 0)
"""


@pytest.mark.slow
def test_eight_threads_match_sequential_results() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT / "fixtures")], capture_output=True,
                          text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    assert "differ []" in proc.stdout
    assert "texts 0" not in proc.stdout
