"""A page that renders part of its text twice gives it once; text repeated on purpose stays."""

from __future__ import annotations

from articlekit.body.trim import drop_second_rendering
from articlekit.config import DEFAULT
from articlekit.model import Block
from tests.body.helpers import PARAS, extract, page, text


def test_an_article_rendered_twice_comes_out_once() -> None:
    # a desktop and a mobile copy of the same story, one after the other in the same container
    story = "".join(f"<p>{p}</p>" for p in PARAS)
    out = text(extract(page(story + "<div class='copy'>" + story + "</div>")))
    assert all(out.count(p) == 1 for p in PARAS)


def _blocks(*texts: str) -> list[Block]:
    return [Block(kind="p", text=t) for t in texts]


def test_a_pull_quote_repeats_one_block_and_stays() -> None:
    blocks = _blocks(*PARAS[:3], PARAS[1], PARAS[3])
    assert drop_second_rendering(blocks, DEFAULT.body) == blocks


def test_short_repeated_runs_among_differing_blocks_stay() -> None:
    # a meal plan: each day repeats its labels, with its own dishes between them
    days = [("Breakfast at eight", "Lunch at one", f"Dish number {i} with rice, beans and a long list of "
             "vegetables that differ from one day to the next") for i in range(6)]
    blocks = _blocks(*[t for day in days for t in day])
    assert drop_second_rendering(blocks, DEFAULT.body) == blocks


def test_a_long_repeated_run_is_dropped() -> None:
    blocks = _blocks(*PARAS, "A line after the story.", *PARAS)
    assert [b.text for b in drop_second_rendering(blocks, DEFAULT.body)] == [*PARAS, "A line after the story."]
