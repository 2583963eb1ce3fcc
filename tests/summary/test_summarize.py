"""The In Brief summarizer end to end: count, order, length, determinism, words only deleted."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articlekit
from articlekit.config import SummaryConfig
from articlekit.errors import InputError
from articlekit.summary import candidates, summarize_text
from articlekit.summary.rank import FEATURES, coverage_mix, weight_sets
from articlekit.summary.sentences import split_sentences

ARTICLE = "\n\n".join([
    (
        'Heavy rain flooded 3,000 homes across the valley on Tuesday, the worst flooding since records '
        'began in 1901.'
    ),
    (
        'Rivers burst their banks in six towns after 40 days of rain, officials said. Emergency crews '
        'rescued 120 people from cars and rooftops overnight.'
    ),
    (
        'However, forecasters expect drier weather next week. The clean-up is expected to cost about $25'
        ' million (£20 million), according to the county council.'
    ),
    (
        '"We have never seen anything like it," said Mayor Ann Lee. She asked residents to stay away '
        'from the river banks until the water falls.'
    ),
    (
        'Schools in the valley will stay closed until Friday. Insurers said claims could take months to '
        'settle, with many homes uninsured.'
    ),
])
CONFIG = SummaryConfig()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _is_deletion(bullet: str, sentence: str) -> bool:
    """The bullet's words appear in the sentence in the same order (words only deleted)."""
    it = iter(_words(sentence))
    return all(w in it for w in _words(bullet))


def _source_indexes(bullets: list[str], text: str) -> list[int]:
    sentences = split_sentences(text)
    out, start = [], 0
    for bullet in bullets:
        index = next(i for i in range(start, len(sentences)) if _is_deletion(bullet, sentences[i]))
        out.append(index)
        start = index + 1
    return out


@pytest.mark.parametrize("count", [1, 2, 3, 5])
def test_bullet_count(count: int) -> None:
    assert len(summarize_text(ARTICLE, bullets=count, title=None, config=CONFIG)) == count


def test_fewer_bullets_when_the_text_is_short() -> None:
    text = "The council approved the new bridge on Monday. Work on it starts in May."
    assert len(summarize_text(text, bullets=5, title=None, config=CONFIG)) == 2


@pytest.mark.parametrize("text", ["", "   \n\n ", "Hi.", "12 34 56"])
def test_nothing_to_summarize(text: str) -> None:
    assert summarize_text(text, bullets=3, title=None, config=CONFIG) == []


def test_bullets_are_body_sentences_with_words_deleted_in_document_order() -> None:
    for count in (1, 3, 5, 8):
        bullets = summarize_text(ARTICLE, bullets=count, title="Floods hit valley", config=CONFIG)
        indexes = _source_indexes(bullets, ARTICLE)  # raises StopIteration if a word was invented
        assert indexes == sorted(indexes) and len(set(indexes)) == len(indexes)


def test_bullets_are_trimmed() -> None:
    bullets = summarize_text(ARTICLE, bullets=8, title=None, config=CONFIG)
    assert "Forecasters expect drier weather next week." in bullets  # "However," dropped
    assert all(not b.startswith(("However", "But ")) for b in bullets)
    # a brief's candidates also lose short parentheticals; a long summary keeps its sentences whole
    assert all("(£20 million)" not in c.bullet for c in candidates(ARTICLE, CONFIG))
    assert any("(£20 million)" in b for b in bullets)


def test_bullet_length_is_bounded() -> None:
    for bullet in summarize_text(ARTICLE, bullets=5, title=None, config=CONFIG):
        assert len(bullet.split()) <= CONFIG.max_bullet_words


def test_deterministic_whatever_ran_before() -> None:
    first = summarize_text(ARTICLE, bullets=3, title=None, config=CONFIG)
    summarize_text("Another text entirely. It has other words in it. And a third one here.",
                   bullets=2, title="Other", config=CONFIG)
    assert summarize_text(ARTICLE, bullets=3, title=None, config=CONFIG) == first
    assert articlekit.summarize(ARTICLE) == first


def test_the_lead_opens_a_short_brief() -> None:
    bullets = summarize_text(ARTICLE, bullets=3, title=None, config=CONFIG)
    assert bullets[0].startswith("Heavy rain flooded 3,000 homes")


def test_public_wrapper_validates_input() -> None:
    with pytest.raises(InputError):
        articlekit.summarize(ARTICLE, bullets=0)
    with pytest.raises(InputError):
        articlekit.summarize(b"bytes", bullets=3)  # type: ignore[arg-type]


