"""Coordinate search of FiguresConfig ranking weights on the fit half (a fitting aid, not part of the unit run).

Objective, on the documents of the fit half only (split by document id, as
``bench/eval/summary_halves.py`` does): half strict@n on the hand-labelled key-figure gold, half the
proxy precision@k on BBC and CNN/DM DEV summaries (see ``figures_proxy.py``), so the small gold set
cannot decide alone. Features are computed once; only the weights change between trials. The check
half's strict@n is printed for the start and the end weights: read it, never tune on it.

    python3 bench/fit/figures_tune.py [--shared DIR] [--gold-share 0.5]

It prints the weights; copy them into ``FiguresConfig`` (``src/articlekit/config.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from articlekit.config import FiguresConfig
from articlekit.figures import described, rank, text_language
from articlekit.summary.sentences import sentence_spans

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
from figures_proxy import ref_values
from summary_halves import half_of

HERE = Path(__file__).resolve()


def _mentions(text: str, config: FiguresConfig) -> list[Any]:
    lang = text_language(text, None)
    spans = sentence_spans(text, language=lang)
    return described(text, sentences=spans, language=lang, title=None, config=config)


def load(shared: Path) -> dict[str, Any]:
    """Features of every gold document and every proxy document, by half."""
    sys.path.insert(0, str(shared / "eval"))
    import summ_eval

    base = FiguresConfig()
    recs: dict[str, dict[str, Any]] = {}
    proxy: dict[str, list[Any]] = {"fit": [], "check": []}
    for name in ("bbc", "cnndm"):
        with open(shared / "data" / "summarization" / f"{name}.jsonl", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                recs[rec["id"]] = rec
                refs = ref_values("\n".join(rec["reference"]))
                if refs and not rec.get("lowercased_source") and half_of(rec["id"]) == "fit":
                    proxy["fit"].append((rec["dataset"], refs, _mentions(rec["text"], base)))
    gold = summ_eval.load_jsonl([str(shared / "data" / "key_figures" / "gold.jsonl")])
    halves: dict[str, Any] = {}
    for half in ("fit", "check"):
        g = [x for x in gold if half_of(x["doc_id"]) == half]
        docs = [(d, _mentions(recs[d]["text"], base)) for d in sorted({x["doc_id"] for x in g})]
        halves[half] = (g, docs)
    return {"proxy": proxy["fit"], "gold": halves, "score_kf": summ_eval.score_kf}


def gold_score(cfg: FiguresConfig, data: dict[str, Any], half: str) -> float:
    gold, docs = data["gold"][half]
    preds = {d: [{"value": f.value, "counted": f.counted, "span": f.span} for f in rank(m, cfg)] for d, m in docs}
    return float(data["score_kf"](gold, preds)["strict_at_gold_n"]["recall"])


def objective(cfg: FiguresConfig, data: dict[str, Any]) -> tuple[float, dict[str, float]]:
    hits = {"bbc": [0, 0], "cnndm": [0, 0]}
    for ds, refs, mentions in data["proxy"]:
        k = min(3, len(refs))
        top = rank(mentions, cfg)[:k]
        hits[ds][0] += sum(round(f.value, 6) in refs for f in top)
        hits[ds][1] += k
    parts = {k: v[0] / max(1, v[1]) for k, v in hits.items()}
    parts["gold"] = gold_score(cfg, data, "fit")
    share = data["gold_share"]
    return (parts["bbc"] + parts["cnndm"]) * (1 - share) / 2 + parts["gold"] * share, parts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(HERE.parents[3] / "shared"))
    ap.add_argument("--gold-share", type=float, default=0.5, help="weight of the gold in the objective")
    args = ap.parse_args()
    data = load(Path(args.shared))
    data["gold_share"] = args.gold_share
    cfg = FiguresConfig()
    best, parts = objective(cfg, data)
    print("start", round(best, 4), parts, "check gold strict@n", round(gold_score(cfg, data, "check"), 3))
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
    print("end", round(best, 4), parts, "check gold strict@n", round(gold_score(cfg, data, "check"), 3))
    print({n: getattr(cfg, n) for n in names})


if __name__ == "__main__":
    main()
