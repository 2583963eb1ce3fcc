"""Coordinate search of FiguresConfig ranking weights (a fitting aid, not part of the unit run).

Objective: half strict@n on the 30-figure DEV gold, half the proxy precision@k on BBC and CNN/DM
DEV summaries (see bench/fit/figures_proxy.py), so the tiny gold set cannot decide alone. Features are
computed once; only the weights change between trials.

    python3 bench/fit/figures_tune.py
"""

from __future__ import annotations

import json
import sys
from dataclasses import fields, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "shared" / "eval"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import summ_eval
from figures_proxy import DATA, ref_values

from articlekit.config import FiguresConfig
from articlekit.summary.figures import described, rank

GOLD = str(Path(__file__).resolve().parents[3] / "shared" / "data" / "key_figures" / "gold.jsonl")


def load() -> tuple[list, list, list]:
    base = FiguresConfig()
    proxy = []
    recs = {}
    for path in DATA:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                recs[rec["id"]] = rec
                if rec.get("lowercased_source"):
                    continue
                refs = ref_values("\n".join(rec["reference"]))
                if refs:
                    proxy.append((rec["dataset"], refs, described(rec["text"], title=None, config=base)))
    gold = summ_eval.load_jsonl([GOLD])
    doc_ids = sorted({g["doc_id"] for g in gold})
    gold_docs = [(d, described(recs[d]["text"], title=None, config=base)) for d in doc_ids]
    return proxy, gold, gold_docs


def objective(cfg: FiguresConfig, data: tuple[list, list, list]) -> tuple[float, dict[str, float]]:
    proxy, gold, gold_docs = data
    hits = {"bbc": [0, 0], "cnndm": [0, 0]}
    for ds, refs, mentions in proxy:
        k = min(3, len(refs))
        top = rank(mentions, cfg)[:k]
        hits[ds][0] += sum(round(f.value, 6) in refs for f in top)
        hits[ds][1] += k
    preds = {d: [{"value": f.value, "counted": f.counted, "span": f.span} for f in rank(m, cfg)]
             for d, m in gold_docs}
    g = float(summ_eval.score_kf(gold, preds)["strict_at_gold_n"]["recall"])
    parts = {k: v[0] / max(1, v[1]) for k, v in hits.items()}
    parts["gold"] = g
    return (parts["bbc"] + parts["cnndm"]) / 4 + g / 2, parts


def main() -> None:
    data = load()
    cfg = FiguresConfig()
    best, parts = objective(cfg, data)
    print("start", round(best, 4), parts)
    names = [f.name for f in fields(FiguresConfig) if f.name.startswith("w_")]
    for _round in range(3):
        for name in names:
            base = getattr(cfg, name)
            for delta in (-0.4, -0.2, 0.2, 0.4):
                trial = replace(cfg, **{name: round(base + delta, 3)})
                val, p = objective(trial, data)
                if val > best + 1e-9:
                    best, cfg, parts = val, trial, p
                    print(f"{name}={getattr(cfg, name)} -> {best:.4f} {parts}", flush=True)
    print({n: getattr(cfg, n) for n in names})


if __name__ == "__main__":
    main()
