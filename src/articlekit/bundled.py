"""The package's bundled data files (``articlekit/data/``), read once, for every stage.

One loader, so that a broken install fails the same way everywhere (:class:`ResourceError`) and a file
that several stages share (the stop words of every language) is parsed once per process.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from articlekit.errors import ResourceError

__all__ = ["all_stopwords", "data_json", "data_lines", "data_text", "stopwords_by_language"]


@cache
def data_text(name: str) -> str:
    """The text of the bundled data file ``name`` (a :class:`ResourceError` when missing or unreadable)."""
    try:
        return resources.files("articlekit").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ModuleNotFoundError) as exc:
        raise ResourceError(f"bundled data file {name!r} is missing or unreadable: {exc}") from None


def data_json(name: str) -> Any:
    """The parsed JSON data file ``name`` (parsed on each call: callers cache what they build from it)."""
    try:
        return json.loads(data_text(name))
    except ValueError as exc:
        raise ResourceError(f"bundled data file {name!r} is not valid JSON: {exc}") from None


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of the bundled data file ``name``, in file order."""
    lines = (line.strip() for line in data_text(name).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def stopwords_by_language() -> dict[str, frozenset[str]]:
    """The most frequent function words of each bundled language (``lang_stopwords.json``)."""
    table: dict[str, list[str]] = data_json("lang_stopwords.json")
    return {lang: frozenset(words) for lang, words in table.items()}


@cache
def all_stopwords() -> frozenset[str]:
    """The function words of every bundled language together: words that are neither names nor labels."""
    return frozenset(w for words in stopwords_by_language().values() for w in words)
