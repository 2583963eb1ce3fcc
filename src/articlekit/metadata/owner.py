"""The site owner as the author: a personal site whose domain spells a person's name ("hakibenita.com",
"alexander-klier.net", "alexanderlasch.wordpress.com") is written by that person (named rule
DOMAIN_OWNER), and so is a site whose closing copyright notice names a person ("© 2019 Jane Doe",
COPYRIGHT_OWNER). Read only when no other source named an author."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from articlekit.config import MetadataConfig
from articlekit.metadata.authors import clean_authors
from articlekit.metadata.bylines import cjk_byline_in
from articlekit.metadata.candidates import Candidate
from articlekit.metadata.meta import PageMeta
from articlekit.metadata.text import clean
from articlekit.metadata.title import SEPARATORS
from articlekit.metadata.vocab import COPYRIGHT_MARKS, NOTICE_LEAD_WORDS, OWNER_META, given_names

__all__ = ["copyright_owner", "domain_owner", "given_names", "page_fallback_candidates"]

_NOT_LETTER = re.compile(r"[^a-z]")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß'’-]+"
_YEARS = r"(?:19|20)\d\d(?:[ \t]*[-–,][ \t]*(?:19|20)?\d\d)*"
# what follows a copyright mark: years, "since", "by", then two capitalised words ending the notice: a
# name followed by "/" is a photo credit with its agency ("© Ruth Röder / Clipdealer"), one followed by
# a third capitalised word runs into a menu or a company name ("© Jane Doe Impressum", "… Doe Verlag")
_NOTICE = re.compile(
    r"[ \t\xa0:]*(?:(?:" + "|".join(NOTICE_LEAD_WORDS) + r")[ \t\xa0]+)?(?:" + _YEARS + r"[ \t\xa0.,|]*)?"
    r"(?:(?:by|von|par|por)[ \t\xa0]+)?(?P<name>" + _NAME_WORD + r"[ \t\xa0]+" + _NAME_WORD + r")"
    r"(?![\w'’-])(?![ \t\xa0]*/)(?![ \t\xa0]+[A-ZÀ-ÖØ-Þ])")
# a notice without a mark: "2006-2008 by Jane Doe" (looked for in the page's tail only)
_YEARS_BY = re.compile(r"(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d[ \t\xa0]+(?:by|von)[ \t]")


def page_fallback_candidates(root: HtmlElement, meta: PageMeta, url: str | None, *,
                             config: MetadataConfig) -> list[Candidate[tuple[str, ...]]]:
    """The fallbacks read when no byline source named an author, in order: a labelled Chinese/Japanese
    byline in the page text, DOMAIN_OWNER, COPYRIGHT_OWNER (the page text is read once for both)."""
    body = root.find("body")
    text = body.text_content() if body is not None else ""
    name = cjk_byline_in(text)
    if name:
        return [Candidate((name,), "text")]
    return domain_owner(root, meta, url, config=config) or copyright_owner(text, config=config)


def copyright_owner(text: str, *, config: MetadataConfig) -> list[Candidate[tuple[str, ...]]]:
    """COPYRIGHT_OWNER: the page's last copyright notice ("© 2019 Jane Doe", "(c) Jane Doe • Impressum",
    "2006-2008 by Jane Doe") names the site's owner; taken when the name is a person's (two capitalised
    words, the first a common given name). A company's notice names no given name."""
    at, mark_len = -1, 0
    for mark in COPYRIGHT_MARKS:
        found = text.rfind(mark)
        if found > at:
            at, mark_len = found, len(mark)
    for late in _YEARS_BY.finditer(text, max(at + 1, len(text) - config.copyright_tail_chars)):
        at, mark_len = late.start(), 0  # the years are read again by _NOTICE
    if at < 0:
        return []
    m = _NOTICE.match(text, at + mark_len, at + mark_len + 120)
    if not m:
        return []
    words = m["name"].split()
    if words[0].casefold() not in given_names():
        return []
    names = clean_authors(" ".join(words), sites=[], config=config)
    return [Candidate((names[0],), "copyright")] if len(names) == 1 else []


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
