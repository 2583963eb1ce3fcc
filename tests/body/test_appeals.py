"""The publisher's appeals appended to an article (subscribe, donate, copyright, app plugs) are cut."""

from __future__ import annotations

import pytest

from tests.body.helpers import ARTICLE, PARAS, extract, page, text


@pytest.mark.parametrize("appeal", [
    "To view the full story, please subscribe to The Daily Example. Plans start at $5 a week.",
    "© 2024, Example News. This article is the copyrighted property of Example News.",
    "If you enjoyed reading this post, would you consider supporting our work? Just click here.",
    "For the latest stories and breaking news updates download the Example News apps for iOS and Android.",
    "Gefällt dir unser Magazin? Wir haben keine Bezahlschranke, darum unterstütze uns mit einem Beitrag.",
    "Don't miss the latest news from the city - sign up to our daily newsletter here.",
])
def test_trailing_appeal_is_cut(appeal: str) -> None:
    out = text(extract(page(ARTICLE + f"<p>{appeal}</p>")))
    assert appeal not in out
    assert all(p in out for p in PARAS)


def test_short_lines_after_an_appeal_go_with_it() -> None:
    appeal = "<p>If you value our reporting, please subscribe today. Plans start at $5 a week.</p>"
    out = text(extract(page(ARTICLE + appeal + "<p>Cancel anytime.</p><p>All the best, the editors</p>")))
    assert "Cancel anytime." not in out
    assert "All the best" not in out
    assert PARAS[3] in out


def test_article_sentences_after_a_promo_box_stay() -> None:
    promo = "<p>Exclusive and unlimited access to all our content, without adverts.</p>"
    last = "The council's spokesperson said: \"We expect the first trams to run on the eastern line in 2027.\""
    out = text(extract(page(ARTICLE + promo + f"<p>{last}</p>")))
    assert "unlimited access" not in out
    assert last in out


def test_story_about_subscriptions_keeps_its_paragraphs() -> None:
    paras = [
        "The streaming service said on Tuesday that it had gained eight million subscribers in the quarter.",
        "Analysts had expected fewer new customers after the company raised its prices in several markets.",
        "Subscribers in Europe will pay two euros more a month from March, the company said in its letter.",
        "The company also plans to show adverts to viewers who choose its cheapest plan, starting next year.",
    ]
    out = text(extract(page("".join(f"<p>{p}</p>" for p in paras))))
    assert all(p in out for p in paras)



def test_every_appeal_phrase_is_searched_when_its_keyword_is_present() -> None:
    # the phrases are gated by keyword for speed: a phrase spelling none of the keywords must still run
    from articlekit.body.trim import _BY_KEYWORD, _UNGATED, _is_appeal
    from articlekit.html.selectors import APPEAL_PHRASES

    gated = {rx.pattern for group in _BY_KEYWORD.values() for rx in group} | {rx.pattern for rx in _UNGATED}
    assert gated == set(APPEAL_PHRASES)
    assert _is_appeal("Apóyanos con una donación.")  # an ungated phrase ("ap[oó]yanos")
    assert _is_appeal("Tous droits réservés.")
    assert not _is_appeal("The council will consider the plan and support the bid, officials said.")
