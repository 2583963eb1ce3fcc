"""Tell key-figure candidates from numbers that are not figures: dates, times, ages, scores, names.

Each rule is a small named function returning True when the quantity is *not* a figure; they are
listed in :data:`_RULES` with the reason each one gives. The gold labelling rule is the same: dates,
clock times, ages and match scores are not key figures; nor are years, phone numbers, product and
team names ("Doom 3", "Channel 4"), labels ("No. 5", "page 12") or list and footnote markers.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from functools import lru_cache

from articlekit.figures.numbers import Quantity
from articlekit.figures.vocab import Lexicon, lexicon

__all__ = ["blocked_spans", "non_figure_reason"]

_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.])*|\d[\d,.]*|\S")

# Text patterns whose digits are never figures; found once over the whole text.
_BLOCKERS = (
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[ap]\.?m\b\.?|hrs\b|GMT|BST|UTC))?"
               r"|\b\d{1,2}\.\d{2}\s?(?:[ap]\.?m\b\.?|GMT|BST|UTC)"
               r"|\b\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b)|\b\d{1,2}\s?o'clock", re.IGNORECASE),  # clock times
    re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b"),  # numeric dates 21/03/2024, 2024-03-21
    re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)\s?)?\d{2,5}(?:[\s.-]\d{2,5}){2,4}\b"),  # phones
    # addresses; an e-mail starts after a space ("\S+@" tried at every offset of a long token is quadratic)
    re.compile(r"\bhttps?://\S+|\bwww\.\S+|(?<!\S)[^\s@]+@\S+\.\w+"),
    # list markers at line start ("[ \t]", not "\s": from each of n blank lines "\s*" would run to the end)
    re.compile(r"(?m)^[ \t]*\d{1,3}[.)](?=\s)"),
    re.compile(r"\[\d{1,3}\]"),  # footnote markers
    # "in '94", "since '06": a year with its century elided (not a quotation that opens with a number)
    re.compile(r"\b(?:in|of|since|from|until|to|by)\s+['’]\d{2}\b(?![\d'’%])", re.IGNORECASE),
    re.compile(r"\b\d+\s*(?:mins?|minutes?)\s+read\b", re.IGNORECASE),  # "2 min read"
    re.compile(r"\b[vV]\d+(?:\.\d+)+\b"),  # versions
    re.compile(r"(?<![\d.,/])\d{1,4}/\d{1,4}(?![\d/])"),  # "9/11", "24/7", "3/4"
    re.compile(r"\b\d{1,2}\s?(?:heures?|Uhr)\b|\b\d{1,2}h\d{2}\b"),  # French and German clock times
    re.compile(r"\b\d{1,4}\s+(?:[A-Z][a-z]+\s+){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Square|Place|Drive)\b"),
    re.compile(r"\b[012]\d[0-5]\d\s?(?:GMT|BST|UTC|CET|ET|EST|PST|hrs|hours|local time)\b"),  # 24-hour clock
    # leading zeros: codes and clock times, not quantities (but "3 000" groups thousands with a space)
    re.compile(r"(?<![\d.,])(?<!\d[\s\u00a0\u202f])0\d+(?![.,]?\d)"),
)


def _digit_count(s: str) -> int:
    return sum(c.isdigit() for c in s)


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of times, numeric dates, phone numbers, addresses
    and list/footnote markers."""
    spans: list[tuple[int, int]] = []
    for i, pat in enumerate(_BLOCKERS):
        for m in pat.finditer(text):
            if i == 2 and not _looks_like_phone(m.group(0)):
                continue
            if i == 1 and not _looks_like_date(m.group(0)):
                continue
            spans.append((m.start(), m.end()))
    return _merged(sorted(spans))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlaps joined: starts and ends both increase, so one bisect finds a hit."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _looks_like_phone(s: str) -> bool:
    # Nine or more digits in groups: "020 7946 0000", "+44 20 7946 0000", "(555) 123-4567".
    return _digit_count(s) >= 9 and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", s)


def _looks_like_date(s: str) -> bool:
    parts = [int(p) for p in re.split(r"[/.-]", s)]
    return any(p > 31 for p in (parts[0], parts[-1])) or (all(p <= 31 for p in parts) and "." not in s)


