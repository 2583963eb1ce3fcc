"""Date candidates from every source: JSON-LD, meta tags, microdata, ``<time>``, the URL, date-labelled
elements and the visible text near the headline."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from articlekit.config import MetadataConfig
from articlekit.metadata.candidates import Candidate
from articlekit.metadata.dates.parse import DateValue, parse_date, plausible, url_date
from articlekit.metadata.dates.text import (
    dateparser_language,
    edited_at,
    find_text_date,
    find_updated_date,
    iter_dates,
    parse_with_dateparser,
    updated_at,
)
from articlekit.metadata.elements import PageElements, in_box, page_elements
from articlekit.metadata.jsonld import JsonLd
from articlekit.metadata.meta import PageMeta, microdata_value
from articlekit.metadata.scan import Labelled, PageScan
from articlekit.metadata.text import element_text, text_around
from articlekit.metadata.vocab import (
    COMMENT_BOX_WORDS,
    DATE_ATTR_TOKENS,
    DATE_MOD_META,
    DATE_PUB_META,
    UPDATED_LABELS,
)

__all__ = [
    "DateContext",
    "first_in_page",
    "modified_candidates",
    "month_in_text",
    "published_candidates",
    "script_candidates",
    "shown_by_time",
    "slow_labelled",
]

_SCRIPT_DATE = re.compile(
    r'"(?:datePublished|publishedDate|published_at|publishedAt|publishDate|publish_date|pubDate|firstPublished|'
    r'createdAt|created_at|dateCreated|date_published)"\s*:\s*"(\d{4}-\d{2}-\d{2}[^"]{0,30})"')
# SCRIPT_WRITTEN: a whole script that calls one function on a date string, perhaps inside document.write
_DATE_WRITER = re.compile(r"""(?:document\.write\()?[\w.$]+\(\s*["'](\d[^"']{7,39})["']\s*[,)]""")
_MAX_WRITER_CHARS = 200  # longer scripts do more than print a date
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
# Every key of _SCRIPT_DATE holds one of these: scripts without any (analytics, config) skip the regex,
# whose leading quote would otherwise try the alternation at every quote of a JSON blob.
_SCRIPT_DATE_HINTS = ("ublish", "reated", "pubDate")
_MAX_PAGE_CHARS = 300_000  # visible text searched for a date of the URL's month
_MAX_SCRIPT_CHARS = 2_000_000  # larger inline scripts are bundles, not page state
# "date" alone is as often a cache or revision stamp as the publication day: trusted below the page
_GENERIC_DATE_KEYS = frozenset({"date", "dc.date", "dcterms.date"})
_DATE_ATTR_RE = re.compile("|".join(re.escape(t) for t in DATE_ATTR_TOKENS))
# TIME_DATETIME: "7:38:01 PM" may follow a numeric date without making it a date in words
_NUMERIC_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?")
_LABEL_CHARS = 40  # text read before a <time> for an update label
_COMMENT_LEVELS = 8  # ancestors of a <time> read for a comment label
_MAX_LABELLED = 40  # date-labelled elements examined per page (the first ones are the article's)
_MAX_LABELLED_CHARS = 120  # longer elements are paragraphs that merely mention a date
_EXCLUDED_RE = re.compile("comment|related|footer|sidebar|widget|copyright|update|modif|weather|today|"
                          "current|"
                          "event|calendar|archive|menu|nav")


@dataclass(frozen=True)
class DateContext:
    """What every date source needs: the page's language, the clock, limits and the headline."""

    language: str
    now: dt.datetime | None
    config: MetadataConfig
    url: str | None
    near_text: str
    before_text: str
    page: PageScan
    scripts: Sequence[HtmlElement] = ()  # the page's <script> elements (SCRIPT_WRITTEN reads the tiny ones)
    # each <time>'s update verdict, read once: the published and the modified date both ask it of every one
    updates: dict[HtmlElement, bool] = field(default_factory=dict)


def _ok(value: DateValue | None, ctx: DateContext) -> DateValue | None:
    if value is None:
        return None
    return value if plausible(value, min_year=ctx.config.min_year, now=ctx.now) else None


def _parse(text: str, ctx: DateContext) -> DateValue | None:
    return _ok(parse_date(text, language=ctx.language), ctx)


def _meta_source(key: str) -> str:
    if key in _GENERIC_DATE_KEYS:
        return "meta:weak"
    return "opengraph" if key.startswith(("og:", "article:")) else "meta"


def published_candidates(jsonld: JsonLd, meta: PageMeta, root: HtmlElement, ctx: DateContext,
                         elements: PageElements | None = None, *,
                         scripts: bool = True) -> list[Candidate[DateValue]]:
    """Publication-date candidates, sources in priority order (invalid and implausible ones dropped;
    ``elements``: the page's elements when already collected; ``scripts=False`` leaves out the last
    source, the dates in inline JSON state: :func:`script_candidates`)."""
    published = jsonld.published or _unparsed_jsonld_date(jsonld.unparsed)
    out: list[Candidate[DateValue | None]] = [Candidate(_parse(published, ctx), "json-ld")]
    out += [Candidate(_parse(v, ctx), _meta_source(k)) for v, k in meta.all(DATE_PUB_META)[:6]]
    out += [Candidate(_parse(microdata_value(el), ctx), "microdata")
            for el in (meta.microdata.get("datepublished", []) + meta.microdata.get("datecreated", []))[:3]]
    out += [Candidate(_parse(v, ctx), "meta") for v in _other_meta_dates(meta)[:2]]
    out.append(Candidate(_time_element(ctx), "time-element"))
    out.append(Candidate(_ok(url_date(ctx.url or ""), ctx), "url"))
    close = ctx.near_text[: ctx.config.date_close]
    before = ctx.before_text[-ctx.config.date_close:]
    line = ctx.config.dateline_chars
    out.append(Candidate(_ok(find_text_date(close, language=ctx.language, now=ctx.now, before=before,
                                            max_line=line), ctx), "text:near"))
    near = ctx.near_text[: ctx.config.date_window]
    out.append(Candidate(_ok(find_text_date(near, language=ctx.language, now=ctx.now, before=ctx.before_text,
                                            max_line=line), ctx), "text"))
    out.append(Candidate(_labelled(ctx), "text"))
    found = [Candidate(c.value, c.source) for c in out if c.value is not None]
    return found + script_candidates(root, ctx, elements) if scripts else found


def script_candidates(root: HtmlElement, ctx: DateContext,
                      elements: PageElements | None = None) -> list[Candidate[DateValue]]:
    """The publication-date candidates from inline JSON state, the last source in priority."""
    values = (_parse(v, ctx) for v in _script_dates((elements or page_elements(root)).scripts)[:2])
    return [Candidate(v, "script") for v in values if v is not None]


def modified_candidates(jsonld: JsonLd, meta: PageMeta, ctx: DateContext) -> list[Candidate[DateValue]]:
    """Modification-date candidates, sources in priority order."""
    out: list[Candidate[DateValue | None]] = [Candidate(_parse(jsonld.modified, ctx), "json-ld")]
    out += [Candidate(_parse(v, ctx), _meta_source(k)) for v, k in meta.all(DATE_MOD_META)[:4]]
    out += [Candidate(_parse(microdata_value(el), ctx), "microdata")
            for el in (meta.microdata.get("datemodified", []) + meta.microdata.get("dateupdated", [])
                       + meta.microdata.get("dateupdate", []))[:2]]
    out.append(Candidate(_updated_time_element(ctx), "time-element"))
    close, before, line = ctx.near_text[: ctx.config.date_window], ctx.before_text, ctx.config.dateline_chars
    out.append(Candidate(_ok(find_updated_date(close, language=ctx.language, now=ctx.now, before=before,
                                               max_line=line), ctx), "text"))
    return [Candidate(c.value, c.source) for c in out if c.value is not None]


def _other_meta_dates(meta: PageMeta) -> list[str]:
    """Values of unlisted meta keys that name a publication ("…:published", "…_created", "…uploaded")."""
    known = set(DATE_PUB_META) | set(DATE_MOD_META)
    out = []
    for key, values in meta.meta.items():
        if key in known or any(t in key for t in ("modif", "update", "expir", "edit")):
            continue
        if any(t in key for t in ("publish", "created", "uploaded", "pubdate", "release")):
            out += [v for v in values if v[:1].isdigit()]
    return out


def _unparsed_jsonld_date(blocks: list[str]) -> str:
    """Named rule JSONLD_UNPARSED: a JSON-LD block that is not valid JSON even after repair (a stray
    brace, a missing comma) still declares the page's date: its first ``datePublished`` is read by
    pattern. Blocks that parse are left to the JSON-LD reader (their dates may belong to listed items)."""
    for text in blocks:
        m = _JSONLD_PUBLISHED.search(text)
        if m is not None:
            return m[1]
    return ""


def _script_dates(scripts: list[HtmlElement]) -> list[str]:
    """Publication dates inside inline JSON state ("publishedDate": "2016-11-04T20:37:27Z")."""
    out: list[str] = []
    for script in scripts:
        if "ld+json" in (script.get("type") or ""):
            continue  # the JSON-LD reader's; checked first, as reading a script's text decodes all of it
        text = script.text or ""
        if len(text) > _MAX_SCRIPT_CHARS:
            continue
        if not any(hint in text for hint in _SCRIPT_DATE_HINTS):
            continue
        out += [m[1] for m in _SCRIPT_DATE.finditer(text)]
        if out:
            break
    return out


def _is_update(item: Labelled, ctx: DateContext) -> bool:
    """A ``<time>`` whose class/id says it is an update (``class="updated"``, TIME_UPDATED) or that
    follows an update label in the text ("Last updated <time>…</time>", UPDATE_LABEL)."""
    if "update" in item.attrs or "modif" in item.attrs:
        return True
    known = ctx.updates.get(item.element)
    if known is None:
        text = _text_before(item.element)
        known = ctx.updates[item.element] = bool(text) and updated_at(text, len(text))
    return known


def _text_before(el: HtmlElement) -> str:
    """The text just before ``el`` inside its nearest ancestors (at least a label's length when there)."""
    parts: list[str] = []
    node = el
    for _ in range(3):
        parent = node.getparent()
        if parent is None:
            break
        # the four nearest only: a list of all of them, for each of thousands of sibling <time>s, was quadratic
        for sib in itertools.islice(node.itersiblings(preceding=True), 4):
            parts.append(sib.tail or "")
            parts.append(element_text(sib, 80) if isinstance(sib.tag, str) else "")
        parts.append(parent.text or "")
        text = " ".join(" ".join(reversed(parts)).split())
        if len(text) >= _LABEL_CHARS or any(c.isalpha() for c in text):
            return text[-_LABEL_CHARS:]
        node = parent
    return " ".join(" ".join(reversed(parts)).split())[-_LABEL_CHARS:]


def _update_text(item: Labelled, text: str) -> bool:
    """A date-labelled element's text that is an update stamp ("Updated Feb. 27, 2025": an update label
    before its first digit), or that follows an update label set in an element of its own (UPDATE_LABEL)."""
    head = text[:next(i for i, c in enumerate(text) if c.isdigit())].lower()
    if any(label in head for label in UPDATED_LABELS):
        return True
    before = _text_before(item.element)
    return bool(before) and updated_at(before, len(before))


def _updated_time_element(ctx: DateContext) -> DateValue | None:
    """The first ``<time datetime>`` labelled as an update (TIME_UPDATED, UPDATE_LABEL)."""
    for item in ctx.page.times:
        if _is_update(item, ctx) and not in_box(item.element, COMMENT_BOX_WORDS, _COMMENT_LEVELS):
            el = item.element
            value = _parse(el.get("datetime") or el.get("content") or el.get("title") or "", ctx)
            if value is not None:
                return value
    return None


def _time_element(ctx: DateContext) -> DateValue | None:
    """The first ``<time datetime>`` after the headline (else anywhere) not labelled as an update."""
    after: DateValue | None = None
    first: DateValue | None = None
    for item in ctx.page.times:
        if _is_update(item, ctx):
            continue
        el = item.element
        value = _parse(el.get("datetime") or el.get("content") or "", ctx)
        if value is None or in_box(el, COMMENT_BOX_WORDS, _COMMENT_LEVELS):  # COMMENT_TIME
            continue
        if el.get("pubdate") is not None or "publish" in item.attrs:
            return value
        if after is None and ctx.page.after_headline(item):
            after = value
        first = first or value
    return after or first


def shown_by_time(chosen: Candidate[DateValue], ctx: DateContext) -> Candidate[DateValue]:
    """Named rule TIME_DATETIME: a visible date written in numbers only ("03/01/2017": day or month
    first?) that a ``<time>`` element shows is read from its ``datetime`` attribute, which is
    unambiguous. A date in words is left as shown (the attribute is then as often another event's
    stamp), and so is an attribute one day off the text (the same moment in UTC)."""
    if not chosen.source.startswith("text"):
        return chosen
    day = _day(chosen.value)
    for item in ctx.page.times:
        el = item.element
        text = element_text(el, 80)
        shown = _parse(text, ctx)
        if shown is None or _day(shown) != day:
            continue
        if any(c.isalpha() for c in _NUMERIC_TIME.sub("", text)):
            return chosen
        value = _parse(el.get("datetime") or "", ctx)
        if value is None or abs((_day(value) - day).days) == 1:
            return chosen
        return Candidate(value, "time-element")
    return chosen


def _day(value: DateValue) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _labelled_texts(ctx: DateContext) -> Iterator[str]:
    """Short texts (with a digit) of elements whose class/id labels them as a date, after the headline,
    in page order; lazily, so the page is read only as far as the first one that gives a date."""
    seen = 0
    for item in ctx.page.after_items():
        if not _DATE_ATTR_RE.search(item.attrs) or _EXCLUDED_RE.search(item.attrs):
            continue
        if item.element.tag in ("script", "style") or not ctx.page.after_headline(item):
            continue
        seen += 1
        if seen > _MAX_LABELLED:
            break
        text = element_text(item.element, 400)
        if not text or len(text) > _MAX_LABELLED_CHARS or not any(c.isdigit() for c in text):
            continue
        if not _update_text(item, text):
            yield text


def _labelled(ctx: DateContext) -> DateValue | None:
    """The first date-labelled element whose text the fast rules read."""
    for text in _labelled_texts(ctx):
        value = _parse(text, ctx)
        if value is not None:
            return value
    return None


def slow_labelled(ctx: DateContext) -> list[Candidate[DateValue]]:
    """Named rule SLOW_PATH: when nothing else gave a date, dateparser (told the page's language) reads
    the first date-labelled texts the fast rules could not; never for English (ENGLISH_FAST_ONLY)."""
    if not dateparser_language(ctx.language):
        return []
    for text in itertools.islice(_labelled_texts(ctx), ctx.config.dateparser_calls):
        value = _ok(parse_with_dateparser(text, ctx.language), ctx)
        if value is not None:
            return [Candidate(value, "text")]
    return []


def month_in_text(root: HtmlElement, month: tuple[int, int], ctx: DateContext) -> list[Candidate[DateValue]]:
    """The first date of the URL's month written anywhere in the page's visible text."""
    body = root.find("body")
    if body is None:
        return []
    text = element_text(body, _MAX_PAGE_CHARS)
    for _, value in iter_dates(text, ctx.language):
        if (value.year, value.month) == month and _ok(value, ctx) is not None:
            return [Candidate(value, "text")]
    return []


def first_in_page(root: HtmlElement, ctx: DateContext) -> list[Candidate[DateValue]]:
    """Named rule PAGE_FALLBACK: with no other clue, the first full date written in the visible page.

    Named rule EDITED_ONLY: a page whose only dates follow an edit or update label ("last edited
    2019-11-10", a wiki's footer) was published no later, so the first of them is used, as UPDATED_ONLY
    does.
    """
    body = root.find("body")
    if body is None:
        return []
    text = "\n".join(text_around(root, None, before=0, after=_MAX_PAGE_CHARS))
    edited: DateValue | None = None
    for pos, value in iter_dates(text, ctx.language, max_line=ctx.config.dateline_chars, edited=True):
        if _ok(value, ctx) is None:
            continue
        if not edited_at(text, pos) and not updated_at(text, pos):
            return [Candidate(value, "text")]
        edited = edited or value
    if edited is not None:
        return [Candidate(edited, "text")]
    return _script_written(ctx)


def _script_written(ctx: DateContext) -> list[Candidate[DateValue]]:
    """Named rule SCRIPT_WRITTEN: a tiny inline script that is one call on a date literal
    (``showDate("2020/04/17 01:43:09")``) prints that date where it stands: with no date in the visible
    text, the first such date is the page's."""
    for script in ctx.scripts:
        text = (script.text or "").strip()
        if len(text) > _MAX_WRITER_CHARS:
            continue
        m = _DATE_WRITER.match(text)
        value = _parse(m[1], ctx) if m else None
        if value is not None:
            return [Candidate(value, "text")]
    return []
