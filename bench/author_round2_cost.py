"""CPU cost of the round-2 author rules, A/B interleaved on the same pages (noise-robust on a shared
machine): "new" runs the code as it is; "old" swaps in the round-1 fallback chain (CJK byline, then
DOMAIN_OWNER; no COPYRIGHT_OWNER) and turns BOXED_AUTHOR off.

    python bench/author_round2_cost.py /work/shared/data/extraction/trafilatura [rounds]
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any

import articlekit
import articlekit.metadata as metadata_pkg
from articlekit.metadata import bylines, owner
from articlekit.metadata.authors import cjk_candidates


def _pages(set_dir: Path) -> list[tuple[str, str | None]]:
    out = []
    for line in (set_dir / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        raw = (set_dir / case["html_path"]).read_bytes()
        if case["html_path"].endswith(".gz"):
            raw = gzip.decompress(raw)
        out.append((raw.decode("utf-8", "replace"), case.get("url")))
    return out


def _old_fallback(root: Any, meta: Any, url: str | None, *, config: Any) -> Any:
    return cjk_candidates(root) or owner.domain_owner(root, meta, url, config=config)


def _run(pages: list[tuple[str, str | None]]) -> float:
    start = time.process_time()
    for html, url in pages:
        articlekit.extract(html, url=url, summarize=False)
    return time.process_time() - start


def main() -> None:
    pages = _pages(Path(sys.argv[1]))
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    new_fallback, new_box = metadata_pkg.page_fallback_candidates, bylines._in_other_box
    totals = {"old": 0.0, "new": 0.0}
    for i in range(rounds):
        for name in ("old", "new") if i % 2 == 0 else ("new", "old"):  # ABBA: no order advantage
            old = name == "old"
            metadata_pkg.page_fallback_candidates = _old_fallback if old else new_fallback  # type: ignore[assignment]
            bylines._in_other_box = (lambda el: False) if old else new_box  # type: ignore[assignment]
            totals[name] += _run(pages)
    n = len(pages) * rounds
    for name, total in totals.items():
        sys.stdout.write(f"{name}: {1000 * total / n:.3f} ms/doc cpu ({n / total:.0f} docs/s)\n")


if __name__ == "__main__":
    main()
