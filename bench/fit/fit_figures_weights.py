#!/usr/bin/env python3
"""Fit the key-figure ranking model (``src/articlekit/data/figures_weights.json``) on the fit half.

    python3 bench/fit/fit_figures_weights.py [--shared DIR] [--l2 1.0] [--gold-share 0.5] [--write]

Rows: every figure mention the library finds (its cues, ``articlekit.figures.rank.cue_row``,
exactly as the library computes them, with no title as the evaluation calls it) in the documents of
the **fit half** (split by document id, as ``bench/eval/summary_halves.py`` does):

- the hand-labelled key-figure gold: label = the mention's value is one of the document's gold
  values;
- the other DEV summarization documents whose reference summary states a figure (the proxy of
  ``figures_proxy.py``): label = the reference states the mention's value.

Model: L2-regularised logistic regression (``logistic.py``); each document weighs the same within its
group, and the gold documents weigh ``--gold-share`` of the total (the gold set alone is small).
The script prints strict@n on both gold halves and the proxy precision@k of both halves: choose
options on the fit half, read the check half only as evidence. ``--write`` stores the weights
(rounded to 4 decimals, so the file is regenerated bit for bit); ``--out`` writes elsewhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from logistic import fit_logistic

from articlekit.config import FiguresConfig
from articlekit.figures import described, rank, text_language
from articlekit.figures.rank import CUES, Features, cue_row
from articlekit.model import KeyFigure
from articlekit.summary.sentences import sentence_spans

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
from figures_proxy import ref_values
from summary_halves import half_of

HERE = Path(__file__).resolve()
OUT = HERE.parents[2] / "src/articlekit/data/figures_weights.json"
COMMAND = "python3 bench/fit/fit_figures_weights.py --l2 {l2} --gold-share {share} --write"
Mentions = list[tuple[Features, KeyFigure]]
Targets = set[float] | list[dict[str, Any]]


def thing_match(gold: dict[str, Any], fig: KeyFigure) -> bool:
    """The gold's strict test of ``counted`` (content stems shared with the gold's phrase and span)."""
    import summ_eval

    return bool(summ_eval._thing_match(gold, {"value": fig.value, "counted": fig.counted, "span": fig.span}))


def mentions(text: str, title: str | None = None) -> Mentions:
    """Every figure mention of ``text`` with its features, as ``key_figures`` reads it."""
    lang = text_language(text, None)
    return described(text, sentences=sentence_spans(text, language=lang), language=lang, title=title,
                     config=FiguresConfig())


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def labelled(ms: Mentions, targets: Targets) -> tuple[list[tuple[float, ...]], list[float]]:
    """Cue rows of the mentions and their labels.

    ``targets`` is a set of values (label 1: the mention's value is one of them) or a list of gold
    records (label 1: the value is a gold figure's and the mention says what it counts, as the
    gold's strict match judges it).
    """
    config = FiguresConfig()
    rows = [cue_row(f, config) for f, _ in ms]
    if isinstance(targets, set):
        ys = [float(any(_same(k.value, v) for v in targets)) for _, k in ms]
    else:
        ys = [float(any(_same(k.value, g["value"]) and thing_match(g, k) for g in targets)) for _, k in ms]
    return rows, ys


def _pairs(rows: list[tuple[float, ...]], labels: list[float]) -> list[tuple[float, ...]]:
    """Differences (positive minus negative mention) of every pair of a document that the label orders."""
    pos = [r for r, y in zip(rows, labels, strict=True) if y]
    neg = [r for r, y in zip(rows, labels, strict=True) if not y]
    return [tuple(a - b for a, b in zip(p, n, strict=True)) for p in pos for n in neg]


def fit(gold: Sequence[tuple[Mentions, Targets]], proxy: Sequence[tuple[Mentions, Targets]],
        l2: float, gold_share: float) -> dict[str, Any]:
    """The fitted model: ``weights`` by cue and ``bias``, rounded to 4 decimals.

    Pairwise: a ranking within a document is what matters, so each row is the difference of the cues
    of a key mention and a non-key mention of the same document, in both orders (label 1 and 0); the
    logistic model of those differences is the score (its bias fits 0: the rows are symmetric).
    """
    xs: list[tuple[float, ...]] = []
    ys: list[float] = []
    ws: list[float] = []
    for group, share in ((gold, gold_share), (proxy, 1.0 - gold_share)):
        docs = [pairs for ms, v in group if (pairs := _pairs(*labelled(ms, v)))]
        for pairs in docs:
            for d in pairs:
                xs += [(*d, 1.0), (*(-x for x in d), 1.0)]
                ys += [1.0, 0.0]
            ws += [share / len(docs) / len(pairs) / 2] * (2 * len(pairs))
    beta = fit_logistic(np.array(xs), np.array(ys), np.array(ws), l2, tol=1e-10)
    rounded = [round(float(b), 4) + 0.0 for b in beta]  # + 0.0: no "-0.0" in the file
    return {"weights": dict(zip(CUES, rounded[:-1], strict=True)), "bias": 0.0}


def render(model: dict[str, Any], l2: float, gold_share: float) -> str:
    """The data file's text."""
    data = {
        "how": "fitted by bench/fit/fit_figures_weights.py: pairwise logistic regression (L2) over the cues of "
               "figures/rank.py, on the fit half of the key-figure gold (label: the value is a gold "
               "figure's) and of the DEV summaries (label: the reference states the value)",
        "command": COMMAND.format(l2=l2, share=gold_share),
        **model,
    }
    return json.dumps(data, indent=2) + "\n"


def load(shared: Path) -> dict[str, Any]:
    """Mentions of the gold documents (both halves) and of the fit half's proxy documents."""
    sys.path.insert(0, str(shared / "eval"))
    import summ_eval

    gold = summ_eval.load_jsonl([str(shared / "data" / "key_figures" / "gold.jsonl")])
    gold_docs = {g["doc_id"] for g in gold}
    recs = {r["id"]: r for r in summ_eval.load_jsonl([str(shared / "data" / "summarization")])}
    proxy: dict[str, list[tuple[Mentions, set[float]]]] = {"fit": [], "check": []}
    for doc_id in sorted(recs):
        rec = recs[doc_id]
        if doc_id in gold_docs or rec.get("lowercased_source"):
            continue
        refs = ref_values("\n".join(rec["reference"]))
        if refs:
            proxy[half_of(doc_id)].append((mentions(rec["text"], rec.get("title")), refs))
    halves = {}
    for half in ("fit", "check"):
        g = [x for x in gold if half_of(x["doc_id"]) == half]
        docs = sorted({x["doc_id"] for x in g})
        # Fitted with the title (extract() passes it); scored without, as the evaluation calls it.
        halves[half] = (g, [(d, mentions(recs[d]["text"]), [x for x in g if x["doc_id"] == d],
                             mentions(recs[d]["text"], recs[d].get("title"))) for d in docs])
    # The check half's proxy documents are read as evidence (a larger sample than the gold), never fitted.
    return {"gold": halves, "proxy": proxy["fit"], "proxy_check": proxy["check"], "score_kf": summ_eval.score_kf}


def weights_of(model: dict[str, Any]) -> tuple[float, ...]:
    return (*(model["weights"][c] for c in CUES), model["bias"])


def strict_at_n(data: dict[str, Any], half: str, weights: Sequence[float] | None) -> float:
    gold, docs = data["gold"][half]
    preds = {d: [{"value": f.value, "counted": f.counted, "span": f.span}
                 for f in rank(ms, FiguresConfig(), weights)] for d, ms, _, _ in docs}
    return float(data["score_kf"](gold, preds)["strict_at_gold_n"]["recall"])


def proxy_at_k(data: dict[str, Any], weights: Sequence[float] | None, half: str = "fit") -> float:
    hits = total = 0
    for ms, refs in data["proxy" if half == "fit" else "proxy_check"]:
        ms = [(replace(f, in_title=False), fig) for f, fig in ms]  # scored without the title
        k = min(3, len(refs))
        hits += sum(round(f.value, 6) in refs for f in rank(ms, FiguresConfig(), weights)[:k])
        total += k
    return hits / max(1, total)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(HERE.parents[3] / "shared"))
    ap.add_argument("--l2", type=float, default=10.0)
    ap.add_argument("--gold-share", type=float, default=0.8)
    ap.add_argument("--gold-label", choices=("value", "strict"), default="value",
                    help="a gold mention is key by its value alone, or also by what it counts")
    ap.add_argument("--write", action="store_true", help="store the weights in the package's data file")
    ap.add_argument("--out", help="write the data file here instead")
    args = ap.parse_args()
    data = load(Path(args.shared))
    gold_fit = [(titled, v if args.gold_label == "strict" else {g["value"] for g in v})
                for _, _, v, titled in data["gold"]["fit"][1]]
    model = fit(gold_fit, data["proxy"], args.l2, args.gold_share)
    w = weights_of(model)
    for name, ws in (("shipped", None), ("fitted", w)):
        print(f"{name + ':':8} strict@n fit {strict_at_n(data, 'fit', ws):.3f} check "
              f"{strict_at_n(data, 'check', ws):.3f} proxy@k fit {proxy_at_k(data, ws):.3f} "
              f"check {proxy_at_k(data, ws, 'check'):.3f}")
    print(json.dumps(model))
    if args.write or args.out:
        out = Path(args.out) if args.out else OUT
        out.write_text(render(model, args.l2, args.gold_share), encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
