"""Authors: every source, splitting, cleaning (roles, dates, e-mails, URLs, labels, site names), order."""

from __future__ import annotations

import pytest

from articlekit.config import MetadataConfig
from articlekit.metadata.authors import clean_authors
from tests.metadata.helpers import meta_of, page

CFG = MetadataConfig()


@pytest.mark.parametrize(("raw", "names"), [
    ("By Jane Doe, John Smith and Ann Lee", ["Jane Doe", "John Smith", "Ann Lee"]),
    ("Jane Doe & John Smith", ["Jane Doe", "John Smith"]),
    ("Written by Jane Doe | 3 hours ago", ["Jane Doe"]),
    ("Published by: Jane Doe on March 3, 2024", ["Jane Doe"]),
    ("Jane Doe, Senior Political Reporter", ["Jane Doe"]),
    ("Jane Doe (jane@example.com)", ["Jane Doe"]),
    ("jane@example.com", []),
    ("https://example.com/author/jane", []),
    ("Staff", []),
    ("Reporter", []),
    ("Von Max Muster und Erika Mustermann", ["Max Muster", "Erika Mustermann"]),
    ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
    ("Por María García y José Pérez", ["María García", "José Pérez"]),
    ("Heiko Sauer Do, 26.01.2023", ["Heiko Sauer"]),
    ("March 3, 2024 · by jancak · in Uncategorized", ["jancak"]),
    ("Hanns-Seidel-Stiftung e.V.", []),
    ("Jane Doe, Director of Ad Operations", ["Jane Doe"]),
    ("Luiz da Silva do Carmo", ["Luiz da Silva do Carmo"]),
])
def test_clean_authors(raw: str, names: list[str]) -> None:
    assert clean_authors(raw, sites=[], config=CFG) == names


def test_site_name_is_not_an_author() -> None:
    assert clean_authors("City Times", sites=["City Times"], config=CFG) == []
    head = '<meta name="author" content="City Times"><meta property="og:site_name" content="City Times">'
    assert meta_of(page(head, "<p>By Jane Doe</p>")).authors == ("Jane Doe",)


def test_meta_author_sources() -> None:
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"):
        attr = "property" if ":" in key else "name"
        m = meta_of(page(f'<meta {attr}="{key}" content="Jane Doe">'))
        assert (m.authors, m.provenance["authors"]) == (("Jane Doe",), "meta")


def test_byline_element_after_headline_and_rel_author() -> None:
    body = ('<aside><span class="author">Side Bar</span></aside><h1>Headline here</h1>'
            '<div class="byline">By <a rel="author" href="/a/jd">Jane Doe</a> and '
            '<a rel="author" href="/a/js">John Smith</a></div><p>Text.</p>')
    m = meta_of(page("<title>Headline here</title>", body))
    assert m.authors == ("Jane Doe", "John Smith")
    assert m.provenance["authors"] == "byline"


def test_text_byline_near_headline() -> None:
    m = meta_of(page("", "<h1>Tram plan</h1><p>Von Max Muster</p><p>Die Stadt plant neue Linien.</p>"))
    assert (m.authors, m.provenance["authors"]) == (("Max Muster",), "text")


def test_photo_credit_is_not_a_byline() -> None:
    m = meta_of(page("", "<h1>Tram plan</h1><p>The city said. Photo by Ann Lee</p>"))
    assert m.authors == ()


def test_duplicates_removed_and_page_order_kept() -> None:
    head = '<meta name="author" content="Jane Doe, John Smith, jane doe">'
    assert meta_of(page(head)).authors == ("Jane Doe", "John Smith")


def test_one_word_name_completed_from_another_source() -> None:
    body = '<h1>Title text</h1><div class="byline">By Todd Bates</div>'
    m = meta_of(page('<meta name="author" content="Todd">', body))
    assert m.authors == ("Todd Bates",)
