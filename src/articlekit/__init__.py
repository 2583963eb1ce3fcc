"""articlekit: raw news HTML → a clean, structured article, an In Brief summary and key figures.

>>> import articlekit
>>> article = articlekit.extract(html_bytes, url="https://example.com/story")  # doctest: +SKIP
>>> article.title, article.authors, article.date_published, article.summary  # doctest: +SKIP
>>> article = articlekit.extract_url("https://example.com/story")  # doctest: +SKIP
>>> [e.url for e in articlekit.list_urls("https://example.com/feed.xml", limit=5)]  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from articlekit.api import extract, key_figures, summarize
from articlekit.batch import Result, extract_file, extract_many
from articlekit.config import DEFAULT, Config
from articlekit.errors import (
    ArticlekitError,
    DecodeError,
    InputError,
    NoContentError,
    ParseError,
    ResourceError,
    TimeLimitError,
)
from articlekit.model import Article, Block, KeyFigure

if TYPE_CHECKING:
    from articlekit.fetch.api import extract_url, fetch_url, list_urls

__version__ = "0.1.0"

# The web functions load the HTTP client, so they are imported on first use (PEP 562): reading files
# never pays for it. ``articlekit.fetch`` is the subpackage; these are its entry points.
_WEB = frozenset({"extract_url", "fetch_url", "list_urls"})


def __getattr__(name: str) -> Any:
    if name in _WEB:
        from articlekit.fetch import api as web

        return getattr(web, name)
    raise AttributeError(f"module 'articlekit' has no attribute {name!r}")


__all__ = [
    "DEFAULT",
    "Article",
    "ArticlekitError",
    "Block",
    "Config",
    "DecodeError",
    "InputError",
    "KeyFigure",
    "NoContentError",
    "ParseError",
    "ResourceError",
    "Result",
    "TimeLimitError",
    "__version__",
    "extract",
    "extract_file",
    "extract_many",
    "extract_url",
    "fetch_url",
    "key_figures",
    "list_urls",
    "summarize",
]
