"""Tree → :class:`~articlekit.model.Block` list, keeping paragraphs, headings, lists, quotes, tables and code.

One walk with start/end events (no recursion): running text is buffered until a block boundary,
``<br>`` becomes a line break and ``<br><br>`` a paragraph break; headings, lists, tables, quotes and
``<pre>`` are turned into their own blocks whole. Link-heavy paragraphs, link lists and furniture lines
("Advertisement", "Read more: …") are dropped on the way.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from articlekit.body.scoring import NodeStats
from articlekit.config import BodyConfig
from articlekit.html.selectors import (
    BLOCK_TAGS,
    BOILERPLATE_HEADINGS,
    BOILERPLATE_LINE,
    CAPTION_LINE,
    HEADING_TAGS,
    INLINE_TAGS,
)
from articlekit.model import Block

__all__ = ["emit_blocks", "inline_text", "normalize_heading"]

_BR = "\x01"  # line-break marker inside buffers (control characters never survive parsing)
_PARA_BREAK = re.compile(r"\x01[^\S\x01]*\x01[\s\x01]*")
_LIST_TAGS = ("ul", "ol")
_MAX_LINE_FOR_FURNITURE = 200  # a furniture line is short; long text starting "Photo:" is prose


def normalize_heading(text: str) -> str:
    """Casefolded text without edge punctuation, for comparing titles and headings."""
    return " ".join(text.split()).casefold().strip(" :;,.!?-–—|•*#»«\"'“”")


def _tidy(raw: str) -> list[str]:
    """Raw buffered text → paragraphs (split at double breaks), lines joined by newlines."""
    if _BR not in raw:  # one line (most buffers, many of them the page's indentation): no splitting
        text = " ".join(raw.split())
        return [text] if text else []
    out = []
    for para in _PARA_BREAK.split(raw):
        # a newline in the page's source is a space like any other; only <br> and blocks break lines
        lines = [" ".join(line.split()) for line in para.split(_BR)]
        text = "\n".join(line for line in lines if line)
        if text:
            out.append(text)
    return out


def inline_text(el: HtmlElement) -> str:
    """All text under ``el`` with ``<br>`` and nested blocks as line breaks, whitespace collapsed."""
    parts: list[str] = []
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        tag = node.tag
        if event == "start":
            if tag == "br" or (tag in BLOCK_TAGS and node is not el):
                parts.append(_BR)
            text = node.text  # read once: each read decodes a new string
            if text:
                parts.append(text)
        else:
            if tag in BLOCK_TAGS and node is not el:
                parts.append(_BR)
            if node is not el:
                tail = node.tail
                if tail:
                    parts.append(tail)
    return "\n".join(_tidy("".join(parts).replace(_BR + _BR, _BR)))


def _furniture_line(text: str) -> bool:
    return BOILERPLATE_LINE.match(text) is not None or CAPTION_LINE.match(text) is not None


class _Emitter:
    """Stateful walk over one content element."""

    def __init__(self, stats: dict[HtmlElement, NodeStats], config: BodyConfig) -> None:
        self.stats = stats
        self.config = config
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.buf_link = 0  # characters of the buffer inside links
        self.link_depth = 0

    def text(self, value: str | None) -> None:
        if value:
            self.buf.append(value)
            if self.link_depth:
                self.buf_link += len(value.strip())

    def flush(self) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        link = self.buf_link
        self.buf, self.buf_link = [], 0
        if raw.isspace():  # the page's indentation between two blocks (most flushes): no paragraph
            return
        paras = _tidy(raw)
        total = sum(len(p) for p in paras)
        if not total or link / total > self.config.max_block_link_density:
            return
        for para in paras:
            if len(para) < _MAX_LINE_FOR_FURNITURE and _furniture_line(para):
                continue
            self.blocks.append(Block("p", para))

    def walk(self, root: HtmlElement) -> None:
        walker = etree.iterwalk(root, events=("start", "end"))
        inline = INLINE_TAGS
        text = self.text
        for event, el in walker:
            tag = el.tag
            if event == "start":
                if tag in inline:
                    if tag == "a":
                        self.link_depth += 1
                    elif tag == "br":
                        self.buf.append(_BR)
                    text(el.text)  # text() skips None and ""
                    continue
                if self.buf:
                    self.flush()
                if self.special(el):
                    walker.skip_subtree()
                    continue
                text(el.text)
            else:
                if tag == "a":
                    self.link_depth -= 1
                elif tag not in inline and self.buf:
                    self.flush()
                if el is not root:
                    text(el.tail)
        self.flush()

    def special(self, el: HtmlElement) -> bool:
        """Emit a heading/list/table/quote/pre block; False means: walk it as a container."""
        tag = el.tag
        st = self.stats.get(el)
        if st is not None and st.text and not st.prose and \
                st.link_density > self.config.max_block_link_density:
            return True  # a link box inside the article: skip it whole
        if tag in HEADING_TAGS:
            self.heading(el, int(tag[1]))
            return True
        if tag in _LIST_TAGS:
            self.list_block(el, "ol" if tag == "ol" else "ul")
            return True
        if tag == "pre":
            text = "".join(el.itertext()).strip("\n")
            if text.strip():
                self.blocks.append(Block("pre", text))
            return True
        if tag == "blockquote":
            text = inline_text(el)
            if text:
                self.blocks.append(Block("quote", text))
            return True
        if tag == "table":
            return self.table(el)
        return False

    def heading(self, el: HtmlElement, level: int) -> None:
        text = inline_text(el).replace("\n", " ")
        st = self.stats.get(el)
        if not text or normalize_heading(text) in BOILERPLATE_HEADINGS:
            return
        if st is not None and st.text and st.link_density > self.config.max_block_link_density:
            return
        self.blocks.append(Block("h", text, level=level))

    def list_block(self, el: HtmlElement, kind: str) -> None:
        st = self.stats.get(el)
        if st is not None and st.text and st.link_density > self.config.max_list_link_density:
            return
        items = tuple(t for t in (inline_text(li).replace("\n", " ") for li in el if li.tag == "li") if t)
        if not items:
            text = inline_text(el)
            items = tuple(text.split("\n")) if text else ()
        if items:
            self.blocks.append(Block("ol" if kind == "ol" else "ul", "\n".join(items), items=items))

    def table(self, el: HtmlElement) -> bool:
        # layout tables (holding paragraphs or other tables) are containers, not data
        if any(True for _ in el.iter("p", "table", "div", "ul", "ol", "blockquote") if _ is not el):
            return False
        rows: list[tuple[str, ...]] = []
        for tr in el.iter("tr"):
            cells = tuple(inline_text(c).replace("\n", " ") for c in tr if c.tag in ("td", "th"))
            if any(cells):
                rows.append(cells)
        if rows:
            text = "\n".join(" | ".join(c for c in r if c) for r in rows)
            self.blocks.append(Block("table", text, rows=tuple(rows)))
        return True


def emit_blocks(elements: list[HtmlElement], stats: dict[HtmlElement, NodeStats],
                config: BodyConfig) -> list[Block]:
    """Blocks of the given content elements, in document order."""
    emitter = _Emitter(stats, config)
    for el in elements:
        emitter.walk(el)
        emitter.flush()
    return emitter.blocks
