"""Score key-figure candidates: a weighted sum of named cues, weights in :class:`FiguresConfig`.

Cues: where the figure stands (first sentence, lead, position), what kind it is (money, change,
percent, count …), whether we found what it counts, its magnitude, repetition of the same value,
presence in the title, and three damping cues: quotations, comparison bases ("compared with 10%")
and small bare counts ("two of the world's largest").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from articlekit.config import FiguresConfig

__all__ = ["Features", "score"]


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


def _kind_weight(kind: str, c: FiguresConfig) -> float:
    return {
        "money": c.w_money, "percent": c.w_percent, "change": c.w_change, "count": c.w_count,
        "duration": c.w_duration, "ratio": c.w_ratio,
    }.get(kind, 0.0)


def _magnitude(f: Features, c: FiguresConfig) -> float:
    if f.kind not in ("count", "money") or f.value < 1:
        return 0.0
    return c.w_magnitude * min(math.log10(f.value), c.magnitude_cap)


def score(f: Features, c: FiguresConfig) -> float:
    """The importance score of one figure (higher first)."""
    s = 0.0
    if f.sentence_index == 0:
        s += c.w_first_sentence
    if f.sentence_index < c.lead_sentences:
        s += c.w_lead
    s += c.w_position * (1.0 - f.sentence_index / max(1, f.sentence_count))
    s += _kind_weight(f.kind, c)
    s += c.w_counted if f.has_counted else c.w_no_counted
    s += _magnitude(f, c)
    s += c.w_small * f.small + c.w_spelled_small * f.spelled_small + c.w_bare * f.bare
    s += c.w_repeat * min(f.repeats, c.repeat_cap)
    s += c.w_title * f.in_title + c.w_quote * f.in_quote + c.w_baseline * f.baseline
    s += c.w_emphasis * f.emphasis + c.w_attached * f.attached
    return s
