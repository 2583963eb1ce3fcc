#!/usr/bin/env python3
"""Reproduce the body-extraction figures against whichever other tools are installed.

Drives the project's scorer (``../shared/eval/extract_eval.py``) in one process, so that articlekit and
the other tools are timed on the same pages in the same run, and prints its table.

Usage (from the repo root):
    python3 bench/eval/extraction_bench.py [--eval ../shared/eval] [--data ../shared/data/extraction]
                                      [--sets scrapinghub,trafilatura] [--tools articlekit,trafilatura,...]
                                      [--out /tmp/body_r.json]

Without ``--tools`` every adapter of the scorer whose package imports is run (articlekit, trafilatura,
readability-lxml, newspaper4k, goose3, justext, boilerpy3, resiliparse ...); missing ones are skipped.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# scorer adapter name -> module that must import for it to run
TOOLS = {
    "articlekit": "articlekit",
    "trafilatura": "trafilatura",
    "readability_lxml": "readability",
    "newspaper4k": "newspaper",
    "goose3": "goose3",
    "justext": "justext",
    "boilerpy3": "boilerpy3",
    "resiliparse": "resiliparse",
}


def installed(module: str) -> bool:
    """Whether ``module`` can be imported here (without importing it)."""
    return importlib.util.find_spec(module) is not None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", default=str(HERE.parents[2] / "shared" / "eval"))
    ap.add_argument("--data", default=str(HERE.parents[2] / "shared" / "data" / "extraction"))
    ap.add_argument("--sets", default="scrapinghub,trafilatura")
    ap.add_argument("--tools", default=None, help="comma list of scorer adapters (default: all installed)")
    ap.add_argument("--out", default="/tmp/body_r.json")
    a = ap.parse_args()
    tools = a.tools.split(",") if a.tools else [t for t, mod in TOOLS.items() if installed(mod)]
    sets = [str(Path(a.data) / s) for s in a.sets.split(",")]
    cmd = [sys.executable, str(Path(a.eval) / "extract_eval.py"), *sets,
           "--adapters", ",".join(tools), "--out", a.out]
    print("running:", " ".join(cmd), file=sys.stderr)
    return subprocess.call(cmd, cwd=a.eval)


if __name__ == "__main__":
    sys.exit(main())
