"""Fit the body model (page type + block weights) on the fit half and write ``data/body_model.json``.

    python3 bench/fit/fit_body.py --data ../shared/data/extraction --write

Rows come from the pages of ``wcxb_article``, ``wcxb_other`` and ``scrapinghub`` whose website falls in
the ``fit`` half (the evaluation harness's split by host). For each page the body analysis runs with
every unit described (``articlekit.body.analyse(all_units=True)``):

* page type: the gold ``page_type`` (scrapinghub pages are articles) against the page signals, a
  one-against-the-rest logistic regression per type with L2, by Newton steps (`bench/fit/logistic.py`);
* blocks: a unit is content when most of its word trigrams (its whole word sequence when shorter)
  occur in the gold body; one logistic regression per page type (listings and collections: fitted
  on listing, collection and service pages together, see ``TRAINED_ON``), each page weighing the
  same and each unit within a page by its words (the body metric counts words). The threshold of
  each type is the one that maximises the mean word F1 of its fit pages;
* the fragment test (``body.typed.fragment_type``): the largest article probability of a tested page
  and the word ratio below which the rules' container gives way to the block model, the pair of
  ``FRAGMENT_GRID`` with the best mean word F1 over all fit pages, each page routed by page-type
  probabilities fitted without its website (the shipped model is far more confident on the pages it
  was fitted on than on new sites).

The page-type settings (``--l2-type``, ``--min-sites-type``, ``--max-tokens-type``) are the defaults
chosen by cross-validation on the fit half with folds of websites (see docs/body.md).

Only names seen on at least ``--min-sites`` websites become features (class words, URL words,
declared types), so that no site's own class names are learned. The output is written with rounded
weights and sorted keys, so the same code and data give the same file bit for bit: BLAS runs on one
thread, sums over a unit's features are exact (``math.fsum``: their order follows string hashing), and
a ``--cache`` of the collected rows is reused only when the package's code and data and the cases are
the ones it was made from. The rows depend on every stage before the body (metadata gives the
``authors``/``dated``/``title`` signals), so a change anywhere there calls for a new fit.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import os
import pickle
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

# One BLAS thread: a multi-threaded matrix product may add its partial sums in another order from
# run to run (or machine load), and the last bits of a weight could round the other way.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import numpy as np  # noqa: E402  (after the thread settings, which BLAS reads when it loads)
from logistic import fit_logistic  # noqa: E402

import articlekit  # noqa: E402
from articlekit.body import analyse  # noqa: E402
from articlekit.body.pagetype import PAGE_TYPES, PageTypeModel  # noqa: E402
from articlekit.body.typed import MODEL_MIN_CONFIDENCE, MODEL_TYPES, NO_FRAGMENT_TEST  # noqa: E402
from articlekit.config import DEFAULT  # noqa: E402
from articlekit.html.encoding import decode_html  # noqa: E402
from articlekit.html.parse import parse_html  # noqa: E402
from articlekit.metadata import extract_metadata  # noqa: E402

HERE = Path(__file__).resolve()
OUT = HERE.parents[2] / "src" / "articlekit" / "data" / "body_model.json"
SETS = ("wcxb_article", "wcxb_other", "scrapinghub")
_WORD = re.compile(r"\w+")
_DIGITS = 5  # decimals kept in the weight file
# The pages a type's block weights are fitted on: listings and collections are pages of many alike
# sections, like service pages; with ~45 fit pages each, fitting them on the three types together
# generalises better (their own threshold is still chosen on their own pages).
TRAINED_ON = {"listing": ("listing", "collection", "service"), "collection": ("listing", "collection", "service")}
# (largest article probability, word ratio) pairs tried for the fragment test, cheapest first (a tie
# keeps the earlier one). Testing a page costs about half an extraction (every unit is described), so
# pages more than 0.9 sure to be articles are never tested: the wcxb_article pages stay fast.
FRAGMENT_GRID = tuple((a, r) for a in (0.6, 0.7, 0.8, 0.9) for r in (0.1, 0.2, 0.3))
MAX_UNITS = 400  # units per page fitted (every k-th of a longer page): keeps the design matrix small
FOLDS = 5  # folds of websites for the held-out page-type probabilities the fragment test is fitted on


def site_of(case: dict[str, str]) -> str:
    """The case's website: the URL host without 'www.' (the case id without URL), as the harness splits."""
    try:
        host = (urlsplit(case.get("url") or "").hostname or "").lower()
    except ValueError:
        host = ""
    return (host[4:] if host.startswith("www.") else host) or case["id"]


