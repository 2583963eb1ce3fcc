"""Issue 19, "one error family": the public functions raise only ArticlekitError subclasses.

Each test names the defect it guards. Time bounds are CPU seconds with a wide margin.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import replace

import pytest

import articlekit
from articlekit.config import DEFAULT
from articlekit.errors import ArticlekitError, TimeLimitError
from articlekit.html.parse import parse_html


def test_control_character_inside_flattened_deep_nesting_is_dropped() -> None:
    # defect 1: lxml refused "\x01" when the tree below depth 200 was collapsed to text: ValueError
    page = "<div>" * 201 + "x&#1;y" + "</div>" * 201
    articlekit.extract(page)  # raised ValueError
    text = parse_html(page).text_content()
    assert "xy" in text and "\x01" not in text


def test_control_characters_in_deep_text_never_reach_the_text() -> None:
    page = "<div>" * 210 + "<p>alpha &#2; beta &#x1f; gamma</p>" + "</div>" * 210
    articlekit.extract(page, summarize=False)
    text = parse_html(page).text_content()
    assert "alpha" in text and "gamma" in text
    assert not any(ord(c) < 32 and c not in "\n\t" for c in text)


@pytest.mark.slow
def test_a_run_of_initials_gives_our_error_or_a_result_not_the_builtin_timeout() -> None:
    # defect 2: nltk's Punkt caps a regex pass at 5 s of wall time and raised the builtin TimeoutError
    for call in (articlekit.key_figures, articlekit.summarize):
        with contextlib.suppress(ArticlekitError):
            call("I. " * 200_000)


def test_the_builtin_timeout_becomes_time_limit_error_at_the_entry_points() -> None:
    # defect 2, last line: whatever stage lets a TimeoutError out, callers see TimeLimitError
    from articlekit import api

    with pytest.raises(TimeLimitError), api.entry_point("summarize"):
        raise TimeoutError("regex took too long")


def test_summarize_and_key_figures_read_the_same_prefix_as_extract() -> None:
    # defect 4: the 200k-character cap existed only inside extract()
    config = replace(DEFAULT, limits=replace(DEFAULT.limits, max_analysed_chars=400))
    text = ("The council spent $1.2 million on 300 roads in 2023, up 15% on the year before. " * 3
            + "Unemployment fell to 3.1% while 4,500 new homes were built in the region. " * 50)
    head = text[:400]
    assert articlekit.key_figures(text, config=config) == articlekit.key_figures(head, config=config)
    assert articlekit.summarize(text, config=config) == articlekit.summarize(head, config=config)
    assert all(fig.end <= 400 for fig in articlekit.key_figures(text, config=config))


def test_summarize_and_key_figures_refuse_text_over_the_size_limit() -> None:
    config = replace(DEFAULT, limits=replace(DEFAULT.limits, max_bytes=1000))
    for call in (articlekit.key_figures, articlekit.summarize):
        with pytest.raises(articlekit.InputError, match="above the limit"):
            call("word " * 300, config=config)


@pytest.mark.slow
def test_key_figures_on_money_soup_is_bounded_in_time() -> None:
    # defect 4: 2 MB of money and percent soup took seconds and about 2 KB of memory per character
    soup = "$1.5 million 15% €3bn 2.5 times 40 per cent " * 50_000
    start = time.process_time()
    articlekit.key_figures(soup)
    assert time.process_time() - start < 15
