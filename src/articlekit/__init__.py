"""articlekit: raw news HTML → a clean, structured article, an In Brief summary and key figures.

>>> import articlekit
>>> article = articlekit.extract(html_bytes, url="https://example.com/story")  # doctest: +SKIP
>>> article.title, article.authors, article.date_published, article.summary  # doctest: +SKIP
"""

from __future__ import annotations

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

__version__ = "0.1.0"

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
    "key_figures",
    "summarize",
]
