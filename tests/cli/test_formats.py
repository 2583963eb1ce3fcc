"""The csv and html formats read back by the csv module and lxml; pages with no content and their switches."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

from articlekit import cli
from articlekit.render import CSV_LIST_SEPARATOR
from tests.conftest import FIXTURES

PAGES = [FIXTURES / slug / "source.html" for slug in ("seed-china-us-ai-education", "french-radio-cz",
                                                     "byline-only-ars")]
EMPTY = "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["extract", "-w", "1", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _from_cell(cell: str, like: Any) -> Any:
    """A CSV cell back to the JSON value it came from (``like`` tells which kind)."""
    if isinstance(like, list) and all(isinstance(v, str) for v in like):
        return cell.split(CSV_LIST_SEPARATOR) if cell else []
    if isinstance(like, (list, dict)):
        return json.loads(cell)
    if isinstance(like, float):
        return float(cell)
    return cell or None


def test_csv_rows_round_trip_every_field(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--format", "jsonl", *map(str, PAGES))
    records = [json.loads(line) for line in out.splitlines()]
    code, out, _ = run(capsys, "--format", "csv", *map(str, PAGES))
    assert code == 0
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0] == list(records[0])  # the header is the JSON keys, in their order
    assert len(rows) == 1 + len(records)
    for record, row in zip(records, rows[1:], strict=True):
        back = {key: _from_cell(cell, record[key]) for key, cell in zip(rows[0], row, strict=True)}
        assert back == record
    assert any(len(r["authors"]) > 1 or r["figures"] for r in records)  # lists and figures were exercised


def test_csv_into_a_directory_gives_a_header_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "--format", "csv", "-o", str(tmp_path), *map(str, PAGES[:2]))
    files = sorted(tmp_path.glob("*.csv"))
    assert code == 0 and len(files) == 2
    for path in files:
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
        assert len(rows) == 2 and rows[0][0] == "source"


def test_an_empty_run_still_writes_the_csv_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "empty.html"
    page.write_text(EMPTY)
    code, out, err = run(capsys, "--format", "csv", "--skip-empty", str(page))
    assert code == 0 and out.splitlines()[0].startswith("source,url,title")
    assert len(out.splitlines()) == 1 and "no content" in err


def test_the_html_format_parses_back_with_its_structure(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--format", "jsonl", str(PAGES[0]))
    record = json.loads(out)
    code, out, _ = run(capsys, "--format", "html", str(PAGES[0]))
    assert code == 0 and out.startswith("<!DOCTYPE html>")
    page = lxml_html.fromstring(out.encode("utf-8"))
    assert page.findtext(".//title") == record["title"] == page.findtext(".//article/h1")
    assert [li.text_content() for li in page.findall(".//section[@class='summary']//li")] == record["summary"]
    byline = page.find(".//p[@class='byline']").text_content()
    assert all(name in byline for name in record["authors"])
    paragraphs = [p.text_content() for p in page.findall(".//article/p") if p.get("class") != "byline"]
    assert paragraphs and all(p in record["text"] for p in paragraphs)


def test_several_articles_make_one_page(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--format", "html", *map(str, PAGES))
    page = lxml_html.fromstring(out.encode("utf-8"))
    assert code == 0 and out.count("<!DOCTYPE html>") == 1
    assert [a.get("data-source") for a in page.findall(".//article")] == list(map(str, PAGES))


def test_markup_in_the_text_is_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "p.html"
    text = "Officials wrote &lt;script&gt;alert(1)&lt;/script&gt; in the report that the council published today. " * 3
    page.write_text(f"<html><body><article><h1>A &lt;b&gt; title</h1><p>{text}</p></article></body></html>")
    _, out, _ = run(capsys, "--format", "html", "--no-summary", str(page))
    assert "<script>" not in out and "&lt;script&gt;" in out


@pytest.mark.parametrize(("switches", "code", "kept"), [
    ((), 0, 2), (("--skip-empty",), 0, 1), (("--fail-empty",), 1, 2), (("--skip-empty", "--fail-empty"), 1, 1),
])
def test_pages_with_no_content(tmp_path: Path, capsys: pytest.CaptureFixture[str], switches: tuple[str, ...],
                               code: int, kept: int) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text(EMPTY)
    got, out, err = run(capsys, "--format", "jsonl", "--no-summary", *switches, str(PAGES[0]), str(empty))
    assert got == code and len(out.splitlines()) == kept
    assert err.splitlines() == [f"articlekit: no content: {empty}"]
