"""The one loader of bundled data files: shared tables are read once, a missing file is a ResourceError."""

from __future__ import annotations

import pytest

from articlekit.bundled import all_stopwords, data_json, data_lines, stopwords_by_language
from articlekit.errors import ResourceError


def test_stopwords_cover_the_four_supported_languages() -> None:
    table = stopwords_by_language()
    assert {"en", "de", "fr", "es"} <= set(table)
    assert "the" in table["en"] and "und" in table["de"] and "les" in table["fr"] and "los" in table["es"]
    assert all_stopwords() >= table["en"] | table["de"]


def test_shared_table_is_one_object_for_every_stage() -> None:
    from articlekit.body import blockmodel
    from articlekit.metadata.authors import cleaning

    assert cleaning.function_words() is blockmodel._stopwords()


def test_lines_skip_comments_and_blanks() -> None:
    lines = data_lines("abbreviations_en.txt")
    assert lines and all(line and not line.startswith("#") for line in lines)


def test_missing_file_is_a_resource_error() -> None:
    with pytest.raises(ResourceError, match=r"no_such_file\.json"):
        data_json("no_such_file.json")
