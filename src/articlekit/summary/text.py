"""Words and stems of a sentence, as the ranker compares them."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from articlekit.summary.wordlists import stopwords

__all__ = ["content_stems", "content_words", "real_size", "size", "stem", "words"]

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
# Han, kana and hangul: such text has no spaces, so its "words" are overlapping character pairs.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def words(sentence: str) -> list[str]:
    """The words of ``sentence`` as written (letters/digits joined by ' ’ . -)."""
    return _WORD.findall(sentence)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Porter stem of a lower-case word (a pure function, so caching it changes no result)."""
    result: str = _stemmer().stem(word)
    return result


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    # One stemmer for the process: PorterStemmer keeps no per-call state. nltk is imported lazily.
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


def content_stems(sentence: str) -> list[str]:
    """Stems of the content words of ``sentence`` (stopwords and one-letter words dropped)."""
    return [stem(w) for w in _content(sentence, drop_possessive=True)]


def content_words(sentence: str) -> list[str]:
    """The content words of ``sentence`` lower-cased but otherwise as written: no stem, a possessive
    kept ("minister's" is not "minister"); stopwords and one-letter words dropped, Chinese/Japanese/
    Korean runs as character pairs. The exact word forms an article repeats, for the word centroid."""
    return _content(sentence, drop_possessive=False)


def _content(sentence: str, *, drop_possessive: bool) -> list[str]:
    """The lower-cased content words of ``sentence``; Chinese/Japanese/Korean runs as character pairs."""
    stops = stopwords()
    out: list[str] = []
    for word in words(sentence):
        if _CJK.search(word):
            out.extend(word[i : i + 2] for i in range(max(1, len(word) - 1)))
            continue
        low = _POSSESSIVE.sub("", word.lower()) if drop_possessive else word.lower()
        if low in stops or (len(low) < 2 and not low.isdigit()):
            continue
        out.append(low)
    return out


def size(text: str) -> int:
    """Length in words; a Chinese/Japanese/Korean character counts as half a word (two per word)."""
    cjk = len(_CJK.findall(text))
    return len(text.split()) + cjk // 2 if cjk else len(text.split())


def real_size(text: str) -> int:
    """Like :func:`size`, but only words count: a lone "." or "|" (byline separators) does not."""
    cjk = len(_CJK.findall(text))
    return min(size(text), len(words(text)) + cjk // 2)
