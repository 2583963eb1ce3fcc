#!/usr/bin/env python3
"""CPU time of articlekit.summarize per article on the DEV summarization data.

    python3 bench/speed/summary_speed.py [--data ../shared/data/summarization]

One warm-up call first (imports nltk's Punkt and Porter lazily, ~0.5 s), then each article once;
reports median / p95 / mean CPU milliseconds (time.process_time: the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import articlekit


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[3] / "shared/data/summarization"
    ap.add_argument("--data", type=Path, default=default)
    args = ap.parse_args()
    for name, k in (("cnndm.jsonl", 3), ("bbc.jsonl", None)):
        recs = [json.loads(line) for line in (args.data / name).open(encoding="utf-8") if line.strip()]
        articlekit.summarize(recs[0]["text"], bullets=3)
        times = []
        for r in recs:
            t0 = time.process_time()
            articlekit.summarize(r["text"], bullets=k or len(r["reference"]))
            times.append(1000 * (time.process_time() - t0))
        times.sort()
        print(f"{name:12s} n={len(times)}  median {statistics.median(times):.2f} ms  "
              f"p95 {times[int(0.95 * (len(times) - 1))]:.2f} ms  mean {statistics.mean(times):.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
