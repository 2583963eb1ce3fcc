"""Trimming a chosen sentence into a bullet that stands alone, by deleting words only.

Each rule deletes a span that is clearly droppable and never adds a word: a leading connective
("However, ..."), a leading "According to X,", short parentheticals ("(pictured)", "- one of the
largest -", a leading "(CNN)"), a trailing attribution (", police said on Monday."), and, for a
sentence still over the word budget, non-restrictive relative clauses (", who ... ,") and then a
trailing clause after ", which/while/..." (the sentence's final period is kept).
The one change that is not a deletion: when a connective is dropped and the new first word is an
ordinary lower-case word, its first letter is capitalised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from articlekit.config import SummaryConfig
from articlekit.summary.wordlists import attribution_verbs, connectives, load_lines

__all__ = [
    "cut_long_clause",
    "drop_attribution_tail",
    "drop_leading_connective",
    "drop_leading_dateline",
    "drop_parentheticals",
    "drop_relative_clauses",
    "relative_spans",
    "trim_sentence",
    "whole_sentence",
    "word_count",
]

_WORD = re.compile(r"\S+")
_OPEN_QUOTES = "\"“‘'"
_LEADING_ACCORDING = re.compile(r"^According to [^,;:\"“”]{2,60}, ")
_PAREN = re.compile(r" ?\(([^()\[\]]{1,80})\)")
# "(CNN) Two passengers ..." / "(Reuters) - The market ...": a source dateline before a capital.
_LEADING_PAREN = re.compile(r"^\([^()]{1,30}\)\s*(?:(?:--|[-–—])\s*)?(?=[A-Z])")
_QUOTATION = re.compile("[\"“”]|(?:^|\\s)['‘]")
_FINITE_BE_HAVE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could)\b", re.IGNORECASE)
_DASH_PAIR = re.compile(r" (?:-|–|—) ([^-–—()\"“”]{1,100}?) (?:-|–|—)(?= )")
_LOWER_WORD = re.compile(r"^[a-z]+\b(?![\w’'-]*[A-Z])")
# ", <≤5 words> <verb>[ <≤5 more words>]." or ", <verb> <≤6 words>." or ", according to <...>."
_TAIL_WORDS = r"[A-Za-z0-9’'.&-]+"


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(_WORD.findall(text))


def _capitalise_first(text: str) -> str:
    # Only an ordinary lower-case word (not "iPhone", not a number) gets a capital.
    if _LOWER_WORD.match(text):
        return text[0].upper() + text[1:]
    return text


@lru_cache(maxsize=1)
def _connective_pattern() -> re.Pattern[str]:
    alts = []
    for phrase, needs_comma in connectives():
        body = r"\s+".join(re.escape(w) for w in phrase.split())
        alts.append(body + (r",\s+" if needs_comma else r"(?:,\s+|\s+)"))
    return re.compile(r"^(?:" + "|".join(alts) + ")", re.IGNORECASE)


def drop_leading_connective(sentence: str, *, min_words: int = 4) -> str:
    """Delete a leading connective ("But", "However,", "According to police,")."""
    for pattern in (_connective_pattern(), _LEADING_ACCORDING):
        match = pattern.match(sentence)
        if match and word_count(sentence[match.end() :]) >= min_words:
            return _capitalise_first(sentence[match.end() :])
    return sentence


def _quotes_balanced(text: str) -> bool:
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def _has_quotation(text: str) -> bool:
    return bool(_QUOTATION.search(text))


@lru_cache(maxsize=1)
def _aside_pattern() -> re.Pattern[str]:
    openers = "|".join(re.escape(w) for w in load_lines("aside_openers_en.txt"))
    return re.compile(rf"(?:{openers})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _place_dateline() -> re.Pattern[str]:
    # "LONDON, England (CNN) -- ...", "Rome (CNN) ...": up to 4 capitalised words, then a news source.
    # A lower-cased text ("rome (cnn) italy is ...") gets the same rule in lower case.
    names = load_lines("news_agencies_en.txt")
    upper = "|".join(re.escape(w) for w in names)
    lower = "|".join(re.escape(w.lower()) for w in names)
    return re.compile(
        rf"^(?:(?:[A-Z][\w.'’-]*,? ){{1,4}}\((?:{upper})\)|(?:[a-z][\w.'’-]*,? ){{0,4}}\((?:{lower})\))"
        r"\s*(?:(?:--|[-–—])\s*)?(?=[\w\"“‘'])"
    )


def drop_parentheticals(sentence: str, *, max_words: int = 8) -> str:
    """Delete short asides: a leading "(CNN)" dateline, "(pictured)", " - one of the largest - ".

    Nothing is deleted from a sentence holding a quotation: brackets there are the writer's
    clarifications of someone's words.
    """
    lead = _LEADING_PAREN.match(sentence) or _place_dateline().match(sentence)
    # A lower-cased text ("rome (cnn) italy is ...") starts its sentence after the dateline: the
    # first word gets its capital, as after a dropped connective, or it would not read as a sentence.
    out = _capitalise_first(sentence[lead.end() :]) if lead else sentence
    if _has_quotation(out):
        return out if word_count(out) >= 4 else sentence

    def paren(match: re.Match[str]) -> str:
        return "" if word_count(match.group(1)) <= max_words else match.group(0)

    def dashes(match: re.Match[str]) -> str:
        inner = match.group(1)
        # Only an appositive ("one of the ...", "the largest ...") with no verb of its own: a dash
        # pair around a clause ("- the house is double glazed -") separates, it is not an aside.
        keep = (
            word_count(inner) > max_words + 4
            or "," in inner
            or not _aside_pattern().match(inner)
            or _FINITE_BE_HAVE.search(inner)
        )
        return match.group(0) if keep else ""

    out = _PAREN.sub(paren, out)
    if out.startswith(" ") or word_count(out) < 4:
        return sentence
    return _DASH_PAIR.sub(dashes, out)


@lru_cache(maxsize=1)
def _tail_pattern() -> re.Pattern[str]:
    verbs = "|".join(sorted(attribution_verbs()))
    subject = rf"(?:{_TAIL_WORDS} ){{0,4}}{_TAIL_WORDS}"
    rest = rf"(?: {_TAIL_WORDS}){{0,5}}"
    return re.compile(
        rf", (?:{subject} (?:{verbs}){rest}|(?:{verbs}) {subject}{rest}|according to {subject}{rest})"
        r"(?=[.]$)"
    )


def drop_attribution_tail(sentence: str, *, min_words: int = 6) -> str:
    """Delete a trailing attribution: "Prices will rise, the bank said." → "Prices will rise."."""
    match = _tail_pattern().search(sentence)
    if not match:
        return sentence
    head = sentence[: match.start()]
    # Inside a quotation the tail is the speaker ("..., he said." after an opened quote): keep it.
    if not _quotes_balanced(head) or head.rstrip().endswith(tuple(_OPEN_QUOTES + "”’")):
        return sentence
    if " that " in match.group(0) or word_count(head) < min_words:
        return sentence
    return head + sentence[match.end() :]


@lru_cache(maxsize=1)
def _clause_pattern() -> re.Pattern[str]:
    openers = "|".join(re.escape(w) for w in load_lines("clause_openers_en.txt"))
    return re.compile(rf"(?:, |; | -{{1,2}} | – | — )(?:{openers})\b", re.IGNORECASE)


# ", who has played there since 2013," -- a non-restrictive relative clause between commas.
_RELATIVE = re.compile(r", (?:who|which|whose) [^,;:()\"“”]{3,100}?,(?= (?!(?:and|or|but|nor) ))")


def drop_relative_clauses(sentence: str, *, max_words: int) -> str:
    """Delete non-restrictive relative clauses (", who ... ,") from a sentence over ``max_words``."""
    out = sentence
    while word_count(out) > max_words:
        match = _RELATIVE.search(out)
        if not match or word_count(match.group(0)) > 15:
            break
        out = out[: match.start()] + out[match.end() :]
    return out


# A relative clause after the subject, closed before the main verb: "The striker, who joined in
# 2013, and ..., is nominated": its closing comma is followed by a lower-case word other than
# and/or/but. A trailing cut inside it would leave "The striker, who joined in 2013." (no verb).
_RELATIVE_OPEN = re.compile(r", (?:who|which|whose) ")
_RELATIVE_CLOSE = re.compile(r", (?!(?:and|or|but|nor) )[a-z]")


def relative_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each relative clause (", who ...") that the sentence's main verb follows:
    no clause may be cut inside one."""
    spans = []
    for match in _RELATIVE_OPEN.finditer(sentence):
        close = _RELATIVE_CLOSE.search(sentence, match.end())
        if close:
            spans.append((match.start(), close.start()))
    return spans


