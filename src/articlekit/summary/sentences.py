"""Sentence splitting with NLTK Punkt and parameters shipped in the package (no nltk_data).

Punkt is given a hand-made abbreviation list and a list of frequent sentence starters (both in
``articlekit/data/``) instead of a trained model, then repair rules fix what Punkt cannot know:
"No. 5" is not a sentence end, ``"Why?" she asked.`` is one sentence, "J.K. Rowling" is one name,
"…" before a sentence starter and the CJK full stops 。！？ end sentences. Line breaks (paragraph
boundaries of the body) are hard boundaries. ``nltk.tokenize.punkt`` costs ~0.4 s to import, so
it is imported on first use only.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from articlekit.errors import ResourceError
from articlekit.summary.wordlists import abbreviations, sentence_starters

__all__ = ["iter_sentence_spans", "sentence_spans", "split_sentences"]

_LINE = re.compile(r"[^\n]+")
# A piece ending in "No." / "Nos." (the number sign) when the next piece starts with a digit.
_NUMBER_SIGN_END = re.compile(r"\bNos?\.$")
# A piece ending in ? or ! (optionally inside closing quotes/brackets): a lower-case continuation
# ("she asked") belongs to it.
_EXCLAIM_END = re.compile(r"[?!][\"'”’»)\]]*$")
_LOWER_START = re.compile(r"^[\"'“‘(\[]*[a-z]")
# A piece ending in run-together initials ("J.K.") when the next piece starts with a capitalised
# word that is not a frequent sentence starter: the initials belong to a name ("J.K. Rowling").
_INITIALS_END = re.compile(r"(?:\b[A-Z]\.){2,}$")
_FIRST_WORD = re.compile(r"[\"'“‘(\[]*([A-Z][\w'’]*)")
# Punkt does not know the one-character ellipsis: "…" then a capitalised sentence starter is a break.
_UNICODE_ELLIPSIS = re.compile(r"…\s+(?=[\"'“‘]?([A-Z][\w'’]*))")
# Chinese/Japanese full stops end a sentence wherever they stand (Punkt only knows ". ! ?" + space).
_CJK_END = re.compile(r"[。！？]+[」』”’）)]*")
_lock = threading.Lock()


@lru_cache(maxsize=4)
def _tokenizer(model: str | None) -> Any:
    """The Punkt tokenizer: bundled parameters, or an installed model named explicitly."""
    if model is not None:
        return _installed_model(model)
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    starters = sentence_starters()
    params.sent_starters = set(starters)
    # Tell Punkt these words are seen lower case mid-sentence, so a capitalised one after an
    # abbreviation or an initial ("the U.S. The", "plan B. The") is taken as a sentence start.
    for word in starters:
        params.add_ortho_context(word, _ORTHO_MID_LC)
    return PunktSentenceTokenizer(params)


_ORTHO_MID_LC = 1 << 5  # nltk.tokenize.punkt._ORTHO_MID_LC, not public API


def _installed_model(model: str) -> Any:
    """A Punkt model from an installed nltk_data (``"english"``), only when asked for by config."""
    from nltk.tokenize.punkt import PunktTokenizer

    try:
        return PunktTokenizer(model)
    except (LookupError, OSError, ValueError) as exc:
        raise ResourceError(f"punkt model {model!r} is not installed: {str(exc).strip()[:200]}") from None


def _joins(prev: str, piece: str, starters: frozenset[str]) -> bool:
    """Whether ``piece`` continues ``prev`` although Punkt put a boundary between them."""
    if _NUMBER_SIGN_END.search(prev) and piece[:1].isdigit():
        return True
    if _EXCLAIM_END.search(prev) and _LOWER_START.match(piece):
        return True
    if _INITIALS_END.search(prev):
        first = _FIRST_WORD.match(piece)
        return first is not None and first.group(1).lower() not in starters
    return False


def _split_ellipses(text: str, span: tuple[int, int], starters: frozenset[str]) -> list[tuple[int, int]]:
    """Split one span after "…" when a frequent sentence starter follows it, and after 。！？."""
    start, end = span
    out: list[tuple[int, int]] = []
    for match in _UNICODE_ELLIPSIS.finditer(text, start, end):
        if match.group(1).lower() in starters:
            out.append((start, match.start() + 1))
            start = match.end()
    for match in _CJK_END.finditer(text, start, end):
        if match.end() < end:
            out.append((start, match.end()))
            start = match.end()
    out.append((start, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _strip(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without surrounding whitespace."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _merge(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Join pieces Punkt split wrongly: "No. | 5", ``"Why?" | she asked.``, "J.K. | Rowling"."""
    starters = sentence_starters()
    pending: tuple[int, int] | None = None
    for start, end in spans:
        if pending is not None and _joins(text[pending[0] : pending[1]], text[start:end], starters):
            pending = (pending[0], end)
            continue
        if pending is not None:
            yield pending
        pending = (start, end)
    if pending is not None:
        yield pending


def iter_sentence_spans(text: str, *, punkt_model: str | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of each sentence, lazily, line by line (stop early on long texts)."""
    with _lock:
        tok = _tokenizer(punkt_model)
    starters = sentence_starters()
    for line in _LINE.finditer(text):
        if line.group().isspace():
            continue
        base = line.start()
        raw = ((base + a, base + b) for a, b in tok.span_tokenize(line.group()))  # lazy: Punkt yields
        for span in _merge(text, raw):
            yield from (_strip(text, piece) for piece in _split_ellipses(text, span, starters))


def sentence_spans(text: str, *, punkt_model: str | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence of ``text`` (no surrounding whitespace); line breaks
    are hard boundaries.

    ``punkt_model`` names an installed NLTK Punkt model (e.g. ``"english"``) to use instead of the
    bundled parameters; it is never picked up unless named.
    """
    return list(iter_sentence_spans(text, punkt_model=punkt_model))


def split_sentences(text: str, *, punkt_model: str | None = None) -> list[str]:
    """The sentences of ``text`` in order."""
    return [text[a:b] for a, b in sentence_spans(text, punkt_model=punkt_model)]