def half_of(case: dict[str, str]) -> str:
    """'fit' or 'check', the evaluation harness's split rule."""
    return "fit" if hashlib.sha1(site_of(case).encode("utf-8")).digest()[0] % 2 == 0 else "check"


def load_cases(data: Path, half: str, sets: tuple[str, ...] = SETS) -> list[tuple[str, dict[str, str], Path]]:
    """(set name, case, page path) of the half's pages with a gold body."""
    out = []
    for name in sets:
        folder = data / name
        for line in (folder / "cases.jsonl").read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            case = json.loads(line)
            if case.get("body") and half_of(case) == half:
                out.append((name, case, folder / case["html_path"]))
    return out


def read_page(path: Path) -> str:
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return decode_html(raw)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def label(unit_words: list[str], gold_tri: set[tuple[str, ...]], gold_line: str) -> int:
    """1 when most of the unit's word trigrams occur in the gold body (short units: its word sequence)."""
    if not unit_words:
        return 0
    if len(unit_words) < 3:
        return int(f" {' '.join(unit_words)} " in gold_line)
    tri = [tuple(unit_words[i:i + 3]) for i in range(len(unit_words) - 2)]
    return int(sum(t in gold_tri for t in tri) >= 0.5 * len(tri))


def page_rows(name: str, case: dict[str, str], path: Path) -> dict[str, object]:
    """The page's signals, gold type and its units' (features, label, words)."""
    html = read_page(path)
    root = parse_html(html)
    meta = extract_metadata(root, url=case.get("url"), now=None, config=DEFAULT.metadata)
    kind = case.get("page_type") or "article"
    result = analyse(root, metadata=meta, config=DEFAULT.body, page_type=kind, all_units=True)
    gold = words(case["body"])
    gold_tri = {tuple(gold[i:i + 3]) for i in range(len(gold) - 2)}
    gold_line = f" {' '.join(gold)} "
    units = []
    for u in result.units or []:
        w = words(u.text)
        units.append((dict(u.features), label(w, gold_tri, gold_line), w))
    rules = [w for b in result.body.blocks for w in words(b.text)]
    return {"set": name, "id": case["id"], "site": site_of(case), "type": kind, "signals": result.signals,
            "units": units, "gold": gold, "rules": rules}


def fingerprint(data: Path, half: str) -> str:
    """A digest of what the rows depend on: the package's code and data (the model file aside: the rows
    are made without it), the cases and the half. A cache made by other code is never reused."""
    h = hashlib.sha256(half.encode("utf-8"))
    package = Path(articlekit.__file__).resolve().parent
    files = [p for p in package.rglob("*") if p.is_file() and p.suffix in (".py", ".txt", ".json")
             and p.name != OUT.name and "__pycache__" not in p.parts]
    for p in sorted(files) + [data / name / "cases.jsonl" for name in SETS]:
        h.update(str(p.relative_to(p.parents[1] if p.name == "cases.jsonl" else package)).encode("utf-8"))
        h.update(p.read_bytes())
    return h.hexdigest()


def collect(data: Path, half: str, cache: Path | None) -> list[dict[str, object]]:
    """The rows of the half's pages; ``cache`` keeps them for re-fitting while the code is unchanged."""
    key = fingerprint(data, half) if cache is not None else ""
    if cache is not None and cache.exists():
        stored_key, stored = pickle.loads(cache.read_bytes())
        if stored_key == key:
            rows: list[dict[str, object]] = stored
            return rows
        print("  cache made by other code or data: collecting again", file=sys.stderr)
    rows = []
    for i, (name, case, path) in enumerate(load_cases(data, half)):
        rows.append(page_rows(name, case, path))
        if i % 100 == 0:
            print(f"  {i} pages", file=sys.stderr)
    if cache is not None:
        cache.write_bytes(pickle.dumps((key, rows)))
    return rows


