"""Rebuild the extraction accuracy and speed tables from the public benchmark repositories, and draw the chart.

    python3 bench/eval/reproduce.py --scrapinghub DIR --readability DIR --htmldate DIR \\
        --trafilatura DIR --wcxb DIR --out results/ [--tools articlekit,trafilatura,...]
    python3 bench/eval/reproduce.py --from-json bench/eval/accuracy_points.json --chart docs/accuracy_speed.svg

Each DIR is a local clone of one public repository, checked out at the commit below (the script
warns when the clone's HEAD is another commit). Nothing is downloaded. The pages and gold values
are read from the files named in REPOSITORIES, chosen as the project's evaluation data chooses
them (every other page of readability and htmldate; WCXB's dev split), so the page counts match
the tables in docs/accuracy.md, except WCXB: the project's copy leaves out 139 dev pages that are
byte-identical to pages of the other sets, this script keeps them.

Every installed tool among TOOLS is run on every page in this one process (an untimed warm-up
first); time is CPU time (``time.process_time``) of the tool's call alone, the page already
decoded. Metrics, as in docs/accuracy.md:

* body F1 (scrapinghub): 4-gram shingles of ``\\w+`` tokens, multiset TP/FP/FN per page, precision
  and recall averaged over pages, F1 of the two means (the article-extraction-benchmark rule);
* word F1 (WCXB): bag of lower-cased ``\\w+`` words per page, F1 averaged over pages;
* snippet F1 (trafilatura): must-have snippets found = TP, must-not-have found = FP, pooled;
* title (loose): equal after normalising, a site-name segment before or after a separator allowed;
* author: the same set of normalised names; date: the same calendar day.

Writes ``results.json`` and ``tables.md`` into ``--out`` and the chart (SVG: accuracy against
documents per CPU-second, one point per tool, one panel per data set) to ``--chart``.
``--from-json`` redraws the chart and tables from a results file without running anything; the
chart in docs/accuracy.md is drawn that way from ``bench/eval/accuracy_points.json``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPOSITORIES = {
    "scrapinghub": ("scrapinghub/article-extraction-benchmark", "4a3bc97",
                    "html/*.html.gz, ground-truth.json"),
    "readability": ("mozilla/readability", "ab4027a", "test/test-pages/*/source.html, expected-metadata.json"),
    "htmldate": ("adbar/htmldate", "b895282",
                 "tests/eval_default.json, tests/eval_mediacloud_2020.json; pages in tests/test_set, "
                 "tests/cache, tests/eval"),
    "trafilatura": ("adbar/trafilatura", "e90b0ef", "tests/evaldata.json; pages in tests/cache, tests/eval"),
    "wcxb": ("Murrough-Foley/web-content-extraction-benchmark", "c039d5e",
             "dev/html/<id>.html.gz, dev/ground-truth/<id>.json, metadata.json"),
}
# the set shown in each chart panel and its headline metric (results key, label)
PANELS = (("scrapinghub", "body_f1", "body F1"), ("trafilatura", "seg_f1", "snippet F1"),
          ("wcxb_article", "word_f1", "word F1"), ("wcxb_other", "word_f1", "word F1"),
          ("readability", "title_loose", "title (loose)"), ("htmldate", "date_acc", "date (same day)"))
TOOLS = ("articlekit", "trafilatura", "readability-lxml", "newspaper4k", "goose3", "resiliparse", "htmldate")


@dataclass
class Case:
    """One page with its gold values (``body_with``/``body_without``: snippets that must / must not appear)."""

    id: str
    html: bytes
    url: str | None = None
    gold: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------- reading the repositories


def _json(path: Path) -> Any:
    if not path.is_file():
        raise SystemExit(f"reproduce: {path} not found: is this a clone of the right repository and commit?")
    return json.loads(path.read_text(encoding="utf-8"))


def _page(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _find_page(root: Path, dirs: tuple[str, ...], name: str) -> Path | None:
    for folder in dirs:
        for candidate in (root / folder / name, root / folder / (name + ".gz")):
            if candidate.is_file():
                return candidate
    return None


def scrapinghub_cases(root: Path) -> Iterator[Case]:
    """Every page: gold body = ``articleBody`` of ground-truth.json."""
    truth = _json(root / "ground-truth.json")
    for key in sorted(truth):
        yield Case(key, _page(root / "html" / f"{key}.html.gz"), truth[key].get("url"),
                   {"body": truth[key]["articleBody"]})


def readability_cases(root: Path) -> Iterator[Case]:
    """Every other test page (even positions of the sorted names): title, byline, date of Readability.js."""
    pages = sorted(p for p in (root / "test" / "test-pages").iterdir() if (p / "source.html").is_file())
    for folder in pages[::2]:
        meta = _json(folder / "expected-metadata.json")
        gold = {"title": meta.get("title"), "author": meta.get("byline"), "date": meta.get("publishedTime")}
        yield Case(folder.name, (folder / "source.html").read_bytes(), None,
                   {k: v for k, v in gold.items() if v is not None})


def _url_listed_cases(root: Path, files: tuple[str, ...], dirs: tuple[str, ...],
                      gold: Callable[[dict[str, Any]], dict[str, Any]], every: int) -> Iterator[Case]:
    entries: dict[str, dict[str, Any]] = {}
    for name in files:
        entries.update(_json(root / "tests" / name))
    missing = 0
    for url in sorted(entries)[::every]:
        entry = entries[url]
        path = _find_page(root / "tests", dirs, str(entry.get("file", "")))
        if path is None:
            missing += 1
            continue
        yield Case(url, _page(path), url, gold(entry))
    if missing:
        print(f"reproduce: {root.name}: {missing} listed pages not found in {', '.join(dirs)}", file=sys.stderr)


def htmldate_cases(root: Path) -> Iterator[Case]:
    """Every other URL (sorted) of the two evaluation files that has a date."""
    cases = _url_listed_cases(root, ("eval_default.json", "eval_mediacloud_2020.json"),
                              ("test_set", "cache", "eval"), lambda e: {"date": e.get("date")}, 2)
    return (c for c in cases if c.gold.get("date"))


def trafilatura_cases(root: Path) -> Iterator[Case]:
    """Every page of evaldata.json: snippets, title, author, date."""
    def gold(entry: dict[str, Any]) -> dict[str, Any]:
        found = {"body_with": entry.get("with"), "body_without": entry.get("without"),
                 "title": entry.get("title"), "author": entry.get("author"), "date": entry.get("date")}
        return {k: v for k, v in found.items() if v is not None}

    return _url_listed_cases(root, ("evaldata.json",), ("cache", "eval"), gold, 1)


def wcxb_cases(root: Path, article: bool) -> Iterator[Case]:
    """WCXB's dev split: the article pages, or the six other page types."""
    meta = _json(root / "metadata.json")
    rows = meta.values() if isinstance(meta, dict) else meta
    types = {str(r.get("id", r.get("file_id"))): r.get("page_type") for r in rows if isinstance(r, dict)}
    for path in sorted((root / "dev" / "ground-truth").glob("*.json")):
        if (types.get(path.stem) == "article") != article:
            continue
        truth = _json(path)
        gold = {"body": truth.get("main_content"), "title": truth.get("title"), "author": truth.get("author"),
                "date": truth.get("publish_date"), "body_with": truth.get("with"),
                "body_without": truth.get("without")}
        yield Case(path.stem, _page(root / "dev" / "html" / f"{path.stem}.html.gz"), truth.get("url"),
                   {k: v for k, v in gold.items() if v})


