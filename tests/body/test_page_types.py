"""Page types: the classifier's verdict and the extraction that follows it, on small inline pages."""

from __future__ import annotations

import pytest

from articlekit import extract
from articlekit.body import analyse
from articlekit.body.typed import MODEL_TYPES
from articlekit.config import DEFAULT
from articlekit.html.parse import parse_html
from articlekit.model import PAGE_TYPES, Metadata

POSTS = [
    ("alice_k", "Has anyone managed to get the new firmware running on the older boards? Mine keeps "
                "rebooting after the splash screen, even after a full reset and a fresh flash."),
    ("bob.t", "Same here. Rolling back to the previous release fixed it for me, so it looks like a "
              "regression in the bootloader rather than a hardware fault on your side."),
    ("carol", "There is a patched image on the project page now. It boots fine on my board and the "
              "changelog says the watchdog timer was set too short in the last build."),
]


def forum_page() -> str:
    posts = "".join(
        f"<div class='post'><div class='post-author'>{who}</div><div class='post-body'><p>{text}</p></div>"
        f"<div class='post-actions'><a href='#'>Reply</a> <a href='#'>Quote</a></div></div>"
        for who, text in POSTS)
    return ("<html><head><title>Firmware reboot loop - Boards forum</title></head><body>"
            "<nav><a href='/'>Forum home</a> <a href='/boards'>Boards</a> <a href='/help'>Help</a></nav>"
            f"<h1>Firmware reboot loop</h1><div class='thread'>{posts}</div>"
            "<footer><a href='/terms'>Terms</a> <a href='/privacy'>Privacy</a></footer></body></html>")


def run(html: str, kind: str, description: str | None = None) -> tuple[str, str]:
    meta = Metadata(title="Firmware reboot loop", description=description)
    body = analyse(parse_html(html), metadata=meta, config=DEFAULT.body, page_type=kind).body
    return body.page_type, "\n\n".join(b.text for b in body.blocks)


def test_page_type_is_in_the_article_and_its_json() -> None:
    article = extract(forum_page(), summarize=False)
    assert article.page_type in PAGE_TYPES
    assert 0.0 < article.page_type_confidence <= 1.0
    data = article.to_dict()
    assert data["page_type"] == article.page_type
    assert data["page_type_confidence"] == article.page_type_confidence


def test_markdown_names_a_non_article_page_type() -> None:
    html = forum_page()
    article = extract(html, summarize=False)
    shown = f"*Page type: {article.page_type}*" in article.to_markdown()
    assert shown == (article.page_type != "article")


def test_forum_keeps_every_post_in_order() -> None:
    kind, text = run(forum_page(), "forum")
    assert kind == "forum"
    positions = [text.find(body[:40]) for _, body in POSTS]
    assert all(p >= 0 for p in positions)
    assert positions == sorted(positions)
    assert "Forum home" not in text and "Privacy" not in text


def test_listing_keeps_cards_and_drops_the_filters() -> None:
    cards = "".join(
        f"<li class='result-card'><h3><a href='/j/{i}'>Senior gardener, site {i}</a></h3>"
        f"<p>Look after the public gardens of district {i}: planting, pruning and teaching volunteers "
        f"how to care for the trees and the ponds through the year.</p></li>" for i in range(1, 7))
    html = ("<html><body><nav><a href='/'>Jobs</a> <a href='/post'>Post a job</a></nav>"
            "<aside class='filters'><h4>Filter</h4><ul><li><a href='?t=full'>Full time</a></li>"
            "<li><a href='?t=part'>Part time</a></li></ul></aside>"
            f"<main><h1>Gardening jobs</h1><ul class='results'>{cards}</ul>"
            "<div class='pagination'><a href='?p=2'>2</a> <a href='?p=3'>3</a> <a href='?p=2'>Next</a></div>"
            "</main></body></html>")
    kind, text = run(html, "listing")
    assert kind == "listing"
    for i in range(1, 7):
        assert f"public gardens of district {i}" in text
    assert "Part time" not in text and "Next" not in text.split()


def test_service_page_keeps_all_its_sections() -> None:
    sections = [("Fast delivery", "We ship every order within two working days, to any address in the "
                                  "country, and track each parcel until it reaches your door."),
                ("Fair pricing", "Our plans start at nine euros a month, with no setup fee and no "
                                 "contract: you can cancel at any time from your account page."),
                ("Questions?", "Our support team answers every message within a day, seven days a "
                               "week, by mail, chat or telephone, in four languages.")]
    body = "".join(f"<section><h2>{h}</h2><p>{p}</p></section>" for h, p in sections)
    html = (f"<html><body><header><a href='/'>Acme</a> <a href='/login'>Log in</a></header>"
            f"<main><h1>Delivery made simple</h1>{body}</main>"
            "<footer><p>© Acme Ltd. All rights reserved.</p></footer></body></html>")
    kind, text = run(html, "service")
    assert kind == "service"
    for _, p in sections:
        assert p[:40] in text


def test_documentation_keeps_code_verbatim_and_drops_the_sidebar() -> None:
    code = "def add(a, b):\n    return a + b\n\nprint(add(2,  3))"
    html = ("<html><body><aside class='sidebar'><ul><li><a href='/a'>Install</a></li>"
            "<li><a href='/b'>Tutorial</a></li><li><a href='/c'>Reference</a></li></ul></aside>"
            "<main><article><h1>Adding numbers</h1><p>The helper below adds two numbers and returns the "
            "sum; it works with integers, floats and anything else that supports the plus operator.</p>"
            f"<pre><code>{code}</code></pre><p>Call it with any two values of the same kind and it "
            "hands back their sum, exactly as the plus operator would do.</p></article></main>"
            "<div class='edit-page'><a href='/edit'>Edit this page</a></div></body></html>")
    kind, text = run(html, "documentation")
    assert kind == "documentation"
    assert code in text
    assert "Tutorial" not in text and "Edit this page" not in text


def test_product_falls_back_to_the_declared_description() -> None:
    html = ("<html><body><nav><a href='/'>Shop</a> <a href='/cart'>Cart</a></nav>"
            "<main><h1>Oak chair</h1><div class='price'>€120</div></main></body></html>")
    described = "A solid oak chair with a woven seat, made by hand in small batches."
    kind, text = run(html, "product", description=described)
    assert kind == "product"
    assert described in text


@pytest.mark.parametrize("kind", sorted(MODEL_TYPES))
def test_model_types_give_blocks_on_a_plain_page(kind: str) -> None:
    _, text = run(forum_page(), kind)
    assert POSTS[0][1][:40] in text


def test_the_model_judges_text_inside_furniture_looking_markup() -> None:
    # the rules would drop the "widget" box; the block model judges its units on their own features
    para = ("Opening hours are nine to five on weekdays, and on Saturdays from ten until two, except "
            "on public holidays when the office stays closed all day.")
    html = f"<html><body><div class='widget'><p>{para}</p><p>{para}</p></div></body></html>"
    _, text = run(html, "service")
    assert para in text
