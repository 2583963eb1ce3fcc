"""The author candidates of a page, one list of names per source in priority order, and the pick
among them; when no source named anyone, the site named after its writer (DOMAIN_AUTHOR,
POSSESSIVE_SITE), and the end-of-article signature read by the caller after that."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from lxml.html import HtmlElement

from articlekit.config import MetadataConfig
from articlekit.metadata.authors.bylines import date_name_line, dated_name_lines, name_over_role, text_byline
from articlekit.metadata.authors.cleaning import clean_authors
from articlekit.metadata.authors.common import AUTHOR_SOURCES, is_site_name, letters, person_like, unique_names
from articlekit.metadata.authors.markup import convention, strip_markup, written_aside
from articlekit.metadata.authors.signature import signature_lines
from articlekit.metadata.authors.vocab import AUTHOR_META_NAMES, AUTHOR_NOISE_WORDS, given_names
from articlekit.metadata.candidates import Candidate
from articlekit.metadata.elements import in_box
from articlekit.metadata.jsonld import JsonLd
from articlekit.metadata.meta import PageMeta, microdata_value
from articlekit.metadata.resolve import pick
from articlekit.metadata.text import clean, element_lines, element_text
from articlekit.metadata.title import key
from articlekit.metadata.vocab import COMMENT_BOX_WORDS

__all__ = ["AUTHOR_SOURCES", "author_candidates", "pick_authors", "signature_candidates"]

_Names = Callable[[Iterable[str]], tuple[str, ...]]  # raw author strings to clean, unique names
_MAX_BYLINE_CHARS = 160  # a byline element longer than this is an author bio or an article teaser
_BYLINE_READ = 400  # characters of a byline element's text read
# INDENTED_BYLINE: the characters of source text walked for them, indentation included: a templated
# author card indents its name by hundreds of spaces, which a read of 400 source characters ends in
_BYLINE_SOURCE = 4000
_POSSESSIVE = re.compile(r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?: [A-ZÀ-ÖØ-Þ][\w’'.-]+){1,2})['’]s "
                         r"(?i:blog|weblog|site|website|homepage|home page|journal|notebook|notes|newsletter)$")
# DECLARED_CREDIT: longer declared values are sentences, lists or headlines
_MAX_CREDIT_CHARS = 60
_MAX_CREDIT_WORDS = 5
# an opener or a label before the credit ("von AUTO ZEITUNG", "Autor/in: Korinna Hennig"); a desk word
# such as "Redaktion" stays, as it is part of the desk's name
_CREDIT_LABEL = re.compile(r"^(?:(?:by|von|par|por|door|af|av)\s+|[^:\s]{1,12}:\s*)", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"https?:|www\.|\.(?:com|org|net|de)\b", re.IGNORECASE)
_LEAD_LINES = 3  # BIO_BOX_LEAD: lines of a long author box read for the name
_MAX_NAME_LINE = 60  # a longer line of an author box is a sentence of the bio


def pick_authors(candidates: Sequence[Candidate[tuple[str, ...]]]) -> Candidate[tuple[str, ...]] | None:
    """The candidate whose source ranks first in :data:`AUTHOR_SOURCES` (ties keep page order)."""
    return pick(candidates, AUTHOR_SOURCES)


def author_candidates(jsonld: JsonLd, meta: PageMeta, bylines: list[HtmlElement], near_text: str,
                      *, sites: list[str], config: MetadataConfig, after: str = "",
                      root: HtmlElement | None = None) -> list[Candidate[tuple[str, ...]]]:
    """One candidate list of names per source, sources in priority order (``near_text``: the text
    around the headline; ``after``: the text below it; ``root``: the page, to tell a caption's or a
    quotation's "By …" from the article's)."""
    def names(raws: Iterable[str]) -> tuple[str, ...]:
        return unique_names(n for raw in raws for n in _person_or_site(raw, sites, config))

    out = [_jsonld_candidate(jsonld, meta, sites, config), _meta_candidate(meta, names),
           _microdata_candidate(meta, names, config), _byline_candidate(bylines, names)]
    # a name read from free text needs two words: "Von Sprachregeln, …" opens sentences, not bylines;
    # a one-word name ("Posted by Konstantin") only when it ends its line (LONE_NAME_LINE)
    found, whole_line = text_byline(near_text)
    if found and root is not None and written_aside(root, found):
        found = ""  # NOT_AN_AUTHOR: "By Jane Doe" in a caption, an aside or a quotation
    out.append(Candidate(tuple(n for n in names([found]) if " " in n or whole_line), "text"))
    # DATE_NAME_LINE: "11.12.2019 - Jane Doe" on its own line just below the headline
    out.append(Candidate(tuple(n for n in names([date_name_line(near_text[:config.date_name_window])])
                               if " " in n), "text"))
    out = [c for c in out if c.value]
    if not out:  # DATE_BY_NAME / NAME_THEN_DATE below the headline (above it: menus over a dateline)
        below = after[:config.date_name_window]
        out = [Candidate(names([dated_name_lines(below) or name_over_role(below)]), "text")]
    return [c for c in out if c.value] or _domain_author(jsonld, sites) or _possessive_site(sites)


def _person_or_site(raw: str, sites: list[str], config: MetadataConfig) -> list[str]:
    """The names of ``raw``, the site's name left out. PERSON_NAMED_SITE: a byline or author tag naming
    only the site is kept when that name reads as a person's ("Sara Harberson" on saraharberson.com, a
    blog whose site name is "Eric Ries"): a personal site is named after the person who writes it."""
    found = clean_authors(raw, sites=sites, config=config)
    if found or not _holds_site(raw, sites):
        return found
    bare = clean_authors(raw, sites=[], config=config)
    return bare if bare and all(is_site_name(n, sites) and _reads_as_person(n) for n in bare) else []


def _holds_site(raw: str, sites: list[str]) -> bool:
    """Whether ``raw`` spells one of the site's names: the only case PERSON_NAMED_SITE reads again."""
    k = key(raw)
    return any(s and key(s) in k for s in sites)


