"""Dates: ``date_published`` and ``date_modified`` with their sources and precision.

- :mod:`~articlekit.metadata.dates.parse`: fast parsing of one string (ISO 8601, numeric, month names,
  RFC 2822, Unix and compact timestamps, URL paths) and the one date type the library returns;
- :mod:`~articlekit.metadata.dates.text`: dates written in the visible text, their labels (published,
  updated, sign-up, event) and relative phrases;
- :mod:`~articlekit.metadata.dates.sources`: the candidates from every source, strongest first;
- :mod:`~articlekit.metadata.dates.conventions`: the weak markup conventions read only when every
  stronger source is silent;
- :mod:`~articlekit.metadata.dates.resolve`: the priority orders and the checks applied to the pick.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lxml.html import HtmlElement

from articlekit.metadata.candidates import Candidate
from articlekit.metadata.dates import resolve
from articlekit.metadata.dates.conventions import convention_candidates
from articlekit.metadata.dates.parse import DateValue, Precision, as_datetime, months, parse_date, url_date, url_month
from articlekit.metadata.dates.sources import (
    DateContext,
    first_in_page,
    modified_candidates,
    month_in_text,
    published_candidates,
    script_candidates,
    shown_by_time,
    slow_labelled,
)
from articlekit.metadata.elements import PageElements
from articlekit.metadata.jsonld import JsonLd
from articlekit.metadata.meta import PageMeta
from articlekit.metadata.resolve import pick

__all__ = ["DateContext", "DateValue", "FoundDate", "find_dates", "months", "parse_date", "url_date"]


@dataclass(frozen=True)
class FoundDate:
    """One resolved date field: the value in the library's one date type, its precision and source."""

    value: dt.datetime
    precision: Precision
    source: str


def find_dates(root: HtmlElement, jsonld: JsonLd, meta: PageMeta, ctx: DateContext,
               elements: PageElements) -> dict[str, FoundDate]:
    """``date_published`` and ``date_modified`` (each only when found), published never after modified.

    Order: the strong sources (:func:`_published`); named rule UPDATED_ONLY (a page that gives only its
    update date was published no later: that date, with the provenance ``modified-only``); SLOW_PATH
    (dateparser on date-labelled text); PAGE_FALLBACK (the first date in the page); the weak markup
    conventions. The fallbacks are read only when needed: dateparser and a whole-page text are the slow
    parts.
    """
    modified = pick(modified_candidates(jsonld, meta, ctx), resolve.DATE_MODIFIED)
    published = _published(root, jsonld, meta, ctx, elements, modified)
    if published is None and modified is not None:
        published = Candidate(modified.value, resolve.MODIFIED_ONLY)
    if published is None:
        published = pick(slow_labelled(ctx) or first_in_page(root, ctx) or convention_candidates(root, meta, ctx),
                         resolve.DATE_PUBLISHED)
    out: dict[str, FoundDate] = {}
    for name, cand in (("date_published", published), ("date_modified", resolve.not_before(modified, published))):
        if cand is not None:
            value, precision = as_datetime(cand.value)
            out[name] = FoundDate(value, precision, cand.source.split(":")[0])
    return out


def _published(root: HtmlElement, jsonld: JsonLd, meta: PageMeta, ctx: DateContext,
               elements: PageElements, modified: Candidate[DateValue] | None) -> Candidate[DateValue] | None:
    """Publication date from the strong sources: the priority pick, checked against the URL's month and
    the page's local day.

    Named rule SCRIPT_DATES_LAST: the dates in inline JSON state are the last source, so they can change
    the result only when no other candidate is left (in the URL's month) or the result is a bare day
    (SAME_DAY_PRECISION may take their time); they are read only then, as reading the page's scripts
    decodes tens of thousands of characters. A page that gives an update date and no other date is left
    to UPDATED_ONLY: a date in a script is as often a teaser's as the page's own.
    """
    found = published_candidates(jsonld, meta, root, ctx, elements, scripts=False)
    month = url_month(ctx.url or "")
    if month is None or resolve.in_month(found, month):
        chosen = _resolve_published(root, found, ctx, month, modified)
        if chosen is not None and isinstance(chosen.value, dt.datetime):
            return chosen
    if modified is not None and not found:
        return None
    return _resolve_published(root, found + script_candidates(root, ctx, elements), ctx, month, modified)


def _resolve_published(root: HtmlElement, published: list[Candidate[DateValue]], ctx: DateContext,
                       month: tuple[int, int] | None,
                       modified: Candidate[DateValue] | None) -> Candidate[DateValue] | None:
    if month is not None:
        published = resolve.in_month(published, month) or month_in_text(root, month, ctx)
    first = pick(published, resolve.DATE_PUBLISHED)
    if first is None:
        return None
    first = resolve.url_outvoted(shown_by_time(first, ctx), published)
    first = resolve.visible_modified(first, published, modified)
    return resolve.most_precise(resolve.reconcile_day(first, published), published)
