"""Sentence scoring and selection for the In Brief bullets.

Every candidate sentence gets a vector of named features, all in [0, 1] within its document:
where it stands (the news lead), how central it is (shared content words with the rest of the text
and with the headline), how much ground it covers, its length after trimming, and whether it carries
names, numbers, quotations or questions. Two linear weight sets ship in
``data/summary_weights.json``: ``brief`` (hand-set, lead-heavy: a few bullets are the news lead)
and ``coverage`` (fitted on the DEV data by ``bench/fit_summary_weights.py``: a summary that takes
a large share of the article must cover it). The share of sentences asked for mixes the two.
Maximal marginal relevance (MMR) then picks the bullets so they do not repeat each other.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from articlekit.errors import ResourceError
from articlekit.summary.wordlists import load_text
from articlekit.summary.text import content_stems, words

__all__ = [
    "FEATURES",
    "Candidate",
    "blended_scores",
    "feature_rows",
    "score",
    "select",
    "similarity",
    "weight_sets",
]

FEATURES: tuple[str, ...] = (
    "first",  # the first sentence: the news lead
    "lead",  # one of the first few sentences (SummaryConfig.lead_sentences): the news lead
    "position",  # 1 / (1 + index): the lead and the sentences near it
    "late",  # index / count: the tail of an article rarely holds its gist
    "paragraph_start",  # first sentence of its paragraph
    "centroid",  # cosine of its content words with the rest of the document's word counts
    "degree",  # summed word overlap with every other sentence (TextRank-style, unweighted)
    "headline",  # overlap with the title (without one: with the first sentence)
    "coverage",  # mean document frequency of its content words (SumBasic-style)
    "length",  # words after trimming, up to 40
    "over_length",  # words over the bullet budget, as a share of the budget
    "short",  # fewer than 10 words after trimming
    "names",  # share of capitalised words past the first
    "numbers",  # how many numbers it holds (up to 3)
    "quote",  # holds quotation marks: a voice, not a statement of fact
    "question",  # ends in a question mark
)

_QUOTES = re.compile("[\"“”]|(?:^|\\s)['‘]|['’](?:\\s|$)")
_DIGIT = re.compile(r"\d")
_CAPITAL = re.compile(r"^[A-Z][a-z]")


@dataclass(frozen=True)
class Candidate:
    """One sentence of the document as a possible bullet."""

    index: int  # position among the document's sentences
    sentence: str  # the sentence as written in the body
    bullet: str  # the sentence after trimming
    paragraph_start: bool  # first sentence of its paragraph (line)
    stems: frozenset[str]  # content-word stems, for similarity


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Cosine of two stem sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def _scaled(values: list[float]) -> list[float]:
    top = max(values, default=0.0)
    return [v / top for v in values] if top > 0 else [0.0 for _ in values]


def _centrality(stems: list[frozenset[str]]) -> tuple[list[float], list[float], list[float]]:
    """(centroid, degree, coverage) per sentence, each scaled to [0, 1] within the document."""
    freq: Counter[str] = Counter()
    for s in stems:
        freq.update(s)
    norm = math.sqrt(sum(c * c for c in freq.values())) or 1.0
    centroid, degree, coverage = [], [], []
    logs = [math.log(len(s) + 1.0) for s in stems]
    for i, s in enumerate(stems):
        others = sum(freq[w] - 1 for w in s)
        centroid.append(others / (math.sqrt(len(s)) * norm) if s else 0.0)
        coverage.append(others / len(s) if s else 0.0)
        total = 0.0
        for j, t in enumerate(stems):
            if j != i and s and t:
                shared = len(s & t)
                if shared:
                    total += shared / (logs[i] + logs[j])
        degree.append(total)
    return _scaled(centroid), _scaled(degree), _scaled(coverage)


def _surface(cand: Candidate, budget: int) -> list[float]:
    """Length, names, numbers, quote and question features of one candidate."""
    tokens = words(cand.bullet)
    count = len(tokens)
    caps = sum(1 for w in tokens[1:] if _CAPITAL.match(w))
    return [
        min(count, 40) / 40.0,
        max(0, count - budget) / budget,
        1.0 if count < 10 else 0.0,
        min(1.0, 3.0 * caps / count) if count else 0.0,
        min(3, len([w for w in tokens if _DIGIT.search(w)])) / 3.0,
        1.0 if _QUOTES.search(cand.sentence) else 0.0,
        1.0 if cand.sentence.rstrip("\"'”’ ").endswith("?") else 0.0,
    ]


def feature_rows(
    cands: Sequence[Candidate], title: str | None, *, budget: int, lead: int
) -> list[list[float]]:
    """The feature vector of every candidate, in :data:`FEATURES` order."""
    if not cands:
        return []
    stems = [c.stems for c in cands]
    centroid, degree, coverage = _centrality(stems)
    head = frozenset(content_stems(title)) if title else stems[0]
    last = max(c.index for c in cands) + 1
    rows = []
    for k, cand in enumerate(cands):
        rows.append([
            1.0 if cand.index == 0 else 0.0,
            1.0 if cand.index < lead else 0.0,
            1.0 / (1.0 + cand.index),
            cand.index / last,
            1.0 if cand.paragraph_start else 0.0,
            centroid[k],
            degree[k],
            similarity(cand.stems, head),
            coverage[k],
            *_surface(cand, budget),
        ])
    return rows


@lru_cache(maxsize=1)
def weight_sets() -> dict[str, tuple[float, ...]]:
    """The shipped weight sets (``brief`` and ``coverage``), one weight per feature, in order."""
    try:
        data = json.loads(load_text("summary_weights.json"))
        return {
            name: tuple(float(data[name]["weights"][f]) for f in FEATURES) for name in ("brief", "coverage")
        }
    except (ValueError, KeyError, TypeError) as exc:
        raise ResourceError(f"data/summary_weights.json is malformed: {exc!r}") from None


def score(rows: Sequence[Sequence[float]], weights: Sequence[float]) -> list[float]:
    """Linear score of each feature row, rescaled to [0, 1] within the document."""
    raw = [sum(a * b for a, b in zip(weights, row)) for row in rows]
    low, high = min(raw, default=0.0), max(raw, default=0.0)
    spread = (high - low) or 1.0
    return [(v - low) / spread for v in raw]


def blended_scores(rows: Sequence[Sequence[float]], share: float, *, low: float, high: float) -> list[float]:
    """Scores for a summary taking ``share`` of the article's sentences.

    A short summary (share <= ``low``) is ranked by the ``brief`` weights, which trust the news
    lead; a long one (share >= ``high``) by the ``coverage`` weights, fitted to pick the sentences
    that cover the article; in between, the two scores are mixed linearly.
    """
    sets = weight_sets()
    mix = 0.0 if high <= low else min(1.0, max(0.0, (share - low) / (high - low)))
    brief = score(rows, sets["brief"])
    if mix == 0.0:
        return brief
    cover = score(rows, sets["coverage"])
    return [(1.0 - mix) * b + mix * c for b, c in zip(brief, cover)]


def select(
    cands: Sequence[Candidate], scores: Sequence[float], count: int, *, redundancy: float, duplicate: float
) -> list[Candidate]:
    """Pick ``count`` candidates by MMR (``scores`` in [0, 1]), returned in document order."""
    relevance = scores
    chosen: list[int] = []
    while len(chosen) < count:
        best, best_value = -1, -math.inf
        for i, cand in enumerate(cands):
            if i in chosen:
                continue
            overlap = max((similarity(cand.stems, cands[j].stems) for j in chosen), default=0.0)
            if overlap >= duplicate:
                continue
            value = relevance[i] - redundancy * overlap
            if value > best_value:  # strict: ties go to the earlier sentence
                best, best_value = i, value
        if best < 0:
            break
        chosen.append(best)
    return [cands[i] for i in sorted(chosen)]