def _words_before(text: str, start: int, n: int) -> list[str]:
    return [m.group(0) for m in _TOKEN.finditer(text[max(0, start - 80):start])][-n:]


def _words_after(text: str, end: int, n: int) -> list[str]:
    return [m.group(0) for m in _TOKEN.finditer(text[end:end + 80])][:n]


def _is_code(q: Quantity, text: str, lex: Lexicon) -> bool:
    """"reference 12345678", a 40-digit string: long unseparated digits are codes, not amounts."""
    if not math.isfinite(q.value) or q.value >= 1e16:
        return True
    return q.bare and q.value >= 1e6


def _is_year(q: Quantity, text: str, lex: Lexicon) -> bool:
    """A plain four-digit 1800–2100 is a year ("in 2005", "2018-2019", "Fifa 2005")."""
    if q.unit != "count" or q.scaled or q.spelled or q.separated:
        return False
    if q.high is not None:
        return 1800 <= q.value <= 2100 and q.value <= q.high <= 2100
    return 1800 <= q.value <= 2100 and q.value.is_integer()


def _is_day_of_month(q: Quantity, text: str, lex: Lexicon) -> bool:
    """"12 December", "May 1", "Tuesday 9 November", "between 24 and 26 December": a day number
    (or a range of days) beside a capitalised month."""
    days = q.bare or (q.unit == "count" and q.high is not None and q.high <= 31
                      and not (q.scaled or q.separated or q.spelled))
    if not days or q.value > 31:
        return False
    before, after = _words_before(text, q.start, 3), _words_after(text, q.end, 1)
    joined = len(before) == 3 and before[2].lower() in ("and", "or", "to", "&", "-", "–")
    if joined and before[1][:1].isdigit():
        before = before[:1]  # "June 8 and 16": the second day of a month
    if lex.language != "en" and len(after_de := _words_after(text, q.end, 2)) == 2 and after_de[0] == "de":
        after = after_de[1:]  # "15 de marzo"
    # English capitalises months ("may" is a verb) unless the whole text is lower case; German,
    # French and Spanish need no such cue.
    if before and before[-1].lower().rstrip(",") in lex.weekdays:
        return True  # "Tuesday 9", "vendredi 20 et samedi 21 septembre"
    near = [w for w in (*before[-1:], *after) if w.lower().rstrip(".") in lex.months]
    return any(w[:1].isupper() for w in near) or (bool(near) and (lex.language != "en" or _lowercased(text)))


@lru_cache(maxsize=4)
def _lowercased(text: str) -> bool:
    """Whether ``text`` is written in lower case (some corpora lower-case all but sentence starts)."""
    sample = text[:2000]
    capitals = sum(1 for m in re.finditer(r"(?<=[a-z,;] )[A-Z]", sample))
    return len(sample) > 500 and capitals * 200 < len(sample)


def _is_ordinal(q: Quantity, text: str, lex: Lexicon) -> bool:
    """"am 1. und 2. März", "der 3. Platz" (German), "el 1.º" (Spanish): a number used as an ordinal.

    In German a period right after a plain number makes it an ordinal unless a new sentence starts
    after it (a frequent function word such as "Die" follows).
    """
    if not q.bare or q.value > 999:
        return False
    after = text[q.end:q.end + 2]
    if after in (".º", ".ª"):
        return True
    if not lex.ordinal_period or after[:1] != "." or text[q.end + 1:q.end + 2] not in (" ", "\u00a0"):
        return False
    nxt = _words_after(text, q.end + 1, 1)
    if not nxt:
        return False
    word = nxt[0]
    return not word[:1].isupper() or word.lower() not in lex.sentence_starters


