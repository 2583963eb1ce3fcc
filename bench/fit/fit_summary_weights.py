#!/usr/bin/env python3
"""Fit the In Brief ranker's ``coverage`` weights on the DEV summarization data.

    python3 bench/fit/fit_summary_weights.py --data ../shared/data/summarization --half fit [--write]

How: every candidate sentence of every DEV article gets its feature row (exactly as the library
computes it, with no title, as the evaluation calls it) and a label: BBC - the sentence is one of
the reference sentences; CNN/DM - the sentence is in the greedy ROUGE-1+2 oracle for the reference
highlights (at most 3 sentences). An L2-regularised logistic regression is fitted, each article
weighing the same and each data set weighing ``--share-cnn`` / ``1 - share-cnn`` in total (default:
BBC only, whose references are long extractive summaries: what the ``coverage`` set is for; the
CNN/DM oracle labels are too noisy to fit on -- every fit of them lost to the plain lead under
cross-validation, so the ``brief`` set stays hand-set and is only reported here).
The result is checked by the real pipeline (blend, MMR selection, trimming, ROUGE-1/2 with
rouge-score's tokenizer) with 2-fold cross-validation, so the figures are for articles the weights
did not see. ``--write`` stores the weights fitted on all articles in
src/articlekit/data/summary_weights.json (the ``brief`` set is kept as it is).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
from logistic import fit_logistic
from rouge_score import tokenizers
from summary_weights_io import load, write_section

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
from summary_halves import half_of

from articlekit.config import SummaryConfig
from articlekit.summary import candidates, fit_to_request
from articlekit.summary.rank import FEATURES, coverage_mix, feature_rows, score, select, weight_sets

TOK = tokenizers.DefaultTokenizer(use_stemmer=True)



def f1(cand: Counter, ref: Counter) -> float:
    overlap = sum((cand & ref).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(cand.values()), overlap / sum(ref.values())
    return 2 * p * r / (p + r)


def grams(tokens: list[str]) -> tuple[Counter, Counter]:
    return Counter(tokens), Counter(itertools.pairwise(tokens))


def rouge12(pred: list[str], ref: list[str]) -> tuple[float, float]:
    pu, pb = grams(TOK.tokenize(" ".join(pred)))
    ru, rb = grams(TOK.tokenize(" ".join(ref)))
    return 100 * f1(pu, ru), 100 * f1(pb, rb)


def oracle(bullets: list[str], ref: list[str], k: int) -> set[int]:
    ru, rb = grams(TOK.tokenize(" ".join(ref)))
    toks = [TOK.tokenize(b) for b in bullets]
    chosen: set[int] = set()
    cu, cb, best = Counter(), Counter(), 0.0
    while len(chosen) < k:
        pick = None
        for i, t in enumerate(toks):
            if i in chosen:
                continue
            u, b = grams(t)
            value = f1(cu + u, ru) + f1(cb + b, rb)
            if value > best:
                best, pick = value, i
        if pick is None:
            break
        chosen.add(pick)
        u, b = grams(toks[pick])
        cu, cb = cu + u, cb + b
    return chosen


def prepare(recs: list[dict], config: SummaryConfig) -> list[dict]:
    docs = []
    for r in recs:
        k = len(r["reference"]) if r["dataset"] == "bbc" else 3
        cands, _ = fit_to_request(candidates(r["text"], config), k, config)
        if not cands:
            continue
        rows = feature_rows(cands, None, budget=config.max_bullet_words, lead=config.lead_sentences)
        if r["dataset"] == "bbc":
            refs = {" ".join(s.split()) for s in r["reference"]}
            labels = [1.0 if " ".join(c.sentence.split()) in refs else 0.0 for c in cands]
        else:
            picked = oracle([c.bullet for c in cands], r["reference"], 3)
            labels = [1.0 if i in picked else 0.0 for i in range(len(cands))]
        docs.append({"set": r["dataset"], "cands": cands, "rows": rows, "labels": labels, "k": k,
                     "ref": r["reference"]})
    return docs


def fit(docs: list[dict], l2: float, share_cnn: float) -> np.ndarray:
    """Logistic regression by Newton steps; weights: each article equal within its set."""
    xs, ys, ws = [], [], []
    per_set = Counter(d["set"] for d in docs)
    for d in docs:
        set_weight = share_cnn if d["set"] == "cnndm" else 1.0 - share_cnn
        w = set_weight / per_set[d["set"]] / len(d["rows"])
        for row, y in zip(d["rows"], d["labels"], strict=True):
            xs.append([*row, 1.0])
            ys.append(y)
            ws.append(w)
    beta = fit_logistic(np.array(xs), np.array(ys), np.array(ws), l2, tol=1e-8)
    return beta[:-1]


def blend(rows: list[list[float]], mix: float, coverage: np.ndarray) -> list[float]:
    """The library's blended_scores, with the coverage weights under test."""
    brief = score(rows, weight_sets()["brief"])
    cover = score(rows, list(coverage))
    return [(1 - mix) * b + mix * c for b, c in zip(brief, cover, strict=True)]


