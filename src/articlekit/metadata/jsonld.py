"""JSON-LD (schema.org) blocks: find the page's article object and read its fields as raw strings."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

from articlekit.metadata.elements import PageElements, page_elements
from articlekit.metadata.text import clean
from articlekit.metadata.vocab import ARTICLE_TYPES

__all__ = ["JsonLd", "read_jsonld"]

_TRAILING_COMMA = re.compile(r",\s*([\]}])")
_CONTROL = re.compile(r"[\x00-\x1f]")
_CDATA_START = re.compile(r"^(?://|/\*)?\s*<!\[CDATA\[(?:\s*\*/)?")
# what may follow the closing "]]>" of a CDATA wrapper at the end of a script
_CDATA_END_TAIL = re.compile(r"(?:\s*\*/)?\n?")
_QUOTE_OR_ESCAPE = re.compile(r'\\.|"')
_CLOSES = re.compile(r"\s*[,:}\]]|\s*$")
_TYPE_VALUE = re.compile(r'"@type"\s*:\s*\[?\s*"([^"]{1,60})"')
_AUTHOR_KEY = re.compile(r'"author"\s*:\s*')
_BRACKETS = re.compile(r"[\[\]{}]")
# where a recovered string value ends: at a comma or closing bracket, or at the next key when a comma
# is missing
_VALUE_END = r'"(?=\s*(?:[,}\]]|"[\w@]+"\s*:|\Z))'
_NAME_VALUE = re.compile(r'"name"\s*:\s*"(.*?)' + _VALUE_END)
_MAX_RECOVERED = 50  # values looked at per recovered field: a page's article names a few authors
_MAX_REPAIR_CHARS = 200_000  # a broken block longer than this is not an article's metadata
_MAX_DEPTH = 4  # lists nested deeper than this hold no author any page means to declare
_MAX_OBJECTS = 500  # a page with more JSON-LD objects than this is a catalogue, not an article


@dataclass
class JsonLd:
    """Raw values read from the page's JSON-LD; empty when the page has none."""

    headline: str = ""
    authors: list[str] = field(default_factory=list)
    published: str = ""
    modified: str = ""
    publisher: str = ""
    site_name: str = ""
    language: str = ""
    url: str = ""
    description: str = ""
    image: str = ""
    keywords: list[str] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)  # texts of JSON-LD blocks that are not valid JSON
    authors_from_updates: bool = False  # LIVE_UPDATES: ``authors`` were read from a live blog's updates


def read_jsonld(root: HtmlElement, elements: PageElements | None = None) -> JsonLd:
    """Parse every ``application/ld+json`` script and read the most article-like object
    (``elements``: the page's elements when already collected)."""
    scripts = (elements or page_elements(root)).scripts
    out = JsonLd()
    objects = list(_objects(scripts, out.unparsed))
    article = _pick_article(objects)
    if article is not None:
        _read_article(article, out, _by_id(objects))
    for text in out.unparsed:
        _recover_fields(text, out)
    for obj in objects:
        types = _types(obj)
        if not out.site_name and "website" in types:
            out.site_name = _name(obj.get("name"))
        if not out.publisher and types & {"organization", "newsmediaorganization"}:
            out.publisher = _name(obj.get("name"))
    return out


def _objects(scripts: list[HtmlElement], unparsed: list[str]) -> Iterator[dict[str, Any]]:
    """Every dict in every JSON-LD script, with @graph and lists flattened, in page order; the texts
    of scripts that are not JSON even after repair are added to ``unparsed``."""
    count = 0
    for script in scripts:
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        text = script.text or ""
        data = _load(text)
        if data is None and text.strip():
            unparsed.append(text)
        for obj in _flatten(data, 0):
            count += 1
            if count > _MAX_OBJECTS:
                return
            yield obj


def _load(text: str) -> Any:
    # comment and CDATA wrappers are XHTML-era ways of hiding the script from old parsers
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    if "]]>" in text or "<![CDATA[" in text:  # the regexes below are slow over a long script
        text = _without_cdata_end(_CDATA_START.sub("", text))
    text = text.strip().rstrip(";")
    if not text:
        return None
    repaired = _TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text))
    for candidate in (text, repaired, lambda: _escape_stray_quotes(repaired)):
        try:
            return json.loads(candidate() if callable(candidate) else candidate)
        except (ValueError, RecursionError):
            continue
    return None


