"""Sentence splitting: one linear pass of rules over the text, in English, German, French and Spanish.

A sentence ends at ``. ! ? …`` (with any closing quotes or brackets) followed by white space and a
word that does not start lower case, unless the word before the stop is an abbreviation
(``data/abbreviations_<lang>.txt``: "Mr.", "z.B.", "Mme.", "Sra."), an initial ("George W. Bush"),
run-together initials ("J.K. Rowling"), "No." before a number, or a day number before a month
("am 1. März"); those end a sentence only when a frequent sentence starter follows ("the U.S. The").
An ellipsis ends one only before a sentence starter; 。！？ always do. Line breaks (paragraph
boundaries of the body) are hard boundaries.

Every decision looks at a bounded window around one stop, so the cost is linear in the text on any
input ("I. I. I. …", "1. 2. 3. …"). NLTK Punkt is used only when ``SummaryConfig.punkt_model`` names
an installed model; its own regex time cap then becomes :class:`~articlekit.errors.TimeLimitError`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from articlekit.errors import ResourceError, TimeLimitError
from articlekit.summary.wordlists import abbreviations, months, sentence_starters

__all__ = ["SUPPORTED_LANGUAGES", "iter_sentence_spans", "sentence_spans", "split_sentences"]

SUPPORTED_LANGUAGES = ("en", "de", "fr", "es")

_LINE = re.compile(r"[^\n]+")
# A stop: terminal marks, then closing quotes/brackets, then white space (or the line end).
# Closing curly quotes may stand apart ("end. ’ Next"): detokenised text spaces them.
# A stop starts only at the first mark of a run and takes the run whole (possessive): a run of 40,000
# "!" with no space after it was tried from every one of its marks, each attempt reading to its end.
_STOP = re.compile(r"(?:(?<![.!?])\.{2,}+|…|(?<![.!?])[.!?]++)[\"'”’»)\]]*+(?:\s[”’»](?=\s|$))*(?=\s|$)"
                   r"|[。！？]+[」』”’）)]*")
_NEXT_WORD = re.compile(r"(?:\s*[\"'“‘«(\[¿¡])*\s*([^\s\"'”’»)\],;:]*)")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # "J.K" / "U.S" (the final period is the stop)
_LOOKBACK = 40  # characters read before a stop for the word it ends: longer words are not abbreviations
_lock = threading.Lock()


def _language(language: str | None) -> str:
    """The rule set for a BCP 47 tag: its primary language when supported, else English."""
    primary = (language or "en").split("-")[0].lower()
    return primary if primary in SUPPORTED_LANGUAGES else "en"


def _is_break(line: str, stop: re.Match[str], lang: str) -> bool:
    """Whether the stop ``stop`` in ``line`` ends a sentence."""
    mark = stop.group(0)
    if mark[0] in "。！？":
        return True
    nxt = _NEXT_WORD.match(line, stop.end())
    word_after = nxt.group(1) if nxt else ""
    if not word_after:
        return True  # end of the line
    lower = word_after[0].islower()
    starter = not lower and word_after.lower().rstrip(".,") in sentence_starters(lang)
    if mark.startswith(("..", "…")):
        return starter
    if not mark.startswith("."):
        return not lower  # "Why?" she asked.
    if len(mark.rstrip("\"'”’»)]")) > 1:
        return True
    end = stop.start()
    low = max(0, end - _LOOKBACK)
    space = max(line.rfind(" ", low, end), line.rfind("\t", low, end), line.rfind("\u00a0", low, end))
    if space < 0 and low > 0:
        return True  # a "word" longer than the look-back is no abbreviation
    word = line[space + 1:end].lstrip("\"'“‘«([")
    if not word:
        return True
    return starter or not _keeps_going(word, word_after, lang)


def _keeps_going(word: str, word_after: str, lang: str) -> bool:
    """Whether a period after ``word`` is part of the sentence (abbreviation, initial, ordinal)."""
    low = word.lower()
    if low in abbreviations(lang) or _INITIALS.fullmatch(word):
        return True
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "George W. Bush" (lower case in lower-cased text)
    if low in ("no", "nos", "nr", "n°", "núm") and word_after[:1].isdigit():
        return True
    if not word.isdigit() or len(word) > 3:
        return False
    # "am 1. März": German writes a day number as an ordinal before the month, and any ordinal with a
    # period ("am 1. und 2.", "der 3. Platz"); a function word after it starts a new sentence.
    if lang == "de":
        return word_after[0].islower() or word_after.lower() not in sentence_starters(lang)
    return word_after.lower().rstrip(".") in months(lang)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_spans(text: str, base: int, line: str, lang: str) -> Iterator[tuple[int, int]]:
    start = 0
    for stop in _STOP.finditer(line):
        if _is_break(line, stop, lang):
            a, b = _strip(line, start, stop.end())
            if a < b:
                yield base + a, base + b
            start = stop.end()
    a, b = _strip(line, start, len(line))
    if a < b:
        yield base + a, base + b


def iter_sentence_spans(
    text: str, *, punkt_model: str | None = None, language: str | None = None
) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of each sentence, lazily, line by line (stop early on long texts)."""
    if punkt_model is not None:
        yield from _punkt_spans(text, punkt_model)
        return
    lang = _language(language)
    for line in _LINE.finditer(text):
        yield from _line_spans(text, line.start(), line.group(), lang)


def sentence_spans(
    text: str, *, punkt_model: str | None = None, language: str | None = None
) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence of ``text`` (no surrounding whitespace); line breaks
    are hard boundaries. ``language`` (a BCP 47 tag) picks the abbreviations; English when the
    language is not supported.

    ``punkt_model`` names an installed NLTK Punkt model (e.g. ``"english"``) to use instead of the
    rules; it is never picked up unless named.
    """
    return list(iter_sentence_spans(text, punkt_model=punkt_model, language=language))


def split_sentences(text: str, *, punkt_model: str | None = None, language: str | None = None) -> list[str]:
    """The sentences of ``text`` in order."""
    return [text[a:b] for a, b in sentence_spans(text, punkt_model=punkt_model, language=language)]


@lru_cache(maxsize=4)
def _installed_model(model: str) -> Any:
    """A Punkt model from an installed nltk_data (``"english"``), only when asked for by config."""
    from nltk.tokenize.punkt import PunktTokenizer

    try:
        return PunktTokenizer(model)
    except (LookupError, OSError, ValueError) as exc:
        raise ResourceError(f"punkt model {model!r} is not installed: {str(exc).strip()[:200]}") from None


def _punkt_spans(text: str, model: str) -> Iterator[tuple[int, int]]:
    """Spans from an installed Punkt model; its internal regex time cap is articlekit's time error."""
    with _lock:
        tok = _installed_model(model)
    for line in _LINE.finditer(text):
        base = line.start()
        try:
            spans = list(tok.span_tokenize(line.group()))
        except TimeoutError as exc:
            raise TimeLimitError(f"sentence splitting with punkt model {model!r} ran out of time") from exc
        for a, b in spans:
            a, b = _strip(text, base + a, base + b)
            if a < b:
                yield a, b
