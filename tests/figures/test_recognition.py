"""Key figures: which numbers are recognised, with what value, unit, kind and counted thing."""

from __future__ import annotations

import pytest

import articlekit
from tests.figures.helpers import figures_of, one_figure

# (sentence, the number as written, value, unit, kind)
RECOGNISED = [
    ("The firm hired 50,000 workers across the country.", "50,000", 50_000.0, "count", "count"),
    ("Farmers sold 1,234.5 tonnes of grain to the state.", "1,234.5 tonnes", 1234.5, "tonne", "count"),
    ("Der Umsatz stieg auf €1.234,5 nach €1.100,25 im Vorjahr.", "€1.234,5", 1234.5, "EUR", "money"),
    ("The company raised $1.5bn from investors this week.", "$1.5bn", 1.5e9, "USD", "money"),
    ("The catalogue price is £9.49m for each aircraft.", "£9.49m", 9.49e6, "GBP", "money"),
    ("The bank set aside €300 million for bad loans.", "€300 million", 3e8, "EUR", "money"),
    ("The console will cost ¥5,000 more in shops.", "¥5,000", 5000.0, "JPY", "money"),
    ("The deal is worth US$2.5 billion to the miner.", "US$2.5 billion", 2.5e9, "USD", "money"),
    ("The tycoon paid HK$10m for the flat.", "HK$10m", 1e7, "HKD", "money"),
    ("The fund invested USD 4m in the startup.", "USD 4m", 4e6, "USD", "money"),
    ("Her channel gained 50k followers overnight.", "50k", 5e4, "count", "count"),
    ("The programme has cost a trillion dollars so far.", "a trillion dollars", 1e12, "USD", "money"),
    ("The show drew five million viewers on Sunday.", "five million", 5e6, "count", "count"),
    ("Only twenty-one games will be ready at launch.", "twenty-one", 21.0, "count", "count"),
    ("Police seized a dozen rifles from the house.", "a dozen", 12.0, "count", "count"),
    ("The survey found half of all voters undecided.", "half", 0.5, "fraction", "ratio"),
    ("Unemployment stood at 12% across the region.", "12%", 12.0, "percent", "percent"),
    ("Turnout reached 64 per cent in the capital.", "64 per cent", 64.0, "percent", "percent"),
    ("The party's lead shrank by 2 percentage points overall.", "2 percentage points", 2.0,
     "percentage point", "change"),
    ("The club expects between 10 and 12 new signings.", "10 and 12", 10.0, "count", "count"),
    ("Prices may rise 10-12% in the spring.", "10-12%", 10.0, "percent", "change"),
    ("China will host 50,000 students over the next five years.", "five years", 5.0, "year", "duration"),
    ("Inflation rose from 3% to 5% in the quarter.", "5%", 5.0, "percent", "change"),
    ("Retail sales were up 12% on the year.", "12%", 12.0, "percent", "change"),
    ("Enrolment hit a 10-year low in the autumn.", "10-year", 10.0, "year", "duration"),
    ("Net income fell to 537m euros during the year.", "537m euros", 5.37e8, "EUR", "money"),
    ("A loaf now costs 40p more than last year.", "40p", 0.4, "GBP", "money"),
    ("One in five adults now works from home.", "One in five", 0.2, "fraction", "ratio"),
    ("The march drew half a million people to the city.", "half a million", 5e5, "count", "count"),
    ("Carlsberg's profits fell to 3.4bn Danish kroner.", "3.4bn Danish kroner", 3.4e9, "DKK", "money"),
    ("The dividend rose to 40 euro cents a share.", "40 euro cents", 0.4, "EUR", "money"),
    ("The drought lasted for 18 months in the south.", "18 months", 18.0, "month", "duration"),
    ("The airline ordered 30 planes for $1.8bn in total.", "$1.8bn", 1.8e9, "USD", "money"),
    ("Sales in Europe rose by 7.5% to a record level.", "7.5%", 7.5, "percent", "change"),
    ("Reliance will invest Rs 500 crore in the new plant.", "Rs 500 crore", 5e9, "INR", "money"),
    ("The field pumps 1.5 million barrels a day.", "1.5 million barrels", 1.5e6, "barrel", "count"),
    ("About three-quarters of voters backed the plan.", "three-quarters", 0.75, "fraction", "ratio"),
    ("The five-member tribunal heard the case in Athens.", "five", 5.0, "count", "count"),
    ("He scored with a 25-yard strike in the second half.", "25-yard", 25.0, "yard", "count"),
    ("The captain of the 35-metre ferry was arrested.", "35-metre", 35.0, "m", "count"),
]


@pytest.mark.parametrize(("text", "written", "value", "unit", "kind"), RECOGNISED)
def test_recognises(text: str, written: str, value: float, unit: str, kind: str) -> None:
    fig = one_figure(text, written)
    assert fig.value == pytest.approx(value)
    assert (fig.unit, fig.kind) == (unit, kind)


