"""Key figures: ranking on the seed article, invariants (span in text, determinism), API edges."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articlekit
from articlekit.config import FiguresConfig
from articlekit.errors import InputError
from articlekit.figures import find_key_figures
from articlekit.summary.sentences import sentence_spans

SEED_BODY = """China wants to work more closely with the United States in science and using AI in \
education. This push came from China’s education vice-minister Chen Jie during a meeting with New York \
University president Linda G. Mills in Beijing this week.

Chen said, “[We] welcome more outstanding students from NYU to come to China for study and exchange,” \
according to a statement on the education ministry website.

China faces challenges due to US tech restrictions, especially in the area of AI, and has been calling \
for more global collaboration in this field.

Chen also announced a plan to bring 50,000 young Americans to China for exchange and study over the next \
five years, inviting NYU to join this initiative.

This move follows President Xi Jinping's announcement last year during a summit with US President Joe \
Biden to enhance educational, cultural, and business ties to improve strained relations between the two \
countries.

The number of US students studying in Chinese universities hit a 10-year low last year, partly due to \
tensions, Covid-19 restrictions, and delayed flights.

According to a US-funded study, only 211 American students studied in China during the 2021-22 academic \
year, compared to over 11,000 in 2018-2019.

In response to Chen, Mills expressed NYU's willingness to encourage more American students to visit China \
and hold bilateral youth activities on its campus.

China aims to use AI in various sectors, including education, to drive innovation and boost economic \
growth post-Covid. The country is also seeking more international cooperation in AI amid US-led tech \
competition.

During the meeting, Chen praised NYU Shanghai's academic achievements since its establishment in 2012, \
with Mills affirming NYU's continued support for the campus's development and closer research \
collaboration with China."""

SEED_TITLE = "China seeks closer US links on scientific research, use of AI in education"


def test_seed_headline_figure_ranks_first_or_second() -> None:
    figs = articlekit.key_figures(SEED_BODY, title=SEED_TITLE)
    top = [f.text for f in figs[:2]]
    assert "50,000" in top
    fig = next(f for f in figs if f.text == "50,000")
    assert fig.counted == "young Americans"
    assert any("five years" in q for q in fig.qualifiers)


def test_seed_student_counts_in_top_five() -> None:
    figs = articlekit.key_figures(SEED_BODY)[:5]
    by_text = {f.text: f for f in figs}
    assert by_text["211"].counted == "American students"
    assert by_text["11,000"].counted == "American students"


def test_seed_has_no_dates_or_years() -> None:
    written = {f.text for f in articlekit.key_figures(SEED_BODY)}
    assert not written & {"2012", "2021-22", "2018-2019", "19"}


def test_spans_are_exact_substrings() -> None:
    for f in articlekit.key_figures(SEED_BODY):
        assert SEED_BODY[f.start:f.end] == f.span
        assert f.text in f.span
        assert f.span in SEED_BODY


def test_deterministic() -> None:
    first = articlekit.key_figures(SEED_BODY)
    assert first == articlekit.key_figures(SEED_BODY)
    assert [f.score for f in first] == sorted((f.score for f in first), reverse=True)


def test_limit_and_empty_input() -> None:
    assert len(articlekit.key_figures(SEED_BODY, limit=2)) == 2
    assert articlekit.key_figures("") == []
    assert articlekit.key_figures("No numbers in this sentence at all.") == []
    with pytest.raises(InputError):
        articlekit.key_figures(b"50,000")  # type: ignore[arg-type]


def test_money_and_changes_outrank_small_counts() -> None:
    text = ("Two of the world's largest brewers reported results. Heineken saw its annual profits drop 33%. "
            "Net income fell to 537m euros. The firm has three breweries in the region.")
    top = [f.text for f in articlekit.key_figures(text)[:2]]
    assert set(top) == {"33%", "537m euros"}


def test_repeated_value_is_one_figure() -> None:
    text = ("Baines has scored 15 penalties from 16 attempts. He joined the club in the summer. "
            "Baines has scored 15 penalties from 16 attempts in the league.")
    figs = articlekit.key_figures(text)
    assert [f.text for f in figs].count("15") == 1


def test_title_lifts_its_figure() -> None:
    text = ("The council approved the plan. Work starts in spring. Residents welcomed it. "
            "It will add 300 homes. It will also build 400 flats. The vote was close. Critics objected. "
            "A review follows. The mayor spoke. Builders are ready.")
    plain = {f.text: f.score for f in articlekit.key_figures(text)}
    titled = {f.text: f.score for f in articlekit.key_figures(text, title="Council backs 400 new flats")}
    assert titled["400"] > plain["400"]  # the title cue lifts the figure it names
    assert plain["300"] > plain["400"]  # earlier first ...
    assert titled["400"] > titled["300"]  # ... unless the headline chose the later one
    assert titled["300"] == plain["300"]


def test_quotation_lowers_a_figure() -> None:
    quoted = 'The dealer spoke. "We could sell 400 cars a week," he said. He sold 350 cars in March.'
    plain = quoted.replace('"', "")
    score = {t: {f.text: f.score for f in articlekit.key_figures(t)}["400"] for t in (quoted, plain)}
    assert score[quoted] < score[plain]


_ALPHABET = string.ascii_letters + string.digits + " .,%$£€-–:()'\"\n" + "½¥"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=300))
def test_random_text_never_crashes_and_spans_hold(text: str) -> None:
    spans = sentence_spans(text)
    figs = find_key_figures(text, sentences=spans, title=None, limit=None, config=FiguresConfig())
    for f in figs:
        assert text[f.start:f.end] == f.span
        assert f.span in f.sentence
        assert f.value >= 0
    assert figs == find_key_figures(text, sentences=spans, title=None, limit=None, config=FiguresConfig())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["rose", "fell", "50,000", "$1.5bn", "12%", "five", "million", "people",
                                 "in", "2005", "from", "to", "the", "profits", "about", "more", "than",
                                 "of", "which", "a", "year", ".", ",", "Doom", "3", "half", "one"]),
                max_size=40))
def test_word_soup_spans_hold(words: list[str]) -> None:
    text = " ".join(words)
    for f in articlekit.key_figures(text, title="5 things"):
        assert text[f.start:f.end] == f.span
        assert f.start <= text.find(f.text, f.start) < f.end
