"""Shared helper for the metadata tests: parse a small page and extract its metadata."""

from __future__ import annotations

import datetime as dt

from articlekit.config import MetadataConfig
from articlekit.html.parse import parse_html
from articlekit.metadata import extract_metadata
from articlekit.model import Metadata


def meta_of(html: str, *, url: str | None = None, now: dt.datetime | None = None,
            config: MetadataConfig | None = None) -> Metadata:
    """Metadata of an inline page."""
    return extract_metadata(parse_html(html), url=url, now=now, config=config or MetadataConfig())


def page(head: str = "", body: str = "", lang: str = "") -> str:
    """A minimal page with the given head and body markup."""
    attr = f' lang="{lang}"' if lang else ""
    return f"<html{attr}><head>{head}</head><body>{body}</body></html>"