def load_sets(args: argparse.Namespace) -> dict[str, list[Case]]:
    """The data sets of the repositories given on the command line."""
    readers: dict[str, Callable[[Path], Iterator[Case]]] = {
        "scrapinghub": scrapinghub_cases, "readability": readability_cases, "htmldate": htmldate_cases,
        "trafilatura": trafilatura_cases}
    sets: dict[str, list[Case]] = {}
    for name, reader in readers.items():
        if getattr(args, name):
            sets[name] = list(reader(_checked(name, Path(getattr(args, name)))))
    if args.wcxb:
        root = _checked("wcxb", Path(args.wcxb))
        sets["wcxb_article"], sets["wcxb_other"] = list(wcxb_cases(root, True)), list(wcxb_cases(root, False))
    return sets


def _checked(name: str, root: Path) -> Path:
    repo, commit, _ = REPOSITORIES[name]
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        print(f"reproduce: {root} is not a git clone; cannot check it is {repo} at {commit}", file=sys.stderr)
        return root
    if not head.startswith(commit):
        print(f"reproduce: {root} is at {head[:7]}, the tables were made at {repo} {commit}", file=sys.stderr)
    return root


# ---------------------------------------------------------------- the tools


def _text_of_html(fragment: str) -> str:
    import lxml.html

    return str(lxml.html.fromstring(fragment).text_content()) if fragment.strip() else ""


