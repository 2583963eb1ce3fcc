"""The form of a bullet: a whole sentence, not furniture, with its quotation marks balanced.

A bullet must read as a sentence a reader can trust on its own: it starts like one (a capital, a
digit or an opening mark), ends like one (``. ! ?`` with any closing marks; an ellipsis marks a
sentence cut off), and is not a photo
caption, credit or disclaimer (``data/furniture_en.txt``). A sentence taken from inside a longer
quotation keeps its words, but its marks are repaired so that the bullet opens and closes every
quotation it uses: a closing mark without its opening gets the opening at the bullet's start, an
opening mark left open gets its closing mark at the end.
"""

from __future__ import annotations

import re
from functools import cache

from articlekit.summary.wordlists import load_lines

__all__ = ["balance_quotes", "is_furniture", "reads_as_sentence"]

_OPENING = "\"'‘“«(¿¡["
_TERMINAL = re.compile(r"[.!?…][\"'’”»)\]]*$")
_CUT_OFF = re.compile(r"(?:\.\.\.|…)[\"'’”»)\]]*$")
# A straight double quote opens when white space, an opening bracket or the start stands before it.
_OPENS_AFTER = " \t\n([{—–-:"


def reads_as_sentence(bullet: str) -> bool:
    """Whether ``bullet`` starts and ends like a sentence (not "- picked up …", not "… said the")."""
    text = bullet.strip()
    first = text.lstrip(_OPENING)[:1]
    if not first or not (first.isdigit() or first.isupper() or first in "$£€¥"):
        return False
    # An ellipsis at the end marks a sentence cut off ("… für die e... weiter..."), not a whole one.
    return _TERMINAL.search(text) is not None and _CUT_OFF.search(text) is None


@cache
def _furniture() -> tuple[str, ...]:
    return load_lines("furniture_en.txt")


def is_furniture(sentence: str) -> bool:
    """Whether ``sentence`` is a photo caption or credit, or a disclaimer (``data/furniture_en.txt``)."""
    low = sentence.lower()
    return any(phrase in low for phrase in _furniture())


def _straight(text: str) -> tuple[int, bool]:
    """(closing marks found with no opening before them, whether one is left open) for ``"``."""
    stray, open_ = 0, False
    for i, ch in enumerate(text):
        if ch != '"':
            continue
        opens = i == 0 or text[i - 1] in _OPENS_AFTER
        if open_:
            open_ = False
        elif opens:
            open_ = True
        else:
            stray += 1
    return stray, open_


def _curly(text: str, left: str, right: str) -> tuple[int, bool]:
    depth = stray = 0
    for ch in text:
        if ch == left:
            depth += 1
        elif ch == right:
            if depth:
                depth -= 1
            else:
                stray += 1
    return stray, depth > 0


def _double(text: str) -> tuple[str, str]:
    """(the opening marks a curly-double quotation lacks at the start, the closing marks owed at the end).

    English quotes open with “ and close with ”; German ones open with „ and close with “ (or ”). So a
    “ closes a „ left open, and also closes where a closing mark stands (after a word or punctuation,
    before a space or the end: ``gut.“ Dann``); anywhere else it opens.
    """
    stack: list[str] = []
    head = ""
    for i, ch in enumerate(text):
        opens = ch == "„" or (ch == "“" and not (stack and stack[-1] == "„") and not _closing_position(text, i))
        if opens:
            stack.append(ch)
        elif ch in "“”":
            if stack:
                stack.pop()
            else:
                head += "„" if ch == "“" else "“"
    return head, "".join("“" if ch == "„" else "”" for ch in reversed(stack))


def _closing_position(text: str, i: int) -> bool:
    after = text[i + 1:i + 2]
    return i > 0 and not text[i - 1].isspace() and (not after or after.isspace() or after in ".,;:!?)")


def _single(text: str) -> tuple[bool, bool]:
    """(a closing ’ at the end with no opening, an opening ‘ at the start never closed)."""
    opens = re.match(r"^['‘]", text) is not None and re.search(r"['’](?=[\s.,;:!?]|$)", text[1:]) is None
    closes = re.search(r"[.!?,]['’]$", text) is not None and re.search(r"(^|[\s(])['‘]\w", text) is None
    return closes, opens


def balance_quotes(bullet: str) -> str:
    """``bullet`` with the quotation marks it lacks added at its start or end (words unchanged)."""
    text = bullet.strip()
    if not text:
        return bullet
    head, tail = "", ""
    stray, open_ = _straight(text)
    if stray:
        head += '"'
    if open_:
        tail += '"'
    opening, owed = _double(text)
    head += opening
    tail = owed + tail
    stray, open_ = _curly(text, "«", "»")
    if stray:
        head += "« "
    if open_:
        tail = " »" + tail
    closes, opens = _single(text)
    if closes:
        head += "‘" if text.endswith("’") else "'"
    if opens:
        tail += "’" if text.startswith("‘") else "'"
    return head + text + tail
