"""Names: user names with digits, login slugs completed from another source, pen names in name fields."""

from __future__ import annotations

from articlekit.config import MetadataConfig
from articlekit.metadata.authors import clean_authors, complete_names
from articlekit.metadata.candidates import Candidate
from tests.metadata.helpers import meta_of, page

CFG = MetadataConfig()


def test_user_name_with_digits_is_kept() -> None:
    assert clean_authors("freeman1984", sites=[], config=CFG) == ["freeman1984"]
    assert clean_authors("Bo2man", sites=[], config=CFG) == ["Bo2man"]


def test_numbers_and_long_digit_runs_are_not_names() -> None:
    assert clean_authors("user123456", sites=[], config=CFG) == []
    assert clean_authors("12345", sites=[], config=CFG) == []


def test_login_slug_completed_from_another_source() -> None:
    others = [Candidate(("Christian P. Stadtfeld",), "byline")]
    assert complete_names(("christian.stadtfeld",), others) == ("Christian P. Stadtfeld",)
    accents = [Candidate(("Gàbor Muniér",), "byline")]
    assert complete_names(("gabor_munier",), accents) == ("Gàbor Muniér",)


def test_slug_not_replaced_by_another_person() -> None:
    others = [Candidate(("Christian Meier",), "byline")]
    assert complete_names(("christian.stadtfeld",), others) == ("christian.stadtfeld",)


def test_declared_pen_name_is_not_cut_to_one_word() -> None:
    assert clean_authors("Rasender Reporter", sites=[], config=CFG, declared=True) == ["Rasender Reporter"]
    assert clean_authors("Catch more fish", sites=[], config=CFG, declared=True) == ["Catch more fish"]
    assert clean_authors("Jane Doe, Reporter", sites=[], config=CFG, declared=True) == ["Jane Doe"]


def test_json_ld_pen_name_end_to_end() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Shops close",'
            ' "author": {"@type": "Person", "name": "Rasender Reporter"}}</script>')
    assert meta_of(page(head, "<h1>Shops close</h1>")).authors == ("Rasender Reporter",)


def test_desk_names_are_not_people() -> None:
    assert clean_authors("Multimedia Redaktion", sites=[], config=CFG) == []
    assert clean_authors("Teufel Editorial Team", sites=[], config=CFG, declared=True) == []


def test_lowercase_von_on_its_own_line() -> None:
    body = "<h2>Ein Musikfilm</h2><p> von <em>Klaus Stanjek</em></p><p>" + "Text über den Film. " * 10 + "</p>"
    assert meta_of(page("", body)).authors == ("Klaus Stanjek",)


def test_lowercase_von_inside_a_sentence_is_not_a_byline() -> None:
    body = "<h1>Ein Musikfilm</h1><p>von Klaus Stanjek wurde der Film im Jahr gedreht.</p>"
    assert meta_of(page("<title>Ein Musikfilm</title>", body)).authors == ()
