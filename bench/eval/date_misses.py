#!/usr/bin/env python3
"""Every date miss of one half of a DEV set, classified by kind, with the candidates each source gave.

    D=../shared/data/extraction
    python3 bench/eval/date_misses.py $D/wcxb_article --half fit [--details /tmp/date_misses.jsonl]

Kinds, first match wins: the gold is not a valid date; the gold day is written nowhere in the page
source (no ISO or numeric form, no English month name: on pages in other languages this kind may
hold dates written in words); the gold is the page's update day (a modification
candidate gives it); the prediction is one day off the gold (time zone, local against UTC day); the
visible date was chosen over a declared candidate that gives the gold; another candidate won over one
that gives the gold; no date found; the gold is in the page but no source read it.

The last line scores the pages whose gold this project's date contract rules out apart: the gold is a
day the page gives as a modification (a modification candidate: JSON-LD ``dateModified``,
``article:modified_time``, an update-labelled date …) while the page declares another publication day
(JSON-LD, OpenGraph, meta or microdata). ``date_published`` is never a page's update day when the
page states when it was published, so those golds are no target; hits and misses among them are both
set aside. ``--details``
writes one JSON line per miss (gold, prediction, provenance, every publication and modification
candidate). The harness is imported from
``$EXTRACT_EVAL_DIR`` when set, else from the shared evaluation directory beside the repository.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import gzip
import json
import os
import re
import sys
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("EXTRACT_EVAL_DIR") or os.path.join(HERE, "..", "..", "..", "shared", "eval"))

import extract_eval as ev  # noqa: E402

import articlekit.metadata.dates as dates_pkg  # noqa: E402
from articlekit.config import MetadataConfig  # noqa: E402
from articlekit.html.encoding import decode_html  # noqa: E402
from articlekit.html.parse import parse_html  # noqa: E402
from articlekit.metadata import extract_metadata  # noqa: E402
from articlekit.model import iso  # noqa: E402

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_SEEN: dict[str, list[tuple[str, str]]] = {}
_DECLARED = ("json-ld", "opengraph", "meta", "microdata")


def _record(name: str, func: Any) -> Any:
    """Wrap a candidate finder of the dates package so that its candidates are kept for the report."""
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        out = func(*args, **kwargs)
        _SEEN.setdefault(name, []).extend((c.source, str(c.value)) for c in out)
        return out
    return wrapped


dates_pkg.published_candidates = _record("published", dates_pkg.published_candidates)  # type: ignore[assignment]
dates_pkg.modified_candidates = _record("modified", dates_pkg.modified_candidates)  # type: ignore[assignment]


def _day_patterns(day: dt.date) -> list[re.Pattern[str]]:
    y, m, d = day.year, day.month, day.day
    name, short = _MONTHS[m - 1], _MONTHS[m - 1][:3]
    forms = [f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}/{m:02d}/{y}",
             f"{m}/{d}/{y}", f"{d}\\.{m}\\.{y}", f"{d:02d}\\.{m:02d}\\.{y}", f"{y}{m:02d}{d:02d}",
             f"{m:02d}/{d:02d}/{y % 100:02d}", rf"{name}\.?\s+{d}(?:st|nd|rd|th)?,?\s+{y}",
             rf"{short}\.?\s+{d}(?:st|nd|rd|th)?,?\s+{y}", rf"{d}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{short}\w*\.?,?\s+{y}"]
    return [re.compile(f, re.I) for f in forms]


def _kind(gold: str, pred: str | None, prov: str | None, html: str) -> str:
    try:
        day = dt.date.fromisoformat(gold)
    except ValueError:
        return "gold is not a date"
    published = [s for s, v in _SEEN.get("published", []) if v[:10] == gold]
    if not any(p.search(html) for p in _day_patterns(day)):
        return "gold not in page"
    if any(v[:10] == gold for _, v in _SEEN.get("modified", [])):
        return "gold = update date"
    if pred and abs((dt.date.fromisoformat(pred) - day).days) == 1:
        return "one day off (time zone)"
    if published and prov == "text":
        return "visible date chosen over " + ",".join(sorted(set(published)))
    if published:
        return f"{prov} chosen over " + ",".join(sorted(set(published)))
    return "no date found (gold in page)" if pred is None else "gold in page, no source read it"


def _update_day_gold(gold: str) -> bool:
    """Whether the gold is a modification day of a page that declares another publication day."""
    declared = {v[:10] for src, v in _SEEN.get("published", []) if src in _DECLARED}  # not "meta:weak"
    modified = {v[:10] for _, v in _SEEN.get("modified", [])}
    return bool(declared) and gold in modified and gold not in declared


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("set_dir")
    ap.add_argument("--half", choices=("fit", "check"), default=None)
    ap.add_argument("--details", default=os.devnull)
    args = ap.parse_args()
    kinds: dict[str, list[str]] = collections.defaultdict(list)
    scored = 0
    update_gold: list[tuple[str, bool]] = []  # (page id, hit) for the golds _update_day_gold sets apart
    with open(args.details, "w", encoding="utf-8") as details:
        for case in ev.load_cases(args.set_dir, half=args.half):
            gold = ev.day_of(case.get("date") or "")
            if not gold:
                continue
            scored += 1
            with open(os.path.join(args.set_dir, case["html_path"]), "rb") as f:
                raw = f.read()
            if case["html_path"].endswith(".gz"):
                raw = gzip.decompress(raw)
            _SEEN.clear()
            meta = extract_metadata(parse_html(decode_html(raw)), url=case.get("url"), now=None,
                                    config=MetadataConfig())
            pred = ev.day_of(iso(meta.date_published))
            if _update_day_gold(gold):
                update_gold.append((case["id"], pred == gold))
            if pred == gold:
                continue
            prov = meta.provenance.get("date_published")
            kind = _kind(gold, pred, prov, raw.decode("utf-8", "replace"))
            kinds[kind].append(case["id"])
            details.write(json.dumps({"id": case["id"], "kind": kind, "gold": gold, "pred": pred, "prov": prov,
                                      "modified": iso(meta.date_modified), "candidates": _SEEN},
                                     ensure_ascii=False) + "\n")
    misses = sum(len(v) for v in kinds.values())
    print(f"{misses} misses of {scored} dated pages (accuracy {1 - misses / max(1, scored):.3f})")
    for kind, ids in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(ids):4d}  {kind}: {' '.join(ids)}")
    hits = sum(hit for _, hit in update_gold)
    rest = scored - len(update_gold)
    print(f"gold on the page's modification day while it declares another publication day: {len(update_gold)} "
          f"pages ({hits} hits): {' '.join(i for i, _ in update_gold)}")
    print(f"accuracy without them: {scored - misses - hits} / {rest} = {(scored - misses - hits) / max(1, rest):.3f}")


if __name__ == "__main__":
    main()
