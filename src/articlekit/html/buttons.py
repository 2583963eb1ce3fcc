"""End tags that a browser implies at ``</button>`` and libxml2 does not.

A browser's parser closes every element opened inside a ``<button>`` when it meets ``</button>``
(HTML's "generate implied end tags, then pop until a button"). libxml2 ignores that end tag while a
``<div>``, ``<table>`` or ``<main>`` opened inside the button is still open, so the rest of the page
nests in the button. Site templates write menu buttons as ``<button><div class="inner"><div></button>``,
and the whole article then sits in a form control, which extraction drops with its content.

:func:`close_in_buttons` writes the missing end tags in before each such ``</button>``; the parser
calls it, and parses again, only when libxml2 reported an ignored ``</button>``. It is linear: each
button's content is read once, and only when it is short.
"""

from __future__ import annotations

import re

__all__ = ["close_in_buttons"]

_OPEN = re.compile(rb"<button\b", re.I)
_CLOSE = re.compile(rb"</button\s*>", re.I)
_TAG = re.compile(rb"<(/?)([A-Za-z][^\s/>]*)[^>]*>")
# a menu button's markup is a few hundred bytes; a longer stretch before "</button>" is not one
# button's content (a run of unclosed buttons, or script text) and is left to the parser
_MAX_CONTENT = 4096
# elements without content: never closed
_VOID = frozenset({b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
                   b"param", b"source", b"track", b"wbr", b"image", b"keygen"})


def close_in_buttons(data: bytes) -> bytes:
    """``data`` with end tags added before each ``</button>`` for the elements still open inside that
    button; ``data`` itself when no button needs any (nearly every page)."""
    if _OPEN.search(data) is None:
        return data
    out: list[bytes] = []
    last = 0
    for start, end in _contents(data):
        missing = _unclosed(data, start, end)
        if missing:
            out += [data[last:end], b"".join(b"</" + name + b">" for name in reversed(missing))]
            last = end
    if not out:
        return data
    out.append(data[last:])
    return b"".join(out)


def _contents(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of each button's content: from after its start tag to its ``</button>``, for the
    buttons closed before the next one opens. Two sorted lists walked together: linear."""
    opens = [m.start() for m in _OPEN.finditer(data)]
    closes = [m.start() for m in _CLOSE.finditer(data)]
    spans: list[tuple[int, int]] = []
    j = 0
    for i, pos in enumerate(opens):
        while j < len(closes) and closes[j] < pos:
            j += 1
        if j == len(closes):
            break
        close = closes[j]
        if i + 1 < len(opens) and opens[i + 1] < close:
            continue  # another button opens first: the searches below stay within one button each
        start = data.find(b">", pos, close) + 1
        if start > 0 and close - start <= _MAX_CONTENT:
            spans.append((start, close))
    return spans


def _unclosed(data: bytes, start: int, end: int) -> list[bytes]:
    """The elements opened in ``data[start:end]`` and not closed there, outermost first (lowercased)."""
    if b"<!--" in data[start:end]:
        return []  # a commented-out tag is not an element: not worth reading comments for
    stack: list[bytes] = []
    for match in _TAG.finditer(data, start, end):
        name = match.group(2).lower()
        if match.group(1):
            if name in stack:  # an end tag closes its element and whatever is open inside it
                del stack[len(stack) - 1 - stack[::-1].index(name):]
        elif name not in _VOID and not match.group(0).endswith(b"/>"):
            stack.append(name)
    return stack
