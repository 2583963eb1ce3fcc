"""Sentence scoring and selection for the In Brief bullets.

Every candidate sentence gets a vector of named features, all in [0, 1] within its document:
where it stands (the news lead), how central it is (shared content words with the rest of the text
and with the headline), how much ground it covers, its length after trimming, and whether it carries
names, numbers, quotations or questions. Two linear weight sets ship in
``data/summary_weights.json``: ``brief`` (hand-set, lead-heavy: a few bullets are the news lead)
and ``coverage`` (fitted on the DEV data by ``bench/fit/fit_summary_weights.py``: a summary that takes
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

from articlekit.config import SummaryConfig
from articlekit.errors import ResourceError
from articlekit.summary.text import content_stems, content_words, size, words
from articlekit.summary.wordlists import load_text

__all__ = [
    "FEATURES",
    "Candidate",
    "blended_scores",
    "coverage_mix",
    "feature_rows",
    "needs_word_centroid",
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
    "degree",  # summed word overlap with every other sentence (Reduction / TextRank-style graph)
    "headline",  # overlap with the title (without one: with the first sentence)
    "coverage",  # mean document frequency of its content words (SumBasic-style)
    "length",  # words after trimming, up to 40
    "over_length",  # words over the bullet budget, as a share of the budget
    "short",  # fewer than 10 words after trimming
    "names",  # share of capitalised words past the first
    "numbers",  # how many numbers it holds (up to 3)
    "quote",  # holds quotation marks: a voice, not a statement of fact
    "question",  # ends in a question mark
    "word_centroid",  # cosine of its word counts (unstemmed) with the rest of the document's
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
    tokens: tuple[str, ...]  # the content-word stems in order, repeats kept


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Cosine of two stem sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def _scaled(values: list[float]) -> list[float]:
    top = max(values, default=0.0)
    return [v / top for v in values] if top > 0 else [0.0 for _ in values]


def _centrality(cands: Sequence[Candidate]) -> tuple[list[float], list[float], list[float]]:
    """(centroid, degree, coverage) per sentence, each scaled to [0, 1] within the document.

    degree sums, over every other sentence, the matching pairs of content-word tokens divided by
    the log lengths of both sentences (the edge weight of Reduction / TextRank-style graphs).
    """
    stems = [c.stems for c in cands]
    counts = [Counter(c.tokens) for c in cands]
    freq: Counter[str] = Counter()
    for s in stems:
        freq.update(s)
    norm = math.sqrt(sum(c * c for c in freq.values())) or 1.0
    logs = [math.log(len(c.tokens)) if c.tokens else 0.0 for c in cands]
    degree = [0.0] * len(cands)
    for i in range(len(cands)):
        for j in range(i + 1, len(cands)):
            shared = stems[i] & stems[j]
            if shared and logs[i] + logs[j] > 0:
                edge = sum(counts[i][w] * counts[j][w] for w in shared) / (logs[i] + logs[j])
                degree[i] += edge
                degree[j] += edge
    centroid, coverage = [], []
    for s in stems:
        others = sum(freq[w] - 1 for w in s)
        centroid.append(others / (math.sqrt(len(s)) * norm) if s else 0.0)
        coverage.append(others / len(s) if s else 0.0)
    return _scaled(centroid), _scaled(degree), _scaled(coverage)


def _word_centroid(cands: Sequence[Candidate]) -> list[float]:
    """Cosine of each sentence's word counts with the counts of the rest of the document, scaled
    to [0, 1] within it. Unlike ``centroid`` the words are not stemmed and repeats count: the exact
    word forms an article keeps repeating ("minister's", "tariffs") mark the sentences that carry its
    thread (on BBC DEV's fit half the two together ranked reference sentences better than either)."""
    counts = [Counter(content_words(c.sentence)) for c in cands]
    total: Counter[str] = Counter()
    for c in counts:
        total.update(c)
    norm = math.sqrt(sum(v * v for v in total.values())) or 1.0
    values = []
    for c in counts:
        own = math.sqrt(sum(v * v for v in c.values()))
        values.append(sum(n * (total[w] - n) for w, n in c.items()) / (own * norm) if own else 0.0)
    return _scaled(values)


def _surface(cand: Candidate, budget: int) -> list[float]:
    """Length, names, numbers, quote and question features of one candidate."""
    tokens = words(cand.bullet)
    count = max(len(tokens), size(cand.bullet))
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
    cands: Sequence[Candidate], title: str | None, *, budget: int, lead: int, word_centroid: bool = True
) -> list[list[float]]:
    """The feature vector of every candidate, in :data:`FEATURES` order.

    ``word_centroid=False`` leaves that column 0 (see :func:`needs_word_centroid`: a brief's weights
    ignore it, so a brief need not tokenise its sentences a second time).
    """
    if not cands:
        return []
    centroid, degree, coverage = _centrality(cands)
    words_centroid = _word_centroid(cands) if word_centroid else [0.0] * len(cands)
    head = frozenset(content_stems(title)) if title else cands[0].stems
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
            words_centroid[k],
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


def needs_word_centroid(mix: float) -> bool:
    """Whether a request of coverage mix ``mix`` weighs ``word_centroid`` (else it need not be computed)."""
    column = FEATURES.index("word_centroid")
    sets = weight_sets()
    return (mix > 0.0 and sets["coverage"][column] != 0.0) or (mix < 1.0 and sets["brief"][column] != 0.0)


def score(rows: Sequence[Sequence[float]], weights: Sequence[float]) -> list[float]:
    """Linear score of each feature row, rescaled to [0, 1] within the document."""
    raw = [sum(a * b for a, b in zip(weights, row, strict=True)) for row in rows]
    low, high = min(raw, default=0.0), max(raw, default=0.0)
    spread = (high - low) or 1.0
    return [(v - low) / spread for v in raw]


def coverage_mix(count: int, available: int, config: SummaryConfig) -> float:
    """How much a summary of ``count`` bullets out of ``available`` sentences is a coverage summary.

    0 for a brief: at most ``coverage_min_bullets - 1`` bullets, or at most ``coverage_share_low``
    of the sentences; 1 from ``coverage_share_high`` of the sentences on; linear in between.
    """
    low, high = config.coverage_share_low, config.coverage_share_high
    if count < config.coverage_min_bullets or available <= 0 or high <= low:
        return 0.0
    return min(1.0, max(0.0, (count / available - low) / (high - low)))


def blended_scores(rows: Sequence[Sequence[float]], mix: float) -> list[float]:
    """Scores mixing the ``brief`` weights (trust the news lead) and the ``coverage`` weights
    (fitted to pick the sentences that cover the article) in the proportion ``mix``."""
    sets = weight_sets()
    brief = score(rows, sets["brief"])
    if mix == 0.0:
        return brief
    cover = score(rows, sets["coverage"])
    return [(1.0 - mix) * b + mix * c for b, c in zip(brief, cover, strict=True)]


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
