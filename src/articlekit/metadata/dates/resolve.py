"""How date candidates become ``date_published`` and ``date_modified``: the sources' priority orders and
the named checks applied to the pick (local day, URL month, precision, published <= modified)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from articlekit.metadata.candidates import Candidate
from articlekit.metadata.dates.parse import DateValue

__all__ = [
    "DATE_MODIFIED",
    "DATE_PUBLISHED",
    "MODIFIED_ONLY",
    "in_month",
    "most_precise",
    "not_before",
    "reconcile_day",
    "url_outvoted",
    "visible_modified",
]

# The URL's day is written once when the article is created, so it beats later page furniture.
DATE_PUBLISHED = ("url", "text:near", "json-ld", "opengraph", "meta", "microdata", "time-element", "text",
                  "meta:weak", "script")
DATE_MODIFIED = ("json-ld", "opengraph", "meta", "microdata", "time-element", "text", "meta:weak")
# UPDATED_ONLY: the provenance of a publication date copied from the only (modification) date given
MODIFIED_ONLY = "modified-only"
_URL_OUTVOTED_DAYS = 2  # a later visible+declared day overrides the URL's day only this close after it
# VISIBLE_MODIFIED: a visible date this close after the declared publication is the same story's news day
_VISIBLE_MODIFIED_DAYS = 2
_DECLARED_MODIFIED = ("json-ld", "opengraph", "meta", "microdata")
# sources that show the page's local calendar day
_LOCAL_SOURCES = ("url", "time-element", "text:near", "text")


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


def visible_modified(chosen: Candidate[DateValue], candidates: Sequence[Candidate[DateValue]],
                     modified: Candidate[DateValue] | None) -> Candidate[DateValue]:
    """Named rule VISIBLE_MODIFIED: on a page that declares its dates only in OpenGraph
    (``article:published_time`` and ``article:modified_time``, no JSON-LD ``datePublished``), an
    unlabelled visible date on the declared modification day, more than two days after the declared
    publication, is the theme printing the last edit: the declared publication date wins. (Pages with a
    JSON-LD ``datePublished`` show their update day as often as the publication day on purpose, so the
    visible date stays there: measured, see docs/metadata.md.)"""
    if not chosen.source.startswith("text") or modified is None or modified.source not in _DECLARED_MODIFIED:
        return chosen
    if _day(modified.value) != _day(chosen.value) or any(c.source == "json-ld" for c in candidates):
        return chosen
    for cand in candidates:
        if cand.source == "opengraph":
            gap = (_day(chosen.value) - _day(cand.value)).days
            return cand if gap > _VISIBLE_MODIFIED_DAYS else chosen
    return chosen


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


def _instant(value: dt.date) -> tuple[dt.date, dt.datetime | None]:
    """The day, and the moment in UTC when the value carries an offset."""
    if isinstance(value, dt.datetime) and value.utcoffset() is not None:
        return value.date(), value.astimezone(dt.timezone.utc)
    return _day(value), None


def not_before(modified: Candidate[DateValue] | None,
               published: Candidate[DateValue] | None) -> Candidate[DateValue] | None:
    """Named rule MODIFIED_NOT_BEFORE: a page cannot change before it came out, so a modification date
    earlier than the publication date (a stale cache stamp, another object's date) is dropped."""
    if modified is None or published is None:
        return modified
    (mod_day, mod_at), (pub_day, pub_at) = _instant(modified.value), _instant(published.value)
    if mod_at is not None and pub_at is not None:
        return modified if mod_at >= pub_at else None
    return modified if mod_day >= pub_day else None

