#!/usr/bin/env python3
"""How much each kind of brief cut is worth on its own (CNN/DM DEV, 3 bullets, ROUGE-1).

    python3 bench/summary_cut_evidence.py [--data ../shared/data/summarization]

For the 3 bullets the pipeline picks (shortening off), every form of ``clauses.clause_forms`` with
one clause deleted (leading clauses included) replaces its bullet alone; the ROUGE-1 change of the
article is grouped by the kind of cut (leading clause; trailing clause by its first word, after a
comma or bare; aside) and reported for all articles and for the even / odd halves. Then the share
of the words of leading clauses (first six candidates) found in the highlights, against the rest
of those sentences. Round 5 of docs/summary.md quotes this output.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from rouge_score import rouge_scorer

import articlekit.summary as summary
from articlekit.config import SummaryConfig
from articlekit.summary import brief, clauses

SCORER = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)


def rouge1(reference: list[str], bullets: list[str]) -> float:
    return 100 * SCORER.score("\n".join(reference), "\n".join(bullets))["rouge1"].fmeasure


def kind(full: str, form: str) -> str:
    """The kind of the cut that turns ``full`` into ``form``."""
    head, part = full.rstrip(".!?"), form.rstrip(".!?")
    if head.startswith(part):
        rest = head[len(part) :]
        where = "comma" if rest.lstrip()[:1] in ",;-–—" else "bare"
        return f"trailing ({where}) {rest.lstrip(',;:-–— ').split()[0].lower()}"
    if head.lower().endswith(part[1:].lower()):
        return "leading clause"
    return "aside / two cuts"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data/summarization")
    args = ap.parse_args()
    recs = [json.loads(line) for line in (args.data / "cnndm.jsonl").open(encoding="utf-8") if line.strip()]
    config = SummaryConfig()
    plain = replace(config, brief_shorten=False)
    gains: dict[str, list[tuple[float, int]]] = defaultdict(list)
    hits = {"leading clause": [0, 0], "rest of its sentence": [0, 0]}
    for i, r in enumerate(recs):
        full = summary.summarize_text(r["text"], bullets=3, title=None, config=plain)
        base = rouge1(r["reference"], full)
        for k, bullet in enumerate(full):
            for form in clauses.clause_forms(bullet, min_words=config.brief_min_words, leading=True):
                if form != bullet:
                    gain = rouge1(r["reference"], [*full[:k], form, *full[k + 1 :]]) - base
                    gains[kind(bullet, form)].append((gain, i))
        ref = Counter(brief._key(t) for t in brief._tokens(" ".join(r["reference"])))
        for cand in summary.candidates(r["text"], config)[:6]:
            lead = clauses._lead_end(cand.sentence)
            if lead:
                parts = (("leading clause", cand.sentence[:lead]), ("rest of its sentence", cand.sentence[lead:]))
                for name, part in parts:
                    tokens = brief._tokens(part)
                    hits[name][0] += sum(1 for t in tokens if ref[brief._key(t)] > 0)
                    hits[name][1] += len(tokens)

    def mean(xs: list[float]) -> str:
        return f"{statistics.mean(xs):+.2f} ({len(xs)})" if xs else "-"

    print("cut kind                      n   mean    even         odd          positive")
    for name, rows in sorted(gains.items(), key=lambda kv: -len(kv[1])):
        if len(rows) < 4:
            continue
        even = [g for g, i in rows if i % 2 == 0]
        odd = [g for g, i in rows if i % 2]
        print(f"{name:26s} {len(rows):4d} {statistics.mean(g for g, _ in rows):+6.2f}  {mean(even):12s} "
              f"{mean(odd):12s} {sum(g > 0 for g, _ in rows)}")
    for name, (hit, total) in hits.items():
        print(f"words of the {name} in the highlights: {hit / max(1, total):.2f} of {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
