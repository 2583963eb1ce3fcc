"""The data contract: Article/KeyFigure renderings, the public API's options and its errors."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import articlekit
from articlekit.model import Article, Block, KeyFigure

CONTRACT_KEYS = {
    "source", "url", "title", "authors", "date_published", "date_modified", "site_name", "language",
    "description", "image", "tags", "text", "highlights", "summary", "figures", "provenance",
    "page_type", "page_type_confidence",
}
PAGE = """<html lang="en"><head><title>Rain sets records | Daily Example</title>
<meta property="og:site_name" content="Daily Example"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Rain sets records</h1><p>By Ann Lee</p>
<p>Rain fell for 40 days in a row across the valley, the longest run since records began in 1901.</p>
<p>Officials said 3,000 homes were flooded and 12 roads closed on Tuesday alone.</p>
<p>Forecasters expect drier weather next week, though rivers will stay high for some time.</p>
<p>The clean-up is expected to cost about $25 million, according to the county council.</p>
</article></body></html>"""


def test_empty_article_has_every_key() -> None:
    data = Article().to_dict()
    assert set(data) == CONTRACT_KEYS
    assert data["authors"] == [] and data["figures"] == [] and data["text"] == ""


def test_dates_are_objects_until_serialised() -> None:
    when = dt.datetime(2024, 3, 21, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    article = Article(date_published=when, date_modified=dt.date(2024, 3, 22))
    assert article.to_dict()["date_published"] == "2024-03-21T10:00:00+08:00"
    assert article.to_dict()["date_modified"] == "2024-03-22"
    assert json.loads(article.to_json())["date_published"] == "2024-03-21T10:00:00+08:00"


def test_text_joins_blocks_with_one_blank_line() -> None:
    article = Article(blocks=(Block("h", "Head", level=2), Block("p", "One."), Block("p", "Two.")))
    assert article.text == "Head\n\nOne.\n\nTwo."


@pytest.mark.parametrize(
    ("block", "markdown"),
    [
        (Block("p", "Plain."), "Plain."),
        (Block("h", "Section", level=2), "### Section"),
        (Block("ul", "a\nb", items=("a", "b")), "- a\n- b"),
        (Block("ol", "a\nb", items=("a", "b")), "1. a\n2. b"),
        (Block("quote", "Said so.\nTwice."), "> Said so.\n> Twice."),
        (Block("pre", "x = 1"), "```\nx = 1\n```"),
        (Block("table", "A B\n1 2", rows=(("A", "B"), ("1", "2"))), "| A | B |\n| --- | --- |\n| 1 | 2 |"),
    ],
)
def test_block_markdown(block: Block, markdown: str) -> None:
    assert block.to_markdown() == markdown


def test_key_figure_dict() -> None:
    fig = KeyFigure(value=50000.0, text="50,000", unit="count", kind="count", counted="young Americans",
                    span="50,000 young Americans", sentence="A plan to bring 50,000 young Americans.")
    assert fig.to_dict()["counted"] == "young Americans"
    assert fig.to_dict()["qualifiers"] == []


def test_extract_from_str_and_bytes_agree() -> None:
    assert articlekit.extract(PAGE).to_dict() == articlekit.extract(PAGE.encode("utf-8")).to_dict()


def test_extract_contract_and_markdown() -> None:
    article = articlekit.extract(PAGE, url="https://daily.example/rain")
    data = article.to_dict()
    assert set(data) == CONTRACT_KEYS
    assert data["title"] == "Rain sets records"
    assert "3,000 homes were flooded" in data["text"] and "Home" not in data["text"]
    assert 1 <= len(data["summary"]) <= 5
    markdown = article.to_markdown()
    assert markdown.startswith("# Rain sets records") and "## In Brief" in markdown


def test_summarize_false_leaves_summary_and_figures_empty() -> None:
    article = articlekit.extract(PAGE, summarize=False)
    assert article.summary == () and article.figures == ()
    assert article.text


def test_bullets_option() -> None:
    assert len(articlekit.extract(PAGE, bullets=1).summary) == 1


@pytest.mark.parametrize("bad", [None, 42, ["<p>x</p>"], {"html": 1}])
def test_wrong_input_type_is_an_input_error(bad: object) -> None:
    with pytest.raises(articlekit.InputError):
        articlekit.extract(bad)  # type: ignore[arg-type]


def test_summarize_and_key_figures_validate_input() -> None:
    with pytest.raises(articlekit.InputError):
        articlekit.summarize(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(articlekit.InputError):
        articlekit.summarize("Some text.", bullets=0)
    with pytest.raises(articlekit.InputError):
        articlekit.key_figures(None)  # type: ignore[arg-type]


def test_missing_file_is_an_input_error(tmp_path: object) -> None:
    with pytest.raises(articlekit.InputError, match="no such file"):
        articlekit.extract_file("/nonexistent/page.html")


def test_empty_page_gives_an_empty_article() -> None:
    article = articlekit.extract(b"")
    assert article.text == "" and article.title is None and article.summary == ()
