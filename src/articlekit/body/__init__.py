"""Main-content detection: the article's blocks and the publisher's highlights box."""

from __future__ import annotations

from lxml.html import HtmlElement

from articlekit.config import BodyConfig
from articlekit.model import Body, Metadata

__all__ = ["extract_body"]


def extract_body(root: HtmlElement, *, metadata: Metadata, config: BodyConfig) -> Body:
    """Pick the article's content from the tree (which it may modify) and emit its blocks."""
    raise NotImplementedError  # being written (issue 4)
