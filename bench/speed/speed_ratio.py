#!/usr/bin/env python3
"""articlekit's extraction speed relative to trafilatura, measured interleaved so machine load cancels out.

``extract_eval.py`` times each tool over the whole set in turn; on a shared machine the load can change
between the two passes and move the ratio by 10-20 %. Here both tools run through the scorer's own
adapters (``extract(html, url=..., summarize=False)`` for articlekit), alternating in chunks of pages,
and each tool's CPU time is summed over its chunks. Each page is seen once per tool, as in the scorer.

    python3 bench/speed/speed_ratio.py [--sets scrapinghub,trafilatura] [--chunk 20] [--repeat 3]

With ``--repeat N`` the whole measurement runs N times (fresh caches are not possible within one
process, so later rounds are warmer for both tools); every round's ratio is printed, then the median.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
Adapter = Callable[[str, Any], Any]


def _load(data: Path, name: str) -> list[tuple[str, Any]]:
    import extract_eval as ev  # the scorer's loading and decoding, so the pages are the same

    set_dir = str(data / name)
    return [(ev.read_html(set_dir, c["html_path"])[1], c.get("url")) for c in ev.load_cases(set_dir)]


def _round(pages: list[tuple[str, Any]], tools: dict[str, Adapter], chunk: int) -> dict[str, float]:
    """CPU seconds per tool over all pages, the tools alternating every ``chunk`` pages."""
    spent = dict.fromkeys(tools, 0.0)
    for start in range(0, len(pages), chunk):
        part = pages[start:start + chunk]
        for name, fn in tools.items():
            t = time.process_time()
            for html, url in part:
                fn(html, url)
            spent[name] += time.process_time() - t
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", type=Path, default=HERE.parents[2] / "shared" / "eval")
    parser.add_argument("--data", type=Path, default=HERE.parents[2] / "shared" / "data" / "extraction")
    parser.add_argument("--sets", default="scrapinghub,trafilatura")
    parser.add_argument("--chunk", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    sys.path.insert(0, str(args.eval))
    import extract_eval as ev

    tools: dict[str, Adapter] = {"articlekit": ev.make_articlekit()[1], "trafilatura": ev.make_trafilatura()[1]}
    for name in args.sets.split(","):
        pages = _load(args.data, name)
        for fn in tools.values():
            fn(*pages[0])  # warm-up, untimed, as in the scorer
        ratios = []
        for _ in range(args.repeat):
            spent = _round(pages, tools, args.chunk)
            ratio = spent["trafilatura"] / spent["articlekit"]
            ratios.append(ratio)
            rates = ", ".join(f"{tool} {len(pages) / sec:.1f} docs/s" for tool, sec in spent.items())
            print(f"{name} ({len(pages)} pages): {rates}, ratio {ratio:.2f}")
        if args.repeat > 1:
            print(f"{name}: median ratio {statistics.median(ratios):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
