"""Combining the author candidates: a byline that names more authors than the metadata
(BYLINE_SUPERSET), and one-word names or login slugs completed from a fuller source (NAME_FROM_TEXT)."""

from __future__ import annotations

import itertools
import re
import unicodedata

from articlekit.metadata.authors.common import VISIBLE_SOURCES, person_like, unique_names
from articlekit.metadata.candidates import Candidate
from articlekit.metadata.title import key

__all__ = ["complete_names", "more_authors"]

# a written full name: two to four capitalised words ("Christian P. Stadtfeld")
_FULL_NAME = re.compile(r"(?<![\w.])[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*\.?){1,3}(?![\w])")
_SLUG_SPLIT = re.compile(r"[._\-\s]+")  # "christian.stadtfeld", "gabor_munier": login names


def complete_names(names: tuple[str, ...], others: list[Candidate[tuple[str, ...]]], text: str = "",
                   sites: tuple[str, ...] = (), lookups: int = 12) -> tuple[str, ...]:
    """Replace a one-word name ("Todd") or a login slug ("christian.stadtfeld") by the fuller name
    another source gives ("Todd Bates", "Christian P. Stadtfeld").

    NAME_FROM_TEXT: failing that, by a full name written in ``text`` (the visible text around the
    headline): a slug by the name whose first and last words it spells ("Chefredakteur Christian P.
    Stadtfeld"), a lone given name only when the surname is the site's name ("Henry" on steinhau.com,
    whose page credits "Henry Steinhau") — a lone given name matches too many people in the text.
    """
    fuller = [n for c in others for n in c.value if " " in n]
    out = []
    for name in names:
        if " " not in name:
            parts = _plain_words(name)
            found = next((f for f in fuller if _completes(parts, _plain_words(f))), None)
            name = found or _name_in_text(parts, text, sites, lookups) or name
        out.append(name)
    return unique_names(out)


def _name_in_text(parts: list[str], text: str, sites: tuple[str, ...], lookups: int) -> str:
    if not text or not parts or not parts[0]:
        return ""
    site_keys = {key(s) for s in sites}
    folded = text.casefold()
    at = folded.find(parts[0])
    for _ in range(lookups):  # only around the places that write the name's first word
        if at < 0:
            return ""
        for m in _FULL_NAME.finditer(text, max(0, at - 40), at + 80):
            words = m.group().split()
            # every run of two or more of the capitalised words: "Editor-in-chief Christian P. Stadtfeld"
            for i, j in itertools.combinations(range(len(words) + 1), 2):
                if j - i < 2:
                    continue
                if len(parts) > 1 and _completes(parts, _plain_words(" ".join(words[i:j]))):
                    return " ".join(words[i:j])
                if (len(parts) == 1 and j - i == 2 and _plain_words(words[i]) == parts
                        and key(words[i + 1]) in site_keys):
                    return f"{words[i]} {words[i + 1]}"
        at = folded.find(parts[0], at + 1)
    return ""


def _plain_words(name: str) -> list[str]:
    """Casefolded words without accents: "Gàbor Muniér" and "gabor_munier" give the same words."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    return _SLUG_SPLIT.split("".join(c for c in folded if not unicodedata.combining(c)).strip("._- "))


def _completes(parts: list[str], full: list[str]) -> bool:
    if len(parts) == 1:
        return full[0] == parts[0]
    return full[0] == parts[0] and full[-1] == parts[-1]


def more_authors(chosen: Candidate[tuple[str, ...]], candidates: list[Candidate[tuple[str, ...]]],
                 max_authors: int = 4) -> Candidate[tuple[str, ...]]:
    """Named rule BYLINE_SUPERSET: metadata often names only the first of several authors; a visible
    byline that names all the chosen authors and more is the full list."""
    chosen_keys = {key(n) for n in chosen.value}
    for cand in candidates:
        keys = [key(n) for n in cand.value]
        extra = [n for n, k in zip(cand.value, keys, strict=True) if k not in chosen_keys]
        # the extra names must read as people and not repeat a chosen name ("Jane Doe Profile")
        if (cand.source in VISIBLE_SOURCES and chosen_keys < set(keys) and len(cand.value) <= max_authors
                and all(person_like(n) and not any(c in key(n) for c in chosen_keys) for n in extra)):
            return cand
    return chosen
