"""Proxy ranking benchmark: how often the top-k key figures appear in the reference summary.

The DEV gold has 30 figures; the 594 DEV summaries say which numbers editors kept. For each document
whose reference mentions at least one figure, precision@k = share of our first k figures (k = number
of reference figures, at most 3) whose value the reference states. Not part of the unit run.

    python3 bench/fit/figures_proxy.py [key=value ...]   # FiguresConfig overrides, e.g. lead_sentences=2
"""

from __future__ import annotations

import json
import sys
from dataclasses import fields, replace
from pathlib import Path

import articlekit  # noqa: F401
from articlekit.config import FiguresConfig
from articlekit.figures import find_key_figures, text_language
from articlekit.figures.filter import blocked_spans, non_figure_reason
from articlekit.figures.numbers import find_quantities
from articlekit.summary.sentences import sentence_spans

_SUMMARIES = Path(__file__).resolve().parents[3] / "shared" / "data" / "summarization"  # beside the repository
DATA = [str(_SUMMARIES / "bbc.jsonl"), str(_SUMMARIES / "cnndm.jsonl")]


def ref_values(ref: str) -> set[float]:
    blocked = blocked_spans(ref)
    return {round(q.value, 6) for q in find_quantities(ref) if non_figure_reason(q, ref, blocked) is None}


def evaluate(config: FiguresConfig, verbose: bool = False) -> dict[str, float]:
    out: dict[str, float] = {}
    for path in DATA:
        name = "cnndm" if "cnndm" in path else "bbc"
        hits = total = docs = 0
        base_hits = 0
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("lowercased_source"):
                    continue
                refs = ref_values("\n".join(rec["reference"]))
                if not refs:
                    continue
                lang = text_language(rec["text"], None)
                figs = find_key_figures(rec["text"], sentences=sentence_spans(rec["text"], language=lang),
                                        language=lang, title=None, limit=None, config=config)
                k = min(3, len(refs))
                top = [round(f.value, 6) for f in figs[:k]]
                hits += sum(v in refs for v in top)
                in_order = sorted(figs, key=lambda f: f.start)[:k]
                base_hits += sum(round(f.value, 6) in refs for f in in_order)
                total += k
                docs += 1
        out[name] = hits / total if total else 0.0
        out[name + "_doc_order"] = base_hits / total if total else 0.0
        out[name + "_docs"] = docs
    return out


def main() -> None:
    overrides = {}
    types = {f.name: f.type for f in fields(FiguresConfig)}
    for arg in sys.argv[1:]:
        key, val = arg.split("=")
        overrides[key] = int(val) if types[key] in ("int", int) else float(val)
    print(evaluate(replace(FiguresConfig(), **overrides)))


if __name__ == "__main__":
    main()
