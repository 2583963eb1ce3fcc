"""Every failure a caller of articlekit can see.

The tree::

    ArticlekitError                 base class: catch this to catch everything articlekit raises
    ├── InputError                  the input itself is unusable (wrong type, too large, unreadable file)
    │   └── DecodeError             bytes that cannot be turned into text
    ├── ParseError                  text that no HTML parser can turn into a tree
    ├── NoContentError              a page with no article body, with extract(..., require_content=True)
    ├── TimeLimitError              a document took longer than its time limit
    └── ResourceError               a bundled data file is missing or unreadable (a broken install)

Messages are written for the person who called articlekit: they name the input and the reason in
one line, never a traceback from deep inside a dependency.
"""

from __future__ import annotations

__all__ = [
    "ArticlekitError",
    "DecodeError",
    "InputError",
    "NoContentError",
    "ParseError",
    "ResourceError",
    "TimeLimitError",
]


class ArticlekitError(Exception):
    """Base class of every exception articlekit raises on purpose."""


class InputError(ArticlekitError):
    """The input is unusable: wrong type, too large, or a file that cannot be read."""


class DecodeError(InputError):
    """Bytes that cannot be decoded to text."""


class ParseError(ArticlekitError):
    """Text that cannot be parsed into an HTML tree."""


class NoContentError(ArticlekitError):
    """The page holds no extractable article content.

    Raised by ``extract(..., require_content=True)``; by default such a page gives an
    :class:`Article` with empty ``text``.
    """


class TimeLimitError(ArticlekitError):
    """Processing one document exceeded its time limit."""


class ResourceError(ArticlekitError):
    """A data file bundled with articlekit is missing or unreadable."""
