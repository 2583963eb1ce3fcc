"""The shorter forms a brief bullet may take: its sentence with one clause deleted.

A brief's bullets are read at a glance (CNN/DM highlights average ~13 words), so a chosen sentence
may lose a trailing clause (", citing testimony from survivors ...") or, when asked for, a leading
one ("On Tuesday, ..."; a brief keeps those by default: ``SummaryConfig.brief_cut_leading``). This
module only lists the candidate forms; :mod:`.brief` decides which to keep.
Every form is the sentence with words deleted (plus a capital on a new first word), never a word
invented, and keeps the sentence's final punctuation.

A trailing clause is cut only where one clearly starts, so the kept part still reads as a sentence:
after ", " / "; " / a spaced dash when the next word opens a clause ("which", "including",
"according", a participle such as "meaning") or the rest is an attribution (", the office said."),
and before a subordinating word that needs no comma (" after ", " because ", " who "). A comma
before any other word may close an apposition ("Sterling, the England striker, was ...") or sit in
a list, so it is never a cut point. The kept part must also end like a sentence: not on a
dangling "of" / "the" / "was" (``data/dangling_words_en.txt``), not on a quotation closed after a
comma.
"""

from __future__ import annotations

import re
from functools import lru_cache

from articlekit.summary.compress import relative_spans
from articlekit.summary.wordlists import attribution_verbs, load_lines

__all__ = ["clause_forms"]

_WORD = re.compile(r"\S+")
_END = re.compile(r"[.!?]$")
_BOUNDARY = re.compile(r"(?:, |; | -{1,2} | – | — )")
_NEXT_WORD = re.compile(r"[A-Za-z’']+")
_PARTICIPLE = re.compile(r"[a-z]{3,}ing$")
_LOWER_WORD = re.compile(r"^[a-z]+\b(?![\w’'-]*[A-Z])")
_QUOTE_START = re.compile("^[\"“‘']")
# A quotation opened with a single quote ('We dream of ...): a cut inside it would leave it open.
_SINGLE_OPEN = re.compile("(?:^|\\s)['‘]")


def _count(text: str) -> int:
    return len(_WORD.findall(text))


def _balanced(text: str) -> bool:
    if _SINGLE_OPEN.search(text):
        return False  # conservative: a single-quoted quotation may be cut open
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


@lru_cache(maxsize=1)
def _tail_openers() -> frozenset[str]:
    return frozenset(load_lines("clause_openers_en.txt"))


@lru_cache(maxsize=1)
def _adjunct_openers() -> frozenset[str]:
    return frozenset(load_lines("adjunct_openers_en.txt"))


@lru_cache(maxsize=1)
def _bare_openers() -> frozenset[str]:
    return frozenset(load_lines("tail_clause_openers_en.txt"))


@lru_cache(maxsize=1)
def _bare_boundary() -> re.Pattern[str]:
    # " after the match", " who has played ...": a subordinate clause opened without a comma.
    words = "|".join(re.escape(w) for w in sorted(_bare_openers()))
    return re.compile(rf" (?=(?:{words}) )")


@lru_cache(maxsize=1)
def _lead_openers() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_lines("lead_clause_openers_en.txt"))
    # "On Tuesday, ...", "Speaking to the BBC, ...": an opener, then up to 80 characters without a
    # quotation or another clause mark, then the comma.
    return re.compile(rf"^(?:{words})\b[^,;:\"“”()]{{0,80}}, ", re.IGNORECASE)


def _is_attribution(tail: str) -> bool:
    """Whether ``tail`` (after a comma) is a short attribution: "the district attorney's office said."."""
    words = tail.rstrip(".!?").split()
    return 0 < len(words) <= 8 and (words[-1] in attribution_verbs() or words[0] in attribution_verbs())


def _opens_clause(sentence: str, start: int, end: int) -> bool:
    """Whether the clause mark at ``start:end`` opens a trailing clause that may go."""
    match = _NEXT_WORD.match(sentence, end)
    if not match:
        return False
    word = match.group(0)
    if word in _adjunct_openers() and "," not in sentence[end:]:
        return True  # the sentence's last comma segment is an adjunct: ", on Wednesday afternoon."
    return word in _tail_openers() or bool(_PARTICIPLE.match(word)) or _is_attribution(sentence[end:])


def _cut_points(sentence: str, after: int) -> list[int]:
    points = [m.start() for m in _BOUNDARY.finditer(sentence, after) if _opens_clause(sentence, *m.span())]
    points += [m.start() for m in _bare_boundary().finditer(sentence, after)]
    return sorted(set(points))


@lru_cache(maxsize=1)
def _dangling() -> frozenset[str]:
    return frozenset(load_lines("dangling_words_en.txt"))


_CLOSED_AFTER_COMMA = re.compile("[,;][\"'’”]+$")


