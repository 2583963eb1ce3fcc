"""The extractive In Brief summarizer and key figures.

``summarize_text`` reads top to bottom like the pipeline: split the body into sentences
(:mod:`.sentences`), trim each into a candidate bullet (:mod:`.compress`), score the candidates and
pick them without repetition (:mod:`.rank`), and return the picks in document order.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from articlekit.config import SummaryConfig
from articlekit.summary.compress import trim_sentence
from articlekit.summary.rank import Candidate, blended_scores, coverage_mix, feature_rows, select
from articlekit.summary.sentences import iter_sentence_spans
from articlekit.summary.text import content_stems, size

__all__ = ["candidates", "summarize_text"]

_LETTER = re.compile(r"[^\W\d_]")


def _starts_paragraph(text: str, start: int) -> bool:
    """Whether only spaces stand between ``start`` and the previous line break (or the text start)."""
    pos = start - 1
    while pos >= 0 and text[pos] in " \t":
        pos -= 1
    return pos < 0 or text[pos] == "\n"


def candidates(text: str, config: SummaryConfig) -> list[Candidate]:
    """Every sentence of ``text`` that could be a bullet, with its trimmed form, in order."""
    out: list[Candidate] = []
    spans = iter_sentence_spans(text, punkt_model=config.punkt_model)
    for index, (start, end) in enumerate(itertools.islice(spans, config.max_sentences)):
        sentence = text[start:end]
        bullet = trim_sentence(sentence, config)
        length = size(bullet)
        if not config.min_sentence_words <= length <= config.max_sentence_words or not _LETTER.search(bullet):
            continue
        tokens = tuple(content_stems(sentence))
        first = _starts_paragraph(text, start)
        out.append(Candidate(index, sentence, bullet, first, frozenset(tokens), tokens))
    return out


def summarize_text(text: str, *, bullets: int, title: str | None, config: SummaryConfig) -> list[str]:
    """Pick and trim ``bullets`` sentences of ``text``; returned in document order.

    Each bullet is a sentence of ``text`` or that sentence with words deleted (see
    :mod:`articlekit.summary.compress`). Fewer bullets come back when the text has fewer usable
    sentences; an empty or non-text input gives ``[]``.
    """
    if not isinstance(text, str) or not isinstance(bullets, int) or bullets < 1:
        return []
    cands = candidates(text, config)
    if not cands:
        return []
    mix = coverage_mix(bullets, len(cands), config)
    if mix == 0.0 and config.brief_bullet_words < config.max_bullet_words:
        # A brief is read at a glance (CNN/DM highlights: ~13 words): its bullets lose over-budget
        # clauses sooner. Long summaries keep whole sentences, as their references do.
        budget = config.brief_bullet_words
        cands = [replace(c, bullet=trim_sentence(c.sentence, config, budget=budget)) for c in cands]
    rows = feature_rows(cands, title, budget=config.max_bullet_words, lead=config.lead_sentences)
    scores = blended_scores(rows, mix)
    picked = select(
        cands,
        scores,
        bullets,
        redundancy=config.redundancy,
        duplicate=config.duplicate_similarity,
    )
    return [c.bullet for c in picked]
