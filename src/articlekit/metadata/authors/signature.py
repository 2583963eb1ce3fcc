"""Signature lines: an author named once at the end of the article text ("<p><b>Jane Doe</b></p>" or
"Von Jane Doe" right after the last paragraph), read only when no other source named an author."""

from __future__ import annotations

import re
from typing import cast

from lxml import etree
from lxml.html import HtmlElement

from articlekit.config import MetadataConfig
from articlekit.metadata.text import element_text

__all__ = ["signature_lines", "written_by_line"]

# Short paragraphs wholly set in bold or italics, or opening with a byline word. Every branch needs
# fewer than 100 characters, tested first: a long paragraph is then normalised once, not six times
_SIGNATURE = etree.XPath(
    "/descendant::p[string-length(normalize-space()) < 100]"
    "[((b or strong or em or i) and string-length(normalize-space()) < 60)"
    " or ((starts-with(normalize-space(), 'Von ') or starts-with(normalize-space(), 'By ')"
    " or starts-with(normalize-space(), 'Text: ')) and string-length(normalize-space()) < 60)"
    # LABELLED_SIGNATURE: an explicit author label may carry the author's role after the name
    " or ((starts-with(normalize-space(), 'Autor: ') or starts-with(normalize-space(), 'Autorin: ')"
    " or starts-with(normalize-space(), 'Author: ')) and string-length(normalize-space()) < 100)]")
_EMPHASIS = ("b", "strong", "em", "i")
# WRITTEN_BY_BOX: an element whose own text opens with "Written by" (an author box below the article,
# "<h3>Written by Jane Doe</h3><p>Jane is …</p>"), or a bare "Author" heading over the name. The page's
# text is searched first (about one page in ten holds either label, the heading ending its line or
# glued to the name), then the text nodes holding a label are found by contains() in C
_LABEL_WORDS = ("Written by", "Written By")
# opens with its literal, so the regex engine skips in C to the places it can match
_AUTHOR_HEADING = re.compile(r"Author:?[ \t]*(?:\n|(?=[A-Z][a-z]))")
# "/descendant::x[…]" rather than "//x[…]" (same nodes when the test is not positional): libxml2 rewrites
# "//" into one descendant step only without a predicate, and otherwise visits every node's children
_WRITTEN_TEXTS = etree.XPath("//body/descendant::text()[contains(., 'Written')]")
_AUTHOR_TEXTS = etree.XPath("//body/descendant::text()[contains(., 'Author')]")
_BARE_LABELS = ("Written by", "Written By", "Written by:", "Written By:", "Author", "Author:")
_NO_TEXT_PARENTS = frozenset({"script", "style", "noscript", "template"})
_WRITTEN_BY_CHARS = 120  # a longer element is a sentence about writing, not a byline
_LABELS = ("Autor: ", "Autorin: ", "Author: ")


def signature_lines(root: HtmlElement, config: MetadataConfig) -> list[str]:
    """Texts of signature paragraphs: the last block of their container, after a paragraph of prose."""
    out = []
    for p in cast("list[HtmlElement]", _SIGNATURE(root)):
        text = element_text(p, 100)
        # LABELLED_SIGNATURE: "Autor: Jane Doe" says what it is, so any block of text may precede it
        min_prose = 0 if text.startswith(_LABELS) else config.signature_prose_chars
        if not text or not _closes_prose(p, min_prose):
            continue
        if _emphasised(p, text) or not text[:1].islower():
            out.append(text)
    return out[-1:]  # the article's own signature is the last one before the page footer


def _emphasised(p: HtmlElement, text: str) -> bool:
    """True when bold/italic elements (the outermost ones) carry the paragraph's whole text."""
    outer = [c for c in p.iter(*_EMPHASIS)
             if not any(a.tag in _EMPHASIS for a in c.iterancestors() if a is not p)]
    inner = "".join(element_text(c, 100) for c in outer)
    return inner.replace(" ", "") == text.replace(" ", "")


def _closes_prose(p: HtmlElement, min_chars: int) -> bool:
    """The paragraph ends its container (nothing with text follows) and a long paragraph precedes it."""
    for sib in p.itersiblings():
        if isinstance(sib.tag, str) and element_text(sib, 10):
            return False
    prev = p.getprevious()
    while prev is not None and not (isinstance(prev.tag, str) and element_text(prev, 10)):
        prev = prev.getprevious()
    if not min_chars:  # any block of text before the line will do
        return prev is not None
    return prev is not None and prev.tag == "p" and len(element_text(prev, min_chars)) >= min_chars



def written_by_line(root: HtmlElement, page_text: str) -> str:
    """WRITTEN_BY_BOX: the text of the first short element opening with "Written by" (a bare label
    heading with its parent) anywhere in the page, or ``""``; read only when nothing near the headline
    named an author. ``page_text``: the page's text, searched first (most pages hold no label)."""
    # one XPath per label the text holds: the search converts every text node of the page to a string
    nodes = _WRITTEN_TEXTS(root) if any(label in page_text for label in _LABEL_WORDS) else []
    if not nodes and _author_heading(page_text):
        nodes = _AUTHOR_TEXTS(root)
    for node in cast("list[etree._ElementUnicodeResult]", nodes):
        el = cast("HtmlElement", node.getparent())
        own = node.strip()
        if not node.is_text or not (own.startswith(_LABEL_WORDS) or own in _BARE_LABELS) or el.tag in _NO_TEXT_PARENTS:
            continue  # a tail, a script, or the label inside a sentence
        text = element_text(el, 1000)
        parent = el.getparent()
        if text in _BARE_LABELS and parent is not None:  # "<h3>Author</h3><p>Jane Doe</p>"
            text = element_text(parent, 1000)
        if len(text) <= _WRITTEN_BY_CHARS:
            return text
    return ""


def _author_heading(text: str) -> bool:
    """An "Author" heading word in ``text``: ending its line or glued to a capitalised name, and not
    the end of a longer word ("Co-Author", "GuestAuthor")."""
    return any(m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_")
               for m in _AUTHOR_HEADING.finditer(text))
