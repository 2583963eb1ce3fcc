"""Page metadata (title, authors, dates, site, language, URL, description, image, tags) from the tree.

Every field is gathered as :class:`~articlekit.metadata.candidates.Candidate` values that carry the
name of their source; :mod:`articlekit.metadata.resolve` picks one per field by a named priority
order, and the winning source is recorded in ``Metadata.provenance``. The tree is only read.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from lxml.html import HtmlElement

from articlekit.config import MetadataConfig
from articlekit.metadata import page, resolve
from articlekit.metadata.authors import (
    author_candidates,
    byline_elements,
    complete_names,
    more_authors,
    page_fallback_candidates,
    pick_authors,
    signature_candidates,
)
from articlekit.metadata.candidates import Candidate
from articlekit.metadata.date_sources import (
    DateContext,
    first_in_page,
    modified_candidates,
    month_in_text,
    published_candidates,
    script_candidates,
    slow_labelled,
)
from articlekit.metadata.dates import DateValue, url_month
from articlekit.metadata.elements import PageElements, page_elements
from articlekit.metadata.jsonld import JsonLd, read_jsonld
from articlekit.metadata.meta import PageMeta, read_meta
from articlekit.metadata.scan import scan_page
from articlekit.metadata.text_dates import text_around
from articlekit.metadata.title import (
    drop_generic,
    find_headline_element,
    headline_confirms,
    site_names,
    title_candidates,
)
from articlekit.model import Metadata

__all__ = ["extract_metadata"]


def extract_metadata(
    root: HtmlElement, *, url: str | None, now: dt.datetime | None, config: MetadataConfig
) -> Metadata:
    """Collect candidates for every field from the whole tree and resolve each to one value.

    ``url`` is the caller's address for the page (fallback canonical URL, base for relative links,
    source of URL dates); ``now`` anchors relative dates ("3 hours ago") and rejects future dates —
    without it relative dates stay ``None``.
    """
    try:
        return _extract(root, url, now, config)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, OverflowError, RecursionError):
        # malformed markup must never crash extraction: fall back to what the caller knows
        return Metadata(url=url, provenance={"url": "caller"} if url else {})


def _extract(root: HtmlElement, url: str | None, now: dt.datetime | None, config: MetadataConfig) -> Metadata:
    elements = page_elements(root)  # one walk for the scripts, head tags, headings and times
    jsonld = read_jsonld(root, elements)
    meta = read_meta(root, elements)
    fields: dict[str, Any] = {}
    prov: dict[str, str] = {}

    def take(name: str, cand: Candidate[Any] | None) -> None:
        if cand is not None and cand.value:
            fields[name], prov[name] = cand.value, cand.source.split(":")[0]

    canonical = page.page_url(jsonld, meta, url)
    take("url", canonical)
    base = url or (canonical.value if canonical else None)
    sites = site_names(jsonld, meta, base)
    take("site_name", page.site_name(jsonld, meta))

    declared = title_candidates(jsonld, meta, None, sites)
    headline, _ = find_headline_element(root, [c.value for c in declared], config.headline_match, elements)
    titles = drop_generic(title_candidates(jsonld, meta, headline, sites, declared))
    confirmed = headline_confirms(titles, config.headline_confirmed)
    take("title", resolve.pick(titles, resolve.TITLE_CONFIRMED if confirmed else resolve.TITLE))

    before, near = text_around(root, headline, before=config.headline_lookback, after=config.byline_window)
    take("language", page.language(jsonld, meta, near))
    page_scan = scan_page(root, headline, elements)
    bylines = byline_elements(page_scan, root)
    byline_text = before[-config.byline_lookback:] + "\n" + near
    authors = author_candidates(jsonld, meta, bylines, byline_text, sites=sites, config=config, after=near,
                                root=root)
    authors = (authors or signature_candidates(root, sites=sites, config=config)
               or page_fallback_candidates(root, meta, base, config=config))
    chosen = pick_authors(authors)
    if chosen is not None:
        chosen = more_authors(chosen, authors, config.superset_max_authors)
        full = complete_names(chosen.value, authors, byline_text, tuple(sites), config.name_lookups)
        take("authors", Candidate(full, chosen.source))

    ctx = DateContext(language=fields.get("language", ""), now=now, config=config,
                      url=url or fields.get("url"),
                      near_text=near, before_text=before, page=page_scan, scripts=elements.scripts)
    take("date_published", _published(root, jsonld, meta, ctx, elements))
    modified = resolve.pick(modified_candidates(jsonld, meta, ctx), resolve.DATE_MODIFIED)
    take("date_modified", modified)
    if "date_published" not in fields:
        # named rule UPDATED_ONLY: a page that shows only its update date was published no later;
        # else SLOW_PATH (dateparser on date-labelled text), else PAGE_FALLBACK (first date in the page)
        # (the fallbacks are read only when needed: dateparser and a whole-page text are the slow parts)
        take("date_published", modified or resolve.pick(slow_labelled(ctx) or first_in_page(root, ctx),
                                                        resolve.DATE_PUBLISHED))

    take("description", page.description(jsonld, meta))
    take("image", page.image(jsonld, meta, base))
    take("tags", page.tags(jsonld, meta))
    return Metadata(**fields, provenance=prov)


def _published(root: HtmlElement, jsonld: JsonLd, meta: PageMeta, ctx: DateContext,
               elements: PageElements) -> Candidate[DateValue] | None:
    """Publication date: the priority pick, checked against the URL's month and the page's local day.

    Named rule SCRIPT_DATES_LAST: the dates in inline JSON state are the last source, so they can change
    the result only when no other candidate is left (in the URL's month) or the result is a bare day
    (SAME_DAY_PRECISION may take their time); they are read only then, as reading the page's scripts
    decodes tens of thousands of characters.
    """
    found = published_candidates(jsonld, meta, root, ctx, elements, scripts=False)
    month = url_month(ctx.url or "")
    if month is None or resolve.in_month(found, month):
        chosen = _resolve_published(root, found, ctx, month)
        if chosen is not None and isinstance(chosen.value, dt.datetime):
            return chosen
    return _resolve_published(root, found + script_candidates(root, ctx, elements), ctx, month)


def _resolve_published(root: HtmlElement, published: list[Candidate[DateValue]], ctx: DateContext,
                       month: tuple[int, int] | None) -> Candidate[DateValue] | None:
    if month is not None:
        published = resolve.in_month(published, month) or month_in_text(root, month, ctx)
    first = resolve.pick(published, resolve.DATE_PUBLISHED)
    if first is None:
        return None
    first = resolve.url_outvoted(first, published)
    return resolve.most_precise(resolve.reconcile_day(first, published), published)
