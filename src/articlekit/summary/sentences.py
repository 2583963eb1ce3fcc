"""Sentence splitting with NLTK Punkt and parameters shipped in the package (no nltk_data)."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

__all__ = ["sentence_spans", "split_sentences"]

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt insp
    det u.s u.k u.n e.u u.s.a a.m p.m etc e.g i.e vs inc ltd co corp dept univ jan feb mar apr jun jul
    aug sep sept oct nov dec fig al approx est d.c""".split()
)
_PARAGRAPH = re.compile(r"\n\s*\n")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    # Built once; PunktSentenceTokenizer holds no per-call state, so sharing it is safe.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(_ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence; paragraph breaks are hard boundaries."""
    with _lock:
        tok = _tokenizer()
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in _PARAGRAPH.split(text):
        start = text.index(para, pos) if para else pos
        pos = start + len(para)
        spans.extend((start + a, start + b) for a, b in tok.span_tokenize(para))
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order."""
    return [text[a:b] for a, b in sentence_spans(text)]
