"""Find every quantity written in a text: numerals, number words, money, percentages, durations.

This module only *reads* numbers (value, unit, extent); deciding which of them are key figures
(and which are dates, ages, scores or names) is the job of :mod:`articlekit.figures.filter`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from articlekit.figures.vocab import Lexicon, alternation, lexicon

__all__ = ["Quantity", "dimension_before", "find_quantities", "uses_decimal_comma"]


@dataclass(frozen=True)
class Quantity:
    """One number as written: ``text[start:end]`` is its surface (currency, scale and unit included)."""

    value: float
    start: int
    end: int
    unit: str = "count"  # count, percent, percentage point, USD …, year, minute …, km …, fraction
    kind: str = "count"  # count, money, percent, change, duration, ratio
    spelled: bool = False  # written in words ("five million")
    scaled: bool = False  # a scale word or suffix was applied ("1.5bn", "five million")
    separated: bool = False  # written with thousands separators or decimals ("50,000", "1.5")
    compound: bool = False  # a hyphenated adjective ("a 10-year low", "a five-year period")
    high: float | None = None  # the upper end of a range ("10-12%", "between 10 and 12")

    @property
    def bare(self) -> bool:
        """A plain integer: no currency, unit, scale, range or separator ("1997", "3")."""
        return (
            self.unit == "count" and not self.scaled and not self.separated and not self.spelled
            and self.high is None
        )


# Whole words only, in any alphabet: "Köten" is one word, not "K" + "ten".
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_GLUED_UNIT = re.compile(r"(?:pc|pct|p|km|kg|mph|ft|gb|tb|mw|gw|bps)(?![A-Za-z])", re.IGNORECASE)


@dataclass(frozen=True)
class _Patterns:
    numeral: re.Pattern[str]
    percent: re.Pattern[str]
    points: re.Pattern[str]
    currency_word: re.Pattern[str]
    subunit: re.Pattern[str]
    time_unit: re.Pattern[str]
    measure: re.Pattern[str]
    measure_compound: re.Pattern[str]
    range_tail: re.Pattern[str]
    one_in: re.Pattern[str]


@lru_cache(maxsize=8)
def _patterns(decimal_comma: bool, language: str = "en") -> _Patterns:
    lex = lexicon(language)
    prefixes = alternation(list(lex.currency_prefixes))
    if decimal_comma:
        # "1.234,5", "1 234,5" with a (narrow) no-break space, and in French/Spanish a plain space.
        group = r"[.\u00a0\u202f ]" if lex.space_thousands else r"[.\u00a0\u202f]"
        num = rf"\d{{1,3}}(?:{group}\d{{3}})+(?![\d])(?:,\d+)?|\d+(?:,\d+)?"
    else:
        num = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
    scales = alternation(list(lex.scales))
    # Suffixes attach to the digits ("1.5bn", "50k"); "bn"/"mn"/"tn" may also follow a space.
    numeral = (
        rf"(?:(?P<cur>{prefixes})\s?)?(?P<num>{num})"
        rf"(?:(?P<suf>bn|mn|mln|tn|trn|m|k|b)(?![A-Za-z0-9])|\s(?P<suf2>bn|mn|tn)\b"
        rf"|\s?(?P<scale>(?i:{scales}))(?!\w))?"  # "£16million" (Daily Mail style), "16 million", "16 Mio."
    )
    numbers = alternation([*lex.units, *lex.tens])
    percent_words = alternation(list(lex.percent_words))
    of = r"(?:d['’]|de\s)?" if language in ("fr", "es") else ""
    return _Patterns(
        numeral=re.compile(numeral),
        percent=re.compile(rf"\s?%|\s?(?:{percent_words})\b|pc\b", re.IGNORECASE),
        points=re.compile(r"\s(?:percentage\s)?points?\b|\s(?:basis\s)?points\b|\s?bps\b", re.IGNORECASE),
        # "2,3 milliards d'euros", "1.250 millones de euros": French and Spanish join them with "de".
        # "2004 won't": a word followed by a contraction is a verb, not a currency.
        currency_word=re.compile(rf"\s{of}(?:{alternation(list(lex.currency_words))})\b(?!['’][^\W\d_])",
                                 re.IGNORECASE),
        subunit=re.compile(r"\s(?:euro\s)?(?:cents?|pence)\b|p\b", re.IGNORECASE),
        time_unit=re.compile(rf"(?P<sep>\s|-)(?P<u>{alternation(list(lex.time_units))})\b", re.IGNORECASE),
        measure=re.compile(rf"\s?(?P<u>{alternation(list(lex.measure_units))})(?![\w/])", re.IGNORECASE),
        measure_compound=re.compile(rf"-(?P<u>{alternation(list(lex.measure_compounds))})(?![\w/-])",
                                    re.IGNORECASE),
        range_tail=re.compile(r"\s?[-–]\s?(?=\d)|\s(?:and|to)\s(?=[\d$£€¥])"),
        one_in=re.compile(rf"\b(?P<a>one|{numbers}|\d+)\s+in\s+(?:every\s+)?(?P<b>{numbers}|\d+)\b",
                          re.IGNORECASE),
    )


def uses_decimal_comma(text: str) -> bool:
    """Whether ``text`` writes decimals with a comma ("1.234,5"): decided by its own numbers."""
    # Score lists such as "6-1,4-6" are not decimals: a dash beside the comma number rules it out.
    euro = len(re.findall(r"\d\.\d{3},\d", text))
    euro += len(re.findall(r"(?<![\d,.\-–])\d+,\d{1,2}(?![\d,\-–])", text))
    english = len(re.findall(r"\d,\d{3}\.\d", text))
    english += len(re.findall(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.])", text))
    english += len(re.findall(r"\d,\d{3}(?![\d.])", text))
    return euro > english


def _num_value(raw: str, decimal_comma: bool) -> float:
    if decimal_comma:
        return float(re.sub(r"[.\s]", "", raw).replace(",", "."))
    return float(raw.replace(",", ""))


def _boundary_ok(text: str, start: int) -> bool:
    """Digits glued to a word ("A320", "Covid-19", "3.2.1") belong to a name, not a quantity."""
    if start == 0:
        return True
    prev = text[start - 1]
    if prev.isalnum() or prev in "_.,/:":
        return False
    # "2018-2019" and "10-12%" are ranges (joined later); "Covid-19" and "F-35" are names.
    return not (prev in "-–" and start >= 2 and text[start - 2].isalpha())


def _numerals(text: str, decimal_comma: bool, lex: Lexicon) -> list[Quantity]:
    pats = _patterns(decimal_comma, lex.language)
    out: list[Quantity] = []
    for m in pats.numeral.finditer(text):
        if not _boundary_ok(text, m.start()):
            continue
        q = _numeral(m, lex, decimal_comma)
        if q is None or (m.end() < len(text) and text[m.end()].isalnum() and not _unit_glued(text, m.end())):
            continue
        out.append(_with_unit(text, q, lex))
    return out


def _unit_glued(text: str, end: int) -> bool:
    """"5%" is fine, "10th"/"3D" are not: letters right after digits only if they are a unit."""
    return _GLUED_UNIT.match(text, end) is not None


def _numeral(m: re.Match[str], lex: Lexicon, decimal_comma: bool) -> Quantity | None:
    raw = m.group("num")
    value = _num_value(raw, decimal_comma)
    suffix = (m.group("suf") or m.group("suf2") or "").lower()
    cur = m.group("cur")
    if suffix == "b" and not cur:
        return None
    if suffix == "m" and not cur and (_dimension_follows(m.string, m.end(), lex)
                                      or dimension_before(m.string, m.start(), lex) is not None):
        # "(200m away)", "a 60m high wall", "Height: 1.85m": a length in metres, neither a race nor millions.
        return Quantity(value, m.start(), m.end(), "m", "count", separated=bool(re.search(r"[.,]", raw)))
    if suffix == "m" and not cur and value in lex.race_distances:
        # "the 100m", "200m gold": a race distance in metres, not 200 million.
        return Quantity(value, m.start(), m.end(), "race", "count")
    factor = lex.scale_suffixes.get(suffix, 1.0)
    scale = m.group("scale")
    if scale:
        factor = lex.scales[scale.lower()]
    unit, kind = ("count", "count")
    if cur:
        unit, kind = lex.currency_prefixes[cur.strip()], "money"
    separated = bool(re.search(r"[.,\s]", raw))
    return Quantity(value * factor, m.start(), m.end(), unit, kind, scaled=factor != 1.0, separated=separated)


def _dimension_follows(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a word such as "away", "long" or "high" comes right after ``text[:end]``."""
    m = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    return m is not None and m.group(0).lower() in lex.dimension_words


