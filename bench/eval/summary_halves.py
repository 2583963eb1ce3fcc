"""Summary and key-figure scores on the fit and check halves of the DEV data (not part of the unit run).

The summarization records and the key-figure gold are split by document id with the hash rule of
``half_of`` in the extraction harness (first byte of sha1(id) even: fit, odd: check). Each half is
written as JSONL next to ``--out`` and scored by the shared ``summ_eval.py`` in one run per set:
CNN/DM with k = 3, BBC with k = the reference length, methods lead3 and articlekit; key figures
against the gold of the same half.

    python3 bench/eval/summary_halves.py --half fit --out /tmp/halves
    python3 bench/eval/summary_halves.py --half check --out /tmp/halves
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"


def half_of(doc_id: str) -> str:
    """'fit' or 'check', the extraction harness's rule applied to a document id."""
    return "fit" if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def _write(records: list[dict[str, object]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("fit", "check"), required=True)
    ap.add_argument("--out", default="/tmp/halves")
    ap.add_argument("--eval", default=str(SHARED / "eval"))
    ap.add_argument("--data", default=str(SHARED / "data"))
    ap.add_argument("--methods", default="lead3,articlekit")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.eval).resolve()))
    import summ_eval

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    data = Path(args.data)
    report: dict[str, object] = {"half": args.half}
    methods = args.methods.split(",")
    for name, k in (("cnndm", "3"), ("bbc", "ref")):
        recs = [r for r in summ_eval.load_jsonl([str(data / "summarization" / f"{name}.jsonl")])
                if half_of(r["id"]) == args.half]
        _write(recs, out / f"{name}.{args.half}.jsonl")
        print(f"== {name} ({args.half}, {len(recs)} docs, k={k})", file=sys.stderr)
        report[name] = summ_eval.run_summ(recs, methods, k)
    gold = [g for g in summ_eval.load_jsonl([str(data / "key_figures" / "gold.jsonl")])
            if half_of(g["doc_id"]) == args.half]
    recs = summ_eval.load_jsonl([str(data / "summarization")])
    with contextlib.redirect_stdout(io.StringIO()):
        kf = summ_eval.run_kf(gold, recs, ["articlekit"])
    res = kf["articlekit"]
    report["figures"] = res
    print(f"== key figures ({args.half}, {len(gold)} gold): strict@n "
          f"{res['strict_at_gold_n']['recall']:.3f}  lenient recall {res['lenient']['recall']:.3f}",
          file=sys.stderr)
    (out / f"report.{args.half}.json").write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
