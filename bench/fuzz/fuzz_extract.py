"""Coverage-guided fuzzing of ``articlekit.extract`` with atheris (libFuzzer for Python).

Only :class:`articlekit.ArticlekitError` may escape; any other exception is a finding (libFuzzer
writes the input to ``<artifact dir>/crash-*``). Inputs slower than ``-timeout`` seconds are findings
too (``timeout-*``). On each input the target also renders JSON (which must encode as UTF-8) and
Markdown, and checks two contract properties: every key figure's ``span`` sits in ``text`` at its
offsets, and (for one input in 16) a second run gives the same result. The slowest inputs seen
are recorded in ``$FUZZ_SLOW_DIR`` (default /tmp/fuzz/slow).

Run (a seed corpus is built from fixtures/ and hostile samples when the directory is empty)::

    nice python bench/fuzz/fuzz_extract.py /tmp/fuzz/corpus -max_len=300000 -timeout=10 \\
        -rss_limit_mb=2048 -max_total_time=1800 -artifact_prefix=/tmp/fuzz/artifacts/

``bench/fuzz/fuzz_run.sh`` restarts the fuzzer after each finding until the time budget is spent.
Every finding becomes a regression test in tests/robust/test_regressions.py.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["articlekit"]):
    # extract() imports its stages lazily: import them here so that they are instrumented too.
    import articlekit
    import articlekit.body
    import articlekit.figures
    import articlekit.html.encoding
    import articlekit.html.parse
    import articlekit.metadata
    import articlekit.summary
    from articlekit.errors import ArticlekitError

ROOT = Path(__file__).resolve().parents[2]
SLOW_DIR = Path(os.environ.get("FUZZ_SLOW_DIR", "/tmp/fuzz/slow"))
_slowest = [0.0]


def seed_inputs() -> dict[str, bytes]:
    """Fixture pages plus a few hostile samples, as the fuzzer's starting corpus."""
    seeds = {p.parent.name: p.read_bytes() for p in sorted((ROOT / "fixtures").glob("*/source.html"))}
    seeds.update({
        "deep": b"<div>" * 3000 + b"deep" + b"</div>" * 3000,
        "entities": b'<!DOCTYPE html [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
                    b"<p>&b; &amp; &#x1F600; &#0;</p>",
        "utf16": "<html><body><p>Prices rose 4% to $3.5bn in 2024.</p></body></html>".encode("utf-16-le"),
        "numbers": b"<article><h1>Budget</h1><p>The council spent $1.2 million, up 15%, on 300 roads in "
                   b"2023, about 2.5 times more than the 120 it fixed in 2022.</p></article>",
        "soup": b"<table><p><li><b><i></b></i><td>text<tr><form><p>more</table>&nbsp;&",
    })
    return seeds


def _check(data: bytes) -> None:
    start = time.process_time()
    try:
        article = articlekit.extract(data, url="https://example.com/news/a.html")
    except ArticlekitError:
        return
    spent = time.process_time() - start
    article.to_json().encode("utf-8")  # lone surrogates in any field would fail here
    article.to_markdown()
    text = article.text
    for fig in article.figures:
        if fig.span not in text:
            raise AssertionError(f"figure span {fig.span!r} is not in the text")
        if fig.start >= 0 and text[fig.start:fig.end] != fig.span:
            raise AssertionError(f"figure span {fig.span!r} is not at {fig.start}:{fig.end}")
    if hashlib.blake2b(data, digest_size=1).digest()[0] < 16:
        again = articlekit.extract(data, url="https://example.com/news/a.html")
        if again != article:
            raise AssertionError("two runs on the same input differ")
    if spent > _slowest[0]:
        _slowest[0] = spent
        SLOW_DIR.mkdir(parents=True, exist_ok=True)
        (SLOW_DIR / f"{spent:08.3f}s-{len(data)}B.html").write_bytes(data)


def test_one_input(data: bytes) -> None:
    """libFuzzer's entry point."""
    _check(data)


def main() -> None:
    corpus = next((a for a in sys.argv[1:] if not a.startswith("-")), None)
    if corpus and not any(Path(corpus).glob("*")):
        Path(corpus).mkdir(parents=True, exist_ok=True)
        for name, data in seed_inputs().items():
            (Path(corpus) / f"seed-{name}").write_bytes(data)
    # First use imports the sentence splitter and loads word lists: keep it out of the slow-input record.
    articlekit.extract(b"<p>The council said 1,200 homes were flooded in 2024, up 15% on 2023.</p>")
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