# "Height: 1.85m", "a height of 60m", "width 3m": a dimension's name right before the number
_DIMENSION_BEFORE = re.compile(r"([^\W\d_]+)(?:\s*:|\s+of)?\s*$")


def dimension_before(text: str, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """The span of a dimension's name ("height", "length", "distance") labelling the number at ``start``."""
    m = _DIMENSION_BEFORE.search(text, max(0, start - 24), start)
    return m.span(1) if m is not None and m.group(1).lower() in lex.dimension_words.values() else None


def _with_unit(text: str, q: Quantity, lex: Lexicon) -> Quantity:
    """Extend a quantity over the percent sign, currency word, subunit, or time/measure unit after it."""
    pats = _patterns(False, lex.language)
    end = q.end
    m = pats.percent.match(text, end)
    if m and q.kind != "money":
        q = replace(q, end=m.end(), unit="percent", kind="percent")
        p = pats.points.match(text, q.end)
        if p:
            q = replace(q, end=p.end(), unit="percentage point", kind="change")
        return q
    m = pats.points.match(text, end)
    if m and q.kind == "count" and "percentage" in m.group(0).lower():
        return replace(q, end=m.end(), unit="percentage point", kind="change")
    if q.kind == "count":
        m = pats.subunit.match(text, end)
        if m and not q.scaled:
            word = " ".join(m.group(0).lower().split())
            unit = lex.subunit_words.get(word, "USD")
            return replace(q, value=q.value / 100, end=m.end(), unit=unit, kind="money")
        m = pats.currency_word.match(text, end)
        if m:
            word = re.sub(r"^(?:d['’]|de\s)", "", m.group(0).strip(), flags=re.IGNORECASE)
            unit = lex.currency_words[" ".join(word.lower().split())]
            if not (unit == "KRW" and q.spelled):  # "five won" is a verb
                return replace(q, end=m.end(), unit=unit, kind="money")
    m = pats.time_unit.match(text, end)
    if m and q.kind == "count":
        word = m.group("u").lower()
        # English marks the plural with -s ("a 10 year low" is a compound); other languages do not.
        singular = lex.language == "en" and not word.endswith(("s", "ies")) and q.value != 1
        if singular and word == "second":
            return q  # "six second-hand planes"
        # "a 10 year low" is the compound "10-year" written without its hyphen.
        compound = m.group("sep") == "-" or singular
        return replace(q, end=m.end(), unit=lex.time_units[word], kind="duration", compound=compound)
    m = pats.measure.match(text, end)
    if m and q.kind == "count":
        return replace(q, end=m.end(), unit=lex.measure_units[m.group("u").lower()])
    m = pats.measure_compound.match(text, end)
    if m and q.kind == "count":
        # "a 25-yard strike": a measure written as an adjective describes the noun after it
        return replace(q, end=m.end(), unit=lex.measure_compounds[m.group("u").lower()], compound=True)
    return q


def _join_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Merge "10-12%", "2018-2019", "$5-6bn" and "between 10 and 12" into one ranged quantity."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if i + 1 < len(qs) and _is_range(text, q, qs[i + 1]):
            out.append(_range(text, q, qs[i + 1]))
            i += 2
            continue
        out.append(q)
        i += 1
    return out


def _is_range(text: str, low: Quantity, high: Quantity) -> bool:
    m = _patterns(False).range_tail.match(text, low.end)
    if m is None or m.end() != high.start or not ("count" in (low.kind, high.kind) or low.kind == high.kind):
        return False
    if m.group(0).strip() == "and":
        return text[max(0, low.start - 8):low.start].lower().endswith("between ")
    return m.group(0).strip() in ("-", "–")


def _range(text: str, low: Quantity, high: Quantity) -> Quantity:
    """The range low–high: unit and scale of the high end carry over to a bare low end."""
    value = low.value
    high_value = high.value
    if high.scaled and not low.scaled:
        value *= high.value / _unscaled(text, high)
    if low.bare and 1000 <= low.value <= 2999 and high.value < 100 and high.bare:
        high_value = low.value - low.value % 100 + high.value  # "2021-22" -> 2022
    return Quantity(
        value, low.start, high.end, high.unit if low.unit == "count" else low.unit,
        high.kind if low.kind == "count" else low.kind, spelled=low.spelled,
        scaled=low.scaled or high.scaled, separated=low.separated or high.separated, high=high_value,
    )


def _unscaled(text: str, q: Quantity) -> float:
    m = re.search(r"\d+(?:[.,]\d+)*", text[q.start:q.end])
    if not m:
        return q.value
    try:
        return float(m.group(0).replace(",", "")) or q.value
    except ValueError:
        return q.value


def _word_value(words: list[str], lex: Lexicon) -> float | None:
    """"twenty one" -> 21, "five million" -> 5e6, "a dozen" -> 12, "half a million" -> 5e5."""
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w in lex.units or w in lex.tens:
            current += lex.units.get(w, lex.tens.get(w, 0))
        elif w in lex.hundreds:
            current = (current or 1.0) * 100
        elif w == "dozen":
            current = (current or 1.0) * 12
        elif w in lex.scales:
            total += (current or 1.0) * lex.scales[w]
            current = 0.0
        elif w == "half":
            current = 0.5
        elif w in ("a", "an", "and"):
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def _word_numbers(text: str, lex: Lexicon) -> list[Quantity]:
    tokens = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    lower = [t[0].lower() for t in tokens]
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        q, nxt = _word_number_at(text, tokens, lower, i, lex)
        if q is not None:
            out.append(_with_unit(text, q, lex) if not q.compound else q)
            i = nxt
        else:
            i += 1
    return out


def _numeric_word(w: str, lex: Lexicon) -> bool:
    return lex.is_number_word(w) or w == "dozen" or (
        "-" in w and all(p in lex.units or p in lex.tens for p in w.split("-")))


def _word_number_at(
    text: str, tokens: list[tuple[str, int, int]], lower: list[str], i: int, lex: Lexicon
) -> tuple[Quantity | None, int]:
    """Parse the longest number-word phrase starting at token ``i``."""
    w = lower[i]
    nxt = lower[i + 1] if i + 1 < len(lower) else ""
    if "-" in w and not _numeric_word(w, lex):
        return _compound_word(tokens, i, lex), i + 1
    if i + 1 < len(tokens) and text[tokens[i][2]:tokens[i + 1][1]].strip():
        nxt = ""  # "a $20 billion": words apart are not one number
    if w in lex.fractions or (w in ("a", "an", "one") and nxt in lex.fractions):
        return _fraction(tokens, lower, i, lex)
    starts_a = w in ("a", "an") and (nxt in lex.scales or (nxt in lex.hundreds or nxt == "dozen"))
    start_ok = _numeric_word(w, lex) or starts_a
    if not start_ok:
        return None, i + 1
    j = i + 1
    while j < len(lower) and not text[tokens[j - 1][2]:tokens[j][1]].strip() and (
        _numeric_word(lower[j], lex)
        or (lower[j] == "and" and j + 1 < len(lower) and _numeric_word(lower[j + 1], lex)
            and (lower[j - 1] in lex.hundreds or lower[j - 1] in lex.scales))
        or (lower[j] == "a" and lower[j - 1] == "half" and j + 1 < len(lower) and lower[j + 1] in lex.scales)
    ):
        j += 1
    words = [p for t in lower[i:j] for p in t.split("-")]
    lone_one = len(words) == 1 and lex.units.get(words[0]) == 1  # "one of them", "eins"
    if lone_one or words in (["a"], ["an"]) or all(p in lex.scales or p in lex.hundreds for p in words):
        return None, j  # "one of them", "several thousand visitors": no number stated
    value = _word_value(words, lex)
    if value is None:
        return None, j
    after = lower[j] if j < len(lower) else ""
    if after in _PLURAL_FRACTIONS and not scaled_words(words, lex) and value < 10:
        # "two thirds of people", "three quarters of": a fraction, not a count
        frac = value / _PLURAL_FRACTIONS[after]
        return Quantity(frac, tokens[i][1], tokens[j][2], "fraction", "ratio", spelled=True), j + 1
    scaled = scaled_words(words, lex)
    return Quantity(value, tokens[i][1], tokens[j - 1][2], spelled=True, scaled=scaled), j


_PLURAL_FRACTIONS = {"thirds": 3, "quarters": 4, "fifths": 5, "tenths": 10}


def scaled_words(words: list[str], lex: Lexicon) -> bool:
    """Whether number words include a scale word ("five million")."""
    return any(p in lex.scales for p in words)


def _compound_word(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> Quantity | None:
    """"five-year", "twenty-one-day": number words joined to a time unit by hyphens; "five-member",
    "six-man": a number word joined to a strength word (the count alone)."""
    parts = tokens[i][0].lower().split("-")
    k = 0
    while k < len(parts) and (parts[k] in lex.units or parts[k] in lex.tens or parts[k] in lex.hundreds):
        k += 1
    if k == 0 or k == len(parts) or (parts[:k] == ["one"] and parts[k] not in lex.time_units):
        return None
    value = _word_value(parts[:k], lex)
    if value is None:
        return None
    if parts[k] in ("thirds", "third", "quarters", "quarter", "half") and k + 1 == len(parts):
        frac = lex.fractions.get(parts[k], 0.5)
        frac = frac / (2 if parts[k] == "thirds" else 3 if parts[k] == "quarters" else 1)
        return Quantity(value * frac, tokens[i][1], tokens[i][2], "fraction", "ratio", spelled=True)
    _, start, _ = tokens[i]
    if parts[k] in lex.strength_words and k + 1 == len(parts):
        # "a five-member tribunal": the number alone, so that what follows reads as its members
        return Quantity(value, start, start + len("-".join(parts[:k])), spelled=True)
    if parts[k] not in lex.time_units:
        return None
    end = start + len("-".join(parts[: k + 1]))
    return Quantity(value, start, end, lex.time_units[parts[k]], "duration", spelled=True, compound=True)


def _fraction(
    tokens: list[tuple[str, int, int]], lower: list[str], i: int, lex: Lexicon
) -> tuple[Quantity | None, int]:
    """"half of", "a quarter of", "half a million" (the latter is a count of 500,000)."""
    j = i + 1 if lower[i] in ("a", "an", "one") else i
    frac = lower[j]
    after = lower[j + 1] if j + 1 < len(lower) else ""
    before = lower[i - 1] if i > 0 else ""
    if frac == "half" and after in ("a", "an") and j + 2 < len(lower) and lower[j + 2] in lex.scales:
        value = 0.5 * lex.scales[lower[j + 2]]
        return Quantity(value, tokens[i][1], tokens[j + 2][2], spelled=True, scaled=True), j + 3
    if after != "of" or before in ("first", "second", "third", "fourth", "final", "last", "latter", "the"):
        return None, j + 1
    if frac in ("third", "quarter") and j == i:
        return None, j + 1  # a bare "third of" is an ordinal ("a third of" is not)
    value = lex.fractions[frac]
    if frac in ("thirds", "quarters"):
        return None, j + 1
    return Quantity(value, tokens[i][1], tokens[j][2], "fraction", "ratio", spelled=True), j + 1


def _one_in(text: str, lex: Lexicon) -> list[Quantity]:
    """"one in five adults" is a ratio of 0.2."""
    out: list[Quantity] = []
    for m in _patterns(False, lex.language).one_in.finditer(text):
        a, b = (_token_value(m.group(g), lex) for g in ("a", "b"))
        # "211 in 2021" is a count and a year, not a ratio: keep small, year-free denominators.
        if a is not None and b is not None and 0 < a < b <= 1000:
            out.append(Quantity(a / b, m.start(), m.end(), "fraction", "ratio", spelled=True))
    return out


def _token_value(tok: str, lex: Lexicon) -> float | None:
    t = tok.lower()
    if t.isdigit():
        return float(t)
    return float(lex.units[t]) if t in lex.units else float(lex.tens[t]) if t in lex.tens else None


def _no_overlap(qs: list[Quantity]) -> list[Quantity]:
    """Keep the longest reading where readings overlap ("1.5 million" over "million")."""
    kept: list[Quantity] = []
    for q in sorted(qs, key=lambda q: (q.start, -(q.end - q.start))):
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    return kept


def find_quantities(text: str, *, decimal_comma: bool | None = None, language: str = "en") -> list[Quantity]:
    """Every quantity in ``text``, in order, non-overlapping.

    ``language`` is one of :data:`~articlekit.figures.vocab.FIGURE_LANGUAGES`; ``decimal_comma=None``
    decides by the language (German, French and Spanish write "117,4") or, in English, by the text.
    """
    lex = lexicon(language)
    comma = decimal_comma if decimal_comma is not None else (language != "en" or uses_decimal_comma(text))
    numerals = _join_ranges(text, _no_overlap(_numerals(text, comma, lex)))
    found = [*_one_in(text, lex), *numerals, *_word_numbers(text, lex)]
    return _no_overlap(found)
