"""The site owner as the author: a personal site whose domain spells a person's name ("hakibenita.com",
"alexander-klier.net", "alexanderlasch.wordpress.com") is written by that person (named rule
DOMAIN_OWNER). Read only when no other source named an author. (A closing copyright notice naming a
person is not read: on the check half of the development pages it named owners where the gold has no
author, and won no page.)"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml.html import HtmlElement

from articlekit.config import MetadataConfig
from articlekit.metadata.authors.bylines import cjk_byline_in
from articlekit.metadata.authors.cleaning import clean_authors
from articlekit.metadata.authors.common import letters, person_like
from articlekit.metadata.authors.signature import written_by_line
from articlekit.metadata.authors.vocab import OWNER_META, given_names
from articlekit.metadata.candidates import Candidate
from articlekit.metadata.meta import PageMeta
from articlekit.metadata.text import clean
from articlekit.metadata.title import SEPARATORS

__all__ = ["domain_owner", "given_names", "page_fallback_candidates"]


def page_fallback_candidates(root: HtmlElement, meta: PageMeta, url: str | None, *,
                             config: MetadataConfig) -> list[Candidate[tuple[str, ...]]]:
    """The fallbacks read when no byline source named an author, in order: a labelled Chinese/Japanese
    byline in the page text, a "Written by" author box anywhere in the page (WRITTEN_BY_BOX: one or two
    person-like names), DOMAIN_OWNER."""
    body = root.find("body")
    text = body.text_content() if body is not None else ""
    name = cjk_byline_in(text)
    if name:
        return [Candidate((name,), "text")]
    written = [n for n in clean_authors(written_by_line(root, text), sites=[], config=config) if person_like(n)]
    if 0 < len(written) <= 2:
        return [Candidate(tuple(written), "signature")]
    return domain_owner(root, meta, url, config=config)


def domain_owner(root: HtmlElement, meta: PageMeta, url: str | None, *,
                 config: MetadataConfig) -> list[Candidate[tuple[str, ...]]]:
    """The person whose two- or three-word name the page's domain spells, named in the ``<title>``,
    the site name or the copyright meta tag; ``[]`` when no such name is found."""
    host = urlsplit(url).hostname or "" if url else ""
    labels = {letters(label) for label in host.split(".")[:-1] if len(label) >= 6}
    if not labels:
        return []
    texts = [clean(root.findtext("head/title") or "")]
    texts += [v for v, _ in meta.all(OWNER_META)]
    for text in texts:
        for segment in SEPARATORS.split(text):
            if not any(label in letters(segment) for label in labels):
                continue  # cheap test first: the segment must spell the domain
            for name in clean_authors(segment, sites=[], config=config):
                words = name.split()
                while len(words) > 2 and words[0].endswith("."):
                    words = words[1:]  # "Dr. Alexander Klier": the title is not in the domain
                if (2 <= len(words) <= 3 and words[0].casefold() in given_names()
                        and letters(" ".join(words)) in labels):
                    return [Candidate((" ".join(words),), "domain")]
    return []
