"""The fragment test (the rules' container is one card of a page of many) and repeated copies of a text."""

from __future__ import annotations

import re
from dataclasses import replace

from articlekit.body import analyse
from articlekit.body.blockmodel import load_model, segment
from articlekit.body.pagetype import type_probabilities
from articlekit.body.trim import drop_copies
from articlekit.body.typed import MODEL_TYPES, could_prefer_model, fragment_type, prefer_model, word_ceiling
from articlekit.config import DEFAULT
from articlekit.html.parse import parse_html
from articlekit.metadata import extract_metadata
from articlekit.model import Block
from tests.body.helpers import PARAS

CARDS = "".join(
    f"<li class='result'><h3><a href='/e/{i}'>Workshop number {i} on river ecology</a></h3>"
    f"<p>Join us on day {i} for a guided walk along the river, price $ {i}0.</p></li>" for i in range(12))
LISTING = ("<html><head><title>Events</title></head><body><nav><a href='/'>Home</a></nav><main>"
           "<h1>Upcoming events</h1><div class='filters'>Filter by: <a href='?a'>Free</a> Sort by date</div>"
           f"<ul class='results'>{CARDS}</ul><p>Showing 12 results</p></main></body></html>")


def _analysis(html: str, url: str = "https://example.org/events/"):  # type: ignore[no-untyped-def]
    root = parse_html(html)
    meta = extract_metadata(root, url=url, now=None, config=DEFAULT.metadata)
    return analyse(root, metadata=meta, config=DEFAULT.body)


def test_a_page_of_cards_is_tested_with_the_weights_of_a_many_part_type() -> None:
    signals = type_probabilities(_analysis(LISTING).signals)
    # taken for an article with little confidence: the rules' single container is put to the test
    assert fragment_type("article", 0.5, signals, load_model()) in MODEL_TYPES


def test_pages_the_model_already_takes_and_product_pages_are_not_tested() -> None:
    signals = type_probabilities(_analysis(LISTING).signals)
    model = load_model()
    assert fragment_type("service", 0.9, signals, model) is None  # the block model picks its body anyway
    assert fragment_type("product", 0.3, signals, model) is None  # the rules' container is the description
    assert fragment_type("article", 0.5, signals, replace(model, fragment_ratio=0.0)) is None


def test_a_confident_article_is_not_tested() -> None:
    html = ("<html><head><title>Trams</title><meta property='og:type' content='article'></head><body>"
            "<article><h1>Trams</h1><p>By Jane Doe</p>" + "".join(f"<p>{p}</p>" for p in PARAS * 3) +
            "</article></body></html>")
    result = _analysis(html, "https://example.org/2024/05/city-votes-to-expand-trams")
    assert result.body.page_type == "article"
    model = replace(load_model(), fragment_max_article=0.0)  # no page is unsure enough to be tested
    assert fragment_type("article", 0.5, type_probabilities(result.signals), model) is None


def test_the_model_wins_when_the_rules_keep_a_small_share_of_its_words() -> None:
    model = load_model()
    card = [Block("p", "Join us for a guided walk along the river.")]
    cards = [Block("p", f"Workshop {i}: join us for a guided walk along the river.") for i in range(12)]
    assert prefer_model(card, cards, model)
    assert not prefer_model(cards[:8], cards, model)


def test_no_unit_split_holds_more_words_than_the_ceiling() -> None:
    # a <pre> unit repeats the text of a block nested in it; linked text and <br> are units' pieces too
    html = ("<html><body><main><pre>x = 1\n<div>nested block words</div>y = 2</pre>"
            "<p>One<b>two</b> three<br>four</p></main>" + LISTING[LISTING.index("<nav>"):])
    body = parse_html(html).find("body")
    units = segment(body, None, set())
    held = sum(len(re.findall(r"\w+", u.text)) for u in units)  # words as the fragment test counts them
    assert held <= word_ceiling(body)


def test_rules_holding_most_words_of_the_page_skip_the_test() -> None:
    body = parse_html(LISTING).find("body")
    ceiling = word_ceiling(body)
    model = load_model()
    everything = [Block("p", " ".join(["word"] * ceiling))]
    assert not could_prefer_model(everything, ceiling, model)
    assert could_prefer_model([], ceiling, model)


def test_a_tested_page_reads_the_furniture_back_and_still_drops_it() -> None:
    root = parse_html(LISTING)
    meta = extract_metadata(root, url="https://example.org/events/", now=None, config=DEFAULT.metadata)
    # forced to an article, the rules find no container; the block model keeps every card
    blocks = analyse(root, metadata=meta, config=DEFAULT.body, page_type="article").body.blocks
    assert sum(b.text.startswith("Workshop number") for b in blocks) == 12
    assert root.find(".//nav") is None  # the furniture is gone again once the test has read it


def test_a_second_copy_of_a_paragraph_goes_short_repeated_lines_stay() -> None:
    blocks = [Block("p", PARAS[0]), Block("p", "Share"), Block("p", PARAS[1]), Block("p", "Share"),
              Block("p", " ".join(PARAS[0].split(" ")))]
    assert [b.text for b in drop_copies(blocks)] == [PARAS[0], "Share", PARAS[1], "Share"]


def test_a_product_description_rendered_twice_comes_out_once() -> None:
    desc = "".join(f"<p>{p}</p>" for p in PARAS)
    html = (f"<html><body><main><h1>White mug</h1><p>$60.00</p><div class='desc-desktop'>{desc}</div>"
            f"<div class='desc-mobile'>{desc}</div></main></body></html>")

    def text(kind: str) -> str:
        root = parse_html(html)
        meta = extract_metadata(root, url="https://shop.example/p/white-mug", now=None, config=DEFAULT.metadata)
        blocks = analyse(root, metadata=meta, config=DEFAULT.body, page_type=kind).body.blocks
        return "\n".join(b.text for b in blocks)

    assert text("product").count(PARAS[0]) == 1
    # on any page, four paragraphs repeated in a row are a second rendering (a single repeated
    # paragraph, a pull quote, stays: tests/body/test_second_rendering.py)
    assert text("article").count(PARAS[0]) == 1