def test_weights_ship_for_every_feature() -> None:
    sets = weight_sets()
    assert set(sets) == {"brief", "coverage"}
    assert all(len(w) == len(FEATURES) for w in sets.values())


def test_coverage_mix() -> None:
    assert coverage_mix(3, 5, CONFIG) == 0.0  # three bullets are always a brief
    assert coverage_mix(4, 40, CONFIG) == 0.0  # a small share of a long article
    assert coverage_mix(8, 18, CONFIG) == 1.0  # 44% of the sentences: a coverage summary
    assert 0.0 < coverage_mix(7, 20, CONFIG) < 1.0


_VOCABULARY = (
    "the council said rain river floods homes in of and But However, Mr. U.S. 3.5 $4m (pictured) "
    '"Yes," she said police on Monday which while after'
)
_WORD = st.sampled_from(_VOCABULARY.split(" "))
_SENTENCE = st.lists(_WORD, min_size=3, max_size=40).map(lambda ws: " ".join(ws) + ".")


@settings(max_examples=60, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=12), st.integers(min_value=1, max_value=6))
def test_property_words_only_deleted_and_in_order(sentences: list[str], count: int) -> None:
    text = "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2))
    bullets = summarize_text(text, bullets=count, title=None, config=CONFIG)
    assert len(bullets) <= count
    assert bullets == summarize_text(text, bullets=count, title=None, config=CONFIG)
    indexes = _source_indexes(bullets, text)
    assert indexes == sorted(indexes)


BYLINE_ARTICLE = (
    "By . Daily Mail Reporter . PUBLISHED: . 10:49 EST, 14 March 2013 . | . UPDATED: . 10:59 EST, "
    "14 March 2013 . A man has been arrested after a woman was found dead at her home in Leeds. "
    "Police said the 34-year-old was known to the victim. Officers were called to the house on "
    "Tuesday evening. Neighbours said they heard shouting. Scroll down for video. The post-mortem "
    "will take place tomorrow."
)


def test_bylines_and_timestamps_are_never_bullets() -> None:
    bullets = summarize_text(BYLINE_ARTICLE, bullets=5, title=None, config=CONFIG)
    assert bullets[0].startswith("A man has been arrested")
    assert all("EST" not in b and "Reporter" not in b and "Scroll" not in b for b in bullets)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("10:49 EST, 14 March 2013 .", True),
        ("Last updated at 6:39 PM on 8th January 2012 .", True),
        ("Scroll down for video.", True),
        ("By . Sam Webb .", True),
        ("Officers were called at 10:49 on Tuesday, 14 March 2013.", False),
        ("Published figures show rents rose 4% in March.", False),
    ],
)
def test_is_label(sentence: str, label: bool) -> None:
    from articlekit.summary import is_label

    assert is_label(sentence) is label


def test_a_brief_cuts_long_bullets_sooner_than_a_long_summary() -> None:
    text = " ".join([
        "The council approved the plan for the new bridge over the river on Monday evening, which will "
        "cost about 40 million pounds over the next three years.",
        "Work on the bridge starts in May.",
        "Traffic will use a temporary crossing downstream.",
        "Local shops fear a loss of trade during the works.",
        "The old bridge was built in 1902.",
        "Engineers found cracks in its piers last year.",
    ])
    brief = summarize_text(text, bullets=3, title=None, config=CONFIG)
    assert brief[0] == "The council approved the plan for the new bridge over the river on Monday evening."
    long = summarize_text(text, bullets=5, title=None, config=CONFIG)  # 5 of 6 sentences: coverage
    assert long[0].endswith("next three years.")


def test_no_bullet_over_the_limit_as_a_reader_counts_words() -> None:
    # 49 words and two lone dashes: 51 space-separated pieces, more than max_output_words (50).
    long = ("The committee said that the growth of betting exchanges - the fastest growing part of "
            "the market - had made it easier for people to profit from losing, and it asked the government "
            "to give the regulator more powers to act against cheats, fixers and those who help them in "
            "sport.")
    assert len(long.split()) == 51
    rules = [f"Rule {n} of the new code for the betting firms was published today." for n in range(5)]
    text = "\n".join([long, *rules])
    for bullets in (3, 5):
        out = summarize_text(text, bullets=bullets, title=None, config=CONFIG)
        assert out
        assert all(len(b.split()) <= CONFIG.max_output_words for b in out)
