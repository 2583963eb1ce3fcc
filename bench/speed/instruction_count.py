#!/usr/bin/env python3
"""Instructions per page of articlekit and trafilatura, counted by valgrind: a speed figure without noise.

CPU-time ratios on a shared machine move by 10-30 % between runs (other jobs, caches, frequency). The
number of instructions a page costs does not: callgrind counts them exactly. Each tool runs twice under
callgrind in a fresh process, once with only its imports and one warm-up page and once with a pass
over every page of the set as well; the difference divided by the pages is its cost per page.

Instructions are not time: articlekit's Python-heavy work runs at fewer instructions per cycle than
trafilatura's, so the time ratio (``bench/speed/speed_ratio.py``) is lower than the instruction ratio. Use
this to tell whether a change made the code cheaper; use the time ratio for the user-facing figure.

    python3 bench/speed/instruction_count.py [--data ../shared/data/extraction/scrapinghub] \\
        [--tools articlekit,trafilatura]

Needs valgrind on PATH (about 90 s per tool for the 181 scrapinghub pages).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_COLLECTED = re.compile(r"Collected : (\d+)")


def _pages(data: Path) -> list[tuple[str, Any]]:
    import extract_eval as ev  # the scorer's own loading and decoding

    return [(ev.read_html(str(data), c["html_path"])[1], c.get("url")) for c in ev.load_cases(str(data))]


def _adapter(tool: str) -> Any:
    import extract_eval as ev

    return ev.ADAPTERS[tool]()[1]


def child(tool: str, data: Path, passes: int) -> None:
    """Run inside callgrind: load, one warm-up page, then ``passes`` passes over the set."""
    run = _adapter(tool)
    pages = _pages(data)
    run(*pages[0])
    for _ in range(passes):
        for html, url in pages:
            run(html, url)


def _instructions(tool: str, data: Path, passes: int, eval_dir: Path) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__,
           "--child", tool, "--passes", str(passes), "--data", str(data), "--eval", str(eval_dir)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    match = _COLLECTED.search(out.stderr)
    if match is None:
        raise SystemExit(f"no instruction count from callgrind for {tool}:\n{out.stderr[-2000:]}")
    return int(match.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=HERE.parents[2] / "shared/data/extraction/scrapinghub")
    parser.add_argument("--eval", type=Path, default=HERE.parents[2] / "shared/eval")
    parser.add_argument("--tools", default="articlekit,trafilatura")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--passes", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(args.eval.resolve()))
    if args.child:
        child(args.child, args.data, args.passes)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    pages = len(_pages(args.data))
    costs = {}
    for tool in args.tools.split(","):
        base = _instructions(tool, args.data, 0, args.eval)
        full = _instructions(tool, args.data, 1, args.eval)
        costs[tool] = (full - base) / pages
        print(f"{tool}: {costs[tool] / 1e6:.2f} M instructions per page ({pages} pages)", flush=True)
    if "articlekit" in costs and len(costs) > 1:
        for tool, cost in costs.items():
            if tool != "articlekit":
                print(f"{tool} / articlekit: {cost / costs['articlekit']:.2f}x the instructions")


if __name__ == "__main__":
    main()