def common_names(rows: list[dict[str, object]], key: str, min_sites: int, max_tokens: int = 0) -> list[str]:
    """Feature names seen on at least ``min_sites`` websites; of the class words (``tok=``, ``cls=``) only
    the ``max_tokens`` seen on most sites (0: all; negative: none)."""
    sites: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        names = set(r["signals"]) if key == "signals" else {  # type: ignore[call-overload]
            n for f, _, _ in r["units"] for n in f}  # type: ignore[attr-defined]
        for n in names:
            sites[n].add(r["site"])  # type: ignore[arg-type]
    names = [n for n, s in sites.items() if len(s) >= min_sites]
    if max_tokens < 0:
        return sorted(n for n in names if not n.startswith(("tok=", "cls=")))
    if max_tokens:
        tokens = sorted((n for n in names if n.startswith(("tok=", "cls="))), key=lambda n: (-len(sites[n]), n))
        names = [n for n in names if not n.startswith(("tok=", "cls="))] + tokens[:max_tokens]
    return sorted(names)


def fit_page_type(rows: list[dict[str, object]], names: list[str], l2: float) -> dict[str, list[float]]:
    """Softmax weights (one list per signal name, classes in PAGE_TYPES order); each site weighs the same."""
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    y = np.zeros((len(rows), len(PAGE_TYPES)))
    per_site = Counter(r["site"] for r in rows)
    w = np.array([1.0 / per_site[r["site"]] for r in rows])
    w = w / w.sum() * len(rows)
    for i, r in enumerate(rows):
        for n, v in r["signals"].items():  # type: ignore[attr-defined]
            if n in index:
                x[i, index[n]] = v
        y[i, PAGE_TYPES.index(r["type"])] = 1.0  # type: ignore[arg-type]
    bias = index["bias"]
    order = [i for i in range(len(names)) if i != bias] + [bias]  # fit_logistic wants the bias last
    b = np.zeros((len(names), len(PAGE_TYPES)))
    for k in range(len(PAGE_TYPES)):  # one against the rest per class; the softmax of their logits ranks
        beta = fit_logistic(x[:, order], y[:, k], w, l2, tol=1e-7)
        b[order, k] = beta
    return {n: [round(float(v), _DIGITS) for v in b[i]] for i, n in enumerate(names)}


