"""Page metadata (title, authors, dates, site, language, URL, description, image, tags) from the tree.

Every field is gathered as :class:`~articlekit.metadata.candidates.Candidate` values that carry the
name of their source; a named priority order per field picks one (:func:`articlekit.metadata.resolve.pick`),
and the winning source is recorded in ``Metadata.provenance``. Each field has its finder:
:func:`~articlekit.metadata.title.find_title`, the authors' finders, and
:func:`~articlekit.metadata.dates.find_dates`. The tree is only read.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from lxml.html import HtmlElement

from articlekit.config import MetadataConfig
from articlekit.metadata import page
from articlekit.metadata.authors import (
    author_candidates,
    byline_elements,
    complete_names,
    declared_credit_candidates,
    more_authors,
    page_fallback_candidates,
    pick_authors,
    signature_candidates,
)
from articlekit.metadata.candidates import Candidate
from articlekit.metadata.dates import DateContext, find_dates
from articlekit.metadata.elements import page_elements
from articlekit.metadata.jsonld import read_jsonld
from articlekit.metadata.meta import read_meta
from articlekit.metadata.scan import scan_page
from articlekit.metadata.text import text_around
from articlekit.metadata.title import find_title, site_names
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
    return _extract(root, url, now, config)


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

    title, headline = find_title(root, jsonld, meta, sites, config, elements, base)
    take("title", title)

    before, near = text_around(root, headline, before=config.headline_lookback, after=config.byline_window)
    take("language", page.language(jsonld, meta, near))
    page_scan = scan_page(root, headline, elements)
    bylines = byline_elements(page_scan, root)
    byline_text = before[-config.byline_lookback:] + "\n" + near
    authors = author_candidates(jsonld, meta, bylines, byline_text, sites=sites, config=config, after=near,
                                root=root)
    authors = (authors or signature_candidates(root, sites=sites, config=config)
               or page_fallback_candidates(root, meta, base, config=config)
               or declared_credit_candidates(jsonld, meta, config))
    chosen = pick_authors(authors)
    if chosen is not None:
        chosen = more_authors(chosen, authors, config.superset_max_authors)
        full = complete_names(chosen.value, authors, byline_text, tuple(sites), config.name_lookups)
        take("authors", Candidate(full, chosen.source))

    ctx = DateContext(language=fields.get("language", ""), now=now, config=config,
                      url=url or fields.get("url"),
                      near_text=near, before_text=before, page=page_scan, scripts=elements.scripts)
    dates = find_dates(root, jsonld, meta, ctx, elements)
    for name, found in dates.items():
        fields[name], prov[name] = found.value, found.source
    take("description", page.description(jsonld, meta))
    take("image", page.image(jsonld, meta, base))
    take("tags", page.tags(jsonld, meta))
    return Metadata(**fields, provenance=prov, date_precision={k: v.precision for k, v in dates.items()})

