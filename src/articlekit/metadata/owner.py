"""The site owner as the author: a personal site whose domain spells a person's name ("hakibenita.com",
"alexander-klier.net", "alexanderlasch.wordpress.com") is written by that person. Read only when no
other source named an author (named rule DOMAIN_OWNER)."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from articlekit.config import MetadataConfig
from articlekit.metadata.authors import clean_authors
from articlekit.metadata.candidates import Candidate
from articlekit.metadata.meta import PageMeta
from articlekit.metadata.text import clean
from articlekit.metadata.title import SEPARATORS
from articlekit.metadata.vocab import OWNER_META, given_names

__all__ = ["domain_owner", "given_names"]

_NOT_LETTER = re.compile(r"[^a-z]")


def domain_owner(root: HtmlElement, meta: PageMeta, url: str | None, *,
                 config: MetadataConfig) -> list[Candidate[tuple[str, ...]]]:
    """The person whose two- or three-word name the page's domain spells, named in the ``<title>``,
    the site name or the copyright meta tag; ``[]`` when no such name is found."""
    host = urlsplit(url).hostname or "" if url else ""
    labels = {_letters(label) for label in host.split(".")[:-1] if len(label) >= 6}
    if not labels:
        return []
    texts = [clean(root.findtext("head/title") or "")]
    texts += [v for v, _ in meta.all(OWNER_META)]
    for text in texts:
        for segment in SEPARATORS.split(text):
            if not any(label in _letters(segment) for label in labels):
                continue  # cheap test first: the segment must spell the domain
            for name in clean_authors(segment, sites=[], config=config):
                words = name.split()
                while len(words) > 2 and words[0].endswith("."):
                    words = words[1:]  # "Dr. Alexander Klier": the title is not in the domain
                if (2 <= len(words) <= 3 and words[0].casefold() in given_names()
                        and _letters(" ".join(words)) in labels):
                    return [Candidate((" ".join(words),), "domain")]
    return []


def _letters(text: str) -> str:
    """Casefolded ASCII letters only, accents dropped: "Gàbor Muniér" and "gabor-munier" agree."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return _NOT_LETTER.sub("", "".join(c for c in folded if not unicodedata.combining(c)))
