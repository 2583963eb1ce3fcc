#!/usr/bin/env python3
"""Body extraction alone (no metadata stage): scrapinghub body F1, trafilatura-set snippet F1, CPU docs/s.

Usage (from the repo root):
    python3 bench/eval/body_eval.py [--data ../shared/data/extraction] [--eval ../shared/eval]
                               [--worst 10] [--save preds.jsonl] [--only ID]

Each page is decoded (articlekit.html.encoding), parsed (articlekit.html.parse), its metadata extracted
(untimed; ``--no-metadata`` passes an empty ``Metadata()``) and passed to ``extract_body``; parsing
and body extraction are timed (CPU), decoding and metadata are not.
Scoring reuses the functions of ``extract_eval.py`` (4-gram shingle body F1; snippet F1).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any

from articlekit.body import extract_body
from articlekit.config import DEFAULT
from articlekit.html.encoding import decode_html
from articlekit.html.parse import parse_html
from articlekit.model import Article, Metadata

HERE = Path(__file__).resolve().parent


def load_scorer(eval_dir: Path) -> Any:
    spec = importlib.util.spec_from_file_location("extract_eval", eval_dir / "extract_eval.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _metadata(root: Any, url: str | None, use: bool) -> Metadata:
    """Metadata as the pipeline computes it (untimed), or an empty one."""
    if not use:
        return Metadata()
    from articlekit.metadata import extract_metadata

    try:
        return extract_metadata(root, url=url, now=None, config=DEFAULT.metadata)
    except Exception:  # a metadata bug must not hide body figures
        return Metadata()


def run_set(set_dir: Path, only: str | None, use_meta: bool) -> tuple[list[dict[str, Any]], list[str], float]:
    with open(set_dir / "cases.jsonl", encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    if only:
        cases = [c for c in cases if only in c["id"]]
    texts, cpu = [], 0.0
    for c in cases:
        raw = (set_dir / c["html_path"]).read_bytes()
        if c["html_path"].endswith(".gz"):
            raw = gzip.decompress(raw)
        html = decode_html(raw)
        t0 = time.process_time()
        root = parse_html(html)
        cpu += time.process_time() - t0
        meta = _metadata(root, c.get("url"), use_meta)
        t0 = time.process_time()
        body = extract_body(root, metadata=meta, config=DEFAULT.body)
        cpu += time.process_time() - t0
        texts.append(Article(blocks=body.blocks).text)
    return cases, texts, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(HERE.parents[2] / "shared" / "data" / "extraction"))
    ap.add_argument("--eval", default=str(HERE.parents[2] / "shared" / "eval"))
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--save", default=None)
    ap.add_argument("--only", default=None)
    ap.add_argument("--no-metadata", action="store_true", help="pass an empty Metadata() to extract_body")
    a = ap.parse_args()
    ev = load_scorer(Path(a.eval))
    data = Path(a.data)
    preds: dict[str, str] = {}
    # scrapinghub: body F1
    cases, texts, cpu = run_set(data / "scrapinghub", a.only, not a.no_metadata)
    triples = [ev.shingle_tp_fp_fn(c["body"], t) for c, t in zip(cases, texts, strict=True)]
    p, r, f = ev.body_metrics(triples)
    print(f"scrapinghub n={len(cases)} body P={p:.3f} R={r:.3f} F1={f:.3f}  cpu {cpu:.1f}s "
          f"= {len(cases) / max(cpu, 1e-9):.0f} docs/s")
    worst = sorted(zip(cases, triples, texts, strict=True),
                   key=lambda x: 2 * x[1][0] / (2 * x[1][0] + x[1][1] + x[1][2] or 1))[: a.worst]
    for c, (tp, fp, fn), t in worst:
        print(f"  {c['id'][:16]} tp={tp:.2f} fp={fp:.2f} fn={fn:.2f} len={len(t)} gold={len(c['body'])} "
              f"{c.get('url', '')[:70]}")
    preds.update({c["id"]: t for c, t in zip(cases, texts, strict=True)})
    # trafilatura: snippet F1
    cases, texts, cpu2 = run_set(data / "trafilatura", a.only, not a.no_metadata)
    seg = [0, 0, 0, 0]
    for c, t in zip(cases, texts, strict=True):
        for i, v in enumerate(ev.seg_counts(c, t)):
            seg[i] += v
    tp, fp, fn, _ = seg
    f_seg = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    print(f"trafilatura n={len(cases)} snippet P={tp / max(tp + fp, 1):.3f} R={tp / max(tp + fn, 1):.3f} "
          f"F1={f_seg:.3f}  cpu {cpu2:.1f}s = {len(cases) / max(cpu2, 1e-9):.0f} docs/s")
    preds.update({c["id"]: t for c, t in zip(cases, texts, strict=True)})
    if a.save:
        with open(a.save, "w", encoding="utf-8") as fh:
            for k, v in preds.items():
                fh.write(json.dumps({"id": k, "body": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
