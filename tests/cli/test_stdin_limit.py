"""Issue 19, defect 5: stdin is read within the size limit, never whole."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A helper process feeds 200 MB of zeros to the command and reports the command's peak memory.
_MEASURE = textwrap.dedent("""
    import resource, subprocess, sys, threading
    proc = subprocess.Popen([sys.executable, "-m", "articlekit", "extract", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    def feed():
        block = bytes(1 << 20)
        try:
            for _ in range(200):
                proc.stdin.write(block)
            proc.stdin.close()
        except OSError:
            pass
    threading.Thread(target=feed, daemon=True).start()
    err = proc.stderr.read().decode()
    code = proc.wait()
    print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, err.strip().replace(chr(10), " | "))
""")


@pytest.mark.slow
def test_stdin_over_the_limit_is_refused_with_bounded_memory() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", _MEASURE], capture_output=True, text=True, env=env, timeout=120)
    code, peak_kb, message = out.stdout.split(" ", 2)
    assert code == "1"
    assert "above the limit" in message or "more than the limit" in message
    assert int(peak_kb) < 200 * 1024  # the 50 MB limit plus the interpreter, not the 200 MB sent
