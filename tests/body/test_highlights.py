"""Publisher summary boxes become highlights and never reach the body text."""

from __future__ import annotations

import pytest

from tests.body.helpers import PARAS, extract, page, text

POINTS = ["The council approved four new tram lines.", "Construction starts next spring."]


@pytest.mark.parametrize("title", ["Key points", "In Brief", "Highlights:", "TL;DR", "Key takeaways",
                                   "At a glance", "Das Wichtigste in Kürze", "En bref", "En resumen"])
def test_titled_box_becomes_highlights(title: str) -> None:
    box = f"<div class='box'><h3>{title}</h3><ul>" + "".join(f"<li>{p}</li>" for p in POINTS) + "</ul></div>"
    body = extract(page(before=box))
    assert body.highlights == tuple(POINTS)
    out = text(body)
    assert all(p not in out for p in POINTS)
    assert title.rstrip(":") not in out
    assert PARAS[0] in out


def test_heading_followed_by_list_inside_the_article() -> None:
    box = "<h2>Summary</h2><ul>" + "".join(f"<li>{p}</li>" for p in POINTS) + "</ul>"
    body = extract(page(article=f"<p>{PARAS[0]}</p>" + box + "".join(f"<p>{p}</p>" for p in PARAS[1:])))
    assert body.highlights == tuple(POINTS)
    assert PARAS[3] in text(body)


def test_box_found_by_class_without_title() -> None:
    box = "<aside class='story-highlights'><ul>" + "".join(f"<li>{p}</li>" for p in POINTS) + "</ul></aside>"
    body = extract(page(before=box))
    assert body.highlights == tuple(POINTS)


def test_menu_link_named_highlights_is_not_a_box() -> None:
    nav = ("<nav><ul><li><a href='/h'>Highlights</a></li>"
           "<li><a href='/s'>Sport results today</a></li></ul></nav>")
    assert extract(page(before=nav)).highlights == ()


def test_page_without_box_has_no_highlights() -> None:
    assert extract(page()).highlights == ()


FOOTER_LINKS = ["Privacy Policy", "Terms of Use", "Cookie settings", "© 2024 Example Media. All rights reserved."]
TEASERS = ["Mayor resigns after vote on the tram network budget", "Storm closes the eastern harbour for two days",
           "Local team wins the regional football cup final"]


def test_footer_box_named_highlights_is_not_a_box() -> None:
    footer = ("<div class='footer-col siteHighlights'>" + "".join(f"<p>{p}</p>" for p in FOOTER_LINKS) + "</div>")
    body = extract(page(outside=footer))
    assert body.highlights == ()


@pytest.mark.parametrize("title", ["Highlights", "Top stories", "In Brief"])
def test_related_links_list_after_the_article_is_not_a_box(title: str) -> None:
    box = (f"<div class='popular'><h2>{title}</h2><ul>"
           + "".join(f"<li><a href='/s{i}'>{t}</a></li>" for i, t in enumerate(TEASERS)) + "</ul></div>")
    assert extract(page(outside=box)).highlights == ()


def test_link_list_titled_in_brief_at_the_top_is_not_a_box() -> None:
    box = ("<div><h3>In Brief:</h3><ul>"
           + "".join(f"<li><a href='/s{i}'>{t}</a></li>" for i, t in enumerate(TEASERS)) + "</ul></div>")
    assert extract(page(before=box)).highlights == ()


def test_summary_box_at_the_end_of_a_long_article_is_body_text() -> None:
    box = "<div class='box'><h3>Key points</h3><ul>" + "".join(f"<li>{p}</li>" for p in POINTS) + "</ul></div>"
    body = extract(page(after=box))
    assert body.highlights == ()


def test_single_labelled_field_is_not_a_box() -> None:
    field = ("<div class='field'><div class='field-label'>Highlights</div>"
             "<div>Courts declared the plan legal.</div></div>")
    body = extract(page(before=field))
    assert body.highlights == ()


def test_section_with_subheadings_is_not_a_box() -> None:
    abstract = ("<section><h3>Summary</h3><h4>Purpose of the review</h4><p>We review the drugs that cause the "
                "reaction.</p><h4>Recent findings</h4><p>The most common drugs carry a high risk.</p></section>")
    assert extract(page(before=abstract)).highlights == ()


BOXES_IN_ANY_MARKUP = {
    "divs": "<div><div><b>In Brief</b></div>" + "".join(f"<div>{p}</div>" for p in POINTS) + "</div>",
    "plain div title": "<div><div>Key points</div>" + "".join(f"<div>{p}</div>" for p in POINTS) + "</div>",
    "title block then lines block": "<div><div><strong>Key takeaways</strong></div></div><div>"
                                    + "".join(f"<div>{p}</div>" for p in POINTS) + "</div>",
    "paragraphs": "<div><p><strong>At a glance</strong></p>" + "".join(f"<p>{p}</p>" for p in POINTS) + "</div>",
    "br lines": "<div><b>Highlights</b><br>" + "<br>".join(POINTS) + "</div>",
    "br bullets in a p": "<p><strong>Das Wichtigste in Kürze</strong><br>" + "<br>".join(f"• {p}" for p in POINTS)
                         + "</p>",
    "French divs": "<div><div><b>En bref</b></div>" + "".join(f"<div>{p}</div>" for p in POINTS) + "</div>",
    "Spanish paragraphs": "<div><p><b>En resumen</b></p>" + "".join(f"<p>{p}</p>" for p in POINTS) + "</div>",
}


@pytest.mark.parametrize("markup", list(BOXES_IN_ANY_MARKUP))
def test_box_in_any_markup_becomes_highlights(markup: str) -> None:
    body = extract(page(before=BOXES_IN_ANY_MARKUP[markup]))
    assert body.highlights == tuple(POINTS)
    out = text(body)
    assert all(p not in out for p in POINTS)
    assert PARAS[0] in out and PARAS[3] in out


def test_short_label_lines_after_a_title_are_no_box() -> None:
    box = "<div><div><b>Highlights</b></div><div>Video</div><div>Photos</div></div>"
    assert extract(page(before=box)).highlights == ()