def cut_long_clause(sentence: str, *, max_words: int, min_words: int) -> str:
    """Delete a trailing clause of a sentence over ``max_words`` words, keeping its final period."""
    if word_count(sentence) <= max_words or not sentence.endswith(".") or sentence.endswith('."'):
        return sentence
    best = -1
    inside = relative_spans(sentence)
    for match in _clause_pattern().finditer(sentence):
        if any(a < match.start() < b for a, b in inside):
            continue
        kept = sentence[: match.start()]
        if min_words <= word_count(kept) <= max_words and _quotes_balanced(kept):
            best = match.start()
    if best < 0:
        return sentence
    return sentence[:best] + sentence[-1]  # deletes the clause, keeps the original final period


_DATE = r"\d{1,2}[./]\d{1,2}[./]\d{2,4}"
_PLACE = r"[^\W\d_][\w/.'’-]*(?:\s[^\W\d_][\w/.'’-]*)?"
_SOURCE = r"\([^()]{1,30}\)"
# "05.12.2022 | Paris/Dauerthal (iwr-pressedienst) - ", "Dresden (dpa) - ": a date, or a place with
# its source in brackets, before a dash. A place alone before a dash is left: it may be a subject.
_DATELINE = re.compile(
    rf"^(?:{_DATE}\s*[|–—-]\s*(?:{_PLACE}\s*(?:{_SOURCE}\s*)?[|–—-]+\s+)?|{_PLACE}\s*{_SOURCE}\s*[|–—-]+\s+)"
    r"(?=[\"'“‘]?[^\W\d_])"
)


