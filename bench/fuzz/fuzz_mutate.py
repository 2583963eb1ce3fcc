"""Byte-mutation fuzzing of the public entry points from a fixed seed corpus, reproducible by seed.

Needs nothing beyond the standard library (atheris, in fuzz_extract.py, does not install everywhere),
so CI can run it. Each input is a seed page (the repository's fixtures, plus every ``*.html`` /
``*.html.gz`` under ``--seeds`` directories) changed by a few random mutations: byte flips, hostile
tokens (deep nesting, control-character references, DOCTYPE subsets, attribute floods, sentence and
number runs), a slice repeated many times (the way super-linear work shows), splices, truncation,
and inputs that are nothing but one short slice repeated (no document around it).

On every input ``extract`` runs, then ``summarize`` and ``key_figures`` on its text and on the raw
decoded input. A *finding* is any of:

* an exception that is not an :class:`~articlekit.errors.ArticlekitError`;
* a broken contract (a key figure's span not at its offsets, output that UTF-8 cannot encode);
* more than ``--max-cpu`` seconds of CPU time in any one of those calls (default 1 s: issue 19 asks that
  no input of 1 MB or less take over 1 s of CPU; inputs here are cut at 1 MB);
* a hang: a watchdog thread in C (``faulthandler``) ends the process after ``--hang`` seconds, and
  the input being run is kept in ``<out>/current.bin`` (the next run reports it).

Findings are written to ``<out>/finding-*``; the exit status is 1 if there was any. Example (CI)::

    python bench/fuzz/fuzz_mutate.py --seconds 300 --seed 19 --out /tmp/fuzz-ci

and a long run over real pages, niced::

    nice python bench/fuzz/fuzz_mutate.py --seconds 3600 --seed 1 --seeds DATA_DIR --out /tmp/fuzz-mut
"""

from __future__ import annotations

import argparse
import faulthandler
import gzip
import hashlib
import random
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import articlekit
from articlekit.errors import ArticlekitError
from articlekit.html.encoding import decode_html

ROOT = Path(__file__).resolve().parents[2]
TOKENS = [
    b"<div>", b"</div>", b"<p>", b"</p>", b"<", b">", b"&", b"&#1;", b"&#x0;", b"&#xD800;", b"&bogus",
    b"<!DOCTYPE html [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>", b"&xxe;", b"]>", b"<!--", b"-->",
    b"<![CDATA[", b"]]>", b"<?xml version='1.0' encoding='utf-7'?>", b"<script>", b"</script>",
    b'<meta charset="utf-16">', b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3", b"I. ", b"1. ", b"Mr. ",
    b"$1.2 million, ", b"15% ", b"<table><tr><td>", b"<li>", b'<a href="x">', b"<h1>", b"<article>",
    b'<script type="application/ld+json">{"@type":"NewsArticle","author":[[[', b"]]]}</script>",
    b' a="1"', b"<time datetime='2024-01-01'>", b"By John Smith", b"\r", b"\n\n", b"\t", "\u2028".encode(),
]


def seed_pages(extra: list[Path]) -> list[bytes]:
    """The fixed seed corpus: fixtures, a few hostile samples, then pages under ``extra`` (sorted)."""
    seeds = [p.read_bytes() for p in sorted((ROOT / "fixtures").glob("*/source.html"))]
    seeds += [b"<div>" * 300 + b"x&#1;y" + b"</div>" * 300, b"<p>" + b"I. " * 2000 + b"</p>",
              b"<p " + b" ".join(b"a%d=1" % i for i in range(2000)) + b">x</p>",
              b"<p>x</p><!DOCTYPE x [<!ENTITY e 'y'>]><p>&e;</p>"]
    for directory in extra:
        for path in sorted(directory.rglob("*.htm*")):
            data = path.read_bytes()
            seeds.append(gzip.decompress(data) if path.name.endswith(".gz") else data)
    return seeds


