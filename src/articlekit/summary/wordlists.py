"""The summarizer's word lists, read once from ``articlekit/data/`` (files, not literals in code)."""

from __future__ import annotations

import json
from functools import cache

from articlekit.bundled import data_lines, data_text, stopwords_by_language

__all__ = [
    "abbreviations",
    "attribution_verbs",
    "boilerplate_openers",
    "connectives",
    "load_lines",
    "load_text",
    "months",
    "sentence_starters",
    "stopwords",
    "timestamp_words",
]


load_text = data_text
load_lines = data_lines


@cache
def abbreviations(language: str = "en") -> frozenset[str]:
    """Abbreviations of ``language`` (en, de, fr, es) and English: lower case, no final period
    (``u.s``, ``jan``, ``z.b``, ``mme``). English ones ("Dr.", "U.S.") occur in every language's news."""
    words = set(load_lines("abbreviations_en.txt"))
    if language != "en":
        words.update(load_lines(f"abbreviations_{language}.txt"))
    return frozenset(words)


@cache
def sentence_starters(language: str = "en") -> frozenset[str]:
    """Lower-case words that, capitalised after an abbreviation, begin a new sentence: the English
    list, or for another language its most frequent function words (``data/lang_stopwords.json``)."""
    if language == "en":
        return frozenset(load_lines("sentence_starters_en.txt"))
    return stopwords_by_language().get(language, frozenset())


@cache
def months(language: str = "en") -> frozenset[str]:
    """Lower-case month names and abbreviations of ``language`` (``data/lang_months.json``)."""
    table: dict[str, dict[str, int]] = json.loads(load_text("lang_months.json"))
    return frozenset(table.get(language, {}))


@cache
def stopwords() -> frozenset[str]:
    """English function words ignored when comparing sentences."""
    return frozenset(load_lines("stopwords_en.txt"))


@cache
def attribution_verbs() -> frozenset[str]:
    """Reporting verbs of a droppable attribution tail (", officials said.")."""
    return frozenset(load_lines("attribution_verbs_en.txt"))


@cache
def connectives() -> tuple[tuple[str, bool], ...]:
    """Leading connectives as ``(phrase, needs_comma)``, longest phrase first."""
    pairs: list[tuple[str, bool]] = []
    for line in load_lines("connectives_en.txt"):
        phrase, _, mode = line.partition("\t")
        pairs.append((phrase.strip().lower(), mode.strip() != "any"))
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


@cache
def boilerplate_openers() -> tuple[str, ...]:
    """Lower-case openings of page furniture (bylines, timestamps, video prompts): never bullets."""
    return load_lines("boilerplate_en.txt")


@cache
def timestamp_words() -> frozenset[str]:
    """Lower-case month, weekday, time-zone and am/pm words: with numbers they make a timestamp."""
    return frozenset(load_lines("timestamp_words_en.txt"))
