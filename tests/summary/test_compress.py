"""Bullet trimming: each rule deletes clearly droppable words and nothing else."""

from __future__ import annotations

import re

import pytest

from articlekit.config import SummaryConfig
from articlekit.summary import candidates
from articlekit.summary.compress import (
    cut_long_clause,
    drop_attribution_tail,
    drop_leading_connective,
    drop_parentheticals,
    trim_sentence,
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("However, the plan was approved by the council.", "The plan was approved by the council."),
        ("But the teenager showed more confidence in the second set.",
         "The teenager showed more confidence in the second set."),
        ("Meanwhile, rivers will stay high for some time.", "Rivers will stay high for some time."),
        ("In addition, the firm cut 300 jobs last year.", "The firm cut 300 jobs last year."),
        ("According to police, the man was arrested at the scene.", "The man was arrested at the scene."),
        # the capital goes only on an ordinary lower-case word
        ("But iPhone sales fell sharply last year.", "iPhone sales fell sharply last year."),
        ("But 2015 was a better year for the firm.", "2015 was a better year for the firm."),
    ],
)
def test_leading_connective_dropped(sentence: str, expected: str) -> None:
    assert drop_leading_connective(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "However the vote goes, the party will split.",  # "however" as an adverb of manner
        "So far, nobody has claimed the prize money.",  # "so far" is not a connective
        "But why?",  # too little would be left
        "Butter prices rose sharply in the spring.",  # a word that merely starts like one
    ],
)
def test_leading_connective_kept(sentence: str) -> None:
    assert drop_leading_connective(sentence) == sentence


def test_parentheticals_dropped() -> None:
    assert drop_parentheticals("FC Tokyo forward Yoshinori Muto (centre) brings the ball forward.") == (
        "FC Tokyo forward Yoshinori Muto brings the ball forward."
    )
    assert drop_parentheticals("(CNN) Two passengers were found dead on the ship.") == (
        "Two passengers were found dead on the ship."
    )
    assert drop_parentheticals("(Reuters) - The market fell sharply on Monday.") == (
        "The market fell sharply on Monday."
    )
    assert drop_parentheticals(
        "Yokohama Rubber - one of the world's largest tyre makers - will become the sponsor."
    ) == "Yokohama Rubber will become the sponsor."


@pytest.mark.parametrize(
    "sentence",
    [
        "(Pictured) on Monday.",  # too little would be left
        "'It is, as always, (at the) top,' the boss added.",  # inside a quotation: the writer's words
        # a dash pair around a clause separates it, it is not an aside
        "While some rooms were upgraded - the house is double glazed - the agent expects no bids.",
        "It shows the moment he came on - and scored - on his England debut.",  # not an appositive
        "He paid £4m (about $6m, or a lot of money in the old days of the club) for the striker.",  # long
        "Prices rose 5% - the most in a decade, officials said - in March.",  # a comma: a clause
    ],
)
def test_parentheticals_kept(sentence: str) -> None:
    assert drop_parentheticals(sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices will rise sharply next year, the bank said.",
        "Prices will rise sharply next year, police said on Monday.",
        "Prices will rise sharply next year, said John Smith.",
        "Prices will rise sharply next year, according to the central bank.",
    ],
)
def test_attribution_tail_dropped(sentence: str) -> None:
    assert drop_attribution_tail(sentence) == "Prices will rise sharply next year."


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will win the whole thing," he said.',  # the speaker of a quotation stays
        "He said he was happy, officials said.",  # too little would be left
        "The firm expects profits to rise, the chief executive said that week.",  # "that": not a tail
    ],
)
def test_attribution_tail_kept(sentence: str) -> None:
    assert drop_attribution_tail(sentence) == sentence


def test_long_sentence_loses_trailing_clause_keeping_its_period() -> None:
    long = (
        "The Japan international will join the Dutch partner club Vitesse Arnhem on loan next season "
        "if the deal is completed, while the club considers a two-week pre-season tour of Japan this "
        "summer after long talks with sponsors."
    )
    out = cut_long_clause(long, max_words=30, min_words=10)
    assert out == (
        "The Japan international will join the Dutch partner club Vitesse Arnhem on loan next season "
        "if the deal is completed."
    )
    assert cut_long_clause(out, max_words=30, min_words=10) == out  # short enough: untouched