def _tool(name: str) -> Callable[[str, str | None], dict[str, Any]]:
    """``(html, url) -> {title, author, date, body}`` for a tool; ImportError when it is not installed."""
    if name == "articlekit":
        import articlekit

        def run(html: str, url: str | None) -> dict[str, Any]:
            a = articlekit.extract(html, url=url, summarize=False)
            date = a.date_published.isoformat() if a.date_published else None
            return {"title": a.title, "author": "; ".join(a.authors), "date": date, "body": a.text}
    elif name == "trafilatura":
        import trafilatura

        def run(html: str, url: str | None) -> dict[str, Any]:
            out = trafilatura.extract(html, url=url, output_format="json", with_metadata=True)
            data = json.loads(out) if out else {}
            return {"title": data.get("title"), "author": data.get("author"), "date": data.get("date"),
                    "body": data.get("text")}
    elif name == "readability-lxml":
        from readability import Document

        def run(html: str, url: str | None) -> dict[str, Any]:
            doc = Document(html)
            return {"title": doc.title(), "body": _text_of_html(doc.summary())}
    elif name == "newspaper4k":
        import newspaper

        def run(html: str, url: str | None) -> dict[str, Any]:
            art = newspaper.Article(url or "http://example.com/")
            art.download(input_html=html)
            art.parse()
            date = art.publish_date.isoformat() if art.publish_date else None
            return {"title": art.title, "author": "; ".join(art.authors), "date": date, "body": art.text}
    elif name == "goose3":
        from goose3 import Goose

        goose = Goose()

        def run(html: str, url: str | None) -> dict[str, Any]:
            art = goose.extract(raw_html=html)
            date = str(art.publish_date) if art.publish_date else None
            return {"title": art.title, "author": "; ".join(art.authors), "date": date, "body": art.cleaned_text}
    elif name == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        def run(html: str, url: str | None) -> dict[str, Any]:
            tree = HTMLTree.parse(html)
            return {"title": tree.title, "body": extract_plain_text(tree, main_content=True)}
    elif name == "htmldate":
        from htmldate import find_date

        def run(html: str, url: str | None) -> dict[str, Any]:
            return {"date": find_date(html, url=url)}
    else:
        raise SystemExit(f"reproduce: unknown tool {name!r} (known: {', '.join(TOOLS)})")
    return run


def _version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


def decode(raw: bytes) -> str:
    """UTF-8, else the declared charset, else cp1252 (decoding is not timed: every tool gets the same text)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(raw[:8192])
    if match:
        try:
            return raw.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return raw.decode("cp1252", errors="replace")


# ---------------------------------------------------------------- metrics

_WORD = re.compile(r"\w+")
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»/]\s+|\s*::\s*")
_AUTHOR_SPLIT = re.compile(r"\s*(?:[,;&|/]|\band\b|\bund\b|\bet\b|\by\b)\s*", re.I)
_AUTHOR_LEAD = re.compile(r"^(?:(?:written|posted|published)\s+)?(?:by|von|par|di|de|por|door|av)\b[\s:]*", re.I)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _WORD.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < 4:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def body_f1(pairs: list[tuple[str, str]]) -> float:
    """The article-extraction-benchmark F1: harmonic mean of mean precision and mean recall."""
    precisions, recalls = [], []
    for gold, pred in pairs:
        g, p = _shingles(gold), _shingles(pred)
        tp, fp, fn = sum((g & p).values()), sum((p - g).values()), sum((g - p).values())
        if tp + fp:
            precisions.append(tp / (tp + fp))
        if tp + fn:
            recalls.append(tp / (tp + fn))
    prec = statistics.fmean(precisions) if precisions else 0.0
    rec = statistics.fmean(recalls) if recalls else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def word_f1(gold: str, pred: str) -> float:
    """WCXB's per-page F1 over lower-cased words."""
    g, p = Counter(_WORD.findall(gold.lower())), Counter(_WORD.findall((pred or "").lower()))
    overlap = sum((g & p).values())
    if not g:
        return 1.0 if not p else 0.0
    if not overlap:
        return 0.0
    prec, rec = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def _squash(text: str) -> str:
    return " ".join((text or "").split())


