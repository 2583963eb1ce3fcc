"""Score key-figure candidates: a fitted linear model over named cues.

Each mention is described by the cues of :data:`CUES` (where it stands, what kind it is, whether we
found what it counts, its magnitude, repetition, the title, quotations, comparison bases, small bare
counts …), each a number in [0, 1]. The score is the logit of a logistic regression over them,
fitted by ``bench/fit/fit_figures_weights.py`` and shipped as ``data/figures_weights.json``.
How a cue is measured (lead length, small-count threshold, caps) is in :class:`FiguresConfig`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from articlekit.config import FiguresConfig
from articlekit.errors import ResourceError
from articlekit.figures.vocab import read_data

__all__ = ["CUES", "Features", "cue_row", "score", "shipped_weights"]

KINDS = ("money", "percent", "change", "count", "duration", "ratio")

CUES: tuple[str, ...] = (
    "first_sentence",  # the news lead states the headline number
    "lead",  # one of the first lead_sentences
    "position",  # 1 - sentence index / sentences: earlier is more important
    *(f"kind_{k}" for k in KINDS),
    "counted",  # we found what it counts (a figure that reads on its own)
    "magnitude",  # powers of ten of a count or sum, over magnitude_cap
    "small",  # a bare count under small_count ("two of the …")
    "spelled_small",  # a small number written as a word ("three or four")
    "bare",  # a plain integer: often a label
    "repeats",  # other mentions of the same value, over repeat_cap
    "title",  # the value is in the title
    "quote",  # inside a quotation: colour, not reporting
    "baseline",  # a comparison base ("compared with 10%", "from 11.2% to …")
    "emphasis",  # "a record", "more than", "only"
    "attached",  # a duration that qualifies another figure, or a compound ("a 10-year low")
)


@dataclass(frozen=True)
class Features:
    """The facts about one figure that its score is built from."""

    sentence_index: int
    sentence_count: int
    kind: str
    value: float
    has_counted: bool
    attached: bool  # a compound duration, or one in a sentence that states another figure
    small: bool  # a bare count under the small-count threshold
    spelled_small: bool
    bare: bool
    repeats: int  # other mentions of the same value and unit
    in_title: bool
    in_quote: bool
    baseline: bool
    emphasis: bool


def _magnitude(f: Features, c: FiguresConfig) -> float:
    if f.kind not in ("count", "money") or f.value < 1:
        return 0.0
    return min(math.log10(f.value), c.magnitude_cap) / c.magnitude_cap


def cue_row(f: Features, c: FiguresConfig) -> tuple[float, ...]:
    """The values of :data:`CUES` for one mention, in order, each in [0, 1]."""
    return (
        float(f.sentence_index == 0),
        float(f.sentence_index < c.lead_sentences),
        1.0 - f.sentence_index / max(1, f.sentence_count),
        *(float(f.kind == k) for k in KINDS),
        float(f.has_counted),
        _magnitude(f, c),
        float(f.small),
        float(f.spelled_small),
        float(f.bare),
        min(f.repeats, c.repeat_cap) / c.repeat_cap,
        float(f.in_title),
        float(f.in_quote),
        float(f.baseline),
        float(f.emphasis),
        float(f.attached),
    )


@lru_cache(maxsize=1)
def shipped_weights() -> tuple[float, ...]:
    """The fitted weight of each cue of :data:`CUES`, in order, then the bias."""
    try:
        data = read_data("figures_weights.json")
        weights: Mapping[str, float] = data["weights"]
        return (*(float(weights[c]) for c in CUES), float(data["bias"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"data/figures_weights.json is malformed: {exc!r}") from None


def score(f: Features, c: FiguresConfig, weights: Sequence[float] | None = None) -> float:
    """The importance score of one figure (higher first): the fitted model's logit.

    ``weights`` (one per cue, then the bias) replaces the shipped ones; the fitting script uses it.
    """
    w = shipped_weights() if weights is None else weights
    n = len(CUES)
    return sum(a * b for a, b in zip(w[:n], cue_row(f, c), strict=True)) + w[n]
