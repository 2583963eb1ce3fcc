"""The extractive In Brief summarizer and key figures.

``summarize_text`` reads top to bottom like the pipeline: split the body into sentences
(:mod:`.sentences`, or the split the caller shares with the key figures), trim each into a candidate
bullet (:mod:`.compress`), keep those that read as whole sentences and are not captions or
disclaimers (:mod:`.form`), score the candidates and pick them without repetition (:mod:`.rank`);
for a brief, let each pick lose a clause of low-value words (:mod:`.clauses`, :mod:`.brief`);
return the picks in document order with their quotation marks balanced (:mod:`.form`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from articlekit.config import SummaryConfig
from articlekit.summary.brief import brief_forms, doc_words
from articlekit.summary.compress import trim_sentence, whole_sentence
from articlekit.summary.form import balance_quotes, is_furniture, reads_as_sentence
from articlekit.summary.rank import (
    Candidate,
    blended_scores,
    coverage_mix,
    feature_rows,
    needs_word_centroid,
    select,
)
from articlekit.summary.sentences import iter_sentence_spans
from articlekit.summary.text import content_stems, real_size, size, words
from articlekit.summary.wordlists import boilerplate_openers, timestamp_words

__all__ = ["candidates", "fit_to_request", "is_label", "shorten_brief", "summarize_text"]

_LETTER = re.compile(r"[^\W\d_]")
_PICK_ROUNDS = 3  # selections tried when picks come out over the length limit (rare: glued captions)
_LIST_MARKER = re.compile(r"(?:[-–—•*▪·]|:)\s+")


def _starts_paragraph(text: str, start: int) -> bool:
    """Whether only spaces stand between ``start`` and the previous line break (or the text start)."""
    pos = start - 1
    while pos >= 0 and text[pos] in " \t":
        pos -= 1
    return pos < 0 or text[pos] == "\n"


def _over_limit(bullet: str, config: SummaryConfig) -> bool:
    """Whether ``bullet`` has more than ``max_output_words`` words as a reader counts them: every
    space-separated piece, a lone dash too (``real_size`` leaves dashes out, for ranking)."""
    return size(bullet) > config.max_output_words


def is_label(sentence: str) -> bool:
    """Whether a "sentence" is page furniture rather than a statement: a byline, a timestamp
    ("10:49 EST, 14 March 2013 ."), a "Scroll down for video" prompt (``data/boilerplate_en.txt``,
    ``data/timestamp_words_en.txt``)."""
    low = sentence.lower()
    if low.startswith(boilerplate_openers()):
        return True
    stamp = timestamp_words()
    return all(w.isdigit() or w.lower().rstrip(".") in stamp for w in words(sentence))


def candidates(
    text: str, config: SummaryConfig, sentences: Sequence[tuple[int, int]] | None = None
) -> list[Candidate]:
    """Every sentence of ``text`` that could be a bullet, with its trimmed form, in order.

    ``sentences`` are the (start, end) spans of :func:`~articlekit.summary.sentences.sentence_spans`
    when the caller already split the text (the key figures read the same split); else it is split here.
    """
    out: list[Candidate] = []
    spans = iter(sentences) if sentences is not None else iter_sentence_spans(text, punkt_model=config.punkt_model)
    for index, (start, end) in enumerate(itertools.islice(spans, config.max_sentences)):
        marker = _LIST_MARKER.match(text, start, end)
        if marker:  # "- People coming to the UK …": the list dash is layout, not part of the sentence
            start = marker.end()
        sentence = text[start:end]
        bullet = trim_sentence(sentence, config)
        length = real_size(bullet)
        if not config.min_sentence_words <= length <= config.max_sentence_words or not _LETTER.search(bullet):
            continue
        if is_label(bullet) or not reads_as_sentence(bullet) or is_furniture(sentence):
            continue
        tokens = tuple(content_stems(sentence))
        first = _starts_paragraph(text, start)
        out.append(Candidate(index, sentence, bullet, first, frozenset(tokens), tokens))
    return out


def fit_to_request(
    cands: list[Candidate], bullets: int, config: SummaryConfig
) -> tuple[list[Candidate], float]:
    """The coverage mix of a request for ``bullets`` bullets, and the candidates fitted to it.

    A brief (mix 0) is read at a glance (CNN/DM highlights average ~13 words), so its bullets lose
    over-budget clauses from ``brief_bullet_words`` words on; longer summaries keep each sentence
    whole (``coverage_whole_sentences``), as their references do.
    """
    mix = coverage_mix(bullets, len(cands), config)
    if mix > 0.0 and config.coverage_whole_sentences:
        fitted = [c if _over_limit(c.sentence, config) else replace(c, bullet=whole_sentence(c.sentence))
                  for c in cands]
        return [c for c in fitted if not _over_limit(c.bullet, config)], mix
    if mix > 0.0 or config.brief_bullet_words >= config.max_bullet_words:
        return cands, mix
    budget = config.brief_bullet_words
    return [replace(c, bullet=trim_sentence(c.sentence, config, budget=budget)) for c in cands], mix


def summarize_text(
    text: str,
    *,
    bullets: int,
    title: str | None,
    config: SummaryConfig,
    sentences: Sequence[tuple[int, int]] | None = None,
) -> list[str]:
    """Pick and trim ``bullets`` sentences of ``text``; returned in document order.

    Each bullet is a sentence of ``text`` or that sentence with words deleted (see
    :mod:`articlekit.summary.compress`). Fewer bullets come back when the text has fewer usable
    sentences; an empty or non-text input gives ``[]``. ``sentences`` is the text's sentence split
    when the caller has it (see :func:`candidates`).
    """
    if not isinstance(text, str) or not isinstance(bullets, int) or bullets < 1:
        return []
    cands = candidates(text, config, sentences)
    if not cands:
        return []
    cands, mix = fit_to_request(cands, bullets, config)
    rows = feature_rows(cands, title, budget=config.max_bullet_words, lead=config.lead_sentences,
                        word_centroid=needs_word_centroid(mix))
    scores = blended_scores(rows, mix)
    brief = mix == 0.0 and config.brief_shorten
    banned: set[int] = set()
    for _ in range(_PICK_ROUNDS):
        # A pick that is still over max_output_words once shortened gives its place to the next best.
        pool = [k for k in range(len(cands)) if cands[k].index not in banned]
        picked = select([cands[k] for k in pool], [scores[k] for k in pool], bullets,
                        redundancy=config.redundancy, duplicate=config.duplicate_similarity)
        out = shorten_brief(cands, picked, config) if brief else [c.bullet for c in picked]
        too_long = {c.index for c, b in zip(picked, out, strict=True) if _over_limit(b, config)}
        if not too_long:
            break
        banned |= too_long
    return [balance_quotes(b) for b in out if not _over_limit(b, config)]


def shorten_brief(cands: list[Candidate], picked: list[Candidate], config: SummaryConfig) -> list[str]:
    """The picked bullets of a brief, each in its form that keeps the most news per word read."""
    ordinal = {c.index: k for k, c in enumerate(cands)}
    words = doc_words([c.sentence for c in cands], config.lead_sentences)
    return brief_forms(
        [(c.bullet, ordinal[c.index]) for c in picked],
        words,
        reference_words=config.brief_reference_words,
        min_words=config.brief_min_words,
        cut_leading=config.brief_cut_leading,
    )
