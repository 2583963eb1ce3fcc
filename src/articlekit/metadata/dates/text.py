"""Dates written in the page's visible text: near the headline, in date-labelled elements, relative
phrases ("3 hours ago", "il y a 2 heures", "vor 2 Stunden", "3小时前") and the dateparser fallback."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from articlekit.metadata.dates.parse import DateValue, month_pattern, parse_date_at
from articlekit.metadata.vocab import (
    EDITED_LABELS,
    EVENT_LABELS,
    NOT_PUBLISHED_LABELS,
    PUBLISHED_LABELS,
    RELATIVE_DAYS,
    RELATIVE_ONE,
    RELATIVE_UNITS,
    UPDATED_LABELS,
)

__all__ = ["dateparser_language", "dates_in", "edited_at", "find_text_date", "find_updated_date", "iter_dates",
           "parse_relative", "parse_with_dateparser", "updated_at"]

_DIGITISH = re.compile(r"\d")
_CACHED_CHARS = 5_000  # dates_in results are cached for texts up to this long (the text near the headline)
_LOWER_WORD = re.compile(r"(?<!\w)[^\W\d_A-ZÀ-Þ]", re.U)
_DATELINE_LEAD = 40  # a date starting within this many chars of a line opens it ("BERLIN, 3 May 2024 –")
# DATELINE_PLACE: the place name ahead of a dateline's date ends with a separator ("BERLIN, 3 May 2024",
# "Paris – 3 mai 2024", "(21. November 2022)", "Mo. 3. Mai 2024"); a bare capitalised word opens a
# sentence ("Seit 4. August 2014 gilt …")
_DATELINE_SEPARATORS = (",", ":", ".", "-", "–", "—", "|", "/", "(", ")", "·")
# The "not after a digit" test is written after the first digits (a lookbehind that spans them), not
# before: a pattern that opens with a literal or a class lets the regex engine skip ahead in C (3-5x faster)
_YEAR = re.compile(r"(?:19|20)(?<!\d\d\d)\d{2}(?!\d)")  # a year 1900-2099 not inside a longer number
_LABEL_REACH = 30  # a label this close before a date says what the date is
_YEAR_REACH = 40  # "Wednesday, 21st of September 2024": month names stand this close before the year
# A run of text that may hold a date: numeric forms, month-name forms or CJK forms.
# (the same as "(?<!\d)(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})", see _YEAR)
_NUMERIC_HINT = re.compile(r"\d(?<!\d\d)(?:\d{3}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d?[./-]\d{1,2}[./-]\d{2,4}"
                           r"|\d [./|] \d\d [./|] \d{4})")  # the last: SPACED_NUMERIC
# ENGLISH_FAST_ONLY: English (any en-* tag, and a page that names no language) is not sent to dateparser:
# the fast rules read the English forms it reads (ENGLISH_GLUE), and on English date-labelled texts they
# miss it returned no date, while its import and first call cost ~0.4 s of CPU
_DATEPARSER_LANGS = frozenset({"de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "da", "nb", "fi",
                               "cs", "tr", "ro", "hu", "zh", "ja", "ko", "ar", "id", "el", "uk"})


@lru_cache(maxsize=1)
def _relative_re() -> re.Pattern[str]:
    units = "|".join(sorted((re.escape(u.strip()) for u in RELATIVE_UNITS), key=len, reverse=True))
    one = "|".join(sorted(RELATIVE_ONE, key=len, reverse=True))
    num = rf"(?P<n>\d+|{one})"
    return re.compile(
        rf"(?:\b{num}\s+(?P<u>{units})\s+ago\b"
        rf"|\bvor\s+{num.replace('?P<n>', '?P<n2>')}\s+(?P<u2>{units})\b"
        rf"|\bil\s+y\s+a\s+{num.replace('?P<n>', '?P<n3>')}\s+(?P<u3>{units})\b"
        rf"|\b(?:hace|há|ha)\s+{num.replace('?P<n>', '?P<n4>')}\s+(?P<u4>{units})\b"
        rf"|\b{num.replace('?P<n>', '?P<n5>')}\s+(?P<u5>{units})\s+fa\b"
        rf"|(?P<n6>\d+)\s*(?P<u6>{units})前)",
        re.I,
    )


def parse_relative(text: str, now: dt.datetime | None, *, updated: bool | None = None) -> DateValue | None:
    """A relative phrase resolved against ``now``; without ``now`` always ``None`` (never "today").

    ``updated``: ``False`` skips a phrase labelled as an update ("Updated 3 hours ago"), ``True`` takes
    only such a phrase, ``None`` takes the first phrase whatever its label.
    """
    if now is None:
        return None
    m = _relative_re().search(text)
    if m and updated is not None and updated_at(text, m.start()) != updated:
        return None
    if m:
        n_raw = next(g for g in (m["n"], m["n2"], m["n3"], m["n4"], m["n5"], m["n6"]) if g)
        unit_raw = next(g for g in (m["u"], m["u2"], m["u3"], m["u4"], m["u5"], m["u6"]) if g)
        n = int(n_raw) if n_raw.isdigit() else 1
        unit = RELATIVE_UNITS.get(unit_raw.lower(), "")
        if unit and n < 10_000:
            return now - dt.timedelta(**{unit: n})
    if updated:
        return None
    low = text.lower()
    for word, days in RELATIVE_DAYS.items():
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", low):
            return (now - dt.timedelta(days=days)).date()
    return None


def dateparser_language(language: str) -> str:
    """The language code dateparser is told for a page in ``language`` (BCP 47), or ``""`` when the page's
    dates are left to the fast rules alone (English, no language, languages dateparser is not asked for)."""
    lang = language.replace("_", "-").split("-")[0].lower()
    return lang if lang in _DATEPARSER_LANGS else ""


def parse_with_dateparser(text: str, language: str) -> DateValue | None:
    """The slow path: dateparser told the page's language (2-6 ms instead of ~30 ms guessing); ``None``
    for the languages :func:`dateparser_language` leaves to the fast rules."""
    lang = dateparser_language(language)
    if not lang or not _DIGITISH.search(text) or len(text) > 80:
        return None
    import dateparser  # lazy: ~0.2 s import, needed by few pages

    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "past",
                "RELATIVE_BASE": dt.datetime(2000, 1, 1)}
    try:
        value: dt.datetime | None = dateparser.parse(text, languages=[lang], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a miss is not an error
        return None
    if value is None or f"{value.year % 100:02d}" not in text:
        return None  # no year written: a relative date ("4時間前") resolved against the dummy base
    if value.hour == value.minute == value.second == 0:
        return value.date()
    return value


def _on_dateline(text: str, pos: int, max_line: int) -> bool:
    """A date on a short line, or opening a line ("27.1.2022 – The ministry said …", a news dateline).

    The line's ends are looked for only as far as either test can reach: a page can be one long line
    with thousands of numbers on it, and reading the whole line for each was quadratic (a fuzzed 519 kB
    line of 27,000 number starts took 1.8 s).
    """
    reach = max(0, pos - max(max_line, _DATELINE_LEAD) - 1)
    newline = text.rfind("\n", reach, pos)
    if newline < 0 and reach > 0:
        return False  # the line starts further back than either test allows
    start = newline + 1
    if text.find("\n", pos, start + max_line + 1) >= 0 or len(text) - start <= max_line:
        return True  # the line ends within max_line characters of its start
    # a dateline opens its line with at most a capitalised place name: "BERLIN, 3 May 2024 –"
    lead = text[start:pos]
    if pos - start > _DATELINE_LEAD or _LOWER_WORD.search(lead):
        return False
    return not lead.strip() or lead.rstrip().endswith(_DATELINE_SEPARATORS)


def _label_before(text: str, pos: int) -> str:
    return text[max(0, pos - _LABEL_REACH):pos].rstrip(" :\n\t").lower()


def _not_published(text: str, pos: int) -> bool:
    """Named rule NOT_PUBLISHED: a date labelled as a sign-up, birth or edit day ("Joined\nMay 11, 2017"),
    or as an event or a deadline (EVENT_LABELS: "Termin: 21.02.2020")."""
    label = _label_before(text, pos)
    return label.endswith(NOT_PUBLISHED_LABELS) or label.endswith(EVENT_LABELS)


def updated_at(text: str, pos: int) -> bool:
    """Named rule UPDATE_LABEL: True when the date at ``pos`` follows an update label ("Updated:",
    "Last updated on", "Aktualisiert am", "Mis à jour le", "Actualizado el"): it is the modification date."""
    return _label_before(text, pos).rstrip(" -–—|·,(").endswith(UPDATED_LABELS)


def edited_at(text: str, pos: int) -> bool:
    """True when the date at ``pos`` follows an edit label ("last edited 2019-11-10")."""
    return _label_before(text, pos).endswith(EDITED_LABELS)


def dates_in(text: str, language: str, *, max_line: int = 0) -> list[tuple[int, DateValue]]:
    """Every (position, date) written in ``text`` with a month name or in numeric/CJK form.

    With ``max_line``, only dates on lines at most that long count: a dateline stands on its own,
    while a date inside a sentence is news content ("the law took effect on 15 January").
    """
    if len(text) > _CACHED_CHARS:
        return list(iter_dates(text, language, max_line=max_line))
    return list(_cached_dates(text, language, max_line))


@lru_cache(maxsize=64)
def _cached_dates(text: str, language: str, max_line: int) -> tuple[tuple[int, DateValue], ...]:
    """:func:`dates_in` of a short text, cached: the text above the headline is searched by both the
    near and the wider date finders (dates are immutable, so the cached tuple can be shared)."""
    return tuple(iter_dates(text, language, max_line=max_line))


def iter_dates(text: str, language: str, *, max_line: int = 0,
               edited: bool = False) -> Iterator[tuple[int, DateValue]]:
    """:func:`dates_in` lazily, in page order: a caller that wants the first date of some kind in the
    whole page stops parsing there (``edited``: dates after an edit label are kept too)."""
    for start in _date_starts(text):  # sorted and distinct
        if max_line and not _on_dateline(text, start, max_line):
            continue
        if _not_published(text, start) and not (edited and edited_at(text, start)):
            continue
        value = parse_date_at(text[start: start + 80], language=language)
        if value is not None:
            yield start, value


def _date_starts(text: str) -> list[int]:
    """Where dates may start: numeric forms anywhere, month-name forms only near a four-digit year
    (the month-name pattern is a long alternation, so it runs on short windows, not the whole text)."""
    starts = [m.start() for m in _NUMERIC_HINT.finditer(text)]
    months = month_pattern()
    searched_to = 0
    for year in _YEAR.finditer(text):
        lo = max(year.start() - _YEAR_REACH, searched_to)
        # every month-name date holds a day written before its year, and no other year-like number
        # ends in the window: without a digit before this year ("© 2024") the window holds none
        if _DIGITISH.search(text, lo, year.start()):
            starts += [m.start() for m in months.finditer(text, lo, year.end())]
        searched_to = year.end()
    return sorted(set(starts))


def find_text_date(text: str, *, language: str, now: dt.datetime | None, before: str = "",
                   max_line: int = 0) -> DateValue | None:
    """The publication date closest to the headline: the first one in ``text`` (which starts at the
    headline), else the last one in ``before`` (the text just above it), else a relative phrase. Dates
    labelled as an update (UPDATE_LABEL) are skipped: :func:`find_updated_date` reads them."""
    after = [(p, v) for p, v in dates_in(text, language, max_line=max_line) if not updated_at(text, p)]
    ahead = [(p, v) for p, v in dates_in(before, language, max_line=max_line) if not updated_at(before, p)]
    # LABELLED_PUBLISHED: "Veröffentlicht am 10. Februar 2019" beats a nearer unlabelled date
    labelled = [v for p, v in ahead if _label_before(before, p).endswith(PUBLISHED_LABELS)]
    labelled += [v for p, v in after if _label_before(text, p).endswith(PUBLISHED_LABELS)]
    if labelled:
        return labelled[0]
    if after:
        return after[0][1]
    if ahead:
        return ahead[-1][1]
    return parse_relative(text[:2000], now, updated=False)


def find_updated_date(text: str, *, language: str, now: dt.datetime | None, before: str = "",
                      max_line: int = 0) -> DateValue | None:
    """The date labelled as the last update closest to the headline (UPDATE_LABEL): the first in ``text``,
    else the last in ``before``, else an update-labelled relative phrase ("Updated 3 hours ago")."""
    after = [v for p, v in dates_in(text, language, max_line=max_line) if updated_at(text, p)]
    if after:
        return after[0]
    ahead = [v for p, v in dates_in(before, language, max_line=max_line) if updated_at(before, p)]
    if ahead:
        return ahead[-1]
    return parse_relative(text[:2000], now, updated=True)
