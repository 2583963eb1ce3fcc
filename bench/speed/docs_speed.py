#!/usr/bin/env python3
"""CPU time of the whole ``articlekit.extract()`` per page, with and without the summary stage.

The scorer (``extract_eval.py``) times extraction alone on pre-decoded text; this times what a user
calls: page bytes in (decoding included), full Article out, one process, CPU time
(``time.process_time``), after one warm-up call that pays the lazy imports.

    python3 bench/speed/docs_speed.py [--data ../shared/data/extraction/scrapinghub] [--repeat 2]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
from pathlib import Path

import articlekit

ROOT = Path(__file__).resolve().parents[2]


def load_pages(set_dir: Path) -> list[tuple[bytes, str | None]]:
    """(raw bytes, url) of every case of a scorer data set."""
    pages = []
    for line in (set_dir / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        raw = (set_dir / case["html_path"]).read_bytes()
        if case["html_path"].endswith(".gz"):
            raw = gzip.decompress(raw)
        pages.append((raw, case.get("url")))
    return pages


def timed(pages: list[tuple[bytes, str | None]], summarize: bool) -> list[float]:
    """CPU seconds of each page's ``extract`` call."""
    out = []
    for raw, url in pages:
        start = time.process_time()
        articlekit.extract(raw, url=url, summarize=summarize)
        out.append(time.process_time() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/extraction/scrapinghub")
    parser.add_argument("--repeat", type=int, default=2, help="runs per mode; the fastest total is kept")
    args = parser.parse_args()
    pages = load_pages(args.data)
    articlekit.extract(pages[0][0], url=pages[0][1])  # warm-up: lazy imports (nltk, dateparser)
    print(f"{len(pages)} pages from {args.data}, articlekit {articlekit.__version__}, CPU time")
    print("| call | docs/s | median ms | p95 ms |")
    print("|---|---|---|---|")
    for summarize in (False, True):
        runs = [timed(pages, summarize) for _ in range(args.repeat)]
        best = min(runs, key=sum)
        p95 = sorted(best)[int(0.95 * (len(best) - 1))]
        call = "extract(html)" if summarize else "extract(html, summarize=False)"
        print(f"| `{call}` | {len(best) / sum(best):.1f} | {statistics.median(best) * 1e3:.1f} | {p95 * 1e3:.1f} |")


if __name__ == "__main__":
    main()
