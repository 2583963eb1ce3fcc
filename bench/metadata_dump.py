#!/usr/bin/env python3
"""Dump articlekit's metadata for every DEV extraction page, one JSON line per page, and time it.

Used to check that a speed change leaves every metadata field unchanged: make a dump before the
change, one after, and compare them with ``cmp``. Prints the CPU time of ``extract_metadata`` alone
(pages parsed beforehand; one cold pass).

    python3 bench/metadata_dump.py /tmp/meta_before.jsonl [--data ../shared/data/extraction]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SETS = ("scrapinghub", "trafilatura", "readability", "htmldate")


def _row(page_id: str, meta: Any) -> str:
    from articlekit.model import iso

    fields: dict[str, Any] = {}
    for name in meta.__dataclass_fields__:
        value = getattr(meta, name)
        if name.startswith("date"):
            value = iso(value)
        elif name == "provenance":
            value = dict(value)
        elif isinstance(value, tuple):
            value = list(value)
        fields[name] = value
    return json.dumps({"id": page_id, **fields}, ensure_ascii=False, sort_keys=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data" / "extraction")
    parser.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared" / "eval")
    args = parser.parse_args()
    sys.path.insert(0, str(args.eval))
    import extract_eval as ev

    from articlekit.config import DEFAULT
    from articlekit.html.parse import parse_html
    from articlekit.metadata import extract_metadata

    pages = []
    for name in SETS:
        set_dir = str(args.data / name)
        for case in ev.load_cases(set_dir):
            html = ev.read_html(set_dir, case["html_path"])[1]
            pages.append((f"{name}/{case['id']}", parse_html(html), case.get("url")))
    extract_metadata(pages[0][1], url=pages[0][2], now=None, config=DEFAULT.metadata)  # imports, untimed
    rows, cpu = [], 0.0
    for page_id, root, url in pages:
        start = time.process_time()
        meta = extract_metadata(root, url=url, now=None, config=DEFAULT.metadata)
        cpu += time.process_time() - start
        rows.append(_row(page_id, meta))
    args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(pages)} pages, metadata {1000 * cpu / len(pages):.2f} ms/page CPU (cold single pass)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
