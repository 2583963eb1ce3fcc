"""Text → lxml tree, safely: no network, no entity expansion, bounded depth; bs4 only as fallback.

Why each guard exists (measured with lxml 6.1 / libxml2 2.14, see docs/robustness.md):

* libxml2's HTML parser *stops* at the first resource limit (nesting deeper than 256, or one text
  node, attribute or comment over 10 MB) and silently drops the rest of the page. When that happens
  the page is parsed a second time after :func:`_limit_depth` has removed the tags nested beyond
  ``max_depth``, with the size limits lifted (``huge_tree``); that parse cannot hit the depth limit.
* the HTML parser never expands DOCTYPE entities or fetches anything (``no_network=True``), but it
  shows an internal DTD subset as text ("]>"): leading XML declarations and DOCTYPEs are removed.
* lxml refuses ``str`` input holding NULs, C0 controls or an encoding declaration, and stops at a lone
  surrogate: those characters are removed first.
"""

from __future__ import annotations

import re
import threading
from collections import Counter

from lxml import etree, html

from articlekit.errors import ParseError

__all__ = ["parse_html"]

# Leading XML declarations (lxml refuses str input starting with one) and DOCTYPEs with their internal
# subset ([...], which libxml2 would show as "]>"), in any order and number.
_PROLOGUE = re.compile(r"(?:\s+|\ufeff|<\?xml\b[^>]*>|<!DOCTYPE\b[^\[>]*(?:\[[^\]]*\][^>]*)?>)*", re.I)
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# The same control characters as byte values: one memchr-speed ``in`` test per value finds them about 8x
# faster than a regex scan and 2x faster than ``bytes.translate``.
_CONTROL_BYTES = (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)
_local = threading.local()  # lxml parsers must not be shared between threads

# Tags the depth limiter must understand: void elements never nest; raw-text elements hold no tags.
_VOID = frozenset({"area", "base", "basefont", "bgsound", "br", "col", "command", "embed", "frame", "hr",
                   "image", "img", "input", "isindex", "keygen", "link", "meta", "param", "source",
                   "track", "wbr"})
_RAW_TEXT = frozenset({"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
                       "plaintext"})
_TAG = re.compile(r"<!--.*?(?:-->|\Z)|<(/?)([A-Za-z][^\s/>]*)[^>]*>", re.S)
_LIBXML_HUGE_DEPTH = 2000  # libxml2 stops at depth 2048 even with huge_tree: stay below it
_HTML_CLASSES = etree.ElementDefaultClassLookup(element=html.HtmlElement, comment=html.HtmlComment,
                                                pi=html.HtmlProcessingInstruction, entity=html.HtmlEntity)


def _parser(huge: bool = False) -> html.HTMLParser:
    """This thread's parser; ``huge`` lifts libxml2's 10 MB node and 256-deep limits."""
    key = "huge_parser" if huge else "parser"
    parser: html.HTMLParser | None = getattr(_local, key, None)
    if parser is None:
        parser = html.HTMLParser(  # type: ignore[call-arg]  # lxml-stubs lack default_doctype
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            default_doctype=False,
            collect_ids=False,
            compact=True,
            huge_tree=huge,
            encoding="utf-8",  # fed UTF-8 bytes: libxml2 skips converting Python's internal text format
        )
        # lxml.html's own lookup is a Python call per element proxy (it picks form/input classes we never
        # use); a C-level default lookup gives every element the same HtmlElement class, ~12% faster walks.
        parser.set_element_class_lookup(_HTML_CLASSES)
        setattr(_local, key, parser)
    return parser


def _clean_text(text: str) -> tuple[str, bytes]:
    """Drop what lxml refuses or would show as text: XML declaration, DOCTYPE subset, control chars.

    Returns the cleaned text and its UTF-8 encoding, which is what the parser reads. Encoding also
    finds the rare unsafe characters the fast way: a lone surrogate fails it, and a byte search per
    control character spots them several times faster than a regex scan.
    """
    start = _PROLOGUE.match(text).end()  # type: ignore[union-attr]  # it matches the empty string
    body = text[start:] if start else text
    try:
        data = body.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        data = b""
    if (body and not data) or any(byte in data for byte in _CONTROL_BYTES):
        body = _UNSAFE_CHARS.sub("", body)
        data = body.encode("utf-8")
    return body, data


def _empty() -> html.HtmlElement:
    return html.document_fromstring(b"<html><body></body></html>", parser=_parser())


