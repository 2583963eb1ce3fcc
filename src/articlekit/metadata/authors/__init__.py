"""Authors: raw candidates from JSON-LD, meta tags, microdata, byline markup and "By …" text near the
headline, cleaned into person names and ranked by source.

Modules, one job each: ``vocab`` (the word lists), ``names`` (the table of noise tidied off one name),
``cleaning`` (one raw author string into names), ``bylines`` (where the page writes its byline),
``markup`` (the byline markup conventions), ``candidates`` (one candidate per source and the pick),
``combine`` (superset bylines and fuller names), ``signature`` and ``owner`` (the fallbacks) and
``rules`` (the registry of the named author rules).
"""

from __future__ import annotations

from articlekit.metadata.authors.bylines import byline_elements
from articlekit.metadata.authors.candidates import (
    AUTHOR_SOURCES,
    author_candidates,
    declared_credit_candidates,
    pick_authors,
    signature_candidates,
)
from articlekit.metadata.authors.cleaning import clean_authors
from articlekit.metadata.authors.combine import complete_names, more_authors
from articlekit.metadata.authors.owner import page_fallback_candidates

__all__ = [
    "AUTHOR_SOURCES",
    "author_candidates",
    "byline_elements",
    "clean_authors",
    "complete_names",
    "declared_credit_candidates",
    "more_authors",
    "page_fallback_candidates",
    "pick_authors",
    "signature_candidates",
]
