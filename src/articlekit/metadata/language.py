"""The page's language as a BCP 47 tag: declared (html lang, meta, JSON-LD) or guessed from stopwords."""

from __future__ import annotations

import re
from collections import Counter

from articlekit.bundled import stopwords_by_language

__all__ = ["guess_language", "normalise_language"]

_TAG = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?(?:[-_].*)?$", re.I)
_WORD = re.compile(r"[^\W\d_]+", re.U)
_MIN_WORDS = 20  # fewer words than this give no reliable guess
_MIN_SHARE = 0.08  # the winning language's stopwords must be at least this share of all words
_SCRIPTS: tuple[tuple[str, str, str], ...] = (  # (first char, last char, language) for one-script languages
    ("\u3040", "\u30ff", "ja"), ("\uac00", "\ud7af", "ko"), ("\u0e00", "\u0e7f", "th"),
    ("\u0370", "\u03ff", "el"), ("\u0590", "\u05ff", "he"), ("\u0600", "\u06ff", "ar"),
    ("\u0900", "\u097f", "hi"), ("\u4e00", "\u9fff", "zh"),
)
_ALIASES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "nb": "no", "nn": "no"}


def normalise_language(value: str) -> str | None:
    """"en_US" → "en-US", "EN" → "en", "de-de" → "de-DE"; ``None`` for values that are not tags."""
    m = _TAG.match(value.strip())
    if not m:
        return None
    lang = m[1].lower()
    lang = _ALIASES.get(lang, lang)
    if lang in ("und", "mul", "zxx"):
        return None
    parts = [lang]
    if m[2]:
        parts.append(m[2].title())
    if m[3]:
        parts.append(m[3].upper())
    return "-".join(parts)


_stopwords = stopwords_by_language


def _script_language(text: str) -> str | None:
    counts: dict[str, int] = {}
    for ch in text[:3000]:
        if ch < "\u0370":
            continue
        for lo, hi, lang in _SCRIPTS:
            if lo <= ch <= hi:
                counts[lang] = counts.get(lang, 0) + 1
                break
    if not counts:
        return None
    if counts.get("ja", 0) > 20:  # kana mark Japanese even among many kanji
        return "ja"
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    return lang if n > 50 else None


def guess_language(text: str) -> str | None:
    """The language whose bundled stopwords cover most of the words; ``None`` when unsure."""
    script = _script_language(text)
    if script:
        return script
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if len(words) < _MIN_WORDS:
        return None
    counts = Counter(words)
    # stopword hits per language: the intersection is taken in C, over distinct words only
    scores = {lang: sum(counts[w] for w in counts.keys() & sw) for lang, sw in _stopwords().items()}
    lang, hits = max(scores.items(), key=lambda kv: kv[1])
    return lang if hits / len(words) >= _MIN_SHARE else None
