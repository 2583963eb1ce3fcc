"""Author rules that had no test of their own: JOB_WORD_SURNAME (a role word ends a name only when it
is a role), NO_TRAILING_PARTICLE, DOMAIN_AUTHOR, BIO_BOX_LEAD, NAME_OVER_ROLE, REVIEWER_NOT_AUTHOR and the
byline cuts at glued labels and job titles."""

from __future__ import annotations

from articlekit.config import MetadataConfig
from articlekit.metadata.authors import clean_authors
from tests.metadata.helpers import meta_of, page

CFG = MetadataConfig()


def _names(raw: str) -> list[str]:
    return clean_authors(raw, sites=[], config=CFG)


def test_role_word_after_one_word_is_a_surname() -> None:
    assert _names("Fake Author") == ["Fake Author"]
    assert _names("Chris Author") == ["Chris Author"]
    assert _names("Anna Writer") == ["Anna Writer"]


def test_role_word_after_a_role_is_no_surname() -> None:
    assert _names("Senior Writer") == []
    assert _names("Guest Author") == []


def test_trailing_particle_is_cut_text() -> None:
    assert _names("Projektleiterin der") == []
    assert _names("Ursula von der Leyen") == ["Ursula von der Leyen"]


def _site_page(author: str, byline: str = "") -> str:
    ld = ('<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Thoughts on Zig",'
          f' "author": {{"@type": "Person", "name": "{author}"}}}}</script>')
    head = f'{ld}<meta property="og:site_name" content="{author}">'
    return page(head, f"<h1>Thoughts on Zig</h1>{byline}<p>Text.</p>")


def test_site_named_after_its_writer() -> None:
    m = meta_of(_site_page("Rick Steves"), url="https://www.ricksteves.com/travel-tips/insurance")
    assert (m.authors, m.provenance["authors"]) == (("Rick Steves",), "domain")


def test_site_name_the_domain_does_not_spell_is_only_a_declared_credit() -> None:
    # not read as a person (DOMAIN_AUTHOR), but still the page's declared credit (DECLARED_CREDIT)
    m = meta_of(_site_page("City Times"), url="https://www.citynews.example/a")
    assert (m.authors, m.provenance["authors"]) == (("City Times",), "declared")


def test_site_named_author_yields_to_a_visible_byline() -> None:
    m = meta_of(_site_page("Helmholtz Klima", '<p class="byline">Von Christian Mihatsch</p>'),
                url="https://www.helmholtz-klima.de/kipppunkt")
    assert m.authors == ("Christian Mihatsch",)


def test_brand_in_capitals_is_no_writer() -> None:
    m = meta_of(_site_page("LA NACION"), url="https://www.lanacion.com.ar/a")
    assert (m.authors, m.provenance["authors"]) == (("LA NACION",), "declared")  # the credit, not a person


BIO = "Jane is a software developer who writes about audio plugins, games and the tools behind them. " * 2


def test_author_box_with_a_bio_names_its_person() -> None:
    body = (f'<h1>Pixel-perfect UI</h1><div class="blog-author"><h4>Bence Kovács</h4><p>{BIO}</p></div>'
            "<p>Text.</p>")
    assert meta_of(page("", body)).authors == ("Bence Kovács",)


def test_bio_box_without_a_name_line_names_no_one() -> None:
    body = f'<h1>Pixel-perfect UI</h1><div class="blog-author"><p>{BIO}</p></div><p>Text.</p>'
    assert meta_of(page("", body)).authors == ()


def test_name_over_a_job_title_line() -> None:
    body = "<h1>Cloud computing in 2025</h1><p>Juliette Carreiro</p><p>Tech Writer</p><p>Text.</p>"
    assert meta_of(page("", body)).authors == ("Juliette Carreiro",)


def test_name_over_an_ordinary_line_is_no_byline() -> None:
    body = "<h1>Cloud computing in 2025</h1><p>Juliette Carreiro</p><p>Tech news</p><p>Text.</p>"
    assert meta_of(page("", body)).authors == ()


def test_reviewer_is_not_an_author() -> None:
    assert _names("Medically reviewed by John Smith, MD") == []
    assert _names("Fact checked by Ann Lee") == []
    assert _names("Jane Doe Reviewed by John Smith") == ["Jane Doe"]


def test_glued_labels_and_job_titles_end_the_names() -> None:
    assert _names("Sean Peek Senior AnalystUpdated Sep 3, 2025") == ["Sean Peek"]
    assert _names("Cazzy Magennis Last updated: May 2, 2025") == ["Cazzy Magennis"]
    assert _names("Mateusz HabernyFounder") == ["Mateusz Haberny"]
    assert _names("Meghan Neville Content Marketing Coordinator") == ["Meghan Neville"]
    assert _names("Catherine Boeckmann, Master Gardener") == ["Catherine Boeckmann"]


def test_by_with_a_colon() -> None:
    body = "<h1>Mini-SGLang</h1><p>by: Ziyi Xu, Dec 17, 2025</p><p>Text.</p>"
    assert meta_of(page("", body)).authors == ("Ziyi Xu",)


def test_possessive_site_name_names_its_writer() -> None:
    head = "<meta property=\"og:site_name\" content=\"Colin Watson's blog\">"
    m = meta_of(page(head, "<h1>Preparing a transition</h1><p>Text.</p>"))
    assert (m.authors, m.provenance["authors"]) == (("Colin Watson",), "site-name")
    head = '<meta property="og:site_name" content="The Weekly Blog">'
    assert meta_of(page(head, "<h1>Preparing a transition</h1><p>Text.</p>")).authors == ()


def test_template_placeholder_is_no_name() -> None:
    assert _names("page.head.extra.author") == []
    assert _names("{{ article.author }}") == []
    assert _names("christian.stadtfeld") == ["christian.stadtfeld"]  # a login keeps its dot
    assert _names("sara.r.peter") == ["sara.r.peter"]


def test_sponsored_label_ends_a_byline() -> None:
    assert _names("Help Net Security Sponsored") == ["Help Net Security"]


def test_institute_is_an_organisation() -> None:
    assert _names("MECLABS Institute") == []



def test_byline_name_the_domain_spells_is_the_owner() -> None:
    head = '<meta property="og:site_name" content="Isabella Tabacchi Photography">'
    body = '<h1>Composition</h1><div class="author-date">May 28 Written By Isabella Tabacchi</div><p>Text.</p>'
    m = meta_of(page(head, body), url="https://www.isabellatabacchi.com/blog/composition")
    assert m.authors == ("Isabella Tabacchi",)


def test_byline_that_is_the_site_display_name_is_still_dropped() -> None:
    head = '<meta property="og:site_name" content="Miami Today">'
    body = '<h1>Transitway</h1><p class="byline">By Miami Today</p><p>Text.</p>'
    assert meta_of(page(head, body), url="https://www.miamitoday.com/a").authors == ()
