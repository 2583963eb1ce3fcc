"""Small text helpers shared by the metadata modules."""

from __future__ import annotations

import html
import re
import unicodedata

from lxml.html import HtmlElement

__all__ = ["INLINE_TAGS", "clean", "element_text", "is_visible_element"]

# Elements that flow inside a line of text: no word break at their edges.
INLINE_TAGS = frozenset({"a", "span", "b", "i", "em", "strong", "small", "sup", "sub", "abbr", "cite", "code",
                         "font", "mark", "q", "s", "u", "time", "label", "bdi", "bdo", "dfn", "kbd", "var",
                         "ins", "del", "wbr"})

_WS = re.compile(r"\s+")
_INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "meta",
                             "link", "iframe", "select", "option", "button", "textarea"})


def clean(value: object) -> str:
    """Text with entities decoded (once more, for double-escaped metadata), NFC and collapsed spaces."""
    if not isinstance(value, str):
        return ""
    text = html.unescape(value) if "&" in value else value
    text = unicodedata.normalize("NFC", text.replace("\u00ad", "").replace("\u200b", ""))
    return _WS.sub(" ", text).strip()


def element_text(el: HtmlElement, limit: int = 100_000) -> str:
    """An element's visible text (scripts and styles skipped), whitespace collapsed, up to ``limit`` chars.

    Inline elements join their neighbours without a space ("Metroid</a>," stays "Metroid,"); block
    elements are separated by one.
    """
    parts: list[str] = []
    size = 0
    stack: list[tuple[HtmlElement, bool]] = [(el, False)]
    while stack and size < limit:
        node, closing = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if closing:
            if tag not in INLINE_TAGS:
                parts.append(" ")
            if node.tail:
                parts.append(node.tail)
                size += len(node.tail)
            continue
        if node is not el:
            stack.append((node, True))
        if not is_visible_element(node):
            continue
        if tag not in INLINE_TAGS:
            parts.append(" ")
        if node.text:
            parts.append(node.text)
            size += len(node.text)
        stack.extend((child, False) for child in reversed(node))
    return _WS.sub(" ", "".join(parts)).strip()[:limit]


def is_visible_element(el: HtmlElement) -> bool:
    """False for elements whose text is never shown (scripts, styles, head content)."""
    return isinstance(el.tag, str) and el.tag not in _INVISIBLE_TAGS