def snippet_counts(case: Case, pred: str) -> tuple[int, int, int]:
    """(TP, FP, FN) of the trafilatura benchmark for one page."""
    body = _squash(pred)
    found_with = sum(1 for s in case.gold.get("body_with", []) if body and _squash(s) in body)
    found_without = sum(1 for s in case.gold.get("body_without", []) if body and _squash(s) in body)
    return found_with, found_without, len(case.gold.get("body_with", [])) - found_with


def _norm_title(text: str) -> str:
    text = " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())
    return text.strip(" \"'“”‘’«».,:;!?-–—|")


def title_match(gold: str, pred: str | None) -> bool:
    """Equal titles, or equal once a shorter site-name segment at either end is dropped."""
    if not pred:
        return False
    parts = _TITLE_SEPARATOR.split(" ".join(unicodedata.normalize("NFKC", pred).split()))
    variants = {_norm_title(pred), _norm_title(max(parts, key=len))}
    if len(parts) > 1:
        variants |= {_norm_title(" - ".join(parts[:-1])), _norm_title(" - ".join(parts[1:]))}
    return _norm_title(gold) in variants


def _names(value: Any) -> set[str]:
    text = "; ".join(value) if isinstance(value, list) else str(value or "")
    text = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    names = (" ".join(_WORD.findall(_AUTHOR_LEAD.sub("", part.strip()))) for part in _AUTHOR_SPLIT.split(text))
    return {n for n in names if n and n not in ("by", "von", "par")}


def _day(value: Any) -> str | None:
    match = _DAY.search(str(value or ""))
    return match.group(0) if match else None


def score(cases: list[Case], preds: list[dict[str, Any]]) -> dict[str, float]:
    """Every metric the set has gold for."""
    out: dict[str, float] = {}
    body = [(c.gold["body"], p.get("body") or "") for c, p in zip(cases, preds, strict=True) if c.gold.get("body")]
    if body:
        out["body_f1"] = body_f1(body)
        out["word_f1"] = statistics.fmean(word_f1(g, p) for g, p in body)
    counts = [snippet_counts(c, p.get("body") or "") for c, p in zip(cases, preds, strict=True)
              if c.gold.get("body_with") or c.gold.get("body_without")]
    if counts:
        tp, fp, fn = (sum(x) for x in zip(*counts, strict=True))
        out["seg_f1"] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    checks = {"title_loose": ("title", lambda g, p: title_match(g, p.get("title"))),
              "author_acc": ("author", lambda g, p: _names(g) == _names(p.get("author"))),
              "date_acc": ("date", lambda g, p: _day(g) is not None and _day(g) == _day(p.get("date")))}
    for key, (gold_key, check) in checks.items():
        hits = [check(c.gold[gold_key], p) for c, p in zip(cases, preds, strict=True) if c.gold.get(gold_key)]
        if hits:
            out[key] = sum(hits) / len(hits)
    return out


# ---------------------------------------------------------------- running


