"""The extraction quality gate: fails (exit 1) when a pinned figure drops below its floor.

    python3 bench/eval/gate.py            # CI: score the committed sample, compare with the floors
    python3 bench/eval/gate.py --update   # raise the floors to today's figures (never lowers one)

The sample is committed in ``bench/gate/`` (``cases.jsonl`` + ``html/*.html.gz``, built once by
``gate_sample.py``): WCXB pages of all seven page types and scrapinghub articles. The floors file
``bench/gate/floors.json`` pins

* ``body.<page type>``: the mean word F1 of the body (WCXB's metric: bag of lower-cased ``\\w+`` words);
* ``page_type``: the share of pages whose page type is right;
* ``title``: exact match after normalisation (site name before/after a separator tolerated);
* ``author``: the same set of names; ``date``: the same calendar day (pages with such gold only);

and the SHA-256 digest of the sample: when the data changes, the gate fails until the floors are
pinned again on purpose. Runs in one process, in well under a minute on one core.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
GATE = HERE.parents[1] / "gate"
_WORD = re.compile(r"\w+")
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|:|·|»|/)\s+")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\||/|\band\b|\bund\b|\bet\b|\by\b)\s*", re.I)
_BY = re.compile(r"^(?:written by|by|von|par|por)\s+", re.I)
TOLERANCE = 1e-9


def digest(folder: Path) -> str:
    """SHA-256 over the sample: ``cases.jsonl`` and every page file, in name order."""
    h = hashlib.sha256()
    h.update((folder / "cases.jsonl").read_bytes())
    for path in sorted((folder / "html").iterdir()):
        h.update(path.name.encode("utf-8"))
        h.update(path.read_bytes())
    return h.hexdigest()


def word_f1(gold: str, pred: str) -> float:
    """WCXB's body metric for one page."""
    g, p = Counter(_WORD.findall(gold.lower())), Counter(_WORD.findall(pred.lower()))
    if not g:
        return 1.0 if not p else 0.0
    overlap = sum((g & p).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split()).strip(" .,:;!?|-–—\"'")


def title_ok(gold: str, pred: str | None) -> bool:
    """Same title, or the same once a site name before or after a separator is dropped."""
    if not pred:
        return False
    g = _norm(gold)
    parts = _SEPARATORS.split(pred)
    variants = {_norm(pred), _norm(" - ".join(parts[1:])), _norm(" - ".join(parts[:-1]))}
    return g in variants


def _names(value: str) -> set[str]:
    names = set()
    for part in _NAME_SPLIT.split(_BY.sub("", value.strip())):
        words = _WORD.findall(part.casefold())
        if words:
            names.add(" ".join(words))
    return names


def author_ok(gold: str, pred: list[str]) -> bool:
    """The same set of names."""
    return _names(gold) == _names("; ".join(pred))


def date_ok(gold: str, pred: str | None) -> bool:
    """The same calendar day."""
    return bool(pred) and gold[:10] == (pred or "")[:10]


def measure(folder: Path) -> dict[str, float]:
    """Every gated figure on the sample in ``folder``."""
    from articlekit import extract

    by_type: dict[str, list[float]] = {}
    hits: dict[str, list[bool]] = {"page_type": [], "title": [], "author": [], "date": []}
    for line in (folder / "cases.jsonl").read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        case: dict[str, Any] = json.loads(line)
        html = gzip.decompress((folder / "html" / f"{case['id']}.html.gz").read_bytes())
        article = extract(html, url=case.get("url"), summarize=False)
        by_type.setdefault(case["page_type"], []).append(word_f1(case["body"], article.text))
        if case["set"] != "scrapinghub":
            hits["page_type"].append(article.page_type == case["page_type"])
        if case.get("title"):
            hits["title"].append(title_ok(case["title"], article.title))
        if case.get("author"):
            hits["author"].append(author_ok(case["author"], list(article.authors)))
        if case.get("date"):
            hits["date"].append(date_ok(case["date"], article.date_published and
                                        article.date_published.isoformat()))
    out = {f"body.{k}": sum(v) / len(v) for k, v in sorted(by_type.items())}
    out.update({k: sum(v) / len(v) for k, v in hits.items() if v})
    return out


def check(measured: dict[str, float], floors: dict[str, float]) -> list[str]:
    """The floors not met: one line each ("body.forum 0.612 < floor 0.650"); a figure not measured fails."""
    failures = []
    for name, floor in sorted(floors.items()):
        value = measured.get(name)
        if value is None:
            failures.append(f"{name} not measured (floor {floor:.3f})")
        elif value < floor - TOLERANCE:
            failures.append(f"{name} {value:.3f} < floor {floor:.3f}")
    return failures


def raised(floors: dict[str, float], measured: dict[str, float]) -> dict[str, float]:
    """Floors raised to the measured figures (rounded down to 3 decimals); a floor never goes down."""
    out = dict(floors)
    for name, value in measured.items():
        out[name] = max(floors.get(name, 0.0), int(value * 1000) / 1000)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", default=str(GATE), help="folder with cases.jsonl, html/ and floors.json")
    ap.add_argument("--update", action="store_true", help="raise the floors to the measured figures")
    args = ap.parse_args()
    folder = Path(args.sample)
    floors_path = folder / "floors.json"
    pinned: dict[str, Any] = json.loads(floors_path.read_text(encoding="utf-8")) if floors_path.exists() else {}
    found = digest(folder)
    if not args.update and pinned.get("digest") != found:
        print(f"gate: the sample's digest {found} differs from the pinned {pinned.get('digest')}", file=sys.stderr)
        return 1
    measured = measure(folder)
    floors: dict[str, float] = pinned.get("floors", {})
    for name, value in measured.items():
        print(f"{name:22} {value:.3f}   floor {floors.get(name, float('nan')):.3f}")
    if args.update:
        if pinned.get("digest") not in (None, found):
            print("gate: new sample: floors start from today's figures", file=sys.stderr)
            floors = {}
        pinned = {"digest": found, "floors": raised(floors, measured)}
        floors_path.write_text(json.dumps(pinned, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        return 0
    failures = check(measured, floors)
    for f in failures:
        print("gate: FAIL " + f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
