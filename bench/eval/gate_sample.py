"""Build the quality gate's fixed sample (``bench/gate/``) from the development extraction sets.

    python3 bench/eval/gate_sample.py --data ../shared/data/extraction

Takes, per WCXB page type, the first pages in the order of the SHA-1 of their id (a fixed order that
no tool result influences), skipping pages whose gzipped HTML is over ``--max-kb``, plus scrapinghub
pages the same way; copies their ``.html.gz`` files to ``bench/gate/html/`` and their gold fields to
``bench/gate/cases.jsonl``. Run it again only to change the sample on purpose: the gate's floors file
records the sample's digest, and ``gate.py --update`` must then be run to pin it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve()
GATE = HERE.parents[1] / "gate"
PER_TYPE = {"article": 40, "service": 25, "forum": 25, "listing": 25, "product": 25, "collection": 25,
            "documentation": 25}
SCRAPINGHUB = 30
FIELDS = ("id", "set", "url", "page_type", "body", "title", "author", "date")


def _order(case: dict[str, str]) -> str:
    return hashlib.sha1(case["id"].encode("utf-8")).hexdigest()


def _cases(folder: Path) -> list[dict[str, str]]:
    text = (folder / "cases.jsonl").read_text(encoding="utf-8")
    return sorted((json.loads(line) for line in text.split("\n") if line.strip()), key=_order)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(HERE.parents[3] / "shared" / "data" / "extraction"))
    ap.add_argument("--max-kb", type=int, default=90)
    args = ap.parse_args()
    data = Path(args.data)
    picked: list[tuple[Path, dict[str, str]]] = []
    counts: dict[str, int] = {}
    for name in ("wcxb_article", "wcxb_other"):
        for case in _cases(data / name):
            kind = case.get("page_type", "")
            path = data / name / case["html_path"]
            if not case.get("body") or counts.get(kind, 0) >= PER_TYPE.get(kind, 0) or \
                    path.stat().st_size > args.max_kb * 1024:
                continue
            counts[kind] = counts.get(kind, 0) + 1
            picked.append((path, {**case, "set": name}))
    n = 0
    for case in _cases(data / "scrapinghub"):
        path = data / "scrapinghub" / case["html_path"]
        if n < SCRAPINGHUB and path.stat().st_size <= args.max_kb * 1024:
            n += 1
            picked.append((path, {**case, "set": "scrapinghub", "page_type": "article"}))
    html = GATE / "html"
    if html.exists():
        shutil.rmtree(html)
    html.mkdir(parents=True)
    lines = []
    for path, case in picked:
        shutil.copyfile(path, html / f"{case['id']}.html.gz")
        lines.append(json.dumps({k: case[k] for k in FIELDS if case.get(k) is not None}, ensure_ascii=False,
                                sort_keys=True))
    (GATE / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(picked)} pages: {counts}, scrapinghub {n}")


if __name__ == "__main__":
    main()
