"""Fast date parsing: ISO 8601, numeric and month-name formats, RFC 2822, URL paths, plausibility.

Everything here is regex or stdlib; :mod:`articlekit.metadata.dates.text` adds relative dates and the
dateparser fallback for what these cannot read.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from functools import lru_cache
from typing import Literal

from articlekit.bundled import data_json

__all__ = ["DateValue", "Precision", "as_datetime", "month_pattern", "months", "parse_date", "parse_date_at",
           "plausible", "url_date", "url_month"]

DateValue = dt.datetime | dt.date
Precision = Literal["day", "minute", "second"]

_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2}(?!\d))?)?(?!\d)", re.I)
_YMD = re.compile(r"(?<!\d)(\d{4})[/.年](\d{1,2})[/.月](\d{1,2})日?(?!\d)")
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?![\d.]\d)")
# SPACED_NUMERIC: "26 | 01 | 2022", "26 / 01 / 2022": two-digit day and month, one separator set off by
# spaces, a four-digit year (the strict shape keeps scores and page counters out)
_SPACED_DMY = re.compile(r"(?<!\d)(\d{2}) ([./|]) (\d{2}) \2 ((?:19|20)\d{2})(?!\d)")
_TIME = re.compile(r"(?<!\d)(\d{1,2})[:h.](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?!\d)", re.I)
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
# COMPACT_TIMESTAMP: "20210820030646", "202108200306" (a day, then hours, minutes and maybe seconds)
_COMPACT_TIME = re.compile(r"((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])([0-5]\d)([0-5]\d)?")
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])(?:[/_-]?(0[1-9]|[12]\d|3[01]))?(?=[/_.-]|$)")
_URL_DMY = re.compile(r"[/_-](0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2])-((?:19|20)\d{2})(?=[/_.-]|$)")
# URL_UNPADDED: "/2019/6/26/": month and day without a leading zero, only between slashes
_URL_UNPADDED = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?=/|$)")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])(?:/|$)")
_US_LANGS = ("en-us", "en_us")


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month names and abbreviations of every bundled language, lowercased, to their number."""
    table: dict[str, dict[str, int]] = data_json("lang_months.json")
    merged: dict[str, int] = {}
    for names in table.values():
        for name, num in names.items():
            merged.setdefault(name, num)
    return merged


@lru_cache(maxsize=1)
def month_pattern() -> re.Pattern[str]:
    """Dates written with a month name: "21 March 2024", "March 21, 2024", "21. März 2024" …"""
    names = "|".join(sorted((re.escape(m) for m in months()), key=len, reverse=True))
    month = rf"(?P<mon>{names})\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
    year = r"(?P<year>(?:19|20)\d{2})"
    # the glue matches what "\s*,?\s*|…|\s+" did, without two ways to split one run of spaces: that form
    # tried every split before failing, seconds of CPU on a digit followed by a few thousand spaces
    glue = r"\s*(?:,\s*)?|\s+de\s+|\s+del\s+"
    # ENGLISH_GLUE: English also writes "the 3rd of May, 2021" and, in logs and forms, "03-May-2021" and
    # "May-03-2021": "of" joins an ordinal day to its month ("page 2 of May 2021" is no date), a bare
    # hyphen joins all three parts
    # GLUED_DAY: a day may follow a letter directly: page furniture set in adjacent inline elements
    # loses the space between them ("Original Research7 April 2020")
    dmy = rf"(?<![\d_]){day}(?:{glue}|(?<=st|nd|rd|th)\s+of\s+|-){month}(?:{glue}|-){year}(?!\d)"
    mdy = (rf"(?<!\w){month}(?:\s*|-){day.replace('day', 'day2')}(?:\s*,|-)?\s*"
           rf"{year.replace('year', 'year2')}(?!\d)")
    return re.compile(rf"{dmy}|{mdy.replace('mon', 'mon2')}", re.I)


