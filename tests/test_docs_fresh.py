"""Generated parts of the docs match the code: the API page, the CLI options and the layout tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("script", ["bench/tools/layout_tree.py", "bench/tools/gen_api_docs.py"])
def test_generated_docs_are_fresh(script: str) -> None:
    run = subprocess.run([sys.executable, str(ROOT / script), "--check"], capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