# (sentence, a number written in it that must NOT come back as a figure)
NOT_FIGURES = [
    ("She won gold in the 200m at the games.", "200m"),  # a race named by its distance
    ("Sales are expected to rise again in 2005 after a weak year.", "2005"),
    ("Only 211 students came in 2021-22, against 11,000 in 2018-2019.", "2021-22"),
    ("Only 211 students came in 2021-22, against 11,000 in 2018-2019.", "2018-2019"),
    ("The console goes on sale in Japan on 12 December at a low price.", "12"),
    ("His preliminary hearing is on May 1 and he is being held.", "1"),
    ("The meeting starts at 10:00AM in the main hall of the ministry.", "10"),
    ("Stores will open their doors at 3pm for the many waiting fans.", "3"),
    ("Kevin Rebbie, 56, of Limerick Township, faces several charges.", "56"),
    ("A 15-year-old girl found the camera in her bathroom at home.", "15"),
    ("She was nine years old when the abuse began at the house.", "nine years"),
    ("The defendant, aged 34, denied every one of the charges.", "34"),
    ("Everton held on for a 1-0 win against Burnley at home.", "1-0"),
    ("Doom 3 was developed over several years by the studio.", "3"),
    ("Halo 2 has broken video game records in the United States.", "2"),
    ("The show lifted Channel 4 to its best month in the ratings.", "4"),
    ("Air Deccan will buy 15 new ATR 72-500 aircraft for its routes.", "72-500"),
    ("For tickets call 020 7946 0000 before the end of the week.", "020"),
    ("Read the full report on page 12 of the printed edition today.", "12"),
    ("The only new entry in the top 10 was another football title.", "10"),
    ("The Prime Minister returned to No. 10 late on Tuesday night.", "10"),
    ("Unemployment was far lower four years ago in the territories.", "four years"),
    ("The striker scored in the 10th minute of the second half.", "10"),
    ("The music of the 1990s is back in fashion with teenagers.", "1990"),
    ("The airline flies the A320 on most of its domestic routes.", "320"),
    ("Covid-19 restrictions delayed many flights to the country.", "19"),
    ("During the first half of the year sales were very slow indeed.", "half"),
    ("One of the directors resigned after the vote on Monday.", "One"),
    ("The network launched Five as a new brand for its channel.", "Five"),
    ("The rules are set out in Article 50 of the treaty itself.", "50"),
    ("One third of 10 to 11-year-olds in England are overweight.", "11-year"),
    ("She retired at the age of 48 after a long career on tour.", "48"),
    ("The ceremony begins at 0100 GMT on Monday in Los Angeles.", "0100"),
    ("Clint Eastwood's Million Dollar Baby won the top award.", "Million Dollar"),
    ("Wales beat Scotland 24-18 in a thrilling game in Cardiff.", "24-18"),
    ("Memorials for the 9/11 attacks were held across the country.", "9"),
    ("Le ministre est arrivé à 16 heures au Château avec son équipe.", "16"),
    ("The Prime Minister met union leaders at 10 Downing Street on Monday.", "10"),
    ("She lost to Williams 1-6,4-6 in the third round in Melbourne.", "1-6"),
    ("Quote reference 123456789 when you call the helpline.", "123456789"),
    ("On his way: zbigniew huminski (left), 38, has confessed to the killing.", "38"),
    ("The driver, 52, was taken to hospital after the crash.", "52"),
]


@pytest.mark.parametrize(("text", "written"), NOT_FIGURES)
def test_not_a_figure(text: str, written: str) -> None:
    assert written not in [f.text for f in figures_of(text)]


def test_list_markers_and_footnotes_are_not_figures() -> None:
    text = "1. The committee met twice.\n2. It agreed a budget of £6m.[3]\n"
    found = {f.text for f in figures_of(text)}
    assert found == {"£6m"}


def test_page_furniture_is_not_a_figure() -> None:
    text = "2 mins\n\nThe plan will bring 50,000 young Americans to China.\n\n5 min read"
    assert [f.text for f in figures_of(text)] == ["50,000"]


def test_currency_conversion_in_brackets_is_not_a_second_figure() -> None:
    text = "The catalogue price is $17.6m (£9.49m) per plane."
    assert [f.text for f in figures_of(text)] == ["$17.6m"]