def fit_blocks(rows: list[dict[str, object]], names: list[str], l2: float) -> dict[str, float]:
    """Logistic weights over the units of ``rows``; each page weighs the same, units by their words."""
    if not any(r["units"] for r in rows):
        return {}  # no page of this type: the article weights stand in (see body.typed)
    index = {n: i for i, n in enumerate(names)}
    xs, ys, ws = [], [], []
    for r in rows:
        units = r["units"]
        total = sum(len(wd) + 1 for _, _, wd in units) or 1  # type: ignore[attr-defined]
        step = max(1, len(units) // MAX_UNITS)  # type: ignore[arg-type]
        for f, lab, wd in units[::step]:  # type: ignore[index]
            vec = np.zeros(len(names), dtype=np.float32)
            for n, v in f.items():
                if n in index:
                    vec[index[n]] = v
            xs.append(vec)
            ys.append(lab)
            ws.append(step * (len(wd) + 1) / total)
    x = np.array(xs)
    bias = index["bias"]
    order = [i for i in range(len(names)) if i != bias] + [bias]  # fit_logistic wants the bias last
    beta = fit_logistic(x[:, order], np.array(ys, dtype=float), np.array(ws), l2, tol=1e-7)
    out = {names[j]: round(float(beta[i]), _DIGITS) for i, j in enumerate(order)}
    return {n: v for n, v in out.items() if v != 0.0}


def probabilities(units: list[tuple[dict[str, float], int, list[str]]], weights: dict[str, float]) -> list[float]:
    out = []
    for f, _, _ in units:
        # fsum is exact, so the result does not depend on the features' order (class tokens come
        # from a set, whose order changes with the interpreter's string hashing)
        z = math.fsum(weights.get(n, 0.0) * v for n, v in f.items())
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return out


def word_f1(gold: list[str], pred: list[str]) -> float:
    if not gold:
        return 1.0 if not pred else 0.0
    if not pred:
        return 0.0
    overlap = sum((Counter(gold) & Counter(pred)).values())
    if not overlap:
        return 0.0
    p, r = overlap / len(pred), overlap / len(gold)
    return 2 * p * r / (p + r)


def best_threshold(rows: list[dict[str, object]], weights: dict[str, float]) -> tuple[float, float]:
    """The threshold (0.20 … 0.80 by 0.05) with the best mean word F1 over ``rows``, and that F1."""
    probs = [probabilities(r["units"], weights) for r in rows]  # type: ignore[arg-type]
    best = (0.5, -1.0)
    for step in range(4, 17):
        t = step / 20
        scores = []
        for r, ps in zip(rows, probs, strict=True):
            pred = [w for (_, _, wd), p in zip(r["units"], ps, strict=True) if p >= t for w in wd]  # type: ignore
            scores.append(word_f1(r["gold"], pred))  # type: ignore[arg-type]
        mean = sum(scores) / len(scores)
        if mean > best[1] + 1e-9:
            best = (t, mean)
    return best


def kept_words(row: dict[str, object], weights: dict[str, float], threshold: float) -> list[str]:
    """The words of the units the weights keep at the threshold."""
    units = row["units"]
    return [w for (_, _, wd), p in zip(units, probabilities(units, weights), strict=True)  # type: ignore
            if p >= threshold for w in wd]


def site_folds(rows: list[dict[str, object]], seed: int | None = None) -> dict[str, int]:
    """Each website's fold of ``FOLDS``: by a hash of its name, or a shuffle with ``seed`` (cross-validation
    draws, ``cv_page_type.py``)."""
    sites = sorted({str(r["site"]) for r in rows})
    if seed is None:
        return {site: int(hashlib.sha256(site.encode("utf-8")).hexdigest(), 16) % FOLDS for site in sites}
    random.Random(seed).shuffle(sites)
    return {site: i % FOLDS for i, site in enumerate(sites)}


def held_out_probabilities(rows: list[dict[str, object]], l2: float, min_sites: int, max_tokens: int,
                           fold: dict[str, int]) -> list[dict[str, float]]:
    """Each row's page-type probabilities from weights fitted without its website's ``fold``: what the
    shipped model gives a page it has never seen. In-sample probabilities are far more confident, and
    bounds chosen on them (the fragment test's) do not hold on new sites."""
    out: list[dict[str, float]] = [{} for _ in rows]
    min_sites = max(1, round(min_sites * (FOLDS - 1) / FOLDS))  # the same share of the sites
    for k in range(FOLDS):
        train = [r for r in rows if fold[str(r["site"])] != k]
        names = common_names(train, "signals", min_sites, max_tokens)
        model = PageTypeModel(list(PAGE_TYPES), fit_page_type(train, names, l2))
        for i, r in enumerate(rows):
            if fold[str(r["site"])] == k:
                out[i] = dict(zip(PAGE_TYPES, model.probabilities(r["signals"]), strict=True))  # type: ignore
    return out


def fit_fragment(rows: list[dict[str, object]], page_probs: list[dict[str, float]],
                 weights: dict[str, dict[str, float]], thresholds: dict[str, float]) -> dict[str, float]:
    """The pair of ``FRAGMENT_GRID`` whose fragment test gives the best mean word F1 over ``rows``, each
    page routed by its held-out probabilities ``page_probs``."""
    base, options = [], []
    for r, probs in zip(rows, page_probs, strict=True):
        kind = max(PAGE_TYPES, key=lambda k: probs[k])
        rules: list[str] = r["rules"]  # type: ignore[assignment]
        if kind in MODEL_TYPES and probs[kind] >= MODEL_MIN_CONFIDENCE:
            pred = kept_words(r, weights[kind], thresholds[kind]) or rules
            base.append(word_f1(r["gold"], pred))  # type: ignore[arg-type]
            options.append(None)
            continue
        base.append(word_f1(r["gold"], rules))  # type: ignore[arg-type]
        if kind in NO_FRAGMENT_TEST:
            options.append(None)
            continue
        other = kind if kind in MODEL_TYPES else max(sorted(MODEL_TYPES), key=lambda k: probs[k])
        kept = kept_words(r, weights[other], thresholds[other])
        options.append((probs["article"], len(rules) / max(1, len(kept)), word_f1(r["gold"], kept)))  # type: ignore
    best = (0.0, 0.0, sum(base) / len(base))
    for max_article, ratio in FRAGMENT_GRID:
        scores = [o[2] if o is not None and o[0] <= max_article and o[1] < ratio else b
                  for b, o in zip(base, options, strict=True)]
        mean = sum(scores) / len(scores)
        if mean > best[2] + 1e-9:
            best = (max_article, ratio, mean)
    print(f"fragment test: article probability <= {best[0]}, ratio < {best[1]}  fit word F1 {best[2]:.4f}",
          file=sys.stderr)
    return {"max_article": best[0], "ratio": best[1]}


def fit(rows: list[dict[str, object]], args: argparse.Namespace) -> dict[str, object]:
    """The model file's content from the collected rows."""
    signal_names = common_names(rows, "signals", args.min_sites_type, args.max_tokens_type)
    page_weights = fit_page_type(rows, signal_names, args.l2_type)
    unit_names = common_names(rows, "units", args.min_sites, args.max_tokens)
    vocab = sorted(n[4:] for n in unit_names if n.startswith("tok="))
    weights: dict[str, dict[str, float]] = {}
    thresholds: dict[str, float] = {}
    for kind in PAGE_TYPES:
        mine = [r for r in rows if r["type"] == kind]
        pool = [r for r in rows if r["type"] in TRAINED_ON.get(kind, (kind,))]
        weights[kind] = fit_blocks(pool, unit_names, args.l2)
        thresholds[kind], f1 = best_threshold(mine, weights[kind]) if mine else (0.5, 0.0)
        print(f"{kind:14} pages {len(mine):4}  threshold {thresholds[kind]:.2f}  fit word F1 {f1:.3f}",
              file=sys.stderr)
    return {
        "made_by": "python3 bench/fit/fit_body.py --data <shared evaluation data>/extraction --write "
                   f"(--l2 {args.l2} --min-sites {args.min_sites} --max-tokens {args.max_tokens} "
                   f"--l2-type {args.l2_type} --min-sites-type {args.min_sites_type} "
                   f"--max-tokens-type {args.max_tokens_type}; fit half of wcxb_article, wcxb_other, "
                   "scrapinghub)",
        "page_type": {"classes": list(PAGE_TYPES), "weights": page_weights},
        "blocks": {"vocab": vocab, "weights": weights, "thresholds": thresholds,
                   "fragment": fit_fragment(rows, held_out_probabilities(
                       rows, args.l2_type, args.min_sites_type, args.max_tokens_type, site_folds(rows)),
                       weights, thresholds)},
    }


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(HERE.parents[3] / "shared" / "data" / "extraction"))
    ap.add_argument("--half", default="fit")
    ap.add_argument("--l2", type=float, default=10.0, help="L2 of the block weights")
    ap.add_argument("--min-sites", type=int, default=12, help="sites a block feature must be seen on")
    ap.add_argument("--max-tokens", type=int, default=100, help="class tokens kept as block features")
    ap.add_argument("--l2-type", type=float, default=1.0, help="L2 of the page-type weights")
    ap.add_argument("--min-sites-type", type=int, default=3, help="sites a page signal must be seen on")
    ap.add_argument("--max-tokens-type", type=int, default=1, help="class words kept as page signals")
    ap.add_argument("--cache", default=None, help="pickle of the collected rows (reused only by the same code)")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--write", action="store_true")
    return ap


def render(model: dict[str, object]) -> str:
    """The model file's text: sorted keys, so the same weights give the same bytes."""
    return json.dumps(model, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def main() -> None:
    args = parser().parse_args()
    rows = collect(Path(args.data), args.half, Path(args.cache) if args.cache else None)
    print(f"{len(rows)} pages, {sum(len(r['units']) for r in rows)} units", file=sys.stderr)  # type: ignore
    text = render(fit(rows, args))
    if args.write:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
