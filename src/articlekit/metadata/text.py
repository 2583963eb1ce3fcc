"""Small text helpers shared by the metadata modules."""

from __future__ import annotations

import html
import re
import unicodedata

from lxml import etree
from lxml.html import HtmlElement

__all__ = ["INLINE_TAGS", "clean", "element_lines", "element_text", "is_visible_element", "text_around", "text_parts"]

# Elements that flow inside a line of text: no word break at their edges.
INLINE_TAGS = frozenset({"a", "span", "b", "i", "em", "strong", "small", "sup", "sub", "abbr", "cite", "code",
                         "font", "mark", "q", "s", "u", "time", "label", "bdi", "bdo", "dfn", "kbd", "var",
                         "ins", "del", "wbr"})

_SURROGATE = re.compile("[\ud800-\udfff]")
_INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "meta",
                             "link", "iframe", "select", "option", "button", "textarea"})


def clean(value: object) -> str:
    """Text with entities decoded (once more, for double-escaped metadata), NFC and collapsed spaces."""
    if not isinstance(value, str):
        return ""
    text = html.unescape(value) if "&" in value else value
    if not text.isascii():  # most metadata values are ASCII: nothing below can change them
        # JSON-LD "\ud800" escapes decode to lone surrogates, which no UTF-8 output can hold.
        text = _SURROGATE.sub("", text)
        text = unicodedata.normalize("NFC", text.replace("\u00ad", "").replace("\u200b", ""))
    return " ".join(text.split())


_COLLAPSE_READ = 4  # raw characters read per character of a limited text: indentation is mostly spaces


def element_text(el: HtmlElement, limit: int = 100_000) -> str:
    """An element's visible text (scripts and styles skipped), whitespace collapsed, up to ``limit`` chars.

    Inline elements join their neighbours without a space ("Metroid</a>," stays "Metroid,"); block
    elements are separated by one.
    """
    raw = "".join(text_parts(el, limit))
    # one long text node (the walk stops only between nodes): collapsing all of it for every heading
    # of a page made nested headings quadratic. A prefix whose collapsed text is longer than ``limit``
    # gives the same first ``limit`` characters; the prefix grows fourfold until it does.
    window = _COLLAPSE_READ * limit
    while window < len(raw):
        head = " ".join(raw[:window].split())
        if len(head) > limit:
            return head[:limit]
        window *= 4
    return " ".join(raw.split())[:limit]


def element_lines(el: HtmlElement, limit: int = 100_000, *, tail: bool = False) -> str:
    """Like :func:`element_text` but block elements (and inline ones labelled as a date or time) break
    lines, so datelines and bylines stay lines of their own; ``tail`` adds the text after the element."""
    text = "".join(text_parts(el, limit, block="\n"))
    return text + (el.tail or "") if tail else text


def text_parts(el: HtmlElement, limit: int, block: str = " ") -> list[str]:
    """The pieces of visible text under ``el`` in page order, ``block`` at block-element edges."""
    parts: list[str] = []
    append = parts.append
    size = 0
    lines = block != " "
    inline = INLINE_TAGS
    # whether each open element breaks the text at its edges, decided at its start and reused at its
    # end (start and end events nest, so a stack pairs them)
    breaks: list[bool] = []
    push, pop = breaks.append, breaks.pop
    # iterwalk walks the tree in C; parse_html drops comments and processing instructions
    walk = etree.iterwalk(el, events=("start", "end"))
    for event, node in walk:
        if event == "start":
            tag = node.tag
            if tag in _INVISIBLE_TAGS or tag.__class__ is not str:
                push(True)  # never an inline tag: its end breaks the line before its tail
                walk.skip_subtree()
                continue
            # in lines, an inline element labelled as a date or time stands on its own line
            # ("<span class=date>"); tested inline: this loop runs on every node read near a headline
            brk = tag not in inline or (lines and (tag == "time" or (
                (cls := node.get("class")) is not None and ("date" in cls or "time" in cls))))
            push(brk)
            if brk:
                append(block)
            text = node.text
            if text:
                append(text)
                size += len(text)
        elif pop() and node is not el:
            append(block)
            tail = node.tail
            if tail:
                append(tail)
                size += len(tail)
        elif node is not el:
            tail = node.tail
            if tail:
                append(tail)
                size += len(tail)
        if size >= limit:
            break
    return parts


