#!/usr/bin/env python3
"""Score articlekit's metadata alone (title / authors / date) on the extraction DEV sets.

Pages are decoded and parsed with articlekit's own code; only ``extract_metadata`` is timed (CPU).
Scoring reuses the rules of ``shared/eval/extract_eval.py`` (title_loose, author_acc, date_acc).

    D=../shared/data/extraction
    python3 bench/eval/metadata_eval.py $D/readability $D/trafilatura $D/htmldate [--failures /tmp/fail.jsonl]
        [--half fit|check]

``--half`` scores one half of each set (the harness's split by website: tune on ``fit``, judge on
``check``). The harness is imported from ``$EXTRACT_EVAL_DIR`` when set, else from the shared
evaluation directory beside the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("EXTRACT_EVAL_DIR") or os.path.join(HERE, "..", "..", "..", "shared", "eval"))

import extract_eval as ev  # noqa: E402

from articlekit.config import MetadataConfig  # noqa: E402
from articlekit.html.encoding import decode_html  # noqa: E402
from articlekit.html.parse import parse_html  # noqa: E402
from articlekit.metadata import extract_metadata  # noqa: E402
from articlekit.model import iso  # noqa: E402


def run_set(set_dir: str, failures: Any, half: str | None = None) -> dict[str, float]:
    cases = ev.load_cases(set_dir, half=half)
    cfg = MetadataConfig()
    title, author, date, cpu = [], [], [], []
    date_empty, author_empty = [], []
    name = os.path.basename(os.path.normpath(set_dir))
    for c in cases:
        with open(os.path.join(set_dir, c["html_path"]), "rb") as f:
            raw = f.read()
        if c["html_path"].endswith(".gz"):
            raw = gzip.decompress(raw)
        root = parse_html(decode_html(raw))
        t0 = time.process_time()
        meta = extract_metadata(root, url=c.get("url"), now=None, config=cfg)
        cpu.append(time.process_time() - t0)
        pred_author = "; ".join(meta.authors) or None
        row = {"set": name, "id": c["id"], "prov": dict(meta.provenance)}
        if c.get("title"):
            ok = bool(ev.title_variants(c["title"]) & ev.title_variants(meta.title))
            title.append(ok)
            if not ok:
                failures.write(json.dumps({**row, "field": "title", "gold": c["title"], "pred": meta.title},
                                          ensure_ascii=False) + "\n")
        if c.get("author"):
            ok = ev.author_set(c["author"]) == ev.author_set(pred_author)
            author.append(ok)
            if not ok:
                failures.write(json.dumps({**row, "field": "author", "gold": c["author"],
                                           "pred": pred_author}, ensure_ascii=False) + "\n")
        if c.get("date") == "":
            date_empty.append(meta.date_published is None)
        if c.get("author") == "":
            author_empty.append(not meta.authors)
        if c.get("date") and ev.day_of(c["date"]):
            ok = ev.day_of(c["date"]) == ev.day_of(iso(meta.date_published))
            date.append(ok)
            if not ok:
                failures.write(json.dumps({**row, "field": "date", "gold": c["date"],
                                           "pred": iso(meta.date_published), "modified": iso(meta.date_modified),
                                           "url": c.get("url")},
                                          ensure_ascii=False) + "\n")

    def mean(xs: list[bool]) -> float:
        return sum(xs) / len(xs) if xs else float("nan")

    return {"set": name, "n": len(cases), "title_loose": mean(title), "title_n": len(title),
            "author_acc": mean(author), "author_n": len(author), "date_acc": mean(date), "date_n": len(date),
            "cpu_ms_per_page": 1000 * sum(cpu) / max(1, len(cpu)),
            "date_empty_ok": mean(date_empty), "author_empty_ok": mean(author_empty)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--failures", default=os.devnull)
    ap.add_argument("--half", choices=("fit", "check"), default=None)
    args = ap.parse_args()
    with open(args.failures, "w", encoding="utf-8") as failures:
        for set_dir in args.sets:
            r = run_set(set_dir, failures, args.half)
            print(f"{r['set']:12s} n={r['n']:4d}  title_loose={r['title_loose']:.3f} ({r['title_n']})  "
                  f"author_acc={r['author_acc']:.3f} ({r['author_n']})  date_acc={r['date_acc']:.3f} "
                  f"({r['date_n']})  metadata cpu {r['cpu_ms_per_page']:.2f} ms/page  "
                  f"empty_ok author={r['author_empty_ok']:.3f} date={r['date_empty_ok']:.3f}")


if __name__ == "__main__":
    main()