def evaluate(docs: list[dict], weights: np.ndarray, config: SummaryConfig) -> dict[str, tuple[float, float]]:
    out: dict[str, list[tuple[float, float]]] = {}
    for d in docs:
        scores = blend(d["rows"], coverage_mix(d["k"], len(d["cands"]), config), weights)
        picked = select(d["cands"], scores, d["k"],
                        redundancy=config.redundancy, duplicate=config.duplicate_similarity)
        out.setdefault(d["set"], []).append(rouge12([c.bullet for c in picked], d["ref"]))
    return {s: (statistics.mean(a for a, _ in v), statistics.mean(b for _, b in v)) for s, v in out.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/summarization"))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--share-cnn", type=float, default=0.0, help="total weight of CNN/DM articles")
    ap.add_argument("--redundancy", type=float, nargs="*", default=None, help="MMR values to try")
    ap.add_argument("--half", choices=("fit", "check"), default=None, help="fit on one half only")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    config = SummaryConfig()
    recs = load(args.data / "cnndm.jsonl") + load(args.data / "bbc.jsonl")
    if args.half:
        recs = [r for r in recs if half_of(r["id"]) == args.half]
    docs = prepare(recs, config)
    rnd = random.Random(0)
    folds = [rnd.randrange(2) for _ in docs]
    for lam in args.redundancy or [config.redundancy]:
        cfg = replace(config, redundancy=lam)
        scores: dict[str, list[tuple[float, float]]] = {}
        for k in (0, 1):
            train = [d for d, f in zip(docs, folds, strict=True) if f != k]
            test = [d for d, f in zip(docs, folds, strict=True) if f == k]
            for s, v in evaluate(test, fit(train, args.l2, args.share_cnn), cfg).items():
                scores.setdefault(s, []).append(v)
        summary = {s: tuple(round(statistics.mean(x[i] for x in v), 2) for i in (0, 1))
                   for s, v in scores.items()}
        print(f"redundancy {lam}: 2-fold CV R1/R2 {summary}", file=sys.stderr)
    weights = fit(docs, args.l2, args.share_cnn)
    table = {name: round(float(w), 4) for name, w in zip(FEATURES, weights, strict=True)}
    print(json.dumps(table, indent=1))
    print(f"all-data fit, in-sample R1/R2: {evaluate(docs, weights, config)}", file=sys.stderr)
    if args.write:
        write_section(
            "coverage",
            "fitted by bench/fit/fit_summary_weights.py: logistic regression (L2), BBC DEV "
            f"({'the ' + args.half + ' half' if args.half else 'all articles'}), label = sentence is in "
            "the reference; each article weighs the same",
            f"python3 bench/fit/fit_summary_weights.py --l2 {args.l2} --share-cnn {args.share_cnn}"
            + (f" --half {args.half}" if args.half else "") + " --write",
            table,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