def is_visible_element(el: HtmlElement) -> bool:
    """False for elements whose text is never shown (scripts, styles, head content)."""
    return isinstance(el.tag, str) and el.tag not in _INVISIBLE_TAGS


def text_around(root: HtmlElement, anchor: HtmlElement | None, *, before: int, after: int) -> tuple[str, str]:
    """Visible text: up to ``before`` chars ahead of ``anchor`` (ending with the anchor's own text) and
    ``after`` chars past it, in page order, read lazily outward from the anchor.

    Block elements start new lines, so bylines and datelines can be matched as lines. Without an anchor,
    ``before`` is empty and ``after`` covers the start of the body.
    """
    if anchor is None:
        body = root.find("body")
        return "", _squeezed_start(element_lines(body if body is not None else root, after), after + 200)
    head = _preceding(anchor, before * 2) + "\n" + element_lines(anchor, 1000)
    ahead = _squeezed_end(head, before) if before > 0 else ""  # before=0 asks for no text ahead
    return ahead, _squeezed_start(_following(anchor, after), after + 200)


def _sibling_texts(anchor: HtmlElement, limit: int, *, preceding: bool) -> list[str]:
    """Texts of ``anchor``'s siblings, then of its ancestors' siblings, nearest first, until ``limit``.

    Each ancestor also gives its own text outside the siblings: its tail when reading forwards, its
    leading text when reading backwards (never that of <html>/<body>, which is page furniture).
    """
    parts = [anchor.tail or ""] if not preceding else []
    size = sum(map(len, parts))
    el: HtmlElement | None = anchor
    while el is not None and size < limit:
        for sib in el.itersiblings(preceding=preceding):
            if isinstance(sib.tag, str) and sib.tag != "head":
                piece = "\n" + element_lines(sib, limit, tail=True)
                parts.append(piece)
                size += len(piece)
                if size >= limit:
                    break
        el = el.getparent()
        own = _own_text(el, preceding=preceding)
        if own:
            parts.append("\n" + own)
            size += len(own)
    return parts


def _own_text(el: HtmlElement | None, *, preceding: bool) -> str | None:
    """An ancestor's text outside its children on the side being read (see :func:`_sibling_texts`)."""
    if el is None:
        return None
    text: str | None = el.tail if not preceding else el.text if el.tag not in ("html", "body") else None
    return text


def _following(anchor: HtmlElement, limit: int) -> str:
    """Text after ``anchor``: its tail, its later siblings, then its ancestors' tails and later siblings."""
    return "".join(_sibling_texts(anchor, limit, preceding=False))


def _preceding(anchor: HtmlElement, limit: int) -> str:
    """Text before ``anchor``, nearest first while reading, returned in page order."""
    return "".join(reversed(_sibling_texts(anchor, limit, preceding=True)))


def _squeezed_start(text: str, size: int) -> str:
    """``_squeeze(text)[:size]``, squeezing only a growing start of ``text`` until it gives ``size``
    chars: the squeezed start of a text is always a start of the squeezed text (raw page text is mostly
    indentation, so the whole of it is often several times what is kept)."""
    end = 2 * size
    while end < len(text):
        squeezed = _squeeze(text[:end])
        if len(squeezed) >= size:
            return squeezed[:size]
        end *= 4
    return _squeeze(text)[:size]


def _squeezed_end(text: str, size: int) -> str:
    """``_squeeze(text)[-size:]`` for ``size > 0``, squeezing only a growing end of ``text`` (the
    squeezed end of a text is always an end of the squeezed text, as in :func:`_squeezed_start`)."""
    start = 2 * size
    while start < len(text):
        squeezed = _squeeze(text[-start:])
        if len(squeezed) >= size:
            return squeezed[-size:]
        start *= 4
    return _squeeze(text)[-size:]


def _squeeze(text: str) -> str:
    """Collapse spaces inside lines and drop empty lines (map/filter: the loop runs in C)."""
    return "\n".join(filter(None, map(" ".join, map(str.split, text.split("\n")))))