def _ended(kept: str, end: str, min_words: int) -> str | None:
    """``kept`` (a sentence's head) closed with ``end``, or None when it would not read as a sentence:
    too short, a quotation left open, a dangling "of" / "the" (data/dangling_words_en.txt), or a
    quotation closed after a comma (``… in africa,'``)."""
    kept = kept.rstrip(",;:-–— ")
    last = kept.rsplit(" ", 1)[-1].lower()
    if _count(kept) < min_words or not _balanced(kept) or last in _dangling():
        return None
    if _CLOSED_AFTER_COMMA.search(kept):
        return None
    return kept if kept.endswith(end) else kept + end  # "at 11:30 a.m." keeps its one period


def _tail_forms(sentence: str, min_words: int, after: int) -> list[str]:
    end = sentence[-1]
    inside = relative_spans(sentence)
    out = []
    for start in _cut_points(sentence, after):
        if any(a < start < b for a, b in inside):
            continue
        form = _ended(sentence[:start], end, min_words)
        if form:
            out.append(form)
    return out


# An aside between two commas: ", the England striker who ...," / ", who has played there since
# 2013," / ", capped 25 times by Brazil,". It opens with a lower-case word of
# data/aside_clause_openers_en.txt or a participle, and a lower-case word other than and/or/but
# follows it (", 56, of ..." and "red, white and blue" are not asides).
_ASIDE = re.compile(r", ([a-z][\w’'-]*(?: [^,;:()\"“”]*?)?),(?= (?!(?:and|or|but|nor) )[a-z])")
_ASIDE_WORDS = (2, 20)  # words an aside may have


@lru_cache(maxsize=1)
def _aside_openers() -> frozenset[str]:
    return frozenset(load_lines("aside_clause_openers_en.txt"))


def _aside_forms(sentence: str, after: int) -> list[str]:
    """``sentence`` without one of its asides: "Sterling, the striker, was ..." → "Sterling was ..."."""
    out = []
    for match in _ASIDE.finditer(sentence, after):
        inner = match.group(1)
        first = inner.split(" ", 1)[0]
        low, high = _ASIDE_WORDS
        if not low <= _count(inner) <= high or not _balanced(inner):
            continue
        if first in _aside_openers():
            out.append(sentence[: match.start()] + sentence[match.end() :])
        elif first in _tail_openers() or first in _bare_openers():
            continue  # ", including A, B and C": a list, not an aside
        elif _PARTICIPLE.match(first) or first.endswith("ed"):
            out.append(sentence[: match.start()] + sentence[match.end() :])
    return out


def _lead_end(sentence: str) -> int:
    """The end of a leading clause ("On Tuesday, "), or 0."""
    match = _lead_openers().match(sentence)
    return match.end() if match else 0


# A sentence opened by a subordinating word ("After a jet intercepted a plane in an 'unsafe
# manner' earlier this week, the US ..."): its leading clause runs to the first comma however long
# it is or whatever it quotes, and no trailing cut may fall inside it.
_FIRST_COMMA = re.compile(r"[^,;]{1,250}?, ")


def _subordinate_end(sentence: str) -> int:
    """The end of a leading subordinate clause (opened by a word of
    ``data/tail_clause_openers_en.txt``: after, although, when ...), or 0."""
    first = sentence.split(" ", 1)[0].lower()
    if first not in _bare_openers():
        return 0
    match = _FIRST_COMMA.match(sentence)
    return match.end() if match else 0


def clause_forms(sentence: str, *, min_words: int, leading: bool = True) -> list[str]:
    """``sentence`` and each form of it with one trailing clause, a leading clause, or both deleted.

    Only a sentence ending in ". ! ?" (not inside a quotation) is cut; each form keeps at least
    ``min_words`` words, balanced quotation marks and the final punctuation. A trailing cut never
    falls inside a leading clause (that would leave "Although there was no dispute." alone).
    ``leading=False`` keeps the leading clause in every form ("On Tuesday, ..." stays).
    """
    text = sentence.strip()
    if not text or not _END.search(text):
        return [text]
    lead = _lead_end(text)
    bound = max(lead, _subordinate_end(text))  # no trailing cut or aside inside a leading clause
    forms = [text, *_tail_forms(text, min_words, bound)]
    for aside in _aside_forms(text, bound):
        if _count(aside) >= min_words:
            forms.append(aside)
            forms.extend(_tail_forms(aside, min_words, bound))
    rest = text[lead:]
    if leading and lead and _count(rest) >= min_words and not _QUOTE_START.match(rest):
        rest = rest[0].upper() + rest[1:] if _LOWER_WORD.match(rest) else rest
        forms.append(rest)
        forms.extend(_tail_forms(rest, min_words, 0))
    return list(dict.fromkeys(forms))
