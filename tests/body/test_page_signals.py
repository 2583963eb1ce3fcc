"""The page-type signals: class words, cue words, prices, declarations and the shared class list, on small inline
pages."""

from __future__ import annotations

import math

from lxml import html
from lxml.html import HtmlElement

from articlekit.body import _scan_attributes
from articlekit.body.pagetype import (
    declared_types,
    load_page_model,
    page_signals,
    read_declarations,
    type_probabilities,
)
from articlekit.body.scoring import measure
from articlekit.config import DEFAULT
from articlekit.html.clean import strip_code
from articlekit.html.parse import parse_html
from articlekit.model import Metadata

PAGE = (
    "<html><body><div class='post post-body'><p>Posted by Ann on a rainy day, maybe by noon. The baby "
    "slept nearby.</p><p>The kit costs $25 or 20 EUR, shipping included. Reply below.</p></div>"
    "<ul class='Post-Body'><li class='item'>one</li><li class='item'>two</li></ul>"
    "<div class='article-body'><p>Body text</p></div><div id='key-points'><p>Point</p></div>"
    "</body></html>"
)


def _signals(html: str, classes: list[str | None] | None = None) -> dict[str, float]:
    body = parse_html(html).find("body")
    assert body is not None
    measures = measure(body, DEFAULT.body)
    return page_signals(body, measures.order, measures.stats, Metadata(), [], classes)


def _order(html: str) -> tuple[HtmlElement, list[HtmlElement]]:
    body = parse_html(html).find("body")
    assert body is not None
    return body, measure(body, DEFAULT.body).order


def test_given_class_list_gives_the_same_signals() -> None:
    _, order = _order(PAGE)
    classes = [el.get("class") for el in order]
    body = order[0]
    measures = measure(body, DEFAULT.body)
    shared = page_signals(body, measures.order, measures.stats, Metadata(), [], classes)
    assert shared == _signals(PAGE)


def test_class_words_count_each_word_once_per_element() -> None:
    signals = _signals(PAGE)
    # "post post-body" and "Post-Body": post, body and post-body once per element, lowercased
    assert signals["cls=post"] == math.log1p(2)
    assert signals["cls=body"] == math.log1p(3)  # and "article-body"
    assert signals["cls=post-body"] == math.log1p(2)
    assert signals["cls=item"] == math.log1p(2)


def test_cue_words_count_whole_words_only() -> None:
    signals = _signals(PAGE)
    assert signals["cue=by"] == math.log1p(2)  # "baby", "nearby" and "maybe" hold it but do not count
    assert signals["cue=reply"] == math.log1p(1)
    assert signals["cue=posted"] == math.log1p(1)
    assert "cue=min" not in signals


def test_prices_need_a_currency_sign_or_code() -> None:
    assert _signals(PAGE)["prices"] == math.log1p(2)  # "$25" and "20 EUR" (the code in any case)
    plain = "<html><body><p>In 2024 the team scored 25 goals in 20 games, 3 more than before.</p></body></html>"
    assert _signals(plain)["prices"] == 0.0


def test_scan_attributes_reads_the_class_list_with_bodies_and_boxes() -> None:
    _, order = _order(PAGE)
    classes, bodies, boxes = _scan_attributes(order)
    assert classes == [el.get("class") for el in order]
    assert [el.get("class") for el in bodies] == ["post post-body", "Post-Body", "article-body"]
    assert [el.get("id") for el in boxes] == ["key-points"]


def test_class_words_of_names_with_other_characters() -> None:
    signals = _signals("<html><body><p class='Ünï-Part x.y'>one</p><p class='a--b c_d'>two</p></body></html>")
    # the parts are the runs of ASCII letters and digits: "ünï-part" gives "n" and "part"
    for word in ("ünï-part", "n", "part", "x.y", "x", "y", "a--b", "a", "b", "c_d", "c", "d"):
        assert signals["cls=" + word] == math.log1p(1), word
    assert "cls=ünï" not in signals


def test_prose_spread_over_one_container_or_many_cards() -> None:
    para = "A sentence of prose that runs on, with commas, for long enough to count as a paragraph. " * 2
    story = _signals(f"<html><body><div><p>{para}</p><p>{para}</p></div><p>{para}</p></body></html>")
    assert story["top_share"] > story["second_share"] > 0
    assert math.isclose(story["top_share"] + story["second_share"], 1.0)
    cards = "".join(f"<li class='card'>Item {i}</li>" for i in range(6))
    listing = _signals(f"<html><body><ul>{cards}</ul><ul><li class='card'>x</li></ul></body></html>")
    assert listing["repeat_max"] == math.log1p(6)
    assert listing["repeat_groups"] == math.log1p(1)


def test_signals_named_by_the_model_give_the_same_probabilities() -> None:
    body, _ = _order(PAGE)
    measures = measure(body, DEFAULT.body)
    model = load_page_model()
    every = page_signals(body, measures.order, measures.stats, Metadata(title="Reply"), [])
    named = page_signals(body, measures.order, measures.stats, Metadata(title="Reply"), [], names=model.names)
    assert named == {k: v for k, v in every.items() if k in model.names}
    assert list(named) == [k for k in every if k in model.names]  # same order: the same sums
    assert "cls=post" in every and "cls=post" not in named  # a class word the model does not weigh
    assert type_probabilities(named) == type_probabilities(every)


DECLARING = (
    "<html><head><meta property='og:type' content=' Article '><script type='application/ld+json'>"
    '{"@type": "NewsArticle"}</script></head><body><noscript><p>static</p></noscript>'
    "<script type='application/LD+JSON'>{\"@type\": [\"Product\"]}</script><meta name='OG:TYPE' content='x'>"
    "<noscript><img src='a.gif'></noscript></body></html>"
)


def test_declarations_and_noscripts_come_from_one_walk() -> None:
    root = parse_html(DECLARING)
    declared, noscripts = read_declarations(root)
    assert declared == declared_types(root) == ["ld=newsarticle", "ld=product", "og=article", "og=x"]
    assert noscripts == list(root.iter("noscript"))
    strip_code(root, noscripts)
    again = parse_html(DECLARING)
    strip_code(again)
    assert html.tostring(root) == html.tostring(again)
    assert b"static" in html.tostring(root) and b"a.gif" not in html.tostring(root)