def _tz(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _build(y: int, m: int, d: int, hh: int | None = None, mm: int = 0, ss: int = 0,
           tz: dt.tzinfo | None = None) -> DateValue | None:
    try:
        if hh is None:
            return dt.date(y, m, d)
        return dt.datetime(y, m, d, hh, mm, ss, tzinfo=tz)
    except ValueError:
        return None


def _iso(text: str, anchored: bool = False) -> DateValue | None:
    m = _ISO.match(text) if anchored else _ISO.search(text)
    if not m:
        return None
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if m[4] is None:
        return _build(y, mo, d)
    return _build(y, mo, d, int(m[4]), int(m[5]), int(m[6] or 0), _tz(m[7])) or _build(y, mo, d)


def _with_time(day: DateValue | None, text: str, start: int) -> DateValue | None:
    """Add a clock time written right after a date ("21 March 2024, 10:00AM")."""
    if day is None or isinstance(day, dt.datetime):
        return day
    m = _TIME.match(text[start:start + 40].lstrip(" ,-|–—@at·um").lstrip())
    if not m:
        return day
    hh, mm = int(m[1]), int(m[2])
    ampm = (m[4] or "").lower().replace(".", "")
    if ampm == "pm" and hh < 12:
        hh += 12
    elif ampm == "am" and hh == 12:
        hh = 0
    return _build(day.year, day.month, day.day, hh, mm, int(m[3] or 0)) or day


def _named(text: str, anchored: bool = False) -> DateValue | None:
    m = month_pattern().match(text) if anchored else month_pattern().search(text)
    if not m:
        return None
    mon = months().get((m["mon"] or m["mon2"]).lower())
    day = int(m["day"] or m["day2"])
    year = int(m["year"] or m["year2"])
    return _with_time(_build(year, mon or 0, day), text, m.end()) if mon else None


def _numeric(text: str, us_order: bool, anchored: bool = False) -> DateValue | None:
    m = _YMD.match(text) if anchored else _YMD.search(text)
    if m:
        return _with_time(_build(int(m[1]), int(m[2]), int(m[3])), text, m.end())
    m = _DMY.match(text) if anchored else _DMY.search(text)
    if m:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if len(m[3]) == 2:  # a fixed pivot keeps results independent of the clock
            y += 2000 if y < 70 else 1900
    else:
        m = _SPACED_DMY.match(text) if anchored else _SPACED_DMY.search(text)
        if not m:
            return None
        a, b, y = int(m[1]), int(m[3]), int(m[4])
    day, mon = (b, a) if (us_order and a <= 12) or b > 12 else (a, b)
    return _with_time(_build(y, mon, day), text, m.end())


def _rfc2822(text: str) -> DateValue | None:
    if not re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", text):
        return None
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _epoch(text: str) -> DateValue | None:
    if not _EPOCH.match(text):
        return None
    seconds = int(text[:10])
    return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)


def parse_date(text: str, *, language: str = "") -> DateValue | None:
    """A date from one string by fast rules only; ``None`` when no rule reads it.

    ``language`` (BCP 47) decides the order of ambiguous numeric dates (US English: month first).
    """
    text = text.strip()
    if not text or len(text) > 300:
        return None
    for reader in (_iso, _rfc2822, _named, _epoch):
        value = reader(text)
        if value is not None:
            return value
    m = _COMPACT.fullmatch(text)
    if m:
        return _build(int(m[1]), int(m[2]), int(m[3]))
    m = _COMPACT_TIME.fullmatch(text)
    if m:
        return _build(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0))
    return _numeric(text, language.lower() in _US_LANGS)


def parse_date_at(text: str, *, language: str = "") -> DateValue | None:
    """A date that starts exactly at the beginning of ``text`` (what follows it is ignored)."""
    us_order = language.lower() in _US_LANGS
    return _iso(text, True) or _named(text, True) or _numeric(text, us_order, True)


def url_date(url: str) -> dt.date | None:
    """The day in a URL path such as ``/2024/03/21/`` or ``/20240321-``; ``None`` without a day."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    for m in _URL_DATE.finditer(path):
        if m[3]:
            return _build(int(m[1]), int(m[2]), int(m[3]))
    compact = _COMPACT.search(path)
    if compact:
        return _build(int(compact[1]), int(compact[2]), int(compact[3]))
    dmy = _URL_DMY.search(path)
    if dmy:
        return _build(int(dmy[3]), int(dmy[2]), int(dmy[1]))
    loose = _URL_UNPADDED.search(path)
    return _build(int(loose[1]), int(loose[2]), int(loose[3])) if loose else None


def url_month(url: str) -> tuple[int, int] | None:
    """The (year, month) of a URL path such as ``/2024/03/`` that carries no day; else ``None``."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    m = _URL_MONTH.search(path)
    return (int(m[1]), int(m[2])) if m else None


def plausible(value: DateValue, *, min_year: int, now: dt.datetime | None) -> bool:
    """False for dates before ``min_year`` or (when ``now`` is known) more than a day after it."""
    if value.year < min_year:
        return False
    if now is None:
        return True
    limit = (now.date() if isinstance(now, dt.datetime) else now) + dt.timedelta(days=1)
    day = value.date() if isinstance(value, dt.datetime) else value
    return day <= limit


def as_datetime(value: DateValue) -> tuple[dt.datetime, Precision]:
    """The one date type the library returns: a day becomes midnight of that day (naive, precision
    ``"day"``); a datetime is kept with its offset (or none), precision ``"second"`` when it has seconds,
    else ``"minute"``."""
    if not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day), "day"
    return value, "second" if value.second or value.microsecond else "minute"