def mutate(rng: random.Random, page: bytes, seeds: list[bytes]) -> bytes:
    """One to eight random mutations of ``page``."""
    data = bytearray(page)
    for _ in range(rng.randint(1, 8)):
        pos = rng.randint(0, len(data))
        kind = rng.randrange(8)
        if kind == 0 and data:  # flip bytes
            for _ in range(rng.randint(1, 16)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif kind == 1:  # insert hostile tokens
            data[pos:pos] = b"".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 4)))
        elif kind == 2:  # repeat a token many times: super-linear paths show here
            data[pos:pos] = rng.choice(TOKENS) * rng.choice((100, 1_000, 10_000, 50_000))
        elif kind == 3 and data:  # repeat a slice of the page
            start = rng.randrange(len(data))
            chunk = bytes(data[start:start + rng.randint(1, 2_000)])
            data[pos:pos] = chunk * rng.randint(2, max(2, 400_000 // max(1, len(chunk))))
        elif kind == 4 and data:  # delete a slice
            del data[pos:pos + rng.randint(1, 5_000)]
        elif kind == 5:  # splice in part of another seed
            other = rng.choice(seeds)
            start = rng.randrange(len(other) or 1)
            data[pos:pos] = other[start:start + rng.randint(1, 20_000)]
        elif kind == 6:  # truncate
            del data[pos:]
        elif kind == 7 and data:  # the whole input one short slice repeated: a page with no document
            start = rng.randrange(len(data))  # around it (libxml2 may build no tree at all)
            chunk = bytes(data[start:start + rng.randint(1, 12)])
            data[:] = chunk * (rng.choice((20_000, 300_000, 1_000_000)) // len(chunk))
    return bytes(data[:1_000_000])


def _timed(spent: list[float], call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``call(*args, **kwargs)`` with its CPU time appended to ``spent``; an ArticlekitError gives None."""
    start = time.process_time()
    try:
        return call(*args, **kwargs)
    except ArticlekitError:
        return None
    finally:
        spent.append(time.process_time() - start)


def check(data: bytes) -> list[float]:
    """Run the public entry points on ``data``; raise on anything that is a finding.

    Returns the CPU seconds of each entry-point call, so that the caller can bound every call.
    """
    spent: list[float] = []
    article = _timed(spent, articlekit.extract, data, url="https://example.com/news/a.html")
    if article is not None:
        article.to_json().encode("utf-8")
        article.to_markdown()
        for fig in article.figures:
            if fig.start >= 0 and article.text[fig.start:fig.end] != fig.span:
                raise AssertionError(f"figure span {fig.span!r} is not at {fig.start}:{fig.end}")
    raw = decode_html(data)
    for text in ((article.text if article else ""), raw):
        for call in (articlekit.summarize, articlekit.key_figures):
            _timed(spent, call, text)
    return spent


def _record(out: Path, kind: str, data: bytes, detail: str) -> None:
    digest = hashlib.sha1(data).hexdigest()[:12]
    (out / f"finding-{kind}-{digest}.bin").write_bytes(data)
    (out / f"finding-{kind}-{digest}.txt").write_text(detail, encoding="utf-8")
    print(f"FINDING {kind} {digest} ({len(data):,} bytes): {detail.splitlines()[-1] if detail else ''}",
          flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--seeds", type=Path, action="append", default=[], help="more seed page directories")
    parser.add_argument("--out", type=Path, default=Path("/tmp/fuzz-mutate"))
    parser.add_argument("--max-cpu", type=float, default=1.0, help="CPU seconds of one call before a finding")
    parser.add_argument("--hang", type=float, default=30.0, help="wall seconds before the watchdog ends the run")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    current = args.out / "current.bin"
    findings = 0
    if current.exists():  # the previous run was ended by the watchdog on this input
        _record(args.out, "hang", current.read_bytes(), "the watchdog ended the previous run on this input")
        current.unlink()
        findings += 1
    seeds = seed_pages(args.seeds)
    rng = random.Random(args.seed)
    check(seeds[0])  # first-use imports and word lists stay out of the timings
    end = time.monotonic() + args.seconds
    tried, slowest = 0, 0.0
    while time.monotonic() < end:
        data = mutate(rng, rng.choice(seeds), seeds)
        current.write_bytes(data)
        faulthandler.dump_traceback_later(args.hang, exit=True)
        spent = 0.0
        try:
            spent = max(check(data))
        except Exception:
            _record(args.out, "exception", data, traceback.format_exc())
            findings += 1
        faulthandler.cancel_dump_traceback_later()
        tried += 1
        slowest = max(slowest, spent)
        if tried % 10 == 0:
            print(f"tried {tried}; findings {findings}; slowest call {slowest:.2f} s CPU", flush=True)
        if spent > args.max_cpu:
            _record(args.out, "slow", data, f"{spent:.2f} s CPU in one call")
            findings += 1
    current.unlink(missing_ok=True)
    print(f"inputs tried: {tried}; findings: {findings}; slowest call: {slowest:.2f} s CPU", flush=True)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
