"""Time and peak memory of ``articlekit.extract`` on very large and hostile pages.

Each page kind is built in memory and extracted in a fresh subprocess, so that the reported peak RSS
(``ru_maxrss``) belongs to that one page (the page itself included)::

    python bench/fuzz/robust_big.py                       # every kind at 25 MB
    python bench/fuzz/robust_big.py --mb 50 --kind text   # one kind, another size

Kinds: ``scripts`` (an article plus inline JSON/script payload, as on pages with a large framework
state), ``mixed`` (scripts, a huge navigation, a comment section and a long article), ``text`` (one
article whose body is the whole size), ``deep`` (the article inside ever-deeper unclosed ``<div>``s),
``tags`` (nothing but start tags), ``endtags`` (250 open elements then unmatched end tags, the input
libxml2 handles slowest), ``hidden`` (nothing but processing instructions, declarations and bogus
end tags: libxml2 builds no tree and the fallback reads it), ``numbers`` (lines full of figures) and
``abbrev`` (abbreviation soup, the sentence splitter's slowest input).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys

KINDS = ("scripts", "mixed", "text", "deep", "tags", "endtags", "hidden", "numbers", "abbrev")

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from robust_big import build_page
import articlekit
from articlekit.errors import ArticlekitError
data = build_page(sys.argv[2], int(float(sys.argv[3]) * 1024 * 1024))
articlekit.extract(b"<p>Warm up: the council said 12 people were hurt in 2024, up 15%.</p>")
cpu, wall = time.process_time(), time.perf_counter()
try:
    article = articlekit.extract(data)
    outcome = {"text_chars": len(article.text), "summary": len(article.summary),
               "figures": len(article.figures)}
except ArticlekitError as exc:
    outcome = {"error": f"{type(exc).__name__}: {exc}"}
outcome.update(kind=sys.argv[2], bytes=len(data), cpu_s=round(time.process_time() - cpu, 2),
               wall_s=round(time.perf_counter() - wall, 2),
               peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
print(json.dumps(outcome))
"""

_WORDS = ["the", "council", "said", "homes", "were", "flooded", "in", "the", "valley", "after", "heavy",
          "rain", "and", "officials", "expect", "repair", "costs", "to", "rise", "while", "residents", "wait",
          "for", "help", "from", "state", "agencies"]


def _paragraph(rng: random.Random) -> str:
    words = " ".join(rng.choice(_WORDS) for _ in range(40)).capitalize()
    return (f"<p>{words}, with {rng.randint(2, 5000):,} people and {rng.randint(1, 99)}% more than in "
            f"{rng.randint(1990, 2024)}.</p>\n")


def _fill(parts: list[str], size: int, make: object) -> None:
    total = sum(len(p) for p in parts)
    while total < size:
        piece = make()  # type: ignore[operator]
        parts.append(piece)
        total += len(piece)


def build_page(kind: str, size: int) -> bytes:
    """A page of about ``size`` bytes of the given kind (deterministic)."""
    rng = random.Random(25)
    article = "<article><h1>Floods</h1>" + "".join(_paragraph(rng) for _ in range(40)) + "</article>"
    head = "<html><head><title>Floods in the valley</title></head><body>"
    if kind == "scripts":
        blob = "<script>window.__STATE__ = " + json.dumps({"items": list(range(20_000))}) + ";</script>\n"
        parts = [head, article]
        _fill(parts, size, lambda: blob)
    elif kind == "mixed":
        blob = "<script>var s = " + json.dumps({"items": list(range(2_000))}) + ";</script>\n"
        links = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(100))
        nav = f"<nav><ul>{links}</ul></nav>"
        comment = "<div class='comment'><p>Reader comment: " + " ".join(_WORDS[:25]) + "</p></div>\n"
        parts = [head]
        _fill(parts, size * 6 // 10, lambda: blob)
        _fill(parts, size * 7 // 10, lambda: nav)
        more = "".join(_paragraph(rng) for _ in range(400))
        parts.append(article.replace("</article>", more + "</article>"))
        parts.append("<section class='comments'>")
        _fill(parts, size, lambda: comment)
    elif kind == "text":
        parts = [head, "<article><h1>Floods</h1>"]
        _fill(parts, size, lambda: _paragraph(rng))
    elif kind == "deep":
        parts = [head, article]
        _fill(parts, size, lambda: "<div><span>x</span>" * 1000)
    elif kind == "tags":
        parts = [head]
        _fill(parts, size, lambda: "<div>" * 10_000)
    elif kind == "endtags":
        parts = [head, "<div>" * 250, article]
        _fill(parts, size, lambda: "</x>" * 10_000)
    elif kind == "hidden":
        parts = []
        _fill(parts, size, lambda: "<?a</ <!x>" * 10_000)
    elif kind == "numbers":
        parts = [head, "<article>"]
        _fill(parts, size, lambda: "<p>" + " ".join(f"{rng.randint(0, 10**6):,} ({rng.randint(1, 99)}%)"
                                                    for _ in range(200)) + "</p>\n")
    elif kind == "abbrev":
        parts = [head, "<article><p>"]
        _fill(parts, size, lambda: "U.S. Gen. St. 12. No. 5 a.m. i.e. e.g. Mr. A. B. said. " * 100)
    else:
        raise SystemExit(f"unknown kind {kind!r}; choose from {', '.join(KINDS)}")
    return "".join(parts).encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=25.0)
    parser.add_argument("--kind", choices=KINDS, action="append")
    args = parser.parse_args()
    here = str(__import__("pathlib").Path(__file__).resolve().parent)
    for kind in args.kind or KINDS:
        proc = subprocess.run([sys.executable, "-c", CHILD, here, kind, str(args.mb)], capture_output=True,
                              text=True, timeout=900, check=False)
        print(proc.stdout.strip() or f'{{"kind": "{kind}", "failed": {json.dumps(proc.stderr[-500:])}}}',
              flush=True)


if __name__ == "__main__":
    main()