def _reads_as_person(name: str) -> bool:
    """Two or three capitalised words, the first a common given name."""
    words = name.split()
    return person_like(name) and len(words) <= 3 and words[0].casefold() in given_names()


def _jsonld_candidate(jsonld: JsonLd, meta: PageMeta, sites: list[str],
                      config: MetadataConfig) -> Candidate[tuple[str, ...]]:
    """The declared names: a name field may hold function words, so they are cleaned as declared.

    PERSON_SITE: a name the JSON-LD author *and* an author meta tag both declare is the person even
    when it is also the site's name (a personal site: "Jane Doe" writes on "Jane Doe")."""
    meta_raw = {key(v) for k in AUTHOR_META_NAMES for v, _ in meta.all((k,))}
    declared = unique_names(n for raw in jsonld.authors
                            for n in clean_authors(raw, sites=[] if _person_site(raw, meta_raw) else sites,
                                                   config=config, declared=True))
    return Candidate(declared, "json-ld-live" if jsonld.authors_from_updates else "json-ld")


def _microdata_candidate(meta: PageMeta, names: _Names, config: MetadataConfig) -> Candidate[tuple[str, ...]]:
    """Only the first itemprop=author: later ones are the authors of teasers and answers elsewhere;
    COMMENT_AUTHOR: one inside a reader comment's box is the commenter."""
    micro = _microdata_authors(meta, config)
    return Candidate(names(m for m in micro if len(m) < _MAX_BYLINE_CHARS), "microdata")


def _microdata_authors(meta: PageMeta, config: MetadataConfig) -> list[str]:
    """The first itemprop=author's value, unless it sits in a reader comment's box (COMMENT_AUTHOR)."""
    return [microdata_value(el) for el in meta.microdata.get("author", [])[:1]
            if not in_box(el, COMMENT_BOX_WORDS, config.comment_levels, include_self=True)]


def _byline_candidate(bylines: list[HtmlElement], names: _Names) -> Candidate[tuple[str, ...]]:
    """The names in the byline elements; BIO_BOX_LEAD: when every one is long (an author box that
    goes on with a bio), the person-like name on the first lines of the first one."""
    texts = [element_text(el, _BYLINE_SOURCE)[:_BYLINE_READ] for el in bylines]
    found = names(t for t in texts if len(t) < _MAX_BYLINE_CHARS)
    if not found and bylines:
        found = tuple(n for n in names(_lead_lines(bylines[0])) if person_like(n))[:1]
    return Candidate(found, _byline_source(bylines))


def _meta_candidate(meta: PageMeta, names: _Names) -> Candidate[tuple[str, ...]]:
    """The names of the first author meta key that yields any: keys disagree more often than they
    complement. ESCAPED_MARKUP: a value holding byline HTML is read as its text (``meta-markup``)."""
    for k in AUTHOR_META_NAMES:
        values = [v for v, _ in meta.all((k,))]
        found = names(strip_markup(v) for v in values)
        if found:
            return Candidate(found, "meta-markup" if any("<" in v for v in values) else "meta")
    return Candidate((), "meta")


