"""One test per kind of page furniture that must not reach the body."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit.model import Metadata
from tests.body.helpers import PARAS, extract, page, text

LONG_JUNK = "This sentence is long enough to look like a paragraph of prose, but it is junk, really."


def _assert_clean(html: str, junk: str) -> None:
    out = text(extract(html))
    assert PARAS[0] in out and PARAS[-1] in out
    assert junk not in out


def test_navigation_removed() -> None:
    nav = f"<nav><ul><li><a href='/a'>Politics</a></li><li><a href='/b'>{LONG_JUNK}</a></li></ul></nav>"
    _assert_clean(page(before=nav), LONG_JUNK)


def test_ads_removed() -> None:
    ad = f"<div class='ad-slot'><p>{LONG_JUNK}</p></div><p>Advertisement</p>"
    out = text(extract(page(after=ad)))
    assert LONG_JUNK not in out and "Advertisement" not in out


def test_share_bar_removed() -> None:
    share = f"<div class='share-bar'><span>Share this article</span><p>{LONG_JUNK}</p></div>"
    _assert_clean(page(before=share), LONG_JUNK)


def test_related_list_removed() -> None:
    related = (
        "<h3>Related stories</h3><ul>"
        "<li><a href='/1'>Another story about the tram network and its long history</a></li>"
        "<li><a href='/2'>Why buses are the future of transport in mid-sized cities</a></li></ul>"
    )
    _assert_clean(page(after=related), "Another story about the tram")


def test_most_read_box_by_class_removed() -> None:
    box = f"<div class='most-read'><p>{LONG_JUNK}</p></div>"
    _assert_clean(page(outside=box), LONG_JUNK)


def test_author_bio_removed() -> None:
    bio = f"<div class='author-bio'><p>Jane Doe covers city hall. {LONG_JUNK}</p></div>"
    _assert_clean(page(after=bio), LONG_JUNK)


def test_comments_removed() -> None:
    comments = (
        "<section id='comments'><h2>Comments</h2>"
        f"<div class='comment'><p>{LONG_JUNK} I disagree with the council.</p></div></section>"
    )
    _assert_clean(page(outside=comments), LONG_JUNK)


def test_newsletter_box_removed() -> None:
    box = f"<div class='newsletter-signup'><p>Get our briefing every morning. {LONG_JUNK}</p></div>"
    _assert_clean(page(after=box), LONG_JUNK)


def test_cookie_box_removed() -> None:
    box = f"<div id='cookie-consent'><p>We use cookies to improve your experience. {LONG_JUNK}</p></div>"
    _assert_clean(page(before=box), LONG_JUNK)


def test_image_credit_removed() -> None:
    figure = ("<figure><img src='x.jpg'>"
              "<figcaption>The new tram line. Photo: John Roe / Agency</figcaption></figure>")
    out = text(extract(page(before=figure, after="<p class='credit'>Photo: Agency</p>")))
    assert "John Roe" not in out and "Photo: Agency" not in out
    assert PARAS[0] in out


def test_read_more_teaser_removed() -> None:
    teaser = "<p>Read more: <a href='/x'>How the tram network was built in the first place</a></p>"
    out = text(extract(page(article=f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{teaser}<p>{PARAS[2]}</p>")))
    assert "Read more" not in out and "How the tram network" not in out
    assert PARAS[2] in out


@pytest.mark.parametrize("byline", ["By Jane Doe", "Published 3 March 2024, 10:41"])
def test_repeated_headline_and_byline_removed(byline: str) -> None:
    meta = Metadata(title="Council votes to expand trams", authors=("Jane Doe",),
                    date_published=dt.date(2024, 3, 3))
    head = f"<h1>Council votes to expand trams</h1><p>{byline}</p>"
    blocks = extract(page(before=head), meta).blocks
    assert blocks[0].text == PARAS[0]
    assert all(b.text != "Council votes to expand trams" for b in blocks)


def test_hidden_elements_removed() -> None:
    hidden = f"<div style='display: none'><p>{LONG_JUNK}</p></div><p hidden>{LONG_JUNK}</p>"
    _assert_clean(page(after=hidden), LONG_JUNK)


def test_misleading_body_class_does_not_remove_the_article() -> None:
    html = (
        "<html><body class='has-comments'><div class='content with-sidebar'>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</div></body></html>"
    )
    assert PARAS[0] in text(extract(html))


def test_trailing_labels_are_trimmed() -> None:
    tail = "<p>Weitere Informationen:</p><h3>Contact</h3>"
    blocks = extract(page(after=tail)).blocks
    assert blocks[-1].text == PARAS[-1]


def test_titled_related_box_removed_even_without_classes() -> None:
    box = f"<div><h3>You may also like</h3><p>{LONG_JUNK}</p><p>{LONG_JUNK} Again.</p></div>"
    _assert_clean(page(outside=box), LONG_JUNK)


def test_inline_link_with_furniture_class_stays_in_its_sentence() -> None:
    para = ("<p>Shares fell after the company cut guidance for "
            "<a class='icon' href='/q'>the third quarter</a>.</p>")
    out = text(extract(page(article=para + "".join(f"<p>{p}</p>" for p in PARAS))))
    assert "guidance for the third quarter." in out


def test_screen_reader_text_removed() -> None:
    para = ("<p>The report is online <a href='/r'>here"
            "<span class='sr-only'> (opens in a new window)</span></a>.</p>")
    out = text(extract(page(article="".join(f"<p>{p}</p>" for p in PARAS) + para)))
    assert "opens in a new window" not in out


def test_interview_question_naming_the_author_stays() -> None:
    question = "Jane Roe: Where did you first hear about the tram plan?"
    body = extract(page(f"<p>{question}</p>" + "".join(f"<p>{p}</p>" for p in PARAS)),
                   Metadata(authors=("Jane Roe",)))
    assert question in text(body)
