#!/usr/bin/env python3
"""Ablations of the In Brief summarizer on the DEV data (ROUGE as summ_eval.py computes it).

    python3 bench/summary_ablation.py [--data ../shared/data/summarization]

Rows: the shipped configuration; without trimming; without the brief's value-based shortening;
without the brief's tighter clause budget;
without redundancy control; the brief weights only; the coverage weights only. CNN/DM with 3
bullets, BBC with as many bullets as the reference.
ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1 x100 (rouge-score, Porter stemming, bullets joined by newlines).
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from rouge_score import rouge_scorer

import articlekit.summary as summary
from articlekit.config import SummaryConfig

SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)


@contextmanager
def no_trimming() -> Iterator[None]:
    original = summary.trim_sentence
    summary.trim_sentence = lambda sentence, config, budget=None: sentence.strip()  # type: ignore[assignment]
    try:
        yield
    finally:
        summary.trim_sentence = original


@contextmanager
def nothing() -> Iterator[None]:
    yield


def run(recs: list[dict], k_ref: bool, config: SummaryConfig) -> tuple[float, float, float]:
    scores = []
    for r in recs:
        k = len(r["reference"]) if k_ref else 3
        out = summary.summarize_text(r["text"], bullets=k, title=None, config=config)
        s = SCORER.score("\n".join(r["reference"]), "\n".join(out))
        scores.append((s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeLsum"].fmeasure))
    return tuple(round(100 * statistics.mean(x[i] for x in scores), 2) for i in range(3))  # type: ignore[return-value]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared/data/summarization"
    ap.add_argument("--data", type=Path, default=default)
    args = ap.parse_args()
    cnn = [json.loads(x) for x in (args.data / "cnndm.jsonl").open(encoding="utf-8") if x.strip()]
    bbc = [json.loads(x) for x in (args.data / "bbc.jsonl").open(encoding="utf-8") if x.strip()]
    base = SummaryConfig()
    rows: list[tuple[str, SummaryConfig, Callable[[], object]]] = [
        ("shipped", base, nothing),
        ("no trimming", base, no_trimming),
        ("no brief shortening (summary/brief.py off)", replace(base, brief_shorten=False), nothing),
        ("one clause budget for all (brief_bullet_words = max_bullet_words = 30)",
         replace(base, brief_bullet_words=base.max_bullet_words), nothing),
        ("no redundancy control (MMR off)",
         replace(base, redundancy=0.0, duplicate_similarity=1.01), nothing),
        ("brief weights only", replace(base, coverage_min_bullets=10**6), nothing),
        ("coverage weights only", replace(base, coverage_min_bullets=1, coverage_share_low=-1.0,
                                          coverage_share_high=0.0), nothing),
    ]
    print("| variant | CNN/DM DEV, 3 bullets (R1 / R2 / RLsum) | BBC DEV, k = ref (R1 / R2 / RLsum) |")
    print("|---|---|---|")
    for name, config, ctx in rows:
        with ctx():  # type: ignore[attr-defined]
            a, b = run(cnn, False, config), run(bbc, True, config)
        print(f"| {name} | {a[0]} / {a[1]} / {a[2]} | {b[0]} / {b[1]} / {b[2]} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
