"""Round-4 metadata rules: titles (KICKER_ELEMENT, SITE_TAGLINE, stripped hints, one-word keys, CDATA
JSON-LD) and authors (BYLINE_SUPERSET, COMMENT_AUTHOR, COMMENT_COUNT, DECLARED_PHRASE, AMPERSAND_ONE_NAME,
LOWERCASE_START, DEGREE_NOT_NAME, "for" ends a byline, HIDDEN_NOT_BYLINE, listing bylines, NAME_FROM_TEXT,
PERSON_SITE, "Eine Kolumne von", DATE_BY_NAME, NAME_THEN_DATE)."""

from __future__ import annotations

from articlekit.config import MetadataConfig
from articlekit.metadata.authors import clean_authors, complete_names
from articlekit.metadata.authors.bylines import dated_name_lines
from articlekit.metadata.candidates import Candidate
from articlekit.metadata.title import similarity, strip_site
from tests.metadata.helpers import meta_of, page

ARTICLE = "<p>" + "The council met on a rainy evening and argued about the tram line for hours. " * 3 + "</p>"
CFG = MetadataConfig()


def _og(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


# ---------------------------------------------------------------- titles


def test_kicker_element_inside_the_heading_is_dropped() -> None:
    body = ('<h1><span class="dachzeile">Nach Corona-Lockerungen</span>'
            '<span class="headline">Autohäuser rechnen mit langsamem Anlaufen</span></h1>' + ARTICLE)
    assert meta_of(page(body=body)).title == "Autohäuser rechnen mit langsamem Anlaufen"


def test_kicker_with_hidden_colon_is_dropped() -> None:
    body = ('<h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span>'
            '<span class="article-heading__title">Bohren, bis es heiß wird</span></h1>' + ARTICLE)
    head = _og("Klimaschutz: Bohren, bis es heiß wird")
    assert meta_of(page(head=head, body=body)).title == "Bohren, bis es heiß wird"


def test_small_kicker_beside_loose_text_is_dropped() -> None:
    body = "<h1><small>Einheit der Woche</small><br>Lagen-Pyramide mit GA2</h1>" + ARTICLE
    assert meta_of(page(body=body)).title == "Lagen-Pyramide mit GA2"


def test_heading_without_kicker_stays_whole() -> None:
    body = '<h1><span class="title">Tram plan approved</span> <em>after all</em></h1>' + ARTICLE
    assert meta_of(page(body=body)).title == "Tram plan approved after all"


def test_site_name_and_the_slogan_after_it_are_removed() -> None:
    title = "Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer Fischereimagazin"
    assert strip_site(title, ["petri-heil.ch"]) == "Bielersee-Winterhechte"


def test_title_without_site_segment_keeps_all_segments() -> None:
    assert strip_site("Rome: a history | Part two", ["City Times"]) == "Rome: a history | Part two"


def test_kicker_piece_does_not_tie_with_the_headline_on_the_site_name() -> None:
    # the declared title carries the site's name: compared without it, the headline piece wins
    head = _og("Cyber attacks: firms put a fifth of IT budgets into security - Trade Weekly") + \
        '<meta property="og:site_name" content="Trade Weekly">'
    body = ('<h1><span>Investing in IT security</span> Cyber attacks: firms put a fifth of IT budgets into '
            "security</h1>" + ARTICLE)
    assert meta_of(page(head=head, body=body)).title == \
        "Cyber attacks: firms put a fifth of IT budgets into security"


def test_one_word_key_inside_a_long_title_is_not_a_match() -> None:
    assert similarity("Nicolas.", "Get your code covered | Code | Nicolas Perriault") == 0.0
    assert similarity("Joghurts", "Joghurt") == 1.0  # most of the key: still the same title


def test_logo_heading_is_not_taken_for_the_title() -> None:
    head = "<title>Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault</title>"
    body = "<h1><a href='/'>Hi, I'm <strong>Nicolas.</strong></a></h1>" + ARTICLE
    assert meta_of(page(head=head, body=body)).title.startswith("Get your Frontend JavaScript Code Covered")


def test_jsonld_wrapped_in_cdata_is_read() -> None:
    head = ('<script type="application/ld+json">//<![CDATA[\n{"@type": "NewsArticle", '
            '"headline": "Tram plan approved", "author": {"@type": "Person", "name": "Jane Doe"}}\n//]]>'
            "</script>")
    meta = meta_of(page(head=head, body=ARTICLE))
    assert meta.title == "Tram plan approved"
    assert meta.authors == ("Jane Doe",)


# ---------------------------------------------------------------- authors


def test_visible_byline_with_more_authors_completes_the_metadata_author() -> None:
    head = '<meta name="author" content="Rudolf Fischer">'
    body = ('<h1>Newcomer with racing ambitions</h1><div class="meta-item author">'
            "von Rudolf Fischer, Simon Kohler</div>" + ARTICLE)
    assert meta_of(page(head=head, body=body)).authors == ("Rudolf Fischer", "Simon Kohler")


def test_byline_superset_with_junk_names_is_not_taken() -> None:
    head = '<meta name="author" content="Patrick Allan">'
    body = ('<h1>How to stop procrastinating</h1><div class="author">Patrick Allan Profile, Follow</div>'
            + ARTICLE)
    assert meta_of(page(head=head, body=body)).authors == ("Patrick Allan",)


def test_microdata_author_of_a_comment_is_ignored() -> None:
    body = ('<h1>Good bacteria</h1><div class="header-info__author">Ophélie Ostermann</div>' + ARTICLE
            + '<div class="comment-author" itemprop="author" itemscope><span itemprop="name">link78</span></div>')
    assert meta_of(page(body=body)).authors == ("Ophélie Ostermann",)


def test_comment_count_ends_a_byline() -> None:
    assert clean_authors("KleineGrüneMonster Ein Kommentar", sites=[], config=CFG) == ["KleineGrüneMonster"]
    assert clean_authors("Jane Doe 3 Comments", sites=[], config=CFG) == ["Jane Doe"]
    assert clean_authors("Jane Doe Leave a comment", sites=[], config=CFG) == ["Jane Doe"]


def test_declared_phrase_opened_by_a_role_word_stays_whole() -> None:
    raw = "Contributors to Wikimedia projects"
    assert clean_authors(raw, sites=[], config=CFG, declared=True) == [raw]
    assert clean_authors("Staff Reporter Jane Doe", sites=[], config=CFG, declared=True) == ["Jane Doe"]


def test_ampersand_beside_a_lone_letter_joins_one_name() -> None:
    assert clean_authors("AT & T", sites=[], config=CFG) == ["AT & T"]
    assert clean_authors("Jane Doe & John Smith", sites=[], config=CFG) == ["Jane Doe", "John Smith"]


def test_phrase_starting_lowercase_is_not_a_name() -> None:
    assert clean_authors("deinen Hochzeitsbloggern", sites=[], config=CFG) == []
    assert clean_authors("de la Cruz", sites=[], config=CFG) == ["de la Cruz"]


def test_degree_is_not_a_second_author() -> None:
    raw = "Michael L. Anderson, PhD; Carlos Dobkin, PhD"
    assert clean_authors(raw, sites=[], config=CFG) == ["Michael L. Anderson", "Carlos Dobkin"]


def test_publication_after_for_is_cut() -> None:
    raw = "Glen Owen And Brendan Carlin For The Mail On Sunday"
    assert clean_authors(raw, sites=[], config=CFG) == ["Glen Owen", "Brendan Carlin"]


def test_hidden_element_is_not_a_byline() -> None:
    body = ('<h1>Four exercises for a smooth trot</h1>'
            '<div class="formSubmitted" style="display: none;"><p>Vielen Dank für Ihr Interesse.</p></div>'
            "<p>Ein Artikel von Pamela Sladky | 27.01.2022</p>" + ARTICLE)
    assert meta_of(page(body=body)).authors == ("Pamela Sladky",)


def test_author_in_a_teaser_listing_is_not_the_byline() -> None:
    body = ("<h1>Diversity lab</h1>" + ARTICLE
            + '<div class="fachartikel-listing__item__author"><span>Jörn Mecher</span></div>')
    assert meta_of(page(body=body)).authors == ()
    body = body.replace("fachartikel-listing__item__author", "article__author")
    assert meta_of(page(body=body)).authors == ("Jörn Mecher",)  # the same element, not in a listing


def test_login_slug_is_completed_from_the_visible_text() -> None:
    others: list[Candidate[tuple[str, ...]]] = []
    text = "Where does it go wrong?\nEditor-in-chief Christian P. Stadtfeld weighs the result"
    assert complete_names(("christian.stadtfeld",), others, text) == ("Christian P. Stadtfeld",)


def test_lone_given_name_is_completed_only_by_the_site_surname() -> None:
    text = "Photo: archive. Crop: Henry Steinhau CC-BY-SA\nHenry Ford built cars"
    assert complete_names(("Henry",), [], text, ("steinhau",)) == ("Henry Steinhau",)
    assert complete_names(("Henry",), [], text, ("example",)) == ("Henry",)


def test_person_site_declared_twice_is_kept() -> None:
    head = ('<meta property="og:site_name" content="Anna Schmidt">'
            '<meta name="author" content="Anna Schmidt">'
            '<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Tram plan",'
            ' "author": {"@type": "Person", "name": "Anna Schmidt"}}</script>')
    assert meta_of(page(head=head, body="<h1>Tram plan</h1>" + ARTICLE)).authors == ("Anna Schmidt",)


def test_site_name_as_author_is_no_person_only_the_declared_credit() -> None:
    head = ('<meta property="og:site_name" content="Presse Augsburg">'
            '<meta name="author" content="Presse Augsburg">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tram plan",'
            ' "author": {"@type": "Person", "name": "Presse Augsburg"}}</script>')
    m = meta_of(page(head=head, body="<h1>Tram plan</h1>" + ARTICLE))
    assert (m.authors, m.provenance["authors"]) == (("Presse Augsburg",), "declared")


def test_german_column_byline() -> None:
    body = "<h1>Patriarchy as a technique</h1><p>25. Oktober 2023</p><p>Eine Kolumne von Nils Pickert</p>" + ARTICLE
    assert meta_of(page(body=body)).authors == ("Nils Pickert",)


def test_date_then_von_name_line() -> None:
    assert dated_name_lines("Seite 1\nStars (1 / 1) 06.11.2023 13:30 von Olga\nSymbolbild") == "Olga"


def test_name_line_over_a_date_line() -> None:
    assert dated_name_lines("503\nHansEhrlich\n17.10.2019, 13:56 Uhr\n26") == "HansEhrlich"
    assert dated_name_lines("Sara Zinnecker\nStand:\n05. Februar 2020\n") == "Sara Zinnecker"
    assert dated_name_lines("Politik\n05. Februar 2020\n") == ""  # one plain word is a section


def test_name_over_date_above_the_headline_is_a_menu() -> None:
    body = "<p>Ehrenamt Jugendverbände</p><p>23.01.2020</p><h1>Federal president thanks volunteers</h1>" + ARTICLE
    assert meta_of(page(body=body)).authors == ()


def test_name_over_date_below_the_headline_is_a_byline() -> None:
    body = "<h1>Federal president thanks volunteers</h1><p>Sara Zinnecker</p><p>05. Februar 2020</p>" + ARTICLE
    meta = meta_of(page(body=body))
    assert meta.authors == ("Sara Zinnecker",)
    assert meta.provenance["authors"] == "text"


def test_site_name_byline_is_not_cut_to_a_part() -> None:
    assert clean_authors("Miami Today", sites=["Miami Today"], config=CFG) == []
    assert clean_authors("Jane Doe", sites=["Miami Today"], config=CFG) == ["Jane Doe"]
