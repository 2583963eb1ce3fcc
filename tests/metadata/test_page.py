"""Page-level fields (URL, site, language, description, image, tags), provenance and robustness."""

from __future__ import annotations

import lxml.html
import pytest

from articlekit.config import MetadataConfig
from articlekit.html.parse import parse_html
from articlekit.metadata import extract_metadata
from articlekit.metadata.language import guess_language, normalise_language
from tests.metadata.helpers import meta_of, page


@pytest.mark.parametrize(("raw", "tag"), [
    ("en", "en"), ("EN", "en"), ("en_US", "en-US"), ("de-de", "de-DE"), ("zh-hans-cn", "zh-Hans-CN"),
    ("iw", "he"), ("und", None), ("not a language", None),
])
def test_normalise_language(raw: str, tag: str | None) -> None:
    assert normalise_language(raw) == tag


def test_language_sources_and_guess() -> None:
    assert meta_of(page(lang="de-DE")).provenance["language"] == "html-lang"
    assert meta_of(page('<meta property="og:locale" content="fr_FR">')).language == "fr-FR"
    german = "<p>" + "Die Stadt hat beschlossen, dass die neuen Linien bald gebaut werden und " * 3 + "</p>"
    m = meta_of(page("", german))
    assert (m.language, m.provenance["language"]) == ("de", "guess")
    assert guess_language("短い日本語のテキストです。" * 10) == "ja"
    assert guess_language("too short") is None


def test_canonical_url_resolved_and_image_made_absolute() -> None:
    head = ('<link rel="canonical" href="/news/tram-plan"><meta property="og:image" content="/img/tram.jpg">'
            '<meta name="description" content="A plan for trams.">'
            '<meta name="keywords" content="trams, city, trams">')
    m = meta_of(page(head), url="https://example.com/news/tram-plan?utm_source=x")
    assert (m.url, m.provenance["url"]) == ("https://example.com/news/tram-plan", "rel-canonical")
    assert m.image == "https://example.com/img/tram.jpg"
    assert m.description == "A plan for trams."
    assert m.tags == ("trams", "city")


def test_caller_url_is_the_fallback() -> None:
    m = meta_of(page(), url="https://example.com/a")
    assert (m.url, m.provenance["url"]) == ("https://example.com/a", "caller")


def test_site_name_sources() -> None:
    assert meta_of(page('<meta property="og:site_name" content="City Times">')).site_name == "City Times"


def test_tree_is_not_modified() -> None:
    html = page('<title>T | S</title><script type="application/ld+json">{"headline": "T"}</script>',
                "<h1>T</h1><p class='byline'>By Jane Doe</p><p>Text</p>")
    root = parse_html(html)
    before = lxml.html.tostring(root)
    extract_metadata(root, url=None, now=None, config=MetadataConfig())
    assert lxml.html.tostring(root) == before


@pytest.mark.parametrize("html", ["", "<html></html>", "<p>just text", "<<<>>>", "<body>" + "<div>" * 500])
def test_odd_input_gives_empty_metadata(html: str) -> None:
    m = extract_metadata(parse_html(html), url=None, now=None, config=MetadataConfig())
    assert m.title is None and m.authors == () and m.date_published is None


def test_same_input_same_output() -> None:
    html = page("<title>A - B</title>", "<h1>A</h1><p>By Jane Doe</p><p>21 March 2024</p>")
    assert meta_of(html) == meta_of(html)
