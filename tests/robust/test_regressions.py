"""Regression tests for what the hostile-input work found: inputs that hung, crashed or lost text.

Each test names the finding. Time bounds are CPU seconds with a wide margin: the fixed code takes
well under a tenth of the bound, the old code took ten times the bound or more.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import articlekit
from articlekit.figures.filter import blocked_spans


@pytest.fixture(autouse=True, scope="module")
def _warm() -> Iterator[None]:
    """First use imports the sentence splitter and loads word lists (seconds): keep that out of timings."""
    articlekit.extract("<p>The council said 1,200 homes were flooded in 2024, up 15% on the year before.</p>")
    yield


def _cpu(fn: object, *args: object) -> float:
    start = time.process_time()
    fn(*args)  # type: ignore[operator]
    return time.process_time() - start


def test_one_long_token_is_linear_in_blocked_spans() -> None:
    # "\S+@\S+\.\w+" was tried at every offset of a token: 40 kB took 2 s, 1 MB never finished.
    assert _cpu(blocked_spans, "x" * 300_000) < 2
    assert blocked_spans("write to (ann@example.com) or bob@example.org") == [(9, 25), (30, 45)]


def test_long_line_of_numbers_is_linear() -> None:
    # The furniture rule read the whole line around every number: 20,000 numbers on one line took 43 s.
    rng = random.Random(3)
    text = " ".join(f"{rng.randint(0, 10**9)}%" for _ in range(20_000))
    assert _cpu(articlekit.key_figures, text) < 5


def test_many_figures_in_a_long_text_are_linear() -> None:
    # Every figure's description scanned every number of the text: 1,000 paragraphs took 20 s.
    rng = random.Random(4)
    text = "\n\n".join(
        f"The council said {rng.randint(2, 5000):,} homes were flooded, {rng.randint(1, 99)}% more than in "
        f"{rng.randint(1990, 2024)}, and repairs cost ${rng.randint(1, 9)}.5 million." for _ in range(1500))
    assert _cpu(articlekit.key_figures, text) < 6


def test_many_blocked_spans_and_figures_in_one_paragraph_are_linear() -> None:
    # The blocked-span check and the quotation check were quadratic in one long paragraph.
    text = "At 10:30 a.m. on 21/03/2024 the 12 councils and 5 mayors met. " * 800
    assert _cpu(articlekit.key_figures, text) < 6


def test_long_sentence_full_of_figures_is_linear() -> None:
    # Fuzzing: each number's description tokenised its whole "sentence" and checked every token against
    # every number in it; a 50 kB list without a full stop took seconds, 200 kB minutes.
    text = "the 12 councils and 15 mayors said 300 homes and 4,000 roads, " * 1500
    assert _cpu(articlekit.key_figures, text) < 6


def test_svg_path_data_as_text_is_fast() -> None:
    # atheris (timeout artifact, 56 kB): a mutation turned an inline SVG's path data into body text, one
    # 4,300-character "sentence" holding 1,600 numbers; extract() took over 16 s, now 0.15 s.
    path = ("98-4.73-4.59-4.73-.61 0-2.16.02-2.7.08l-1.81 11.22c.33.03.9 0 1.2 0 4.3 0 7.9-2.8 7.9-6.57zm32.1"
            "-6.93l-3.61 22.03c-.15.9-.16 1.26 1.55 1.26l-.43 2.82h-2.97c1.63.75 3.22 1.92 3.22 3.46 0 2.95-2.9 ")
    page = f"<article><h1>Hopes</h1><p>The council said its hopes were high. “Our hopes {path * 25}</p></article>"
    start = time.process_time()
    article = articlekit.extract(page)
    assert time.process_time() - start < 5
    assert all(f.span in article.text for f in article.figures)


def test_long_body_is_analysed_by_prefix() -> None:
    # Summary and figures read at most LimitsConfig.max_analysed_chars of the body.
    para = "<p>The council said 1,200 homes were flooded in the valley, up 15% on last year.</p>"
    page = "<article><h1>Floods</h1>" + para * 3000 + "</article>"
    start = time.process_time()
    article = articlekit.extract(page)
    assert time.process_time() - start < 10
    assert len(article.text) > articlekit.config.DEFAULT.limits.max_analysed_chars
    assert article.summary and all(f.span in article.text for f in article.figures)


def test_text_after_a_lone_surrogate_is_kept() -> None:
    # lxml stops at a lone surrogate in str input, dropping the rest of the page.
    para = "<p>The council said the river rose two metres overnight and homes were flooded.</p>"
    page = "<article>" + para + "\ud800" + para.replace("river", "canal") + "</article>"
    article = articlekit.extract(page)
    assert "canal rose" in article.text


def test_nesting_deeper_than_libxml2_allows_keeps_the_rest() -> None:
    # libxml2 stops at depth 256 and silently drops the rest of the page.
    para = "<p>The council said the river rose two metres overnight and homes were flooded.</p>"
    page = "<div>" * 300 + para + "</div>" * 300 + "<article>" + para.replace("river", "canal") + "</article>"
    assert "canal rose" in articlekit.extract(page).text


def test_output_dir_with_a_non_utf8_file_name(tmp_path: Path) -> None:
    # A Latin-1 file name reaches "source" as lone surrogates: writing the JSON file raised
    # UnicodeEncodeError and the CLI exited with a traceback.
    para = b"<article><p>The council said the river rose two metres overnight and homes were flooded.</p></article>"
    with open(os.fsencode(tmp_path) + b"/caf\xe9.html", "wb") as fh:
        fh.write(para)
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "articlekit", "extract", str(tmp_path), "--output-dir", str(out)],
                          capture_output=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    written = list(out.iterdir())
    assert len(written) == 1 and "river rose" in written[0].read_text(encoding="utf-8")


def test_lone_surrogates_from_json_ld_never_reach_the_output() -> None:
    # JSON-LD "\ud800" escapes decode to lone surrogates that no UTF-8 writer accepts.
    page = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bad \\ud800 title",'
            ' "author": {"name": "Ann \\udfffLee"}, "keywords": "x\\ud800y"}</script><article><p>'
            + "The council said the river rose two metres overnight and homes were flooded. " * 3 + "</p></article>")
    article = articlekit.extract(page)
    article.to_json().encode("utf-8")
    article.to_markdown().encode("utf-8")
