"""Issue 19: time limits that hold inside C code, for one input too, and no worker outlives its parent."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest

import articlekit
from articlekit.config import DEFAULT

ROOT = Path(__file__).resolve().parents[2]
# The attribute cap off: libxml2 then spends seconds in C code on one start tag, where SIGALRM cannot reach.
UNGUARDED = replace(DEFAULT, limits=replace(DEFAULT.limits, max_attributes=10**9))
C_BOUND_PAGE = "<p " + " ".join(f"a{i}=1" for i in range(120_000)) + ">slow in C</p>"


@pytest.mark.slow
def test_one_input_time_limit_holds_while_libxml2_runs() -> None:
    # defect 3: next(extract_many([page], workers=1, timeout=5)) ran in-process; the alarm waited for C code
    start = time.monotonic()
    result = next(articlekit.extract_many([C_BOUND_PAGE], workers=1, timeout=1, config=UNGUARDED,
                                          summarize=False))
    elapsed = time.monotonic() - start
    assert result.error_type == "TimeLimitError"
    assert elapsed < 12  # 1 s limit + 2 s grace + worker start; the page alone takes well over 30 s


def test_one_input_without_a_time_limit_still_runs_here() -> None:
    result = next(articlekit.extract_many([b"<p>One page, no limit, no worker process needed.</p>"], workers=1))
    assert result.ok


_PARENT = textwrap.dedent("""
    import sys, time
    import articlekit

    def inputs():
        yield b"<p>one</p>"
        yield b"<p>two</p>"
        print("sent", flush=True)
        time.sleep(600)  # the parent is stuck here, both workers idle

    for _ in articlekit.extract_many(inputs(), workers=2, start_method=sys.argv[1]):
        pass
""")


def _descendants(pid: int) -> set[int]:
    found: set[int] = set()
    todo = [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            children = (task / "children").read_text().split() if (task / "children").exists() else []
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_workers_exit_when_the_parent_is_killed(sig: signal.Signals, method: str) -> None:
    # defect 6: each forked worker held the parent's end of the pipes and lived on for ever
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    parent = subprocess.Popen([sys.executable, "-c", _PARENT, method], stdout=subprocess.PIPE, env=env)
    try:
        assert parent.stdout is not None and parent.stdout.readline().strip() == b"sent"
        deadline = time.monotonic() + 20
        while len(workers := _descendants(parent.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert workers, "no worker processes found"
        parent.send_signal(sig)
        parent.wait(10)
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        survivors = [pid for pid in workers if _alive(pid)]
        assert not survivors, f"workers outlived their parent: {survivors}"
    finally:
        leftovers = _descendants(parent.pid)
        parent.kill()
        parent.wait()
        assert parent.stdout is not None
        parent.stdout.close()
        for pid in leftovers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