def _without_cdata_end(text: str) -> str:
    """``text`` without a closing CDATA wrapper at its end (``]]>``, ``//]]>``, ``/* ]]> */``).

    Found from the last ``]]>`` backwards: a pattern anchored at the end is still tried from every
    position, and across a long run of white space each try read the whole run (86 kB: 3 s)."""
    end = text.rfind("]]>")
    if end < 0 or _CDATA_END_TAIL.fullmatch(text, end + 3) is None:
        return text
    start = len(text[:end].rstrip())
    return text[:start - 2] if text[:start].endswith(("//", "/*")) else text[:start]


def _escape_stray_quotes(text: str) -> str:
    """TOLERANT_JSONLD: escape the quotes inside a string value that a CMS left unescaped ("The "big"
    plan"): a quote closes a string only when a comma, colon or closing bracket follows it."""
    if len(text) > _MAX_REPAIR_CHARS:
        return text
    out: list[str] = []
    last = 0
    in_string = False
    for m in _QUOTE_OR_ESCAPE.finditer(text):
        if m[0] != '"' or not (in_string and _CLOSES.match(text, m.end()) is None):
            if m[0] == '"':
                in_string = not in_string
            continue
        out += [text[last:m.start()], '\\"']
        last = m.end()
    return "".join(out) + text[last:]


def _recover_fields(text: str, out: JsonLd) -> None:
    """TOLERANT_JSONLD: a block that is not JSON even after repair still gives its headline, name,
    authors and dates, read field by field; only fields no parsed block filled are set."""
    if len(text) > _MAX_REPAIR_CHARS or not _article_block(text):
        return
    if not out.headline:
        out.headline = _field(text, "headline") or _field(text, "name", top_level=True)
    if not out.published:
        out.published = _field(text, "datePublished")
    if not out.modified:
        out.modified = _field(text, "dateModified")
    if not out.authors:
        out.authors = _recovered_authors(text)


def _article_block(text: str) -> bool:
    """The broken block's first ``@type`` is an article's: a block about a page, a topic or a product
    ("Thing") would give its name as the headline."""
    m = _TYPE_VALUE.search(text)
    return m is not None and _article_rank({"@type": m[1]}) == 0


def _field(text: str, name: str, *, top_level: bool = False) -> str:
    """The first string value of ``"name": "…"`` (``top_level``: outside any nested object)."""
    for m in itertools.islice(re.finditer(rf'"{name}"\s*:\s*"(.*?)' + _VALUE_END, text), _MAX_RECOVERED):
        if not top_level or text.count("{", 0, m.start()) - text.count("}", 0, m.start()) == 1:
            return clean(m[1].replace('\\"', '"'))
    return ""


def _recovered_authors(text: str) -> list[str]:
    """The names in the value of the first ``"author"`` key: a string, or the ``"name"`` fields of
    the objects and lists up to the bracket that closes the value."""
    m = _AUTHOR_KEY.search(text)
    if not m:
        return []
    if text[m.end():m.end() + 1] == '"':
        value = _field(text[m.start():], "author")
        return [value] if value else []
    depth, end = 0, len(text)
    for b in _BRACKETS.finditer(text, m.end()):
        depth += 1 if b[0] in "[{" else -1
        if depth <= 0:
            end = b.end()
            break
    values = itertools.islice(_NAME_VALUE.finditer(text, m.end(), end), _MAX_RECOVERED)
    return [n for n in (clean(v[1].replace('\\"', '"')) for v in values) if n]


