"""Coordinate search of FiguresConfig ranking weights (a fitting aid, not part of the unit run).

Objective: mean of the proxy precision@k on BBC and CNN/DM DEV summaries (bench/figures_proxy.py)
and strict@n on the 30-figure DEV gold, so the tiny gold set cannot dominate.

    python3 bench/figures_tune.py
"""

from __future__ import annotations

import sys
from dataclasses import fields, replace

sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, "/work/main/bench")
import summ_eval  # noqa: E402
from figures_proxy import evaluate  # noqa: E402

from articlekit.config import FiguresConfig  # noqa: E402
from articlekit.summary.figures import find_key_figures  # noqa: E402

GOLD = "/work/shared/data/key_figures/gold.jsonl"
DATA = "/work/shared/data/summarization"


def gold_score(config: FiguresConfig) -> float:
    gold = summ_eval.load_jsonl([GOLD])
    recs = {r["id"]: r for r in summ_eval.load_jsonl([DATA])}
    preds = {}
    for d in {g["doc_id"] for g in gold}:
        figs = find_key_figures(recs[d]["text"], title=None, limit=None, config=config)
        preds[d] = [{"value": f.value, "counted": f.counted, "span": f.span} for f in figs]
    return float(summ_eval.score_kf(gold, preds)["strict_at_gold_n"]["recall"])


def objective(config: FiguresConfig) -> tuple[float, dict[str, float]]:
    p = evaluate(config)
    g = gold_score(config)
    return (p["bbc"] + p["cnndm"] + g) / 3, {"bbc": p["bbc"], "cnndm": p["cnndm"], "gold": g}


def main() -> None:
    cfg = FiguresConfig()
    best, parts = objective(cfg)
    print("start", round(best, 4), parts)
    names = [f.name for f in fields(FiguresConfig) if f.name.startswith("w_")]
    for _round in range(2):
        for name in names:
            base = getattr(cfg, name)
            for delta in (-0.6, -0.3, 0.3, 0.6):
                trial = replace(cfg, **{name: round(base + delta, 3)})
                val, p = objective(trial)
                if val > best + 1e-9:
                    best, cfg, parts = val, trial, p
                    print(f"{name}={getattr(cfg, name)} -> {best:.4f} {parts}", flush=True)
    print({n: getattr(cfg, n) for n in names})


if __name__ == "__main__":
    main()
