"""Page metadata (title, authors, dates, site, language, URL, description, image, tags) from the tree."""

from __future__ import annotations

import datetime as dt

from lxml.html import HtmlElement

from articlekit.config import MetadataConfig
from articlekit.model import Metadata

__all__ = ["extract_metadata"]


def extract_metadata(
    root: HtmlElement, *, url: str | None, now: dt.datetime | None, config: MetadataConfig
) -> Metadata:
    """Collect candidates for every field from the whole tree and resolve each to one value."""
    raise NotImplementedError  # being written (issue 3)