def run_tool(name: str, cases: list[Case]) -> dict[str, Any] | None:
    """Scores and CPU speed of one tool on one set, or None when the tool is not installed."""
    try:
        tool = _tool(name)
    except ImportError:
        return None
    pages = [(decode(c.html), c.url) for c in cases]
    tool(*pages[0])  # warm-up: imports and caches are not the tool's per-page cost
    preds, cpu = [], 0.0
    for html, url in pages:
        start = time.process_time()
        try:
            preds.append(tool(html, url))
        except Exception:  # a tool failing on a page scores that page as empty
            preds.append({})
        cpu += time.process_time() - start
    return {"tool": name, "version": _version(name), "pages": len(cases),
            "docs_per_cpu_s": len(cases) / cpu if cpu else math.inf, **score(cases, preds)}


def run_all(sets: dict[str, list[Case]], tools: list[str]) -> dict[str, Any]:
    """Every tool on every set, as the results file stores them."""
    results: dict[str, Any] = {"python": sys.version.split()[0], "repositories": REPOSITORIES, "sets": {}}
    for set_name, cases in sets.items():
        rows = [row for row in (run_tool(tool, cases) for tool in tools) if row is not None]
        results["sets"][set_name] = {"pages": len(cases), "tools": rows}
        print(f"reproduce: {set_name}: {len(cases)} pages, {len(rows)} tools", file=sys.stderr)
    return results


# ---------------------------------------------------------------- tables and chart


def tables(results: dict[str, Any]) -> str:
    """The accuracy and speed tables as Markdown."""
    keys = (("body_f1", "body F1"), ("word_f1", "word F1"), ("seg_f1", "snippet F1"),
            ("title_loose", "title, loose"), ("author_acc", "author"), ("date_acc", "date (same day)"))
    lines = []
    for set_name, data in results["sets"].items():
        present = [(k, label) for k, label in keys if any(k in row for row in data["tools"])]
        lines += [f"### {set_name} ({data['pages']} pages)", "",
                  "| tool | " + " | ".join(label for _, label in present) + " | docs per CPU-s |",
                  "|---|" + "---|" * (len(present) + 1)]
        for row in data["tools"]:
            cells = [f"{row[k]:.3f}" if k in row else "–" for k, _ in present]
            lines.append(f"| {row['tool']} | " + " | ".join(cells) + f" | {row['docs_per_cpu_s']:.1f} |")
        lines.append("")
    return "\n".join(lines)


_COLOURS = {"articlekit": "#c0392b", "trafilatura": "#2471a3", "readability-lxml": "#7d3c98",
            "newspaper4k": "#d68910", "goose3": "#1e8449", "resiliparse": "#566573", "htmldate": "#a04000",
            "justext": "#117a65", "boilerpy3": "#6e2c00"}


def _panel(x0: float, y0: float, w: float, h: float, title: str, label: str, rows: list[tuple[str, float, float]],
           speeds: tuple[float, float]) -> list[str]:
    """One scatter panel: log-scaled docs per CPU-second across, accuracy up."""
    lo_acc = min(0.9, math.floor(min(a for _, a, _ in rows) * 10 - 0.5) / 10) if rows else 0.5
    lo_x, hi_x = math.log10(speeds[0]), math.log10(speeds[1])

    def px(speed: float) -> float:
        return x0 + 40 + (math.log10(speed) - lo_x) / (hi_x - lo_x) * (w - 60)

    def py(acc: float) -> float:
        return y0 + h - 30 - (acc - lo_acc) / (1.0 - lo_acc) * (h - 60)

    out = [f'<text x="{x0 + w / 2:.1f}" y="{y0 + 16:.1f}" text-anchor="middle" font-weight="bold">{title}</text>',
           f'<rect x="{x0 + 40:.1f}" y="{y0 + 30:.1f}" width="{w - 60:.1f}" height="{h - 60:.1f}" fill="none" '
           'stroke="#999"/>',
           f'<text x="{x0 + 12:.1f}" y="{y0 + h / 2:.1f}" transform="rotate(-90 {x0 + 12:.1f} {y0 + h / 2:.1f})" '
           f'text-anchor="middle" font-size="11">{label}</text>']
    for tick in (1, 3, 10, 30, 100, 300):
        if speeds[0] <= tick <= speeds[1]:
            out.append(f'<text x="{px(tick):.1f}" y="{y0 + h - 16:.1f}" text-anchor="middle" '
                       f'font-size="10">{tick}</text>')
    steps = round((1.0 - lo_acc) / 0.1)
    for i in range(steps + 1):
        acc = lo_acc + i * 0.1
        out.append(f'<text x="{x0 + 36:.1f}" y="{py(acc) + 3:.1f}" text-anchor="end" font-size="10">{acc:.1f}</text>')
    placed: list[tuple[float, float, float, float]] = [(px(s) - 4, py(a) - 4, px(s) + 4, py(a) + 4)
                                                       for _, a, s in rows]
    for tool, acc, speed in sorted(rows, key=lambda r: -r[1]):
        colour = _COLOURS.get(tool, "#000")
        x, y = px(speed), py(acc)
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>')
        lx, ly, anchor = _label_place(x, y, 5.6 * len(tool), placed)
        out.append(f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="10" text-anchor="{anchor}" fill="{colour}">'
                   f"{tool}</text>")
    return out


