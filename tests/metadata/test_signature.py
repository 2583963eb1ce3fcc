"""Author rules of round 2: glued dates, labelled blocks, lone names on byline lines, end signatures."""

from __future__ import annotations

from articlekit.config import MetadataConfig
from articlekit.metadata.authors import clean_authors
from tests.metadata.helpers import meta_of, page

CFG = MetadataConfig()
PROSE = "<p>" + "The council met on Tuesday and agreed the plan after a long debate. " * 4 + "</p>"


def test_day_glued_to_name_is_cut() -> None:
    assert clean_authors("Nicole Collignon22. Februar 2020", sites=[], config=CFG) == ["Nicole Collignon"]


def test_inner_author_label_in_metadata_block() -> None:
    raw = "Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet"
    assert clean_authors(raw, sites=[], config=CFG) == ["Fritz Imhof"]


def test_label_before_names_is_not_an_end() -> None:
    assert clean_authors("Text & Fotos: Ivan Valetny", sites=[], config=CFG) == ["Ivan Valetny"]


def test_one_word_name_on_its_own_byline_line() -> None:
    m = meta_of(page("<title>Small integers</title>", "<h1>Small integers</h1><p>Posted by Konstantin</p>" + PROSE))
    assert m.authors == ("Konstantin",)


def test_one_word_after_von_inside_a_sentence_is_not_a_name() -> None:
    body = "<h1>Regeln und Sprache</h1><p>Von Sprachregeln, Politik und Deutsch handelt das Buch.</p>" + PROSE
    assert meta_of(page("<title>Regeln und Sprache</title>", body)).authors == ()


def test_bold_signature_after_last_paragraph() -> None:
    body = "<h1>Hockey final</h1><div>" + PROSE + "<p><b><i>Stefan Wasmer</i></b></p></div><footer>x</footer>"
    m = meta_of(page("<title>Hockey final</title>", body))
    assert (m.authors, m.provenance["authors"]) == (("Stefan Wasmer",), "signature")


def test_bold_heading_inside_article_is_not_a_signature() -> None:
    body = "<h1>Hockey final</h1><div>" + PROSE + "<p><b>Weitere Spiele</b></p>" + PROSE + "</div>"
    assert meta_of(page("<title>Hockey final</title>", body)).authors == ()


def test_signature_needs_prose_before_it() -> None:
    body = "<h1>Hockey final</h1><div><p>Short.</p><p><b>Stefan Wasmer</b></p></div>"
    assert meta_of(page("<title>Hockey final</title>", body)).authors == ()


def test_name_repeated_by_adjacent_elements_is_kept_once() -> None:
    assert clean_authors("Olivier Minot Olivier Minot", sites=[], config=CFG) == ["Olivier Minot"]


def test_weekday_alone_is_not_a_name() -> None:
    assert clean_authors("Donnerstag", sites=[], config=CFG) == []


def test_cms_placeholders_are_not_names() -> None:
    for raw in ("Super User", "Sign in", "Anónimo", "Benutzername"):
        assert clean_authors(raw, sites=[], config=CFG) == []


def test_address_with_country_is_not_an_author() -> None:
    assert clean_authors("Nürnberg, Germany", sites=[], config=CFG) == []
    assert clean_authors("Jane Doe, John Smith", sites=[], config=CFG) == ["Jane Doe", "John Smith"]


def test_by_glued_to_the_name() -> None:
    body = "<h1>Salon bans men</h1><div>ByAlex Bozarjian</div>" + PROSE
    assert meta_of(page("<title>Salon bans men</title>", body)).authors == ("Alex Bozarjian",)