def _lead_lines(el: HtmlElement) -> list[str]:
    """The first short lines of an element ("Written By", "Jane Doe"): where an author box that goes
    on with a bio writes the name."""
    lines = [line.strip() for line in element_lines(el, _BYLINE_SOURCE).split("\n") if line.strip()]
    return [line for line in lines[:_LEAD_LINES] if len(line) < _MAX_NAME_LINE]


def _byline_source(bylines: list[HtmlElement]) -> str:
    """The provenance of a byline: its marker convention, ``rel-author`` when every element is a
    ``rel=author`` link, else ``byline`` (an element whose class or id says so)."""
    kinds = {convention(el) for el in bylines}
    if len(kinds) == 1 and "" not in kinds:
        return kinds.pop()
    if bylines and all("author" in (el.get("rel") or "").lower().split() for el in bylines):
        return "rel-author"
    return "byline"


def _person_site(raw: str, meta_names: set[str]) -> bool:
    """PERSON_SITE: the JSON-LD author is also an author meta tag and reads as a person's name (two or
    three words, the first a common given name): on a personal site the site's name is its author."""
    words = clean(raw).split()
    return (key(raw) in meta_names and 2 <= len(words) <= 3 and words[0].casefold() in given_names()
            and all(w[:1].isupper() for w in words))


def _domain_author(jsonld: JsonLd, sites: list[str]) -> list[Candidate[tuple[str, ...]]]:
    """DOMAIN_AUTHOR: a JSON-LD author dropped as the site's name is the author after all when the
    domain spells it ("Rick Steves" on ricksteves.com): a site named after its writer. Read only when
    no other source named anyone, as news sites' JSON-LD often credits the site itself."""
    domains = {letters(s.removeprefix("www.").split(".")[0]) for s in sites if "." in s and " " not in s}
    found = [clean(raw) for raw in jsonld.authors
             if 2 <= len(clean(raw).split()) <= 3 and not clean(raw).isupper()  # capitals: a brand's logo
             and is_site_name(raw, sites) and letters(raw) in domains]
    return [Candidate(unique_names(found), "domain")] if found else []


def declared_credit_candidates(jsonld: JsonLd, meta: PageMeta,
                               config: MetadataConfig) -> list[Candidate[tuple[str, ...]]]:
    """DECLARED_CREDIT: the author a page's structured data declares (JSON-LD, else the first
    itemprop=author), as written, when no reader found a person: an organisation, desk or team
    ("ServiceTitan", "News Desk", "Redaktion Gelbe Liste") is who the page credits. The last fallback,
    with its own source (``declared``) so that a pipeline wanting people only can drop it. Labels
    ("Admin", "Anonymous"), handles, addresses and headline-long values name no one."""
    raws = jsonld.authors or _microdata_authors(meta, config)
    found = [name for name in (_CREDIT_LABEL.sub("", clean(raw)) for raw in raws) if _credit_name(name)]
    return [Candidate(unique_names(found), "declared")] if found else []


def _credit_name(name: str) -> bool:
    """Whether a declared author value can be shown as the credit: not a label, handle or address."""
    if not name or len(name) > _MAX_CREDIT_CHARS or len(name.split()) > _MAX_CREDIT_WORDS:
        return False  # a headline or a sentence
    if name.casefold() in AUTHOR_NOISE_WORDS or _WEB_ADDRESS.search(name):
        return False
    return " " in name or not any(c.isdigit() or c in "_@" for c in name)  # "mdelatorreq6vkpg2": an account


def _possessive_site(sites: list[str]) -> list[Candidate[tuple[str, ...]]]:
    """POSSESSIVE_SITE: a site called "Colin Watson's blog" is written by Colin Watson (read only when
    no other source named anyone)."""
    for site in sites:
        m = _POSSESSIVE.match(site)
        if m:
            return [Candidate((m["name"],), "site-name")]
    return []


def signature_candidates(root: HtmlElement, *, sites: list[str],
                         config: MetadataConfig) -> list[Candidate[tuple[str, ...]]]:
    """A person named by a signature line at the end of the article, looked for only when no other
    source named an author; one or two names of two to four words each (a person, not a label)."""
    names = unique_names(n for line in signature_lines(root, config)
                    for n in clean_authors(line, sites=sites, config=config))
    if not names or len(names) > 2 or any(not 2 <= len(n.split()) <= 4 for n in names):
        return []
    return [Candidate(names, "signature")]
