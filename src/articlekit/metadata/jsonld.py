"""JSON-LD (schema.org) blocks: find the page's article object and read its fields as raw strings."""

from __future__ import annotations

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
_CDATA_END = re.compile(r"(?://|/\*)?\s*\]\]>(?:\s*\*/)?$")
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


def read_jsonld(root: HtmlElement, elements: PageElements | None = None) -> JsonLd:
    """Parse every ``application/ld+json`` script and read the most article-like object
    (``elements``: the page's elements when already collected)."""
    scripts = (elements or page_elements(root)).scripts
    out = JsonLd()
    objects = list(_objects(scripts, out.unparsed))
    article = _pick_article(objects)
    if article is not None:
        _read_article(article, out, _by_id(objects))
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
        text = _CDATA_END.sub("", _CDATA_START.sub("", text))
    text = text.strip().rstrip(";")
    if not text:
        return None
    for candidate in (text, _TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text))):
        try:
            return json.loads(candidate)
        except (ValueError, RecursionError):
            continue
    return None


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


def _resolve_refs(value: Any, ids: dict[str, dict[str, Any]]) -> Any:
    """Replace ``{"@id": …}`` references by the objects they point to."""
    if isinstance(value, list):
        return [_resolve_refs(v, ids) for v in value]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return ids.get(value["@id"], value)
    return value


def _read_article(obj: dict[str, Any], out: JsonLd, ids: dict[str, dict[str, Any]]) -> None:
    out.headline = _name(obj.get("headline")) or (
        _name(obj.get("name")) if _article_rank(obj) == 0 else "")
    out.authors = _people(_resolve_refs(obj.get("author"), ids)) or _people(obj.get("creator"))
    out.published = _text(obj.get("datePublished")) or _text(obj.get("dateCreated"))
    out.modified = _text(obj.get("dateModified"))
    out.publisher = _name(_resolve_refs(obj.get("publisher"), ids))
    out.language = _text(obj.get("inLanguage"))
    out.url = _url(obj.get("url")) or _url(obj.get("mainEntityOfPage"))
    out.description = _text(obj.get("description"))
    out.image = _url(obj.get("image")) or _url(obj.get("thumbnailUrl"))
    out.keywords = _keywords(obj.get("keywords"))


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
        if not name and ("givenName" in value or "familyName" in value):
            name = f"{_text(value.get('givenName'))} {_text(value.get('familyName'))}"
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
