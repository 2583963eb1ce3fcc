"""Round 5 of the brief: leading clauses stay, and no cut falls inside a relative clause that the
main verb follows (summary/clauses.py, summary/compress.py). Forms are checked exactly."""

from __future__ import annotations

from articlekit.config import SummaryConfig
from articlekit.summary.brief import brief_forms, doc_words
from articlekit.summary.clauses import clause_forms
from articlekit.summary.compress import cut_long_clause, drop_relative_clauses, relative_spans

LEADING = "On Tuesday, a spokesman told reporters that hundreds of migrants could be missing at sea."
SUBJECT_RELATIVE = (
    "The striker, who has broken into the first team, and into the England side this season, "
    "is nominated for both awards of the year."
)


def test_leading_clause_forms_only_on_request() -> None:
    cut = "A spokesman told reporters that hundreds of migrants could be missing at sea."
    assert cut in clause_forms(LEADING, min_words=6)
    assert clause_forms(LEADING, min_words=6, leading=False) == [LEADING]


def test_brief_keeps_leading_clause_by_default() -> None:
    assert SummaryConfig().brief_cut_leading is False
    words = doc_words([LEADING, "The migrants left Libya on Sunday."], lead=3)
    out = brief_forms([(LEADING, 0)], words, reference_words=5.0, min_words=6, cut_leading=False)
    assert out[0].startswith("On Tuesday, ")


def test_relative_span_needs_a_verb_after_it() -> None:
    [(start, end)] = relative_spans(SUBJECT_RELATIVE)
    assert SUBJECT_RELATIVE[start:end] == ", who has broken into the first team, and into the England side this season"
    assert relative_spans("Police arrested the driver, who was speeding when he crashed.") == []


def test_no_clause_cut_inside_the_subjects_relative_clause() -> None:
    fragment = "The striker, who has broken into the first team."
    assert fragment not in clause_forms(SUBJECT_RELATIVE, min_words=6)
    assert cut_long_clause(SUBJECT_RELATIVE, max_words=12, min_words=6) == SUBJECT_RELATIVE


def test_relative_clause_followed_by_and_is_not_dropped_alone() -> None:
    # Dropping ", who has broken into the first team," would leave "The striker and into ...".
    assert drop_relative_clauses(SUBJECT_RELATIVE, max_words=10) == SUBJECT_RELATIVE
    s = "The striker, who has played there since 2013, will join the club on loan next season in June."
    assert drop_relative_clauses(s, max_words=10) == "The striker will join the club on loan next season in June."


def test_no_trailing_cut_inside_a_long_leading_subordinate_clause() -> None:
    s = (
        'After a fighter jet intercepted a reconnaissance plane in an "unsafe and unprofessional manner" '
        "over the Baltic Sea earlier this week, the United States is complaining to Moscow about it."
    )
    assert clause_forms(s, min_words=6) == [s]  # not "After a fighter jet ... earlier this week."