def _flatten(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"], depth + 1)
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict) and _types(main) & ARTICLE_TYPES:
            yield from _flatten(main, depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {v.rsplit("/", 1)[-1].lower() for v in values if isinstance(v, str)}


def _article_rank(obj: dict[str, Any]) -> int:
    """Lower is better: real article types first, then pages, then anything with a headline."""
    types = _types(obj)
    if types & {"webpage", "itempage", "aboutpage", "qapage", "videoobject", "event", "product", "recipe",
                "howto", "creativework", "podcastepisode"}:
        return 1 if ("headline" in obj or "datePublished" in obj) else 3
    if types & ARTICLE_TYPES or any(t.endswith("article") or t.endswith("posting") for t in types):
        return 0
    return 2 if "headline" in obj else 9


def _pick_article(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    best: dict[str, Any] | None = None
    best_rank = 9
    for obj in objects:
        rank = _article_rank(obj)
        if rank < best_rank:
            best, best_rank = obj, rank
    return best


def _by_id(objects: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Objects that carry a name, by their ``@id`` (Yoast-style graphs link authors by id)."""
    return {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and "name" in obj}


def _resolve_refs(value: Any, ids: dict[str, dict[str, Any]], depth: int = 0) -> Any:
    """Replace ``{"@id": …}`` references by the objects they point to, in lists down to
    ``_MAX_DEPTH`` levels (deeper lists are left as they are: a page can nest them without limit)."""
    if isinstance(value, list):
        return [_resolve_refs(v, ids, depth + 1) for v in value] if depth < _MAX_DEPTH else []
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return ids.get(value["@id"], value)
    return value


def _read_article(obj: dict[str, Any], out: JsonLd, ids: dict[str, dict[str, Any]]) -> None:
    out.headline = _name(obj.get("headline")) or (
        _name(obj.get("name")) if _article_rank(obj) == 0 else "")
    out.authors = _people(_resolve_refs(obj.get("author"), ids)) or _people(obj.get("creator"))
    out.published = _text(obj.get("datePublished")) or _text(obj.get("dateCreated"))
    out.modified = _text(obj.get("dateModified"))
    if "liveblogposting" in _types(obj):
        _read_live_updates(obj, out, ids)
    out.publisher = _name(_resolve_refs(obj.get("publisher"), ids))
    out.language = _text(obj.get("inLanguage"))
    out.url = _url(obj.get("url")) or _url(obj.get("mainEntityOfPage"))
    out.description = _text(obj.get("description"))
    out.image = _url(obj.get("image")) or _url(obj.get("thumbnailUrl"))
    out.keywords = _keywords(obj.get("keywords"))


def _read_live_updates(obj: dict[str, Any], out: JsonLd, ids: dict[str, dict[str, Any]]) -> None:
    """LIVE_UPDATES: a live blog often declares its authors and dates only on its updates
    (``liveBlogUpdate``): their authors in order, the start of coverage or the first update as the
    publication date, the latest update as the modification date, each only when the blog gives none."""
    updates = obj.get("liveBlogUpdate")
    updates = [u for u in (updates if isinstance(updates, list) else [updates]) if isinstance(u, dict)]
    if not out.authors:
        seen: dict[str, None] = {}
        for update in updates[:_MAX_OBJECTS]:
            seen.update(dict.fromkeys(_people(_resolve_refs(update.get("author"), ids))))
        out.authors, out.authors_from_updates = list(seen), bool(seen)
    days = sorted(d for d in (_text(u.get("datePublished")) for u in updates[:_MAX_OBJECTS]) if d)
    if not out.published:
        out.published = _text(obj.get("coverageStartTime")) or (days[0] if days else "")
    if not out.modified and days:
        out.modified = days[-1]


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name") or ""
    return clean(value) if isinstance(value, str) else ""


def _name(value: Any) -> str:
    if isinstance(value, list):
        return next((n for n in (_name(v) for v in value) if n), "")
    if isinstance(value, dict):
        return _text(value.get("name")) or _text(value.get("legalName"))
    return _text(value)


def _people(value: Any, depth: int = 0) -> list[str]:
    """Names from an author value: strings, Person/Organization objects, lists, nested lists."""
    if depth > 3 or value is None:
        return []
    if isinstance(value, list):
        return [n for v in value for n in _people(v, depth + 1)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, (dict, list)):
            return _people(name, depth + 1)
        given, family = _text(value.get("givenName")), _text(value.get("familyName"))
        middle = _text(value.get("additionalName"))  # ADDITIONAL_NAME: a middle name or initial
        if (not name or (middle and clean(name) == f"{given} {family}")) and (given or family):
            name = " ".join(p for p in (given, middle, family) if p)
        return [clean(name)] if isinstance(name, str) and clean(name) else []
    text = _text(value)
    return [text] if text else []


def _url(value: Any) -> str:
    if isinstance(value, list):
        return next((u for u in (_url(v) for v in value) if u), "")
    if isinstance(value, dict):
        return _text(value.get("url")) or _text(value.get("@id")) or _text(value.get("contentUrl"))
    return _text(value)


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return [k for k in (clean(p) for p in value.split(",")) if k]
    if isinstance(value, list):
        return [k for k in (clean(v) for v in value if isinstance(v, str)) if k]
    return []
