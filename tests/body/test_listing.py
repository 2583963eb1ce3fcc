"""Listing and multi-article pages: one article is picked, never a concatenation."""

from __future__ import annotations

from articlekit.body import analyse
from articlekit.config import DEFAULT
from articlekit.html.parse import parse_html
from articlekit.model import Metadata
from tests.body.helpers import PARAS, extract, text

OTHER = [
    "A different story about the harbour, where new cranes were installed this week by the port.",
    "The port authority said the cranes, which cost 40 million euros, would double its capacity.",
]


def test_listing_page_picks_one_article() -> None:
    main = "<article><h2>Trams</h2>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>"
    other = "<article><h2>Harbour</h2>" + "".join(f"<p>{p}</p>" for p in OTHER) + "</article>"
    html = f"<html><body><main>{main}{other}</main></body></html>"
    out = text(extract(html))
    assert PARAS[0] in out
    assert OTHER[0] not in out


def test_similar_sized_teasers_yield_the_first_story_only() -> None:
    teasers = "".join(
        f"<article><h2>Story {i}</h2><p>{p} More on this.</p><p>{q}</p></article>"
        for i, (p, q) in enumerate([(PARAS[0], PARAS[1]), (OTHER[0], OTHER[1]), (PARAS[2], PARAS[3])])
    )
    out = text(extract(f"<html><body><div class='list'>{teasers}</div></body></html>"))
    assert PARAS[0] in out
    assert OTHER[0] not in out and PARAS[2] not in out


def test_body_split_by_an_ad_is_merged() -> None:
    part1 = "<div class='body-part'>" + "".join(f"<p>{p}</p>" for p in PARAS[:2]) + "</div>"
    part2 = "<div class='body-part'>" + "".join(f"<p>{p}</p>" for p in PARAS[2:]) + "</div>"
    html = f"<html><body><div class='story'>{part1}<div class='ad'>Ad</div>{part2}</div></body></html>"
    out = text(extract(html))
    assert all(p in out for p in PARAS)


def test_teaser_cards_embedded_in_the_story_do_not_replace_it() -> None:
    teaser = ("<article><h3><a href='/x'>Storm closes the harbour</a></h3>"
              "<p>The eastern harbour was closed for two days after the storm, officials said.</p></article>")
    story = f"<div class='story'><p>{PARAS[0]}</p><p>{PARAS[1]}</p>{teaser}<p>{PARAS[2]}</p>{teaser}" \
            f"<p>{PARAS[3]}</p></div>"
    out = text(extract(f"<html><body><div class='main'>{story}</div></body></html>"))
    assert all(p in out for p in PARAS)


def _venues_page() -> str:
    venues = "".join(
        f"<article class='venue'><h2>Venue {i}</h2><p>{p} More on this.</p><p>{q}</p></article>"
        for i, (p, q) in enumerate([(PARAS[0], PARAS[1]), (OTHER[0], OTHER[1]), (PARAS[2], PARAS[3])]))
    return f"<html><body><h1>Where to eat</h1><div class='venues'>{venues}</div></body></html>"


def _analysed_as(page_type: str) -> str:
    result = analyse(parse_html(_venues_page()), metadata=Metadata(), config=DEFAULT.body, page_type=page_type)
    return text(result.body)


def test_an_article_made_of_alike_article_items_keeps_every_item() -> None:
    # a listicle marks up each venue as an <article>: on an article page they are one story's items
    out = _analysed_as("article")
    assert PARAS[0] in out and OTHER[0] in out and PARAS[2] in out


def test_on_other_pages_alike_articles_are_still_a_story_and_its_followers() -> None:
    out = _analysed_as("service")
    assert PARAS[0] in out
    assert OTHER[0] not in out and PARAS[2] not in out
