"""The issue's contract: dates, times, ages, scores, ordinals, list numbers, phone and street numbers
are never figures, and every other number is read with the right value and the right counted thing.

Each case here is a reading the contract itself settles (not a tuned preference): a golf score is a
score, a count after a news-agency dateline starts its sentence, a length followed by "away" or
"long" is a measure, and a fact box's number belongs to the label before it.
"""

from __future__ import annotations

import pytest

from tests.figures.helpers import figures_of, one_figure


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Patel closed with a birdie to finish on 14-under-par, two shots clear.", "14"),
        ("The amateur sits at three under par after the second round.", "three"),
        ("Her card of 6 over par left her outside the cut line.", "6"),
        ("He slipped back to 2-over-par with a double bogey at the last.", "2"),
    ],
)
def test_a_golf_score_against_par_is_a_score(text: str, written: str) -> None:
    assert written not in [f.text for f in figures_of(text)]


def test_level_par_and_other_numbers_in_a_golf_report() -> None:
    text = "Patel was level par after 12 holes, then went 14-under-par with five birdies in a row."
    assert {f.text for f in figures_of(text)} == {"12", "five"}


@pytest.mark.parametrize(
    ("text", "written", "value", "counted"),
    [
        ("(CNN) Eight fishing boats were seized off the coast on Sunday.", "Eight", 8, "fishing boats"),
        ("(Reuters) - Three miners were trapped after the tunnel collapsed.", "Three", 3, "miners"),
        ("OSLO, Norway (AP) -- Twelve climbers were rescued from the glacier.", "Twelve", 12, "climbers"),
        ("Storms hit the coast.\n(AFP) — Forty homes lost their roofs overnight.", "Forty", 40, "homes"),
    ],
)
def test_a_count_after_a_news_agency_dateline_starts_its_sentence(
        text: str, written: str, value: float, counted: str) -> None:
    fig = one_figure(text, written)
    assert (fig.value, fig.kind, fig.counted) == (value, "count", counted)


def test_a_capitalised_number_word_inside_a_sentence_is_still_a_name() -> None:
    # Outside a dateline, a capitalised number word mid-sentence stays part of a name.
    assert "Five" not in [f.text for f in figures_of("The network (BBC) Five Live launched a new show.")]


@pytest.mark.parametrize(
    ("text", "written", "value", "counted"),
    [
        ("Neighbours saw the fire from a farm (200m away) across the valley.", "200m", 200.0, "distance"),
        ("Engineers built a sea wall 400m long to protect the harbour town.", "400m", 400.0, "length"),
        ("The new radio mast, 60m high, towers over the village.", "60m", 60.0, "height"),
        ("Divers reached a wreck lying 50m deep in the bay.", "50m", 50.0, "depth"),
    ],
)
def test_a_length_with_away_or_long_is_a_measure_in_metres(
        text: str, written: str, value: float, counted: str) -> None:
    fig = one_figure(text, written)
    assert (fig.value, fig.unit, fig.kind, fig.counted) == (pytest.approx(value), "m", "count", counted)


def test_a_measure_in_other_units_names_its_dimension_too() -> None:
    assert one_figure("The garden hedge now stands 40ft tall.", "40ft").counted == "height"


def test_a_race_distance_and_a_sum_in_millions_are_unchanged() -> None:
    assert "100m" not in [f.text for f in figures_of("She won gold in the 100m final at the games.")]
    fig = one_figure("The council spent 300m on new roads last year.", "300m")
    assert fig.value == pytest.approx(3e8)


def test_a_fact_box_number_belongs_to_the_label_before_it() -> None:
    text = "Career record\nAppearances: 212 Goals: 47 International caps: 18"
    assert {f.text: f.counted for f in figures_of(text)} == {
        "212": "Appearances", "47": "Goals", "18": "International caps"}


def test_a_fact_box_label_may_carry_a_bracketed_aside() -> None:
    text = "Club: Rovers Appearances: 40 Goals: 9 Caps (Wales): 12 Assists: 5"
    found = {f.text: f.counted for f in figures_of(text)}
    assert (found["9"], found["12"]) == ("Goals", "Caps (Wales)")


def test_an_age_in_a_fact_box_is_an_age() -> None:
    found = {f.text: f.counted for f in figures_of("Age: 22 Club: Rovers Appearances: 37 Goals: 16")}
    assert found == {"37": "Appearances", "16": "Goals"}


def test_a_colon_in_running_text_is_not_a_fact_box() -> None:
    assert one_figure("The mayor said: 16 families lost their homes in the flood.", "16").counted == "families"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # relative dates at a sentence's end: the token "ago." keeps its full stop
        ("They reached the quarter-finals 16 years ago. Now they face the champions.", "16 years"),
        ("It was far cheaper five years ago.\" The price has doubled since then.", "five years"),
        # a day range beside a month is a date, not a range of counts
        ("The sequel took $44.7m between 24 and 26 December, studio estimates said.", "24 and 26"),
        ("The festival, which runs from 10-20 February, opens with a new film.", "10-20"),
        # a year with its century elided
        ("There were highs, winning the Six Nations in '94 and beating England in '93.", "94"),
        # ages: a person's number, a sentence that opens "At N,", "as young as N", "Name, N."
        ("He said that until she was 13, the abuse went on every week at the house.", "13"),
        ("By then I will be 35 so hopefully I will still be fit enough to play.", "35"),
        ("Lance Armstrong, who is 35 on April 28, will attempt to win the race again.", "35"),
        ("\"I am 25. I am playing against Hewitt tomorrow,\" the Russian said after the match.", "25"),
        ("At 23, Henson has the rugby world at his feet after a season of wins.", "23"),
        ("Campaigners say the shows are aimed at children as young as 12 in the evening.", "12"),
        ("The court heard of the deaths of Charlene Ellis, 18, and Letisha Shakespeare, 17. The trial goes on.",
         "17"),
        # a capitalised time unit after digits names a title, as "Doom 3" does
        ("He told the US television show 60 Minutes that the film would be darker.", "60 Minutes"),
    ],
)
def test_dates_ages_and_titles_are_never_figures(text: str, written: str) -> None:
    assert written not in [f.text for f in figures_of(text)]


@pytest.mark.parametrize(
    ("text", "written", "counted"),
    [
        # a noun after the number: a count the person has, not the person's age
        ("He was 35 points behind the leader after the third round of the event.", "35", "points"),
        # the subject is not a person; "at 23," inside a sentence is a level, not an age
        ("The death toll was 35 on Monday, according to the regional authorities.", "35", "death toll"),
        ("The index stood at 23, down from a week before, analysts said in London.", "23", "index"),
        # a range of counts beside no month, and a quotation that opens with a number
        ("Between 24 and 26 people were hurt when the stand collapsed in the ground.", "24 and 26", "people"),
        ("'20 people were killed in the attack,' the police chief said on Monday.", "20", "people"),
        # a time unit in lower case is a duration; "ago" far from the number dates nothing
        ("The crew waited 60 minutes for the rescue helicopter to arrive at the scene.", "60 minutes",
         "minutes"),
    ],
)
def test_counts_beside_those_patterns_stay_figures(text: str, written: str, counted: str) -> None:
    assert one_figure(text, written).counted == counted