def _is_age(q: Quantity, text: str, lex: Lexicon) -> bool:
    """"56-year-old", "nine years old", "aged 56", "Kevin Rebbie, 56, of …", "the girl, now 15"."""
    tail = text[q.end:q.end + 12].lower()
    if re.match(r"(?:-years?)?-olds?\b|\s+years?[\s-]olds?\b|\s+olds?\b|-year-olds?\b", tail):
        return True
    if q.unit not in ("count", "year") or q.value > 120 or not q.value.is_integer() or q.high is not None:
        return False
    before = _words_before(text, q.start, 3)
    lowered = [w.lower() for w in before]
    if lowered[-1:] and (lowered[-1] in lex.age_cues or lowered[-2:] == ["age", "of"]):
        return True
    if lowered[-3:] in (["as", "young", "as"], ["as", "old", "as"]):
        return True  # "children as young as 12"
    if _age_by_person(q, text, lowered, lex):
        return True
    if lowered[-1:] == [":"] and len(lowered) >= 2 and lowered[-2] in lex.age_cues:
        return True  # a fact box's "Age: 22"
    # A bare number in commas or brackets right after a name is an age; so is one in commas that a
    # verb or "of" follows, whatever stands before it ("huminski (left), 38, has …" in lower-cased copy).
    if lex.language != "de" and len(before) >= 2 and before[-1] == "," and before[-2][:1].isupper() and \
            re.match(r"\.(?:\s|$)", text[q.end:q.end + 2]):
        return True  # "… and Letisha Shakespeare, 17." ends the sentence after the name's age
    if len(before) < 2 or before[-1] not in (",", "(") or not re.match(r"\s*[,)]", text[q.end:q.end + 2]):
        return False
    after = _words_after(text, q.end, 2)
    return before[-2][:1].isupper() or (
        before[-1] == "," and len(after) == 2 and after[0] == "," and after[1] in lex.age_followers)


def _age_by_person(q: Quantity, text: str, lowered: list[str], lex: Lexicon) -> bool:
    """"At 23, Henson has …", "until she was 13,", "I will be 35 so …": a bare number that a person is.

    A person is not a count: "she was 13" is her age unless a noun follows ("he was 35 points
    behind"); a sentence that opens "At 23," gives the age of the person it is about.
    """
    if not q.bare:
        return False
    nxt = _words_after(text, q.end, 1)
    ends_clause = not nxt or not nxt[0][:1].isalpha() or nxt[0].lower().rstrip(".") in lex.function_words
    if lowered[-1:] == ["at"] and nxt[:1] == [","]:
        at = re.search(r"\b[Aa]t\s+$", text[max(0, q.start - 12):q.start])
        return at is not None and _sentence_start(text, q.start - len(at.group(0)))
    i = len(lowered) - 1
    if i < 1 or lowered[i] not in lex.age_verbs or not ends_clause:
        return False
    if lowered[i - 1] in lex.modal_verbs and i >= 2:
        i -= 1  # "I will be 35"
    return lowered[i - 1] in lex.age_subjects


def _is_relative_date(q: Quantity, text: str, lex: Lexicon) -> bool:
    """"four years ago" is a date, not a duration (also "… 16 years ago." at a sentence's end)."""
    after = _words_after(text, q.end, 1)
    # A word token keeps a trailing full stop (for "No."), so "ago." ends a sentence with the same date.
    return q.kind == "duration" and bool(after) and after[0].lower().rstrip(".") == "ago"


def _is_score(q: Quantity, text: str, lex: Lexicon) -> bool:
    """"1-0", "a 24-18 win": two small whole numbers that descend, or sit in a sports context;
    "14-under-par", "three over par": a golf score against par."""
    if _par_score(q, text, lex):
        return True
    if q.high is None or q.unit != "count" or q.separated or q.spelled or q.value > 200 or q.high > 200:
        return False
    if q.high < q.value or (q.value <= 9 and q.high <= 9):
        return True  # ranges ascend ("10-12"); "24-18" and "3-1" are results
    window = text[max(0, q.start - 60):q.end + 60].lower()
    return any(re.search(rf"\b{re.escape(w)}\b", window) for w in lex.sports_words)


def _par_score(q: Quantity, text: str, lex: Lexicon) -> bool:
    tail = text[q.end:q.end + 12].lower().lstrip(" -")
    return any(tail.startswith(w) and not tail[len(w):len(w) + 1].isalpha() for w in lex.par_words)


def _is_event(q: Quantity, text: str, lex: Lexicon) -> bool:
    """"the 100m", "200m gold": a race named by its distance, not a measured quantity."""
    return q.unit == "race"