def _label_place(x: float, y: float, width: float,
                 placed: list[tuple[float, float, float, float]]) -> tuple[float, float, str]:
    """The first of eight spots around a point whose label box overlaps no other label or point."""
    spots = ((6, -5, "start"), (6, 12, "start"), (-6, -5, "end"), (-6, 12, "end"), (0, -9, "middle"),
             (0, 17, "middle"), (6, -16, "start"), (6, 23, "start"))
    for dx, dy, anchor in spots:
        left = x + dx - (width if anchor == "end" else width / 2 if anchor == "middle" else 0)
        box = (left, y + dy - 9, left + width, y + dy + 2)
        if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            placed.append(box)
            return x + dx, y + dy, anchor
    return x + 6, y - 5, "start"


def chart(results: dict[str, Any]) -> str:
    """The SVG: one panel per data set that has results, accuracy against docs per CPU-second."""
    panels = [(name, key, label) for name, key, label in PANELS if name in results["sets"]]
    speeds = [row["docs_per_cpu_s"] for data in results["sets"].values() for row in data["tools"]]
    span = (10 ** math.floor(math.log10(min(speeds))), 10 ** math.ceil(math.log10(max(speeds))))
    cols, w, h = 3, 300.0, 240.0
    rows_n = math.ceil(len(panels) / cols)
    body = []
    for i, (name, key, label) in enumerate(panels):
        data = results["sets"][name]
        rows = [(r["tool"], r[key], r["docs_per_cpu_s"]) for r in data["tools"] if key in r]
        body += _panel((i % cols) * w, 10 + (i // cols) * h, w, h, f"{name} ({data['pages']} pages)", label, rows,
                       span)
    width, height = cols * w, 10 + rows_n * h + 24
    caption = "documents per CPU-second (log scale) →"
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="sans-serif" font-size="12">',
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="white"/>', *body,
        f'<text x="{width / 2:.1f}" y="{height - 8:.1f}" text-anchor="middle">{caption}</text>', "</svg>", ""])


def main(argv: list[str] | None = None) -> int:
    """Run the tools (or read a results file), then write the tables and the chart."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for name, (repo, commit, files) in REPOSITORIES.items():
        parser.add_argument(f"--{name}", metavar="DIR", help=f"a clone of {repo} at {commit} ({files})")
    parser.add_argument("--tools", default=",".join(TOOLS), help="tools to run, when installed (comma-separated)")
    parser.add_argument("--from-json", metavar="FILE", help="draw from a results file instead of running")
    parser.add_argument("--out", metavar="DIR", help="write results.json and tables.md here")
    parser.add_argument("--chart", metavar="FILE.svg", help="write the chart here")
    args = parser.parse_args(argv)
    if args.from_json:
        results = json.loads(Path(args.from_json).read_text(encoding="utf-8"))
    else:
        sets = load_sets(args)
        if not sets:
            parser.error("give at least one repository (--scrapinghub DIR …) or --from-json FILE")
        results = run_all(sets, [t for t in args.tools.split(",") if t])
    text = tables(results)
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "results.json").write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        (out / "tables.md").write_text(text, encoding="utf-8")
    else:
        print(text)
    if args.chart:
        Path(args.chart).write_text(chart(results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
