"""Author rules, round 2: JOB_WORD_SURNAME, BOXED_AUTHOR, copyright notices, LABELLED_SIGNATURE after any
block, PROSE_BYLINE, DESK_COMPOUND, HOST_NOT_PERSON, DESK_PREFIX, the plural/wire labels and
CO_AUTHOR_NOTE."""

from __future__ import annotations

from articlekit.config import MetadataConfig
from articlekit.metadata.authors import clean_authors
from tests.metadata.helpers import meta_of, page

CFG = MetadataConfig()
PROSE = "<p>" + "The council met on a rainy evening and argued about the tram line for hours. " * 3 + "</p>"
HEADLINE = "<h1>Tram plan approved after a long night</h1>"


def _names(raw: str) -> list[str]:
    return clean_authors(raw, sites=["Example News"], config=CFG)


# ---------------------------------------------------------------- JOB_WORD_SURNAME


def test_job_word_after_a_given_name_is_a_surname() -> None:
    assert _names("Von Jörg Staff") == ["Jörg Staff"]


def test_job_word_after_a_publication_is_still_a_role() -> None:
    assert _names("Telegraph Staff") == []
    assert _names("By Staff") == []


def test_job_title_after_a_full_name_is_still_dropped() -> None:
    assert _names("Jane Doe, Staff Writer") == ["Jane Doe"]
    assert _names("Jane Doe Staff Writer") == ["Jane Doe"]


# ---------------------------------------------------------------- BOXED_AUTHOR


def test_commenter_name_is_not_the_byline() -> None:
    body = (HEADLINE + PROSE + '<div class="comments"><div class="comment d-flex"><div class="comment-body">'
            '<a class="username" href="/members/1">Mayakoenigin</a><p>Schön!</p></div></div></div>')
    assert meta_of(page(body=body)).authors == ()


def test_teaser_card_author_is_not_the_byline() -> None:
    body = (HEADLINE + PROSE + '<div class="teaser"><a href="/other"><div class="teaser-content">'
            '<h3>Another story</h3><div class="badge"><div class="author-name">Andreas Hoffmann</div>'
            '</div></div></a></div>')
    assert meta_of(page(body=body)).authors == ()


def test_byline_outside_any_box_is_kept() -> None:
    body = HEADLINE + '<div class="meta"><span class="author-name">Von Andreas Hoffmann</span></div>' + PROSE
    assert meta_of(page(body=body)).authors == ("Andreas Hoffmann",)


# ---------------------------------------------------------------- copyright notices


def test_footer_copyright_notice_names_no_author() -> None:
    # COPYRIGHT_OWNER was removed: on the check half it named owners where the gold has no author
    body = HEADLINE + PROSE + "<footer><p>(c) Johannes Wolf • Weitere Rechte siehe Impressum</p></footer>"
    assert meta_of(page(body=body)).authors == ()


# ---------------------------------------------------------------- LABELLED_SIGNATURE


def test_labelled_signature_may_follow_any_block() -> None:
    body = (HEADLINE + "<div>" + PROSE + '<div class="map">Parkstraße 24, 63322 Rödermark</div><hr/>'
            "<p><em>Autor: Samuel Diekmann (Sponsored Post), Redner bei example.com</em></p></div>")
    assert meta_of(page(body=body)).authors == ("Samuel Diekmann",)


def test_unlabelled_bold_line_after_a_block_is_no_signature() -> None:
    body = HEADLINE + "<div>" + PROSE + '<div class="map">Parkstraße 24</div><p><b>Samuel Diekmann</b></p></div>'
    assert meta_of(page(body=body)).authors == ()


# ---------------------------------------------------------------- PROSE_BYLINE


def test_bio_text_in_an_author_box_gives_no_names() -> None:
    raw = ("Autor Teufel Blog Redaktion Alles über Lautsprecher, Heimkino und HiFi-Trends. Zudem haben wir "
           "jede Menge praktische Tipps und Tricks für zu Hause.")
    assert _names(raw) == []


def test_list_of_names_is_not_prose() -> None:
    assert _names("Jane Doe, John Smith and Anna Lee") == ["Jane Doe", "John Smith", "Anna Lee"]
    assert _names("Cher and Madonna") == ["Cher", "Madonna"]


# ---------------------------------------------------------------- desks, hosts and labels


def test_desk_compound_is_not_a_person() -> None:
    assert _names("TVT-Redaktion") == []
    assert _names("Online-Redaktion") == []


def test_host_name_is_not_a_person() -> None:
    assert _names("datev.de") == []
    assert _names("symple.ch") == []


def test_login_with_a_dot_stays() -> None:
    assert _names("fri.juli") == ["fri.juli"]


def test_desk_prefix_names_a_desk() -> None:
    assert _names("Redaktion Gelbe Liste Pharmindex") == []
    assert _names("Redaktion Polizeiticker Schweiz") == []


def test_desk_label_before_a_person_is_dropped() -> None:
    assert _names("Redaktion: Jane Doe") == ["Jane Doe"]
    assert _names("Redaktion Anna Schmidt") == ["Anna Schmidt"]


def test_plural_and_wire_labels_are_not_names() -> None:
    assert _names("Autoren") == []
    assert _names("Agencies") == []


def test_related_article_author_is_not_the_byline() -> None:
    body = (HEADLINE + PROSE + '<div class="relatedArticle"><h5><a href="/x">Other</a></h5>'
            '<p class="storyInfo"><span class="author">Stefan Häne</span></p></div>')
    assert meta_of(page(body=body)).authors == ()


def test_weekday_of_a_dated_byline_is_not_a_name() -> None:
    assert _names("الجمعة 8 فيفري 2019") == []
    assert _names("vrijdag 8 februari 2019") == []


def test_organisation_compound_is_not_a_person() -> None:
    assert _names("Bundesverband WindEnergie") == []
    assert _names("Carlsen-Verlag") == []


def test_exclaimed_title_in_an_author_element_is_no_byline() -> None:
    assert _names("Endlich mehr Beschleunigung wagen!") == []
    assert _names("Wer zahlt die Zeche?") == []


def test_bracketed_co_authors_are_authors_too() -> None:
    # CO_AUTHOR_NOTE: "(avec …)" / "(with …)" names co-authors, as Le Monde writes them
    assert _names("Martin Untersinger (avec Damien Leloup et Morgane Tual)") == [
        "Martin Untersinger", "Damien Leloup", "Morgane Tual"]
    assert _names("Jane Doe (with John Smith)") == ["Jane Doe", "John Smith"]


def test_other_brackets_stay_notes() -> None:
    assert _names("Jane Doe (Reuters)") == ["Jane Doe"]
    assert _names("Anna Weber (mit Material von dpa)") == ["Anna Weber"]
    assert _names("Jane Doe (with additional reporting)") == ["Jane Doe"]


def test_co_author_byline_on_a_page() -> None:
    body = HEADLINE + '<p class="byline">Par Martin Untersinger (avec Damien Leloup)</p>' + PROSE
    assert meta_of(page("", body)).authors == ("Martin Untersinger", "Damien Leloup")
