"""Standfirsts outside the body container, static <noscript> copies, article headers, incremental measures."""

from __future__ import annotations

from articlekit.body.scoring import measure, without
from articlekit.config import DEFAULT
from articlekit.html.parse import parse_html
from articlekit.model import Metadata
from tests.body.helpers import ARTICLE, PARAS, extract, page, text

LEAD = "The tram network will grow by four lines, the council decided after a long and heated debate."


def _story(lead_html: str, between: str = "") -> str:
    """A headline block holding ``lead_html``, then the body in its own container."""
    return (  # declared an article: on a bare page of labels the page-type model may see a listing
        "<html><head><meta property='og:type' content='article'></head><body>"
        "<div class='nav'><a href='/'>Home</a></div><div class='page'>"
        f"<div class='head'><h1>Trams for everyone</h1>{lead_html}{between}</div>"
        f"<div class='story-body'>{ARTICLE}</div>"
        "</div></body></html>"
    )


def test_marked_standfirst_is_prepended() -> None:
    body = extract(_story(f"<p class='article__intro'>{LEAD}</p>"))
    assert body.blocks[0].text == LEAD
    assert PARAS[0] in text(body)


def test_unmarked_paragraph_before_the_body_is_not_a_standfirst() -> None:
    body = extract(_story(f"<p class='kicker-text'>{LEAD}</p>"))
    assert LEAD not in text(body)


def test_paragraph_repeating_the_meta_description_is_a_standfirst() -> None:
    meta = Metadata(description=LEAD[:70] + "…")
    body = extract(_story(f"<p>{LEAD}</p>"), meta)
    assert body.blocks[0].text == LEAD


def test_standfirst_far_from_the_body_is_left_out() -> None:
    # a block of short labels (no prose) longer than a byline/date line sits between lead and body
    filler = "".join(f"<div>Label number {i}</div>" for i in range(30))
    body = extract(_story(f"<p class='lead'>{LEAD}</p>", between=f"<div class='x'>{filler}</div>"))
    assert LEAD not in text(body)


def test_media_lead_is_not_a_standfirst() -> None:
    body = extract(_story(f"<div class='lead-image'>{LEAD}</div>"))
    assert LEAD not in text(body)


def test_noscript_copy_of_the_text_is_kept() -> None:
    html = (
        "<html><body><div class='post'><script type='text/template'>x</script>"
        f"<noscript>{ARTICLE}</noscript></div>"
        "<noscript><img src='pixel.gif'></noscript></body></html>"
    )
    assert PARAS[2] in text(extract(html))


def test_article_header_outside_article_is_not_page_furniture() -> None:
    html = (
        "<html><body><header class='site'><a href='/'>Home</a> <a href='/a'>About</a></header>"
        f"<main><header><h1>Trams</h1><p class='lead'>{LEAD}</p></header>"
        f"<div class='text'>{ARTICLE}</div></main></body></html>"
    )
    body = extract(html)
    assert LEAD in text(body)
    assert "About" not in text(body)


def test_heading_id_is_not_read_as_a_role() -> None:
    html = (
        "<html><body><article>"
        f"<p>{PARAS[0]}</p><h3 id='nav_the_new_lines'>The new lines</h3><p>{PARAS[1]}</p>"
        f"<p>{PARAS[2]}</p></article></body></html>"
    )
    assert "The new lines" in text(extract(html))


def test_incremental_measures_match_a_fresh_measurement() -> None:
    html = (
        "<html><body><div id='a'><p>Short.</p><div class='share'><p>" + "Share this story now, " * 5 + "</p></div>"
        f"<p>{PARAS[0]} <span class='sr-only'>Opens in a new window, with extra words.</span></p>"
        f"<p>{PARAS[1]}</p></div></body></html>"
    )
    root = parse_html(html)
    body = root.find("body")
    assert body is not None
    config = DEFAULT.body
    before = measure(body, config)
    doomed = [el for el in body.iter() if el.get("class") in ("share", "sr-only")]
    for el in doomed:
        el.drop_tree()
    updated = without(before, doomed, config)
    fresh = measure(body, config)
    assert updated is not None
    assert updated.order == fresh.order
    for el in fresh.order:
        a, b = updated.stats[el], fresh.stats[el]
        assert (a.text, a.link, a.prose, a.paras, a.own) == (b.text, b.link, b.prose, b.paras, b.own)


def test_article_headed_by_the_page_title_wins_over_a_longer_next_story() -> None:
    first = "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{LEAD}</p>"
    longer = "".join(f"<p>{p} {p}</p>" for p in reversed(PARAS))
    html = (
        "<html><body><div class='stream'>"
        f"<article><h1>Trams for everyone</h1>{first}</article>"
        f"<article><h1>Another story</h1>{longer}{longer}</article>"
        "</div></body></html>"
    )
    # a story's own address: without it a page of two stories may be a listing, and the block model's
    body = extract(html, Metadata(title="Trams for everyone",
                                  url="https://example.org/2024/05/trams-for-everyone-council-decides"))
    assert PARAS[0] in text(body)
    assert "Another story" not in text(body)
    untitled = extract(html)
    assert "Another story" in text(untitled)  # without the title, the dominant article wins


def test_trailing_contact_section_is_cut() -> None:
    contact = ("<p>Kontakt:</p><p>Dr. Jane Roe<br>Institute for Trams<br>E-Mail: roe@example.org</p>"
               "<p>Tel.: +49 40 1234</p>")
    body = extract(page(ARTICLE + contact))
    assert PARAS[3] in text(body)
    assert "roe@example.org" not in text(body)
    assert "Kontakt" not in text(body)


def test_contact_label_followed_by_prose_stays() -> None:
    more = ("<p>More information</p><p>The council will publish the full plan, with maps of every new line "
            "and a timetable for each construction phase, on its website next week, officials said.</p>")
    body = extract(page(ARTICLE + more))
    assert "timetable for each construction phase" in text(body)
