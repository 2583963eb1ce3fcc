"""Round 4 of brief shortening: the readability checks on a cut (summary/clauses.py) and the
background-clause word feature (summary/brief.py). Forms are checked exactly."""

from __future__ import annotations

from articlekit.config import SummaryConfig
from articlekit.summary import summarize_text
from articlekit.summary.brief import WORD_FEATURES, brief_forms, clause_flags, doc_words, word_rows
from articlekit.summary.clauses import clause_forms


def test_bare_as_before_a_noun_phrase_is_no_cut() -> None:
    s = "The old airfield outside the town was used as a camp for refugees during the war."
    assert clause_forms(s, min_words=6) == [s]


def test_even_though_leaves_no_dangling_even() -> None:
    s = "Dirar believes the Colombian must be regretting his failed loan move even though he was not happy."
    assert clause_forms(s, min_words=6) == [s]


def test_no_form_ends_with_a_dangling_word() -> None:
    s = "The striker's deal with the champions does not expire until the end of next season but he wants to go."
    forms = clause_forms(s, min_words=6)
    assert forms == [s, "The striker's deal with the champions does not expire until the end of next season."]
    s = "The veteran soldier spoke at length to the visiting students of when the war began in the valley."
    assert clause_forms(s, min_words=6) == [s]  # not "... to the visiting students of."


def test_a_cut_after_an_abbreviation_keeps_one_period() -> None:
    s = "The two guests were found dead inside their stateroom at 11:30 a.m., which was after breakfast."
    assert clause_forms(s, min_words=6) == [s, "The two guests were found dead inside their stateroom at 11:30 a.m."]


def test_no_form_ends_with_a_quotation_closed_after_a_comma() -> None:
    s = "The forward set up the 'Drogba foundation in Africa,' which he hopes will inspire the next generation."
    assert clause_forms(s, min_words=6) == [s]


def test_background_flags_mark_only_trailing_background_clauses() -> None:
    s = "River Plate are keen to sign the striker but admit a deal is complicated."
    forms = clause_forms(s, min_words=6)
    assert forms == [s, "River Plate are keen to sign the striker."]
    assert clause_flags(s, forms) == [0.0] * 8 + [1.0] * 6
    s = "The man was arrested by police after a girl found a hidden camera in her bathroom."
    assert clause_flags(s, clause_forms(s, min_words=6)) == [0.0] * 16  # "after": the news itself


def test_word_rows_carry_the_background_flag() -> None:
    s = "River Plate are keen to sign the striker but admit a deal is complicated."
    words = doc_words([s, "The striker joined the club in 2009."], lead=3)
    rows = word_rows(s, 0, words, set(), clause_flags(s, clause_forms(s, min_words=6)))
    column = WORD_FEATURES.index("background")
    assert [r[column] for r in rows] == [0.0] * 8 + [1.0] * 6
    assert [r[column] for r in word_rows(s, 0, words, set())] == [0.0] * 14


def test_brief_choice_is_deterministic() -> None:
    bullets = [
        ("River Plate are keen to sign Manchester United striker Radamel Falcao but admit a deal is complicated.", 0),
        ("The striker moved to Old Trafford on a season-long loan last summer but has struggled to score goals.", 1),
    ]
    words = doc_words([b for b, _ in bullets] + ["Falcao scored four goals for United this season."], lead=3)
    first = brief_forms(bullets, words, reference_words=25.0, min_words=10)
    assert first == brief_forms(bullets, words, reference_words=25.0, min_words=10)
    assert len(first) == 2


def test_summary_with_new_cuts_is_deterministic() -> None:
    text = (
        "A guard slipped and fell on a manhole cover in front of hundreds of tourists as he took up position.\n"
        "The soldier was left red-faced after he slipped during the Changing of the Guard on Tuesday.\n"
        "Officials claimed that the cover had been checked by engineers earlier this year.\n"
        "Tourists filmed the fall and shared the footage online."
    )
    config = SummaryConfig()
    out = summarize_text(text, bullets=3, title=None, config=config)
    assert out == summarize_text(text, bullets=3, title=None, config=config)
    assert len(out) == 3