def _is_name(q: Quantity, text: str, lex: Lexicon) -> bool:
    """"Doom 3", "Channel 4's", "ATR 72-500", "BBC Five": a number that is part of a proper name."""
    if q.spelled:
        return text[q.start].isupper() and not _sentence_start(text, q.start)  # "Million Dollar Baby"
    if q.kind == "duration" and lex.language != "de" and re.search(r"\b[A-Z][a-z]+$", text[q.start:q.end]):
        return True  # "60 Minutes", "28 Days Later": a capitalised time unit names a title (German nouns aside)
    if not (q.unit == "count" and not q.scaled and not q.separated):
        return False
    before = text[max(0, q.start - 40):q.start]
    m = re.search(r"([A-Z][\w'’-]*)\s$", before)
    # "About 200", "Only 211" and "Some 6,500" start sentences; "Doom 3" and "Halo 2" are titles.
    return m is not None and m.group(1).lower() not in lex.name_blockers


def _sentence_start(text: str, pos: int) -> bool:
    if _DATELINE.search(text, max(0, pos - 80), pos):
        return True  # "(CNN) Eight …", "LONDON (Reuters) - Three …": the sentence starts after the dateline
    before = text[max(0, pos - 4):pos].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n"


# A news-agency dateline at the start of a text, paragraph or sentence: an optional upper-case place,
# a bracketed capitalised name and an optional dash ("(CNN)", "PARIS, France (AP) --", "(Reuters) -").
_DATELINE = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?:[A-Z][\w'’.-]*,?\s+){0,3}\([A-Z][\w .&'’-]{0,30}\)\s*(?:[-–—]{1,2}\s*)?$"
)


def _is_label(q: Quantity, text: str, lex: Lexicon) -> bool:
    """"No. 5", "page 12", "top 10", "number seven", "#3": a number used as a label or rank."""
    if q.kind not in ("count",) or q.scaled:
        return False
    before = _words_before(text, q.start, 1)
    if not before:
        return False
    word = before[0]
    if word in ("No", "No.", "no.", "#", "Nos", "Nos.", "Nr", "Nr.", "núm.") or \
            text[max(0, q.start - 3):q.start].rstrip().lower().endswith(("n°", "nº")):
        return True
    if word.endswith(".") and (text[q.start].isupper() or len(word.rstrip(".")) > 3):
        return False  # "… on the highway. Six others …": a label never ends the sentence before its number
    # French and Italian elide the article into the label: "l’article 12", "l'alinéa 3"
    return re.split(r"['’]", word.lower().rstrip("."))[-1] in lex.label_words


def _is_furniture(q: Quantity, text: str, lex: Lexicon) -> bool:
    """"2 mins" alone on a line, "34 comments": page furniture around the article."""
    # Look at most _LINE_WINDOW characters each side: a whole 200 kB line per number is quadratic.
    low, high = max(0, q.start - _LINE_WINDOW), min(len(text), q.end + _LINE_WINDOW)
    line_start = text.rfind("\n", low, q.start) + 1 or low
    line_end = text.find("\n", q.end, high)
    line = text[line_start:line_end if line_end >= 0 else high]
    return len(re.findall(r"[^\W\d_]{2,}", line)) < 3


_LINE_WINDOW = 300  # characters: a furniture line ("34 comments") is far shorter


_Rule = Callable[[Quantity, str, Lexicon], bool]
_RULES: tuple[tuple[str, _Rule], ...] = (
    ("code", _is_code),
    ("year", _is_year),
    ("date", _is_day_of_month),
    ("ordinal", _is_ordinal),
    ("age", _is_age),
    ("relative date", _is_relative_date),
    ("score", _is_score),
    ("event", _is_event),
    ("name", _is_name),
    ("label", _is_label),
    ("furniture", _is_furniture),
)


def non_figure_reason(
    q: Quantity, text: str, blocked: list[tuple[int, int]], language: str = "en"
) -> str | None:
    """Why ``q`` is not a key figure ("year", "date", "age", …), or None if it may be one."""
    i = bisect.bisect_left(blocked, (q.end, -1))  # spans starting before q ends; the last reaches furthest
    if i and blocked[i - 1][1] > q.start:
        return "blocked"
    lex = lexicon(language)
    for reason, rule in _RULES:
        if rule(q, text, lex):
            return reason
    return None
