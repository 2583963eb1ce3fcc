"""Publisher summary boxes become highlights and never reach the body text."""

from __future__ import annotations

import pytest

from tests.body_helpers import PARAS, extract, page, text

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
    body = extract(page(article="".join(f"<p>{p}</p>" for p in PARAS[:2]) + box
                        + "".join(f"<p>{p}</p>" for p in PARAS[2:])))
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
