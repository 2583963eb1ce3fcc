"""Per-document view of key figures vs the DEV gold (not part of the unit run).

    python3 bench/eval/figures_gold_report.py [--all] [--half fit|check] [--shared DIR]

``--half`` keeps the documents of one half (split by document id, as ``summary_halves.py`` does);
tune on ``fit``, read ``check`` only as evidence.
"""

from __future__ import annotations

import sys
from pathlib import Path

import articlekit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary_halves import half_of

# the harnesses and data beside the repository, or where --shared points
SHARED = Path(sys.argv[sys.argv.index("--shared") + 1]) if "--shared" in sys.argv else \
    Path(__file__).resolve().parents[3] / "shared"
GOLD = str(SHARED / "data" / "key_figures" / "gold.jsonl")
DATA = str(SHARED / "data" / "summarization")


def main() -> None:
    sys.path.insert(0, str(SHARED / "eval"))
    import summ_eval

    half = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else None
    gold = [g for g in summ_eval.load_jsonl([GOLD]) if half is None or half_of(g["doc_id"]) == half]
    recs = {r["id"]: r for r in summ_eval.load_jsonl([DATA])}
    by_doc: dict[str, list[dict[str, object]]] = {}
    for g in gold:
        by_doc.setdefault(g["doc_id"], []).append(g)
    for doc, gs in by_doc.items():
        figs = articlekit.key_figures(recs[doc]["text"])
        print(f"== {doc}")
        for g in gs:
            print(f"   GOLD {g['value']:>14} {g['counted']!r}")
        shown = figs if "--all" in sys.argv else figs[: len(gs) + 3]
        for i, f in enumerate(shown):
            p = {"value": f.value, "counted": f.counted, "span": f.span}
            hit = any(summ_eval.same_value(g["value"], f.value) and summ_eval._thing_match(g, p) for g in gs)
            val = any(summ_eval.same_value(g["value"], f.value) for g in gs)
            mark = "OK " if hit else ("val" if val else "   ")
            cut = "|" if i < len(gs) else " "
            print(f" {cut}{mark} {f.score:6.2f} {f.text!r:16} {f.kind:8} c={f.counted!r} span={f.span!r}")


if __name__ == "__main__":
    main()
