"""Shortening a brief: the clause forms a bullet may take, and the choice among them."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from articlekit.config import SummaryConfig
from articlekit.summary import summarize_text
from articlekit.summary.brief import WORD_FEATURES, brief_forms, doc_words, word_rows, word_weights
from articlekit.summary.clauses import clause_forms

_W = re.compile(r"[A-Za-z0-9]+")


def _is_deletion(short: str, long: str) -> bool:
    """Every word of ``short`` appears in ``long`` in the same order (case aside)."""
    rest = iter(w.lower() for w in _W.findall(long))
    return all(any(w.lower() == r for r in rest) for w in _W.findall(short))


def test_trailing_clause_after_a_clause_opener() -> None:
    s = "The US were beaten 3-2 in the doubles rubber by the Italian pair, meaning they were relegated."
    assert "The US were beaten 3-2 in the doubles rubber by the Italian pair." in clause_forms(s, min_words=6)


def test_trailing_attribution() -> None:
    s = "Babies given antibiotics early in life are more likely to be fat as toddlers, the researchers said."
    forms = clause_forms(s, min_words=6)
    assert "Babies given antibiotics early in life are more likely to be fat as toddlers." in forms


def test_subordinate_clause_without_a_comma() -> None:
    s = "United will have to pay a large fee to make the transfer permanent but they are unlikely to do so."
    assert "United will have to pay a large fee to make the transfer permanent." in clause_forms(s, min_words=6)


def test_trailing_adjunct_only_as_the_last_segment() -> None:
    s = "Three vehicles collided on the Brisbane Valley Highway south of the town, on Wednesday afternoon."
    assert "Three vehicles collided on the Brisbane Valley Highway south of the town." in clause_forms(s, min_words=6)
    # mid-sentence, a comma before "the" may close an apposition before the main verb
    s = "The winger, the club's top scorer this season, signed a new contract on Friday morning."
    assert "The winger." not in clause_forms(s, min_words=2)


def test_asides_anywhere_but_not_list_items() -> None:
    s = "The striker joined the club, capped 25 times by Brazil, and scored twice on his debut."
    # followed by "and": the comma pair is not an aside
    assert "The striker joined the club and scored twice on his debut." not in clause_forms(s, min_words=6)
    s = "The man, who had lived there since 2013, was arrested by police on Monday."
    assert "The man was arrested by police on Monday." in clause_forms(s, min_words=6)
    s = "He faces several charges, including assault, theft and fraud, and will appear in court."
    assert all("charges theft" not in f and "charges and" not in f for f in clause_forms(s, min_words=4))


def test_leading_clause() -> None:
    s = "On Tuesday, a spokesman told reporters that hundreds of migrants could be missing."
    assert "A spokesman told reporters that hundreds of migrants could be missing." in clause_forms(s, min_words=6)


def test_aside_after_the_subject() -> None:
    s = "Sterling, the England forward who will lead the line on Sunday, was pictured with a pipe on Monday."
    assert "Sterling was pictured with a pipe on Monday." in clause_forms(s, min_words=6)


@pytest.mark.parametrize(
    "sentence",
    [
        # a comma before the main verb closes an apposition: cutting there leaves no verb
        "The 41-year-old former right back, capped 25 times by Brazil, angered the owner again.",
        # a leading subordinate clause is never left on its own
        "Although there was no dispute between the team-mates this time, it brought back old memories.",
        # a list item, an age: not asides
        "Kevin Rebbie, 56, of Limerick Township, faces several charges over the hidden camera.",
    ],
)
def test_no_form_without_its_main_clause(sentence: str) -> None:
    bad = {
        "The 41-year-old former right back.",
        "The 41-year-old former right back, capped 25 times by Brazil.",
        "Although there was no dispute between the team-mates this time.",
        "Kevin Rebbie of Limerick Township, faces several charges over the hidden camera.",
        "Kevin Rebbie, 56 faces several charges over the hidden camera.",
    }
    assert not bad & set(clause_forms(sentence, min_words=4))


@pytest.mark.parametrize(
    "sentence",
    [
        "'We dream of him, he is a great player and we would love to have him back,' the president said.",
        'He said: "We will win this, whatever it takes, because we have the best squad."',
        "A sentence without a final stop, which ends in nothing",
    ],
)
def test_quotations_and_unfinished_sentences_are_not_cut_open(sentence: str) -> None:
    for form in clause_forms(sentence, min_words=4):
        assert form.count('"') % 2 == 0
        assert form == sentence or form.endswith(sentence[-1])
    if not sentence.endswith("."):
        assert clause_forms(sentence, min_words=4) == [sentence]


def test_forms_are_deletions_and_keep_min_words() -> None:
    s = ("Passenger Jin Pai, 35, was standing on the rim of a toilet in the city of Hefei, the capital of "
         "Anhui Province, when it smashed to the ground, according to airport officials.")
    forms = clause_forms(s, min_words=10)
    assert forms[0] == s and len(forms) > 1
    for form in forms:
        assert _is_deletion(form, s)
        assert len(form.split()) >= 10
        assert form.endswith(".")


def test_word_weights_ship_for_every_feature() -> None:
    assert len(word_weights()) == len(WORD_FEATURES)


def test_word_rows_one_per_rouge_token() -> None:
    words = doc_words(["The mayor resigned on Monday.", "The mayor's deputy, 45, takes over."], lead=3)
    seen: set[str] = set()
    rows = word_rows("The mayor's deputy, 45, takes over.", 1, words, seen)
    assert len(rows) == 7  # the mayor s deputy 45 takes over
    assert all(len(r) == len(WORD_FEATURES) for r in rows)
    assert rows[4][WORD_FEATURES.index("number")] == 1.0
    assert "mayor" in seen


def test_low_value_tail_goes_shared_content_stays() -> None:
    sentences = [
        "Floods closed the main bridge in the city on Monday, officials said.",
        "The bridge floods every winter and the city wants a new bridge, which would cost millions.",
        "Floods in the city also closed schools.",
    ]
    words = doc_words(sentences, lead=3)
    out = brief_forms([(s, k) for k, s in enumerate(sentences)], words, reference_words=25.0, min_words=6)
    assert len(out) == 3
    for short, long in zip(out, sentences, strict=True):
        assert _is_deletion(short, long)


TEXT = (
    "A passenger waiting to board a plane has been taken to hospital with deep cuts after he broke a "
    "toilet he was squatting on at the airport, local media reported.\n"
    "Jin Pai, 35, was standing on the rim of a toilet in the airport in the city of Hefei, the capital "
    "of Anhui Province, when it smashed to the ground.\n"
    "According to airport officials he had not wanted to let his bottom touch the seat because he was "
    "worried it might not be clean.\n"
    "He was taken to hospital where he needed stitches, including several in his leg.\n"
    "The airport said it would review its signs in the toilets.\n"
)


def test_brief_is_shortened_only_by_deleting_words_and_deterministic() -> None:
    cfg = SummaryConfig()
    short = summarize_text(TEXT, bullets=3, title=None, config=cfg)
    full = summarize_text(TEXT, bullets=3, title=None, config=replace(cfg, brief_shorten=False))
    assert len(short) == len(full) == 3
    for a, b in zip(short, full, strict=True):
        assert _is_deletion(a, b)
    assert sum(len(b.split()) for b in short) <= sum(len(b.split()) for b in full)
    assert summarize_text(TEXT, bullets=3, title=None, config=cfg) == short


def test_long_summaries_are_not_shortened() -> None:
    cfg = SummaryConfig()
    on = summarize_text(TEXT, bullets=5, title=None, config=cfg)
    off = summarize_text(TEXT, bullets=5, title=None, config=replace(cfg, brief_shorten=False))
    assert on == off
