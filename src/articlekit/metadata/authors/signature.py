"""Signature lines: an author named once at the end of the article text ("<p><b>Jane Doe</b></p>" or
"Von Jane Doe" right after the last paragraph), read only when no other source named an author."""

from __future__ import annotations

from typing import cast

from lxml import etree
from lxml.html import HtmlElement

from articlekit.config import MetadataConfig
from articlekit.metadata.text import element_text

__all__ = ["signature_lines"]

# Short paragraphs wholly set in bold or italics, or opening with a byline word. Every branch needs
# fewer than 100 characters, tested first: a long paragraph is then normalised once, not six times
_SIGNATURE = etree.XPath(
    "//p[string-length(normalize-space()) < 100][((b or strong or em or i) and string-length(normalize-space()) < 60)"
    " or ((starts-with(normalize-space(), 'Von ') or starts-with(normalize-space(), 'By ')"
    " or starts-with(normalize-space(), 'Text: ')) and string-length(normalize-space()) < 60)"
    # LABELLED_SIGNATURE: an explicit author label may carry the author's role after the name
    " or ((starts-with(normalize-space(), 'Autor: ') or starts-with(normalize-space(), 'Autorin: ')"
    " or starts-with(normalize-space(), 'Author: ')) and string-length(normalize-space()) < 100)]")
_EMPHASIS = ("b", "strong", "em", "i")
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

