"""Text → lxml tree, safely: no network, no entity expansion, bounded depth; bs4 only as fallback."""

from __future__ import annotations

import re
import threading

from lxml import etree, html

from articlekit.errors import ParseError

__all__ = ["parse_html"]

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_local = threading.local()  # lxml parsers must not be shared between threads


def _parser() -> html.HTMLParser:
    parser: html.HTMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = html.HTMLParser(
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            default_doctype=False,
            collect_ids=False,
            compact=True,
        )
        _local.parser = parser
    return parser


def _clean_text(text: str) -> str:
    # lxml refuses str input that carries an encoding declaration, and NULs/control bytes.
    return _CONTROL.sub("", _XML_DECL.sub("", text, count=1))


def _fallback(text: str) -> html.HtmlElement:
    """Parse markup lxml could not with BeautifulSoup's html.parser, then rebuild an lxml tree."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    root = html.document_fromstring(str(soup) or "<html></html>", parser=_parser())
    return root


def _flatten_deep(root: html.HtmlElement, max_depth: int) -> None:
    """Move the children of elements nested deeper than ``max_depth`` up, keeping their text."""
    stack: list[tuple[etree._Element, int]] = [(root, 0)]
    while stack:
        el, depth = stack.pop()
        if depth >= max_depth:
            _collapse(el)
            continue
        stack.extend((child, depth + 1) for child in el)


def _collapse(el: etree._Element) -> None:
    text = " ".join(t for t in el.itertext() if isinstance(t, str))
    for child in list(el):
        el.remove(child)
    el.text = text


def parse_html(text: str, *, max_depth: int = 400) -> html.HtmlElement:
    """Parse HTML text into an lxml tree with an ``<html>`` root.

    Comments and processing instructions are dropped; entities are never fetched or expanded beyond
    HTML's own; elements nested deeper than ``max_depth`` are flattened into their text.
    Raises :class:`~articlekit.errors.ParseError` only when no parser can build a tree.
    """
    cleaned = _clean_text(text)
    if not cleaned.strip():
        return html.document_fromstring("<html><body></body></html>", parser=_parser())
    try:
        root = html.document_fromstring(cleaned, parser=_parser())
    except (etree.ParserError, ValueError):
        try:
            root = _fallback(cleaned)
        except Exception as exc:  # bs4 or lxml failure: turn into our error, keep the reason
            raise ParseError(f"cannot parse the page as HTML: {exc}") from exc
    if root is None:
        raise ParseError("cannot parse the page as HTML")
    _flatten_deep(root, max_depth)
    return root
