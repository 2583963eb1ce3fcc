"""Helpers shared by the author modules: one key per name for de-duplication, whether a name is the
site's, and whether it is written the way a byline writes a person."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from articlekit.metadata.title import key

__all__ = ["AUTHOR_SOURCES", "VISIBLE_SOURCES", "is_site_name", "letters", "person_like", "unique_names"]

# The author sources, best first: the value of ``provenance["authors"]`` is one of these. Sources on
# one line come from one reader and never compete with each other.
AUTHOR_SOURCES = ("json-ld", "json-ld-live",
                  "meta", "meta-markup",
                  "microdata",
                  "byline", "rel-author", "byline-component", "author-element", "author-link",
                  "text", "signature", "domain", "site-name", "declared")
# the sources that read a visible byline: BYLINE_SUPERSET may extend the metadata's names from them
VISIBLE_SOURCES = frozenset({"byline", "rel-author", "byline-component", "author-element", "author-link", "text"})


def is_site_name(name: str, sites: list[str]) -> bool:
    """True when ``name`` is one of the site's names, compared by :func:`key`."""
    k = key(name)
    return any(k == key(s) for s in sites if s)


def unique_names(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` in order without repeats (compared by :func:`key`); empty keys dropped."""
    seen: set[str] = set()
    out = []
    for n in names:
        k = key(n)
        if k and k not in seen:
            seen.add(k)
            out.append(n)
    return tuple(out)


def person_like(name: str) -> bool:
    """Two to four capitalised words, a middle initial among them ("Lisa D. Ellis"): how a person's
    name is written in a byline; a word in capitals is a brand or an acronym."""
    words = name.split()
    return (2 <= len(words) <= 4 and all(_capitalised(w) or _INITIAL.match(w) for w in words[:-1])
            and _capitalised(words[-1]))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


_NOT_LETTER = re.compile(r"[^a-z]")
_INITIAL = re.compile(r"^[A-ZÀ-ÖØ-Þ]\.$")


def letters(text: str) -> str:
    """Casefolded ASCII letters only, accents dropped: "Gàbor Muniér" and "gabor-munier" agree."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return _NOT_LETTER.sub("", "".join(c for c in folded if not unicodedata.combining(c)))
