"""The key-figure ranking model: the shipped file's shape, and the fitting script on a tiny sample."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from articlekit.figures.rank import CUES, shipped_weights

BENCH_FIT = Path(__file__).resolve().parents[2] / "bench" / "fit"

# Tiny labelled sample: (text, values a reader wants). The key figures say what they count and come
# early; the others are small bare counts, comparison bases or quoted colour.
SAMPLE = [
    ("Profits rose 12% to $4.5bn last year. The firm has 3 sites. Sales were 10% a year earlier.",
     {12.0, 4.5e9}),
    ("The storm cut power to 250,000 homes. Two people were hurt. \"It felt like 100 years,\" one said.",
     {250000.0}),
    ("Unemployment fell 0.3% to 5.1% in March. About 40,000 jobs were added, compared with 30,000.",
     {0.3, 40000.0}),
    ("The club paid £30m for the striker. He scored 4 goals in 7 games for his old side.",
     {30e6}),
]


def _script():  # type: ignore[no-untyped-def]
    pytest.importorskip("numpy")
    sys.path.insert(0, str(BENCH_FIT))
    import fit_figures_weights

    return fit_figures_weights


def test_shipped_weights_cover_every_cue() -> None:
    data = json.loads((Path(__file__).resolve().parents[2] / "src/articlekit/data/figures_weights.json")
                      .read_text(encoding="utf-8"))
    assert list(data["weights"]) == list(CUES)
    assert len(shipped_weights()) == len(CUES) + 1
    assert "fit_figures_weights.py" in data["command"]


def test_fit_regenerates_the_same_file_bit_for_bit() -> None:
    f = _script()
    docs = [(f.mentions(text), values) for text, values in SAMPLE]
    first = f.render(f.fit(docs[:2], docs[2:], 1.0, 0.5), 1.0, 0.5)
    again = f.render(f.fit([(f.mentions(t), v) for t, v in SAMPLE[:2]], docs[2:], 1.0, 0.5), 1.0, 0.5)
    assert first == again
    model = json.loads(first)
    assert list(model["weights"]) == list(CUES)
    assert model["bias"] == 0.0  # pairwise rows are symmetric


def test_fitted_weights_follow_the_labels() -> None:
    f = _script()
    docs = [(f.mentions(text), values) for text, values in SAMPLE]
    model = f.fit(docs, [], 1.0, 1.0)
    w = model["weights"]
    assert w["small"] < 0  # "3 sites", "4 goals" were never key
    assert w["baseline"] < 0 and w["quote"] < 0  # "compared with 30,000", "100 years" in a quote
    ranked = f.rank(docs[0][0], f.FiguresConfig(), f.weights_of(model))
    assert {k.value for k in ranked[:2]} == {12.0, 4.5e9}