def drop_leading_dateline(sentence: str) -> str:
    """A leading numeric date line ("05.12.2022 | Paris/Dauerthal - Was …") is no part of the sentence."""
    m = _DATELINE.match(sentence)
    return _capitalise_first(sentence[m.end():]) if m else sentence


_RULES: tuple[Callable[[str], str], ...] = (
    drop_leading_dateline,
    drop_leading_connective,
    drop_parentheticals,
    drop_attribution_tail,
)


def whole_sentence(sentence: str) -> str:
    """A sentence kept whole for a long summary: only a leading connective ("However, ...") goes,
    since it points back to a sentence the reader may not be shown."""
    return drop_leading_connective(drop_leading_dateline(sentence.strip()))


def trim_sentence(sentence: str, config: SummaryConfig, *, budget: int | None = None) -> str:
    """Apply every trimming rule to one sentence; the result is the sentence with words deleted.

    ``budget`` is the word count from which clauses are cut (default ``config.max_bullet_words``).
    """
    limit = config.max_bullet_words if budget is None else budget
    out = sentence.strip()
    for rule in _RULES:
        out = rule(out)
    if config.cut_long_sentences:
        out = drop_relative_clauses(out, max_words=limit)
        out = cut_long_clause(out, max_words=limit, min_words=config.min_clause_words)
    return out
