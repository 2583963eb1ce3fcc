"""The explicit rule that turns candidates into one value per field: a named priority order of sources.

Candidates arrive in the order their extractors found them; :func:`pick` returns the first one whose
source ranks best in the field's priority list (ties keep page order).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

from articlekit.metadata.candidates import Candidate
from articlekit.metadata.dates import DateValue

__all__ = [
    "AUTHORS",
    "DATE_MODIFIED",
    "DATE_PUBLISHED",
    "TITLE",
    "TITLE_CONFIRMED",
    "in_month",
    "most_precise",
    "pick",
    "reconcile_day",
]

T = TypeVar("T")

# A heading that agrees with the page's declared titles is the headline readers see: it wins.
TITLE_CONFIRMED = ("h1", "json-ld", "meta:dc", "opengraph", "meta", "title-element")
# Otherwise the declared titles win and an unconfirmed <h1> (often a logo or a section) comes last.
TITLE = ("json-ld", "meta:dc", "opengraph", "meta", "title-element", "h1")
AUTHORS = ("json-ld", "meta", "microdata", "byline", "text", "signature", "domain")
# The URL's day is written once when the article is created, so it beats later page furniture.
DATE_PUBLISHED = ("url", "text:near", "json-ld", "opengraph", "meta", "microdata", "time-element", "text",
                  "meta:weak", "script")
DATE_MODIFIED = ("json-ld", "opengraph", "meta", "microdata", "text", "meta:weak")
_URL_OUTVOTED_DAYS = 2  # a later visible+declared day overrides the URL's day only this close after it
# sources that show the page's local calendar day
_LOCAL_SOURCES = ("url", "time-element", "text:near", "text")


def pick(candidates: Sequence[Candidate[T]], priority: Sequence[str]) -> Candidate[T] | None:
    """The candidate whose source comes first in ``priority`` (unknown sources last)."""
    best: Candidate[T] | None = None
    best_rank = len(priority) + 1
    for cand in candidates:
        rank = priority.index(cand.source) if cand.source in priority else len(priority)
        if rank < best_rank:
            best, best_rank = cand, rank
    return best


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _utc_or_naive(value: dt.date) -> bool:
    if not isinstance(value, dt.datetime):
        return False
    offset = value.utcoffset()
    return offset is None or offset == dt.timedelta(0)


def reconcile_day(chosen: Candidate[DateValue], candidates: Sequence[Candidate[DateValue]]
                  ) -> Candidate[DateValue]:
    """Named rule LOCAL_DAY: a UTC (or zone-less) timestamp can sit one day off the local date the page
    shows. When no local source (URL, ``<time>``, visible text) agrees with the chosen day but one gives
    the day before (UTC hour before noon) or after (UTC hour from noon), that local day wins."""
    value = chosen.value
    if not _utc_or_naive(value) or not isinstance(value, dt.datetime):
        return chosen
    local = [c for c in candidates if c.source in _LOCAL_SOURCES and c is not chosen]
    local.sort(key=lambda c: c.source != "url")  # the URL's day is the most reliable local day
    if local and local[0].source == "url" and _day(local[0].value) == value.date():
        return chosen
    if any(_day(c.value) == value.date() for c in local if local[0].source != "url"):
        return chosen
    for cand in local:
        gap = (_day(cand.value) - value.date()).days
        if (gap == -1 and value.hour < 12) or (gap == 1 and value.hour >= 12):
            return cand
    if value.utcoffset() == dt.timedelta(0) and value.hour >= 22 and value.minute == value.second == 0:
        # named rule LOCAL_MIDNIGHT: a whole-hour 22:00/23:00 UTC stamp is a day-only date stored as
        # midnight in a UTC+1/+2 zone: the day meant is the next one
        return Candidate(value.date() + dt.timedelta(days=1), chosen.source)
    return chosen


def url_outvoted(chosen: Candidate[DateValue], candidates: Sequence[Candidate[DateValue]]
                 ) -> Candidate[DateValue]:
    """Named rule URL_OUTVOTED: the URL's day is when the story was filed; when the visible date next to
    the headline and the declared (JSON-LD or OpenGraph) date agree on a later day, it went out then."""
    if chosen.source != "url":
        return chosen
    near = [c for c in candidates if c.source == "text:near"]
    if not near or _day(near[0].value) == chosen.value:
        return chosen
    day = _day(near[0].value)
    if not 0 < (day - chosen.value).days <= _URL_OUTVOTED_DAYS:
        return chosen
    declared = [c for c in candidates if c.source in ("json-ld", "opengraph") and _day(c.value) == day]
    return declared[0] if declared else chosen


def most_precise(chosen: Candidate[DateValue],
                 candidates: Sequence[Candidate[DateValue]]) -> Candidate[DateValue]:
    """Named rule SAME_DAY_PRECISION: a bare day (from the URL or text) gives way to a timestamp of the
    same day from another source, so time and UTC offset are kept."""
    if isinstance(chosen.value, dt.datetime):
        return chosen
    for cand in candidates:
        if isinstance(cand.value, dt.datetime) and cand.value.date() == chosen.value:
            return cand
    return chosen


def in_month(candidates: Sequence[Candidate[DateValue]],
             month: tuple[int, int]) -> list[Candidate[DateValue]]:
    """Named rule URL_MONTH: when the URL names the year and month, candidates of other months go."""
    return [c for c in candidates if (c.value.year, c.value.month) == month]
