"""``<meta>`` tags (OpenGraph, Twitter, Dublin Core, Parse.ly …), ``<link>`` rels and microdata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from lxml import etree
from lxml.html import HtmlElement

from articlekit.metadata.elements import PageElements, page_elements
from articlekit.metadata.text import clean, element_text

__all__ = ["PageMeta", "read_meta"]

_KEY_ATTRS = ("property", "name", "itemprop", "http-equiv")
_MICRODATA_PROPS = frozenset({"author", "creator", "datepublished", "datecreated", "datemodified",
                              "headline", "name", "inlanguage", "publisher", "dateupdated", "dateupdate"})
_AUTHOR_LABELS = ("written by", "verfasst von", "author", "autor", "écrit par", "escrito por")
_MAX_MICRODATA = 200  # enough for any article; bounds the work on huge listing pages
# itemprop values of the body's elements, each knowing its element (``getparent()``), in page order:
# selecting the attribute nodes is ~20% faster in libxml2 than "body/descendant::*[@itemprop]"
_ITEMPROPS = etree.XPath("body/descendant::*/@itemprop")
_NAMES = etree.XPath("descendant::*[@itemprop='name']")  # compiled once; one step (see authors/signature.py)


@dataclass
class PageMeta:
    """Raw strings from ``<meta>``/``<link>``/microdata, keyed by lowercased name, in page order."""

    meta: dict[str, list[str]] = field(default_factory=dict)
    links: dict[str, list[str]] = field(default_factory=dict)
    microdata: dict[str, list[HtmlElement]] = field(default_factory=dict)
    html_lang: str = ""
    title_element: str = ""
    base_href: str = ""

    def first(self, keys: tuple[str, ...]) -> tuple[str, str]:
        """The first non-empty value among ``keys`` (in the order given) and the key it came from."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value:
                    return value, key
        return "", ""

    def all(self, keys: tuple[str, ...]) -> list[tuple[str, str]]:
        """Every non-empty (value, key) among ``keys``, keys in the order given."""
        return [(v, k) for k in keys for v in self.meta.get(k, ()) if v]


def read_meta(root: HtmlElement, elements: PageElements | None = None) -> PageMeta:
    """One pass over ``<meta>``, ``<link>``, ``<title>`` and ``itemprop`` elements (``elements``: the
    page's elements when already collected)."""
    out = PageMeta(html_lang=clean(root.get("lang") or root.get("xml:lang") or ""))
    for el in (elements or page_elements(root)).head:
        if el.tag == "meta":
            _add_meta(el, out)
        elif el.tag == "link":
            _add_link(el, out)
        elif el.tag == "title" and not out.title_element and _in_head(el):
            out.title_element = clean(el.text_content())
        elif el.tag == "base" and not out.base_href:
            out.base_href = clean(el.get("href"))
    _add_microdata(root, out)
    _add_twitter_labels(out)
    return out


def _add_twitter_labels(out: PageMeta) -> None:
    """``twitter:labelN`` = "Written by" / "Verfasst von" names ``twitter:dataN`` as the author."""
    for n in "1234":
        label = " ".join(out.meta.get(f"twitter:label{n}", [])).lower()
        if any(w in label for w in _AUTHOR_LABELS):
            out.meta.setdefault("twitter:author-label", []).extend(out.meta.get(f"twitter:data{n}", []))


def _in_head(el: HtmlElement) -> bool:
    """``<title>`` inside ``<svg>`` or deeper in the body is an icon label, not the page title; one that
    is a direct child of ``<body>`` is the head's, moved there by the parser because text (a server's
    PHP warning, say) came before ``<html>``."""
    parent = el.getparent()
    return parent is None or parent.tag in ("head", "html", "body")


def _add_meta(el: HtmlElement, out: PageMeta) -> None:
    # the attributes in one lxml call: a <meta> has two or three, and up to nine are looked up
    attrs = dict(el.items())
    content = attrs.get("content")
    if content is None:
        content = attrs.get("value") or attrs.get("datetime")
    value = clean(content)
    if attrs.get("pubdate") and content is None:
        # META_PUBDATE: <meta pubdate="2021-08-20"> names its key by the attribute that holds the value
        out.meta.setdefault("pubdate", []).append(clean(attrs.get("pubdate")))
    for attr in _KEY_ATTRS:
        key = (attrs.get(attr) or "").strip().lower()
        if key:
            for part in key.split():
                out.meta.setdefault(part, []).append(value)


def _add_link(el: HtmlElement, out: PageMeta) -> None:
    href = clean(el.get("href"))
    for rel in (el.get("rel") or "").lower().split():
        out.links.setdefault(rel, []).append(href)


def _add_microdata(root: HtmlElement, out: PageMeta) -> None:
    count = 0
    for value in cast("list[etree._ElementUnicodeResult]", _ITEMPROPS(root)):
        el = cast(HtmlElement, value.getparent())
        for prop in value.lower().split():
            if prop in _MICRODATA_PROPS:
                out.microdata.setdefault(prop, []).append(el)
                count += 1
        if count >= _MAX_MICRODATA:
            break


def microdata_value(el: HtmlElement) -> str:
    """The value of an ``itemprop`` element: content/datetime attribute or its visible text."""
    for attr in ("content", "datetime"):
        if el.get(attr):
            return clean(el.get(attr))
    if el.tag == "meta":
        return ""
    names = cast("list[HtmlElement]", _NAMES(el))
    if names:  # a Person's name in a <meta itemprop=name content=…> is in its content
        return clean(names[0].get("content")) or element_text(names[0], 200)
    return element_text(el, 300)
