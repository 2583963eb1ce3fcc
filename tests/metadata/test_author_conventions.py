"""Author markup conventions (issue 21): each read on a small page of its own, with its own provenance
value, and names in figures, asides and quotations never taken for the author."""

from __future__ import annotations

from tests.metadata.helpers import meta_of, page

HEADLINE = "<h1>Tram network to grow</h1>"
PROSE = "<p>" + "The city council approved the tram plan on Monday after a long debate. " * 4 + "</p>"


def _authors(head: str = "", body: str = "") -> tuple[tuple[str, ...], str | None]:
    m = meta_of(page(head, HEADLINE + body + PROSE))
    return m.authors, m.provenance.get("authors")


def test_og_author_with_escaped_byline_markup() -> None:
    head = ('<meta property="og:author" content="By &lt;a href=&quot;/people/jane-doe&quot;&gt;Jane Doe'
            '&lt;/a&gt; and John Smith, CNN">')
    assert _authors(head) == (("Jane Doe", "John Smith"), "meta-markup")


def test_article_author_with_escaped_link() -> None:
    head = '<meta property="article:author" content="&lt;a href=&quot;/p/ana&quot;&gt;Ana Lima&lt;/a&gt;">'
    assert _authors(head) == (("Ana Lima",), "meta-markup")


def test_plain_og_author_is_a_meta_source() -> None:
    assert _authors('<meta property="og:author" content="Ana Lima">') == (("Ana Lima",), "meta")


def test_data_component_byline() -> None:
    body = '<div data-component="Byline"><span>By</span> <a href="/a/jane">Jane Doe</a></div>'
    assert _authors(body=body) == (("Jane Doe",), "byline-component")


def test_rel_author_list() -> None:
    body = ('<p>Words: <a rel="author" href="/a/jane">Jane Doe</a>, '
            '<a rel="author" href="/a/john">John Smith</a></p>')
    assert _authors(body=body) == (("Jane Doe", "John Smith"), "rel-author")


def test_author_elements() -> None:
    body = "<p><author>Jane Doe</author> and <author>John Smith</author></p>"
    assert _authors(body=body) == (("Jane Doe", "John Smith"), "author-element")


def test_data_testid_author_link() -> None:
    body = '<div><a data-testid="author-link" href="/a/jane">Jane Doe</a></div>'
    assert _authors(body=body) == (("Jane Doe",), "author-link")


def test_data_testid_that_marks_a_call_to_action_is_no_byline() -> None:
    body = '<div><a data-testid="blog-post-author_cta_link_0" href="/a/jane">More posts</a></div>'
    assert _authors(body=body) == ((), None)


def test_itemprop_author_link() -> None:
    body = '<div><a itemprop="author" href="/a/jane">Jane Doe</a></div>'
    assert _authors(body=body) == (("Jane Doe",), "microdata")


def test_a_stronger_source_wins_over_markup() -> None:
    head = '<meta name="author" content="Ana Lima">'
    body = '<div data-component="Byline">Jane Doe</div>'
    assert _authors(head, body) == (("Ana Lima",), "meta")


def test_caption_credit_is_not_an_author() -> None:
    body = ('<figure><img src="tram.jpg"><figcaption>Tram at dusk. <span class="author">Jane Doe</span>'
            "</figcaption></figure>")
    assert _authors(body=body) == ((), None)


def test_sidebar_author_is_not_the_article_author() -> None:
    body = '<aside><h3>Most read</h3><div class="author-name">John Smith</div></aside>'
    assert _authors(body=body) == ((), None)


def test_quote_attribution_is_not_an_author() -> None:
    body = ('<blockquote><p>Trams are the future.</p><footer><cite class="author">John Smith</cite>'
            "</footer></blockquote>")
    assert _authors(body=body) == ((), None)


def test_byline_markup_in_a_figure_is_skipped_for_the_real_one() -> None:
    body = ('<figure><img src="x.jpg"><figcaption><author>Photo Desk</author></figcaption></figure>'
            "<p><author>Jane Doe</author></p>")
    assert _authors(body=body) == (("Jane Doe",), "author-element")


def test_by_line_in_a_caption_is_not_the_byline() -> None:
    body = '<figure><img src="tram.jpg"><figcaption>By Jane Doe</figcaption></figure>'
    assert _authors(body=body) == ((), None)


def test_by_line_in_a_quotation_or_an_aside_is_not_the_byline() -> None:
    assert _authors(body="<blockquote><p>Trams rock.</p><p>By John Smith</p></blockquote>") == ((), None)
    assert _authors(body="<aside><p>By John Smith</p></aside>") == ((), None)


def test_article_byline_beside_a_credited_photo_is_kept() -> None:
    body = '<p>By Ann Lee</p><figure><img src="x.jpg"><figcaption>By Ann Lee</figcaption></figure>'
    assert _authors(body=body) == (("Ann Lee",), "text")


def test_itemprop_author_person_with_a_meta_name() -> None:
    body = ('<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<meta itemprop="name" content="Jane Doe"></div>')
    assert _authors(body=body) == (("Jane Doe",), "microdata")