def test_long_sentence_without_a_clause_break_is_kept() -> None:
    long = " ".join(["word"] * 40) + "."
    assert cut_long_clause(long, max_words=30, min_words=10) == long


def test_cutting_can_be_switched_off() -> None:
    long = ("The council approved the plan for the new bridge over the river on Monday evening after a "
            "long debate, which lasted well into the night and ended with a vote of nine to four.")
    assert trim_sentence(long, SummaryConfig(cut_long_sentences=False)) == long
    assert len(trim_sentence(long, SummaryConfig()).split()) <= 30


def test_rules_compose() -> None:
    assert trim_sentence(
        "However, prices in the city (and its suburbs) will rise sharply next year, the bank said.",
        SummaryConfig(),
    ) == "Prices in the city will rise sharply next year."


def test_trimming_only_deletes_words() -> None:
    sentence = "But, according to the report (published Monday), sales fell 4% in May, the firm said."
    out = trim_sentence(sentence, SummaryConfig())
    words = re.findall(r"\w+", sentence.lower())
    it = iter(words)
    assert all(w in it for w in re.findall(r"\w+", out.lower()))


def test_relative_clause_dropped_only_when_over_budget() -> None:
    from articlekit.summary.compress import drop_relative_clauses

    short = "The striker, who joined in 2013, will leave."
    assert drop_relative_clauses(short, max_words=30) == short
    long = (
        "The Japan international, who has played for the J-League side since 2013, will join the Dutch "
        "partner club on loan next season if he completes a move to Stamford Bridge this summer."
    )
    assert drop_relative_clauses(long, max_words=30) == (
        "The Japan international will join the Dutch partner club on loan next season if he completes "
        "a move to Stamford Bridge this summer."
    )


def test_dateline_dropped_even_before_a_quotation() -> None:
    assert drop_parentheticals('(CNN) The game "Space Invaders" was developed in Japan.') == (
        'The game "Space Invaders" was developed in Japan.'
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("LONDON, England (CNN) -- A man was arrested in Leeds on Monday.", "A man was arrested in Leeds on Monday."),
        ("Rome (CNN) Italy is coping with rising migration.", "Italy is coping with rising migration."),
        ("(CNN) -- Two passengers were found dead on the ship.", "Two passengers were found dead on the ship."),
    ],
)
def test_place_dateline_dropped(sentence: str, expected: str) -> None:
    assert drop_parentheticals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("rome (cnn) italy is coping with a rising wave of migrants.",
         "Italy is coping with a rising wave of migrants."),
        ("(cnn) two heroes are among the earthquake survivors in kathmandu.",
         "Two heroes are among the earthquake survivors in kathmandu."),
    ],
)
def test_lower_cased_dateline_leaves_a_sentence(sentence: str, expected: str) -> None:
    # Lower-cased texts (the See et al. preprocessing): the first word after the dateline starts the
    # sentence, so it gets its capital and the news lead stays a candidate bullet.
    assert drop_parentheticals(sentence) == expected
    text = sentence + " Rescue teams reached the valley on Sunday after two days of rain."
    assert candidates(text, SummaryConfig())[0].bullet == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares of Apple (AAPL) rose sharply on Monday morning after the results.",  # not a source
        "The Big Ten (NCAA) title race is over for this season now.",  # not at the start
    ],
)
def test_place_dateline_needs_a_news_source_at_the_start(sentence: str) -> None:
    out = drop_parentheticals(sentence)
    assert out.startswith(sentence.split(" (")[0])


LONG_BRIEF = (
    "The council approved the plan for the new bridge over the river on Monday evening, "
    "which will cost about 40 million pounds over the next three years."
)  # 27 words: over the brief budget (24), under the general one (30)


def test_brief_budget_cuts_sooner() -> None:
    config = SummaryConfig()
    assert trim_sentence(LONG_BRIEF, config) == LONG_BRIEF  # general budget: whole
    assert trim_sentence(LONG_BRIEF, config, budget=config.brief_bullet_words) == (
        "The council approved the plan for the new bridge over the river on Monday evening."
    )


def test_brief_budget_leaves_a_short_sentence_whole() -> None:
    short = "The council approved the plan for the new bridge, which will cost 40 million pounds."
    assert trim_sentence(short, SummaryConfig(), budget=SummaryConfig().brief_bullet_words) == short
