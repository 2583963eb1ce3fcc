"""Author rules for personal sites, author boxes, role pairs and indented author cards:
PERSON_NAMED_SITE, WRITTEN_BY_BOX, ROLE_PAIR, INDENTED_BYLINE, and the byline cut at a "»" separator."""

from __future__ import annotations

from articlekit.config import MetadataConfig
from articlekit.metadata.authors import clean_authors
from tests.metadata.helpers import meta_of, page

CFG = MetadataConfig()
BODY = "<h1>Starting a zero waste kitchen</h1>{byline}<p>" + "Glass jars keep the pantry tidy. " * 8 + "</p>"


def _names(raw: str) -> list[str]:
    return clean_authors(raw, sites=[], config=CFG)


def test_author_tag_naming_a_personal_site_is_its_writer() -> None:
    head = '<meta property="og:site_name" content="Elizabeth McCravy"><meta name="author" content="Elizabeth McCravy">'
    m = meta_of(page(head, BODY.format(byline="")), url="https://example.com/zero-waste/")
    assert (m.authors, m.provenance["authors"]) == (("Elizabeth McCravy",), "meta")


def test_byline_naming_the_domain_it_spells_is_the_owner() -> None:
    body = BODY.format(byline='<span class="meta-author">By Sara Harberson</span>')
    m = meta_of(page("", body), url="https://www.saraharberson.com/blog/essay")
    assert m.authors == ("Sara Harberson",)


def test_site_name_that_is_no_person_stays_out() -> None:
    head = '<meta property="og:site_name" content="Miami Today"><meta name="author" content="Miami Today">'
    assert meta_of(page(head, BODY.format(byline="")), url="https://www.miamitoday.example/a").authors == ()


def test_written_by_box_below_the_article_names_the_author() -> None:
    box = ('<div class="elementor-widget"><h3>Written by Cassidy Horton</h3>'
           "<p>Cassidy Horton is a finance writer who helps people find financial freedom.</p></div>")
    long_text = "<p>" + "Saving a little every month adds up over the years. " * 100 + "</p>"
    m = meta_of(page("", BODY.format(byline="") + long_text + box))  # far below the headline
    assert (m.authors, m.provenance["authors"]) == (("Cassidy Horton",), "signature")


def test_written_by_heading_names_the_next_line() -> None:
    box = '<div class="content-item"><h3>Written by</h3><p>Lisa D. Ellis</p></div>'
    long_text = "<p>" + "Clinicians read the scans before the model does. " * 100 + "</p>"
    assert meta_of(page("", BODY.format(byline="") + long_text + box)).authors == ("Lisa D. Ellis",)


def test_author_heading_names_the_next_line() -> None:
    box = '<div class="content-item"><h3>Author</h3>\n<p>Lisa D. Ellis</p></div>'
    long_text = "<p>" + "Clinicians read the scans before the model does. " * 100 + "</p>"
    assert meta_of(page("", BODY.format(byline="") + long_text + box)).authors == ("Lisa D. Ellis",)


def test_sentence_about_writing_is_no_author_box() -> None:
    text = "<p>Written by hand in 1850, the letters of the Brontë sisters were kept by a Yorkshire family.</p>"
    assert meta_of(page("", BODY.format(byline="") + text)).authors == ()


def test_two_roles_joined_after_a_name_are_one_role() -> None:
    assert _names("Written By: Celeste Longacre Gardener & Astrologer") == ["Celeste Longacre"]
    assert _names("Brett Cruz, Privacy and Digital-Security Expert") == ["Brett Cruz"]
    assert _names("Brett Cruz, Privacy and Security Expert, Jane Roe") == ["Brett Cruz", "Jane Roe"]


def test_people_joined_after_a_name_stay_people() -> None:
    assert _names("Jane Doe, Mary and Jim Editor") == ["Jane Doe", "Mary", "Jim Editor"]
    assert _names("Hans Meier und Anna Schmidt") == ["Hans Meier", "Anna Schmidt"]


def test_indented_author_card_is_read_past_its_indentation() -> None:
    pad = "\n" + " " * 120
    card = (f'<div class="author">{pad}<div class="media">{pad}<div class="image">{pad}</div>{pad}</div>'
            f'{pad}<div class="content">{pad}<div class="name">Rachel MacDonald</div>{pad}'
            f'<div class="post">Writer</div>{pad}</div>{pad}</div>')
    m = meta_of(page("", card + BODY.format(byline="")))  # the card above the headline: no text rule reads it
    assert (m.authors, m.provenance["authors"]) == (("Rachel MacDonald",), "byline")


def test_guillemet_ends_the_names() -> None:
    assert _names("Outer Armatonisdaristan » Tue Dec 16, 2025") == ["Outer Armatonisdaristan"]
