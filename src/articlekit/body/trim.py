"""Drop the headline, byline and date lines that pages repeat at the top of the body."""

from __future__ import annotations

import re
from functools import lru_cache

from articlekit.body.blocks import normalize_heading
from articlekit.config import BodyConfig
from articlekit.html.selectors import APPEAL_KEYWORDS, APPEAL_PHRASES, BYLINE_LINE, CONTACT_LABELS
from articlekit.model import Block, Metadata

__all__ = ["drop_copies", "trim_appeal", "trim_contact", "trim_repeats", "trim_tail"]

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MAX_META_LINE = 100  # byline/date lines are short; a longer line is prose that happens to name someone
_MAX_DATE_WORDS = 8  # "Published 3 March 2024, 10:41 GMT" and the like
_MAX_TAIL_LABEL = 60  # a dangling label at the end of a body is shorter than a sentence
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", "“", ")", "'", "’",
                 "。", "！", "？", "）", "」", "』", "．")
_MAX_CONTACT_LINE = 160  # a contact section's lines: names, addresses, "E-Mail: …", a reference
_MAX_CONTACT_CHARS = 800  # ...and the whole section is short
_MAX_APPEAL_LINE = 80  # an appeal's other lines are short ("Cancel anytime.", "All the best, Jane")
_MAX_BYLINE_WORDS = 12  # "By Jane Doe and John Roe, Staff Writers, Washington"
# A paragraph this long met again word for word is a second rendering of the same text (a mobile and a
# desktop copy of a description, a tab's text again in an accordion), not a repetition the author wrote
_MIN_COPY_CHARS = 80


def _is_meta_line(block: Block, metadata: Metadata) -> bool:
    text = block.text
    if block.kind not in ("p", "h") or len(text) > _MAX_META_LINE:
        return False
    if BYLINE_LINE.match(text):
        return True
    low = text.casefold()
    names = [name.casefold() for name in metadata.people if len(name) > 3]  # a company's name is no byline
    if any(name in low for name in names) and len(text.split()) <= _MAX_BYLINE_WORDS and \
            not text.rstrip().endswith("?"):
        return True  # (a question naming the author is the first line of an interview)
    short = len(text.split()) <= _MAX_DATE_WORDS
    return bool(_YEAR.search(text)) and short and not text.rstrip().endswith(".")


def _dangling(block: Block) -> bool:
    """A short line without sentence punctuation at the end of a body: a label, link stub or kicker."""
    text = block.text.rstrip()
    return block.kind in ("p", "h") and (
        block.kind == "h" or (len(text) < _MAX_TAIL_LABEL and not text.endswith(_SENTENCE_END)))


def drop_copies(blocks: list[Block]) -> list[Block]:
    """Drop each paragraph or list of at least ``_MIN_COPY_CHARS`` characters whose text (whitespace
    aside) an earlier block already holds."""
    seen: set[str] = set()
    kept = []
    for block in blocks:
        if len(block.text) >= _MIN_COPY_CHARS and block.kind in ("p", "ul", "ol"):
            key = " ".join(block.text.split())
            if key in seen:
                continue
            seen.add(key)
        kept.append(block)
    return kept


def drop_second_rendering(blocks: list[Block], config: BodyConfig) -> list[Block]:
    """Drop each run of two or more blocks that all repeat earlier blocks, when the run holds at least
    ``copy_run_share`` of the words: the page renders part of its text twice (a mobile and a desktop
    copy, a carousel's clones). A pull quote repeats one block, and a meal plan or a schedule repeats
    short runs among blocks that differ: both stay."""
    seen: set[str] = set()
    repeats = []
    for block in blocks:
        key = " ".join(block.text.split())
        repeats.append(key in seen)
        seen.add(key)
    words = [len(block.text.split()) for block in blocks]
    floor = config.copy_run_share * sum(words)
    kept: list[Block] = []
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and repeats[end]:
            end += 1
        if end - start >= 2 and sum(words[start:end]) >= floor:
            start = end  # the run is a second rendering
            continue
        kept.append(blocks[start])
        start += 1
    return kept


