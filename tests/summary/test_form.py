"""Bullets are whole sentences: balanced quotation marks, no captions, credits or disclaimers."""

from __future__ import annotations

import pytest

import articlekit
from articlekit.summary.form import balance_quotes, is_furniture, reads_as_sentence

QUOTES = [
    # a quotation that opens and runs on into the next sentence: closed at the end
    ('He added: "It felt different then last summer.', 'He added: "It felt different then last summer."'),
    # the last sentence of a quotation: opened at the start
    ('I hope that it will now take me six weeks."', '"I hope that it will now take me six weeks."'),
    ('I am done," he said on Monday.', '"I am done," he said on Monday.'),
    ("“It is all back in our own hands now.", "“It is all back in our own hands now.”"),
    ("There is no way back, he said.”", "“There is no way back, he said.”"),
    ("‘Just been watching the game, did you miss the coach?", "‘Just been watching the game, did you miss the coach?’"),
    ("The cup is ours now, he said.’", "‘The cup is ours now, he said.’"),
    # balanced quotations are left alone
    ('He said "no" twice and left.', 'He said "no" twice and left.'),
    ("‘We won,’ Merson said on Twitter.", "‘We won,’ Merson said on Twitter."),
    # German quotations open with „ and close with “: a balanced pair is left alone, an open one is closed
    ("Das „schwarze Schaf“ der Familie war mein Onkel.", "Das „schwarze Schaf“ der Familie war mein Onkel."),
    ("Er sagte: „Das ist gut so.", "Er sagte: „Das ist gut so.“"),
    ("Das war gut so.“ Dann ging er nach Hause.", "„Das war gut so.“ Dann ging er nach Hause."),
    # French guillemets
    ("« C’est la vie », dit-il.", "« C’est la vie », dit-il."),
    ("C’est la vie », dit-il.", "« C’est la vie », dit-il."),
    ("« C’est la vie, dit-il.", "« C’est la vie, dit-il. »"),
]


@pytest.mark.parametrize(("bullet", "repaired"), QUOTES)
def test_quotation_marks_are_balanced(bullet: str, repaired: str) -> None:
    assert balance_quotes(bullet) == repaired


def test_multi_sentence_quotation_bullets_open_and_close_what_they_use() -> None:
    text = ("The manager spoke after the match on Saturday evening. "
            'Moyes said: "I do not think it was a sending-off for the player. '
            "I have been a centre-half in my time and I know the game well. "
            'He went down far too easily in the end." '
            "The club will appeal against the red card this week.")
    for bullet in articlekit.summarize(text, bullets=4):
        assert bullet.count('"') % 2 == 0, bullet


@pytest.mark.parametrize("sentence", [
    "Jack Wilshere (centre) was on the bench for Arsenal's semi-final against Reading.",
    "The minister (left) meets the press in Berlin on Monday afternoon.",
    "Photo: Reuters/John Smith shows the crowd outside the court.",
    "We may earn a commission from links on this page at no cost to you.",
    "This article contains affiliate links, which means we earn money from sales.",
    "Copyright © 2024 The Daily Paper. All rights reserved.",
])
def test_captions_credits_and_disclaimers_are_furniture(sentence: str) -> None:
    assert is_furniture(sentence)


def test_news_sentences_are_not_furniture() -> None:
    assert not is_furniture("The mayor (pictured) said the bridge would reopen in May.")
    assert not is_furniture("Shares in the company rose 5% after the results on Tuesday.")


@pytest.mark.parametrize(("bullet", "ok"), [
    ("The council approved the plan on Monday.", True),
    ("'It is over,' she said.", True),
    ("50,000 people marched through the city centre.", True),
    ("- picked up the prize for best pop act, beating Anastacia.", False),
    ("# RubberDub #7minutes,' Merson put on Twitter.", False),
    ("and then the council approved the plan.", False),
    ("The council approved the plan and then", False),
])
def test_bullets_start_and_end_like_sentences(bullet: str, ok: bool) -> None:
    assert reads_as_sentence(bullet) is ok


def test_a_caption_or_disclaimer_is_never_a_bullet() -> None:
    text = "\n\n".join([
        "We may earn a commission from links on this page, which helps fund our journalism.",
        "Prime Minister Jane Doe (left) shakes hands with the visiting president at the airport.",
        "The government announced a new plan to build 300,000 homes over the next five years.",
        "Ministers said the plan would cost about £20bn and create thousands of jobs in the regions.",
        "Opposition leaders said the target had been missed twice before and doubted the figures.",
    ])
    bullets = articlekit.summarize(text, bullets=3)
    assert bullets
    assert not any("commission" in b or "(left)" in b for b in bullets)


def test_no_bullet_over_fifty_words() -> None:
    long = ("The committee, which met for the first time since the election in a room at the back of the "
            "town hall where the old library used to be before it moved across the river to the new "
            "building that the council paid for with money from the national lottery fund and a loan, "
            "agreed on a plan that nobody had expected and that several members later said they regretted.")
    text = " ".join([long, "The vote was held on Monday night.", "Members will meet again in June.", long])
    for k in (1, 2, 3, 4):
        assert all(len(b.split()) <= 50 for b in articlekit.summarize(text, bullets=k))
