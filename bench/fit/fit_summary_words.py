#!/usr/bin/env python3
"""Fit the word-value weights that decide how a brief's bullets are shortened (summary/brief.py).

    python3 bench/fit/fit_summary_words.py [--data ../shared/data/summarization] [--l2 1.0]
        [--half fit] [--reference-words 35 45 55] [--folds 5] [--repeats 3] [--write]

How: the pipeline picks 3 bullets of every CNN/DM DEV article (shortening off); every ROUGE token
of those bullets gets its feature row (``brief.word_rows``, with the clause marks of the bullet's
forms, ``brief.clause_flags``) and a label: the token is in the
reference highlights (counts clipped, in reading order, as ROUGE-1 counts a match). An
L2-regularised logistic regression (each article weighing the same) gives the weights.
Checked by k-fold cross-validation, repeated with different shuffles: weights fitted on the other
folds, the full pipeline (shortening on, for each ``--reference-words`` value) scored with
rouge-score on the held-out fold; the table gives the mean over all held-out articles.
``--half fit`` fits and cross-validates on the fit half of the articles only (split by id, as
``bench/eval/summary_halves.py`` does) and then scores the other half once with the fitted weights
(read, never fitted). ``--write`` stores the fit on all the articles used in
src/articlekit/data/summary_weights.json (``words``).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
from logistic import fit_logistic
from rouge_score import rouge_scorer
from summary_weights_io import load, write_section

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
from summary_halves import half_of

import articlekit.summary as summary
from articlekit.config import SummaryConfig
from articlekit.summary import brief
from articlekit.summary.clauses import clause_forms

SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)



def prepare(recs: list[dict], config: SummaryConfig) -> list[dict]:
    """Per article: the candidates, the picked bullets and their token rows and labels."""
    plain = replace(config, brief_shorten=False)
    docs = []
    for r in recs:
        cands = summary.candidates(r["text"], plain)
        if not cands:
            continue
        cands, _ = summary.fit_to_request(cands, 3, plain)
        picked_text = summary.summarize_text(r["text"], bullets=3, title=None, config=plain)
        words = brief.doc_words([c.sentence for c in cands], plain.lead_sentences)
        by_bullet = {c.bullet: k for k, c in enumerate(cands)}
        ref = Counter(brief._key(t) for t in brief._tokens(" ".join(r["reference"])))
        used: Counter[str] = Counter()
        rows, labels = [], []
        seen: set[str] = set()
        for bullet in picked_text:
            pos = by_bullet.get(bullet, 99)
            forms = clause_forms(bullet, min_words=plain.brief_min_words, leading=plain.brief_cut_leading)
            token_rows = brief.word_rows(bullet, pos, words, seen, brief.clause_flags(bullet, forms))
            for token, row in zip(brief._tokens(bullet), token_rows, strict=True):
                key = brief._key(token)
                hit = used[key] < ref[key]
                used[key] += hit
                rows.append(row)
                labels.append(1.0 if hit else 0.0)
        docs.append({"rec": r, "rows": rows, "labels": labels})
    return docs


def fit(docs: list[dict], l2: float) -> np.ndarray:
    """Logistic regression by Newton steps, each article weighing the same."""
    xs, ys, ws = [], [], []
    for d in docs:
        if not d["rows"]:
            continue
        for row, y in zip(d["rows"], d["labels"], strict=True):
            xs.append(row)
            ys.append(y)
            ws.append(1.0 / len(d["rows"]))
    beta = fit_logistic(np.array(xs), np.array(ys), np.array(ws), l2, tol=1e-9)
    return beta


def rouge(recs: list[dict], config: SummaryConfig, weights: np.ndarray | None) -> list[tuple[float, ...]]:
    """Per-article ROUGE-1/2/Lsum of the pipeline with these word weights (None: shortening off)."""
    original = brief.word_weights
    out = []
    try:
        if weights is not None:
            brief.word_weights = lambda: tuple(float(v) for v in weights)  # type: ignore[assignment]
        cfg = config if weights is not None else replace(config, brief_shorten=False)
        for r in recs:
            bullets = summary.summarize_text(r["text"], bullets=3, title=None, config=cfg)
            s = SCORER.score("\n".join(r["reference"]), "\n".join(bullets))
            out.append((100 * s["rouge1"].fmeasure, 100 * s["rouge2"].fmeasure, 100 * s["rougeLsum"].fmeasure,
                        len(" ".join(bullets).split())))
    finally:
        brief.word_weights = original  # type: ignore[assignment]
    return out


def mean(rows: list[tuple[float, ...]]) -> str:
    return " / ".join(f"{statistics.mean(r[i] for r in rows):.2f}" for i in range(3)) + \
        f"  ({statistics.mean(r[3] for r in rows):.1f} words)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3] / "shared/data/summarization")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--half", choices=("fit", "check"), default=None, help="fit on one half only")
    ap.add_argument("--reference-words", type=float, nargs="*", default=None)
    ap.add_argument("--min-words", type=int, default=None)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    config = SummaryConfig()
    if args.min_words is not None:
        config = replace(config, brief_min_words=args.min_words)
    recs = load(args.data / "cnndm.jsonl")
    other = [r for r in recs if args.half and half_of(r["id"]) != args.half]
    docs = prepare([r for r in recs if not args.half or half_of(r["id"]) == args.half], config)
    grid = args.reference_words or [config.brief_reference_words]
    results: dict[float, list[tuple[float, ...]]] = {r: [] for r in grid}
    plain: list[tuple[float, ...]] = []
    for rep in range(args.repeats):
        order = list(range(len(docs)))
        random.Random(rep).shuffle(order)
        for f in range(args.folds):
            test = set(order[f :: args.folds])
            weights = fit([d for i, d in enumerate(docs) if i not in test], args.l2)
            held = [docs[i]["rec"] for i in sorted(test)]
            plain += rouge(held, config, None)
            for ref_words in grid:
                results[ref_words] += rouge(held, replace(config, brief_reference_words=ref_words), weights)
    print(f"CNN/DM DEV, 3 bullets, {args.repeats}x{args.folds}-fold CV (R1 / R2 / RLsum):")
    print(f"  shortening off          {mean(plain)}")
    for ref_words, rows in results.items():
        print(f"  reference_words {ref_words:>5}   {mean(rows)}")
    weights = fit(docs, args.l2)
    table = {name: round(float(w), 4) for name, w in zip(brief.WORD_FEATURES, weights, strict=True)}
    print(json.dumps(table), file=sys.stderr)
    if other:
        print(f"  the other half ({len(other)} articles, unseen): off {mean(rouge(other, config, None))}; "
              f"fitted {mean(rouge(other, config, weights))}")
    if args.write:
        used = f"the {args.half} half, {len(docs)} articles" if args.half else f"{len(docs)} articles"
        write_section(
            "words",
            f"fitted by bench/fit/fit_summary_words.py: logistic regression (L2), CNN/DM DEV ({used}), "
            "label = the token of a picked bullet is in the reference highlights; each article weighs the same",
            f"python3 bench/fit/fit_summary_words.py --l2 {args.l2}"
            + (f" --half {args.half}" if args.half else "") + " --write",
            table,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
