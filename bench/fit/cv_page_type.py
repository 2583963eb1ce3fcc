"""Cross-validate the page-type model's settings on the fit half, with folds drawn by website.

    python3 bench/fit/cv_page_type.py --data ../shared/data/extraction \\
        --grid 3:20:20,1:5:5,1:5:1,1:3:1 [--draws 2] [--cache rows.pkl]

Each grid point is ``l2:min_sites:max_tokens`` (``fit_body.py``'s ``--l2-type``, ``--min-sites-type``,
``--max-tokens-type``; a negative ``max_tokens`` keeps no class word at all). For each draw the fit
half's websites are shuffled into five folds (``fit_body.site_folds``); the model is fitted on four and
scored on the pages of the fifth (``fit_body.held_out_probabilities``), so every page is judged by
weights that never saw its site, as on a new site; ``min_sites`` is scaled to the share of sites
trained on. Prints the held-out page-type accuracy of each point; the
best one is what ``fit_body.py``'s defaults hold (see docs/body.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import fit_body as fb  # a sibling script (bench/fit on sys.path when run as a script)


def held_out_accuracy(rows: list[dict[str, object]], l2: float, min_sites: int, max_tokens: int,
                      seed: int) -> tuple[int, int]:
    """(right, pages) over one draw of site folds."""
    probs = fb.held_out_probabilities(rows, l2, min_sites, max_tokens, fb.site_folds(rows, seed))
    right = sum(max(p, key=p.__getitem__) == r["type"] for p, r in zip(probs, rows, strict=True))
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


if __name__ == "__main__":
    main()
