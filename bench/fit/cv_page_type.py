"""Cross-validate the page-type model's settings on the fit half, with folds drawn by website.

    python3 bench/fit/cv_page_type.py --data ../shared/data/extraction \\
        --grid 3:20:20,1:5:5,1:5:1,1:3:1 [--draws 2] [--cache rows.pkl]

Each grid point is ``l2:min_sites:max_tokens`` (``fit_body.py``'s ``--l2-type``, ``--min-sites-type``,
``--max-tokens-type``; a negative ``max_tokens`` keeps no class word at all). For each draw the fit
half's websites are shuffled into five folds; the model is fitted on four and scored on the pages of
the fifth, so every page is judged by weights that never saw its site, as on a new site. ``min_sites``
is scaled to the share of sites trained on. Prints the held-out page-type accuracy of each point; the
best one is what ``fit_body.py``'s defaults hold (see docs/body.md).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import fit_body as fb  # a sibling script (bench/fit on sys.path when run as a script)

from articlekit.body.pagetype import PAGE_TYPES, PageTypeModel

FOLDS = 5


def held_out_accuracy(rows: list[dict[str, object]], l2: float, min_sites: int, max_tokens: int,
                      seed: int) -> tuple[int, int]:
    """(right, pages) over one draw of site folds."""
    sites = sorted({str(r["site"]) for r in rows})
    random.Random(seed).shuffle(sites)
    fold = {site: i % FOLDS for i, site in enumerate(sites)}
    right = 0
    for k in range(FOLDS):
        train = [r for r in rows if fold[str(r["site"])] != k]
        names = fb.common_names(train, "signals", max(1, round(min_sites * (FOLDS - 1) / FOLDS)),
                                max(max_tokens, 0))
        if max_tokens < 0:
            names = [n for n in names if not n.startswith(("tok=", "cls="))]
        model = PageTypeModel(list(PAGE_TYPES), fb.fit_page_type(train, names, l2))
        for r in rows:
            if fold[str(r["site"])] == k:
                probs = model.probabilities(r["signals"])  # type: ignore[arg-type]
                right += PAGE_TYPES[max(range(len(probs)), key=probs.__getitem__)] == r["type"]
    return right, len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(fb.HERE.parents[3] / "shared" / "data" / "extraction"))
    ap.add_argument("--half", default="fit")
    ap.add_argument("--grid", default="3:20:20,1:5:5,1:5:1,1:3:1")
    ap.add_argument("--draws", type=int, default=2)
    ap.add_argument("--cache", default=None, help="pickle of the collected rows (as fit_body.py's)")
    args = ap.parse_args()
    rows = fb.collect(Path(args.data), args.half, Path(args.cache) if args.cache else None)
    for point in args.grid.split(","):
        l2, sites, tokens = point.split(":")
        scores = [held_out_accuracy(rows, float(l2), int(sites), int(tokens), seed)
                  for seed in range(1, args.draws + 1)]
        right, total = sum(s[0] for s in scores), sum(s[1] for s in scores)
        print(f"l2 {l2} min_sites {sites} max_tokens {tokens}: held-out accuracy {right / total:.4f}",
              flush=True)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