def trim_tail(blocks: list[Block]) -> list[Block]:
    """Drop trailing headings and short unpunctuated lines ("Weitere Informationen:", "Kontakt")."""
    end = len(blocks)
    while end > 1 and _dangling(blocks[end - 1]):
        end -= 1
    return blocks[:end]


def trim_repeats(blocks: list[Block], metadata: Metadata, config: BodyConfig) -> list[Block]:
    """Blocks without the title repeated anywhere, nor byline/date lines among the first few."""
    title = normalize_heading(metadata.title) if metadata.title else ""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if title and normalize_heading(block.text) == title:
            continue
        if i < config.top_scan_blocks and _is_meta_line(block, metadata):
            continue
        out.append(block)
    return out


def _sentence(line: str) -> bool:
    """A line longer than a label that ends like a sentence: prose, not a contact detail."""
    return len(line) > _MAX_TAIL_LABEL and line.rstrip().endswith((".", "!", "?"))


def trim_contact(blocks: list[Block]) -> list[Block]:
    """Drop a trailing contact / further-information section ("Kontakt:", "Media contact") made of short lines."""
    for i in range(len(blocks) - 1, 0, -1):
        block = blocks[i]
        if block.kind in ("p", "h") and len(block.text) <= _MAX_TAIL_LABEL and \
                normalize_heading(block.text) in CONTACT_LABELS:
            rest = blocks[i + 1:]
            lines = [line for b in rest for line in b.text.split("\n")]
            if all(len(line) <= _MAX_CONTACT_LINE and not _sentence(line) for line in lines) and \
                    sum(len(line) for line in lines) <= _MAX_CONTACT_CHARS:
                return blocks[:i]
    return blocks


def trim_appeal(blocks: list[Block], config: BodyConfig) -> list[Block]:
    """Drop a trailing appeal: the publisher's subscription / donation plea, app plug, copyright or
    licence notice, disclaimer or consent box (:data:`APPEAL_PHRASES`), with the short lines after it.

    Only the last ``appeal_scan_blocks`` blocks are looked at and the cut tail must be short
    (``appeal_max_chars``): an article that reports on subscriptions keeps its paragraphs.
    """
    start = max(1, len(blocks) - config.appeal_scan_blocks)
    tail = sum(len(b.text) for b in blocks[start:])
    for i in range(start, len(blocks)):
        if tail <= config.appeal_max_chars and _is_appeal(blocks[i].text):
            return blocks[:i] + [b for b in blocks[i + 1:] if _resumes(b)]
        tail -= len(blocks[i].text)
    return blocks


def _resumes(block: Block) -> bool:
    """After an appeal, a sentence longer than an appeal's short lines is the article again (a promo
    box placed before the last paragraphs); short lines ("Cancel anytime.", a signature) belong to it."""
    text = block.text.rstrip()
    return len(text) > _MAX_APPEAL_LINE and text.endswith(_SENTENCE_END) and not _is_appeal(text)


def _is_appeal(text: str) -> bool:
    low = text.casefold()
    hits = [k for k in APPEAL_KEYWORDS if k in low]
    if not hits:
        return False
    lowered = text.lower()
    # only the phrases that contain a keyword found in the text can match: testing those few is far
    # cheaper than the whole alternation (Python's regex engine tries every branch at every position)
    return any(rx.search(lowered) for rx in _gated_phrases(tuple(hits)))


def _phrases_by_keyword() -> tuple[dict[str, list[re.Pattern[str]]], list[re.Pattern[str]]]:
    """Each appeal keyword's phrases (those spelling it literally), and the phrases spelling none."""
    by_keyword: dict[str, list[re.Pattern[str]]] = {k: [] for k in APPEAL_KEYWORDS}
    ungated: list[re.Pattern[str]] = []
    for phrase in APPEAL_PHRASES:
        keys = [k for k in APPEAL_KEYWORDS if k in phrase]
        rx = re.compile(phrase)
        for k in keys:
            by_keyword[k].append(rx)
        if not keys:
            ungated.append(rx)
    return by_keyword, ungated


_BY_KEYWORD, _UNGATED = _phrases_by_keyword()


@lru_cache(maxsize=256)
def _gated_phrases(hits: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    found = {id(rx): rx for k in hits for rx in _BY_KEYWORD[k]}
    return (*found.values(), *_UNGATED)
