"""The word lists behind key-figure recognition, loaded once from ``data/figures_lexicon.json``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from articlekit.errors import ResourceError

__all__ = ["Lexicon", "alternation", "lexicon"]


@dataclass(frozen=True)
class Lexicon:
    """Named vocabularies (all lower-case) and the lookup tables built from them."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, float]
    scale_suffixes: dict[str, float]
    fractions: dict[str, float]
    currency_prefixes: dict[str, str]
    currency_words: dict[str, str]
    subunit_words: dict[str, str]
    time_units: dict[str, str]
    measure_units: dict[str, str]
    months: frozenset[str]
    time_words: frozenset[str]
    label_words: frozenset[str]
    age_cues: frozenset[str]
    qualifiers: tuple[str, ...]
    emphasis_qualifiers: frozenset[str]
    change_verbs: frozenset[str]
    change_nouns: frozenset[str]
    up_words: frozenset[str]
    down_words: frozenset[str]
    value_words: frozenset[str]
    verbs: frozenset[str]
    function_words: frozenset[str]
    partitive_pronouns: frozenset[str]
    sports_words: frozenset[str]
    name_blockers: frozenset[str]
    rate_words: tuple[str, ...]
    duration_preps: tuple[str, ...]
    determiners: frozenset[str]
    skip_left: frozenset[str]
    value_verbs: frozenset[str]
    race_distances: frozenset[float]

    def is_number_word(self, word: str) -> bool:
        """True for cardinal words such as "five", "twenty", "hundred", "million"."""
        return word in self.units or word in self.tens or word == "hundred" or word in self.scales


def alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first so that "per cent" wins over "per"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The bundled lexicon (read once; raises ResourceError on a broken install)."""
    try:
        path = resources.files("articlekit").joinpath("data").joinpath("figures_lexicon.json")
        raw = path.read_text("utf-8")
        data = json.loads(raw)
    except (OSError, ValueError, ModuleNotFoundError) as exc:
        raise ResourceError(f"articlekit data file figures_lexicon.json is unreadable: {exc}") from None
    sets = {
        name: frozenset(data[name])
        for name in (
            "months", "time_words", "label_words", "age_cues",
            "emphasis_qualifiers", "change_verbs", "change_nouns", "up_words", "down_words",
            "value_words", "verbs", "function_words", "partitive_pronouns", "sports_words",
            "name_blockers", "determiners", "skip_left", "value_verbs",
        )
    }
    return Lexicon(
        units=dict(data["units"]),
        tens=dict(data["tens"]),
        scales={k: float(v) for k, v in data["scales"].items()},
        scale_suffixes={k: float(v) for k, v in data["scale_suffixes"].items()},
        fractions={k: float(v) for k, v in data["fractions"].items()},
        currency_prefixes=dict(data["currency_prefixes"]),
        currency_words=dict(data["currency_words"]),
        subunit_words=dict(data["subunit_words"]),
        time_units=dict(data["time_units"]),
        measure_units=dict(data["measure_units"]),
        qualifiers=tuple(sorted(set(data["qualifiers"]), key=len, reverse=True)),
        race_distances=frozenset(float(x) for x in data["race_distances"]),
        rate_words=tuple(sorted(set(data["rate_words"]), key=len, reverse=True)),
        duration_preps=tuple(sorted(set(data["duration_preps"]), key=len, reverse=True)),
        **sets,
    )

