"""The word lists behind key-figure recognition, loaded once per language.

All of them live in ``data/figures_lexicon.json`` (English at the top level, German, French and
Spanish number words, scale words, percent words, currency words and time units under
``languages``); month names come from ``data/lang_months.json``, shared with the date reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from articlekit.bundled import data_json, stopwords_by_language

__all__ = ["FIGURE_LANGUAGES", "Lexicon", "alternation", "lexicon"]

FIGURE_LANGUAGES = ("en", "de", "fr", "es")  # languages whose numbers are read; others give no figures


@dataclass(frozen=True)
class Lexicon:
    """Named vocabularies (all lower-case) and the lookup tables built from them."""

    language: str
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
    measure_compounds: dict[str, str]  # "a 25-yard strike", "a 15-foot wall": a unit joined by a hyphen
    months: frozenset[str]
    time_words: frozenset[str]
    label_words: frozenset[str]
    age_cues: frozenset[str]
    age_subjects: frozenset[str]  # "she was 13": a person whose bare number is an age
    age_verbs: frozenset[str]  # the verbs between such a person and the number ("is", "turned")
    modal_verbs: frozenset[str]  # "I will be 35": a modal before the verb
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
    weekdays: frozenset[str]
    of_words: frozenset[str]  # "12% of voters", "80 % des Stroms": the partitive that names the whole
    level_words: frozenset[str]  # "a 10-year low": the noun of a compound that names a level, not a thing
    strength_words: frozenset[str]  # "a 6,000-strong panel": the number counts the noun's members
    age_followers: frozenset[str]  # "huminski, 38, has …": a word after ", N," that makes N an age
    race_distances: frozenset[float]
    dimension_words: dict[str, str]  # "200m away" -> distance, "60m high" -> height: "m" there is metres
    par_words: tuple[str, ...]  # "14-under-par", "five over par": a golf score, never a figure
    hundreds: frozenset[str]  # "hundred", "hundert", "cent", "cien"
    percent_words: tuple[str, ...]
    ordinal_period: bool  # "1. März", "der 3. Platz": a period after a number makes an ordinal (German)
    space_thousands: bool  # "3 000 salariés": a space groups thousands (French, Spanish)
    sentence_starters: frozenset[str]  # the language's most frequent function words (lang_stopwords.json)

    def is_number_word(self, word: str) -> bool:
        """True for cardinal words such as "five", "twenty", "hundred", "million"."""
        return word in self.units or word in self.tens or word in self.hundreds or word in self.scales


def alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first so that "per cent" wins over "per"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


read_data = data_json


_REPLACED = ("units", "tens", "scales", "hundred", "percent_words")  # a language's own number words


def _for_language(data: dict[str, Any], language: str) -> dict[str, Any]:
    """The English lists with ``language``'s number words in place of English ones and its other
    words added (currency words, time units): foreign news also writes "$5bn" and "5 dollars"."""
    if language == "en":
        return data
    extra: dict[str, Any] = data["languages"][language]
    out = dict(data)
    for key, value in extra.items():
        if key in _REPLACED or not isinstance(value, (dict, list)):
            out[key] = value
        elif isinstance(value, dict):
            out[key] = {**data[key], **value}
        else:
            out[key] = [*data[key], *value]
    return out


@lru_cache(maxsize=len(FIGURE_LANGUAGES))
def lexicon(language: str = "en") -> Lexicon:
    """The bundled lexicon of ``language`` (one of :data:`FIGURE_LANGUAGES`; read once per language;
    raises ResourceError on a broken install)."""
    data = _for_language(read_data("figures_lexicon.json"), language)
    months: dict[str, dict[str, int]] = read_data("lang_months.json")
    stops = stopwords_by_language()
    # Another language's function words end a counted phrase as English ones do.
    data = {**data, "function_words": [*data["function_words"], *sorted(stops.get(language, ()))]}
    sets = {
        name: frozenset(data[name])
        for name in (
            "time_words", "label_words", "age_cues", "age_subjects", "age_verbs", "modal_verbs",
            "emphasis_qualifiers", "change_verbs", "change_nouns", "up_words", "down_words",
            "value_words", "verbs", "function_words", "partitive_pronouns", "sports_words",
            "name_blockers", "determiners", "skip_left", "value_verbs", "level_words", "weekdays", "of_words",
            "strength_words", "age_followers",
        )
    }
    return Lexicon(
        language=language,
        months=frozenset({*months["en"], *months.get(language, {})}),
        hundreds=frozenset(data["hundred"]),
        percent_words=tuple(sorted(data["percent_words"], key=len, reverse=True)),
        ordinal_period=bool(data.get("ordinal_period", False)),
        space_thousands=bool(data.get("space_thousands", False)),
        sentence_starters=frozenset(stops.get(language, ())),
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
        measure_compounds=dict(data["measure_compounds"]),
        qualifiers=tuple(sorted(set(data["qualifiers"]), key=len, reverse=True)),
        race_distances=frozenset(float(x) for x in data["race_distances"]),
        par_words=tuple(data["par_words"]),
        dimension_words=dict(data["dimension_words"]),
        rate_words=tuple(sorted(set(data["rate_words"]), key=len, reverse=True)),
        duration_preps=tuple(sorted(set(data["duration_preps"]), key=len, reverse=True)),
        **sets,
    )