def _fallback(text: str) -> html.HtmlElement:
    """Parse markup lxml could not with BeautifulSoup's html.parser, then rebuild an lxml tree."""
    from bs4 import BeautifulSoup

    markup = str(BeautifulSoup(text, "html.parser"))
    if not markup.strip():
        return _empty()
    try:
        return html.document_fromstring(markup.encode("utf-8"), parser=_parser())
    except etree.ParserError:  # "Document is empty": only comments, PIs or a doctype
        return _empty()


def _limit_depth(text: str, max_depth: int) -> str:
    """``text`` with the tags nested deeper than ``max_depth`` (and unmatched end tags) removed.

    A linear scan with a simple open-element model (void elements and raw-text elements understood,
    optional end tags not): it may remove a few more tags than needed, never fewer. One loop, no
    helper calls: this runs over every tag of pages that can be 50 MB of ``<div>``.
    """
    out: list[str] = []
    last = 0
    stack: list[str] = []
    open_names: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    raw_end = ""  # inside <script> etc.: only its end tag counts
    for match in _TAG.finditer(text):
        closing, name = match.groups()
        if name is None:  # a comment
            continue
        name = name.lower()
        if raw_end:
            if closing and name == raw_end:
                raw_end = ""
                _pop_to(name, stack, open_names)
            continue
        if closing:
            if dropped[name]:
                dropped[name] -= 1
            elif open_names[name]:
                _pop_to(name, stack, open_names)
                continue
            # else: matches nothing, and the parser would search its whole stack for it
        elif name in _VOID or match.group(0).endswith("/>"):
            continue
        elif len(stack) < max_depth:
            stack.append(name)
            open_names[name] += 1
            if name in _RAW_TEXT:
                raw_end = name
            continue
        else:
            dropped[name] += 1
        out.append(text[last:match.start()])
        out.append(" ")
        last = match.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _pop_to(name: str, stack: list[str], open_names: Counter[str]) -> None:
    """Close open elements up to and including the innermost ``name``."""
    while stack:
        top = stack.pop()
        open_names[top] -= 1
        if top == name:
            return


def _flatten_deep(root: html.HtmlElement, max_depth: int) -> None:
    """Replace the children of elements nested ``max_depth`` deep with their text.

    One XPath step per level finds those elements in C, ten times faster than a Python walk.
    """
    if max_depth < 1:
        _collapse(root)
        return
    for el in root.xpath("/".join(["*"] * max_depth)):
        if len(el):
            _collapse(el)


def _collapse(el: etree._Element) -> None:
    text = " ".join(t for t in el.itertext() if isinstance(t, str))
    for child in list(el):
        el.remove(child)
    el.text = text


def _lxml_parse(data: bytes, huge: bool) -> tuple[html.HtmlElement | None, bool]:
    """Parse UTF-8 with lxml; the flag says libxml2 stopped early (a fatal error, e.g. a resource limit)."""
    parser = _parser(huge)
    try:
        root = html.document_fromstring(data, parser=parser)
    except etree.ParserError:  # "Document is empty"
        return None, False
    return root, bool(parser.error_log.filter_from_fatals())


def parse_html(text: str, *, max_depth: int = 200) -> html.HtmlElement:
    """Parse HTML text into an lxml tree with an ``<html>`` root.

    Comments and processing instructions are dropped; entities are never fetched or expanded beyond
    HTML's own; elements nested deeper than ``max_depth`` are flattened into their text, and a page
    libxml2 would cut short (too deep, or a node over 10 MB) is parsed again without those parts.
    Raises :class:`~articlekit.errors.ParseError` only when no parser can build a tree.
    """
    cleaned, data = _clean_text(text)
    if not cleaned.strip():
        return _empty()
    try:
        root, stopped = _lxml_parse(data, huge=False)
        if stopped:
            limit = max(1, min(max_depth, _LIBXML_HUGE_DEPTH))
            root, _ = _lxml_parse(_limit_depth(cleaned, limit).encode("utf-8"), huge=True)
        if root is None:
            root = _fallback(cleaned)
    except ValueError as exc:  # lxml refusing the input itself
        raise ParseError(f"cannot parse the page as HTML: {exc}") from None
    except Exception as exc:  # bs4 failure: turn into our error, keep the reason
        raise ParseError(f"cannot parse the page as HTML: {type(exc).__name__}: {exc}") from exc
    _flatten_deep(root, max_depth)
    return root