@pytest.mark.parametrize(
    ("text", "written", "counted"),
    [
        ("Chen announced a plan to bring 50,000 young Americans to China.", "50,000", "young Americans"),
        ("Only 211 American students studied in China in 2021.", "211", "American students"),
        ("US retail sales fell 0.3% in January.", "0.3%", "US retail sales"),
        ("The price was less than the catalogue price of $17.6m per plane.", "$17.6m", "catalogue price"),
        ("Carlsberg suffered a 3% fall in profits last year.", "3%", "profits"),
        ("The shake-up aims at making £86m in efficiency savings.", "£86m", "efficiency savings"),
        ("He is being held on a $500,000 bail.", "$500,000", "bail"),
        ("Unemployment stood at 25% in the territories.", "25%", "Unemployment"),
        ("The Foreign Office has about 6,100 UK-based staff.", "6,100", "UK-based staff"),
        ("Nominees were picked by a 6,000-strong Entertainment Weekly panel.", "6,000", "Entertainment Weekly panel"),
        ("Readers will choose a shortlist of five following the closing date.", "five", "shortlist"),
        ("The five-member tribunal, set up by the federation, met today.", "five", "tribunal"),
        ("The coach named a 22-man squad for the tour.", "22", "squad"),
        ("The Oneida council set up a six-person panel.", "six", "panel"),
        ("Adam, the scorer of a 66-yard wonder goal, starts.", "66-yard", "wonder goal"),
        # A time phrase before the predicate is not what is counted: its owner stands before it.
        ("Its profits last year were $6.2bn, the company said.", "$6.2bn", "profits"),
        ("US growth next year is forecast at 3.5% by the fund.", "3.5%", "US growth"),
        ("Revenue for the year was 10bn euros in all.", "10bn euros", "Revenue for the year"),
        # A modal ends the noun a compound qualifies.
        ("Ministers argue that 24-hour drinking should cut crime.", "24-hour", "drinking"),
    ],
)
def test_counted_thing(text: str, written: str, counted: str) -> None:
    assert one_figure(text, written).counted == counted


def test_money_in_a_place_is_not_what_it_counts() -> None:
    assert one_figure("The firm made £86m in savings.", "£86m").counted == "savings"
    assert one_figure("The firm spent £86m in the new plant.", "£86m").counted == "spent"


def test_partitive_borrows_the_previous_thing() -> None:
    text = "Investigators found 41 videos from the camera, 34 of which showed victims."
    assert one_figure(text, "34").counted == "videos"


def test_elided_comparison_borrows_the_thing() -> None:
    text = "Only 211 American students studied in China, compared to over 11,000 before."
    assert one_figure(text, "11,000").counted == "American students"


def test_qualifiers() -> None:
    text = "The awards are voted for by more than 200,000 readers. It had about 6,100 staff."
    assert one_figure(text, "200,000").qualifiers[0] == "more than"
    assert one_figure(text, "6,100").qualifiers[0] == "about"
    assert "from 11.2%" in one_figure("Its share fell from 11.2% to 9.6% last month.", "9.6%").qualifiers
    assert "a year" in one_figure("The move would save £6m a year.", "£6m").qualifiers


def test_direction_words_make_a_change() -> None:
    assert one_figure("Heineken saw its annual profits drop 33% in 2004.", "33%").kind == "change"
    assert one_figure("The party won 33% of the vote.", "33%").kind == "percent"


def test_a_label_word_that_ends_the_previous_sentence_labels_nothing() -> None:
    # "top", "highway", "level" label a number right after them ("the top 10"), but not one that
    # starts the next sentence.
    text = ("The lorry overturned on the highway. Six others were taken to hospital. "
            "Rescuers reached the top. Nine climbers were still missing after the storm.")
    found = {(f.text, f.counted) for f in figures_of(text)}
    assert ("Six", "others") in found
    assert "Nine" in {t for t, _ in found}


def test_an_abbreviated_label_keeps_its_number() -> None:
    text = "The figures are in vol. 6 of the report, on p. 12, near No. 5 of the list of findings."
    assert figures_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The shop said last year generated almost £12m for the group.",
        "Sales rose 5% in November and 10.9% in December, the figures showed.",
        "A barrel of light crude ended Monday down $1.33 at its lowest level.",
    ],
)
def test_a_time_is_never_what_a_figure_counts(text: str) -> None:
    lex_times = {"year", "years", "november", "december", "monday", "day"}
    for fig in figures_of(text):
        assert fig.counted.lower() not in lex_times


def test_a_currency_word_before_a_contraction_is_a_verb() -> None:
    # "won't" is no Korean currency; "500 won" is.
    assert [f.text for f in figures_of("After a poor season 2004 won't be remembered as a great year.")] == []
    assert [(f.text, f.unit) for f in figures_of("The bank lent 500 won to the small firm in Seoul.")] == \
        [("500 won", "KRW")]


def test_a_dimension_named_before_the_number_makes_m_metres() -> None:
    # "m" after a number is millions unless a dimension names it: after it ("60m high") or before it
    metres = [f for f in articlekit.key_figures("Height: 1.85m. He has played 40 games for the club.")
              if f.text == "1.85m"]
    assert [(f.value, f.unit, f.counted) for f in metres] == [(1.85, "m", "Height")]
    tower = [f for f in articlekit.key_figures("The tower has a height of 60m and cost £2.5m to build.")
             if f.text == "60m"]
    assert [(f.value, f.unit, f.counted) for f in tower] == [(60.0, "m", "height")]
    people = [f for f in articlekit.key_figures("About 1.85m people live in the valley.") if f.text == "1.85m"]
    assert [(f.value, f.unit) for f in people] == [(1850000.0, "count")]
