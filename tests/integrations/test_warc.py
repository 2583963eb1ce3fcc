"""Reading WARC files: which records are pages, both backends agree, encodings, broken files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from articlekit.errors import InputError
from articlekit.integrations.warc import WarcStats, is_warc_path, iter_warc_pages, warc_date
from tests.batch.helpers import Response, chunked, fixture_responses, gzip_encoded, other_records, write_warc

pytest.importorskip("warcio")


def have_fastwarc() -> bool:
    try:
        import fastwarc.warc  # noqa: F401
    except ImportError:
        return False
    return True


BACKENDS = ["warcio", pytest.param("fastwarc", marks=pytest.mark.skipif(not have_fastwarc(),
                                                                        reason="FastWARC not installed"))]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_html_responses_are_pages_and_the_rest_is_counted(tmp_path: Path, backend: str, name: str) -> None:
    pages, others = fixture_responses(), other_records()
    path = write_warc(tmp_path / name, [pages[0], others[0], pages[1], others[1], pages[2], others[2]])
    stats = WarcStats()
    found = list(iter_warc_pages(path, stats=stats, backend=backend))
    assert [(p.url, p.html) for p in found] == [(r.url, r.body) for r in pages[:3]]
    # 1 warcinfo + 6 requests + 3 non-page responses
    assert (stats.pages, stats.skipped) == (3, 10)


@pytest.mark.parametrize("backend", BACKENDS)
def test_transfer_and_content_encodings_are_undone(tmp_path: Path, backend: str) -> None:
    page = fixture_responses()[0]
    encoded = [gzip_encoded(page), chunked(page), chunked(gzip_encoded(page))]
    path = write_warc(tmp_path / "enc.warc.gz", encoded)
    assert [p.html for p in iter_warc_pages(path, backend=backend)] == [page.body] * 3


@pytest.mark.parametrize("backend", BACKENDS)
def test_xhtml_is_a_page_and_a_lying_encoding_header_is_ignored(tmp_path: Path, backend: str) -> None:
    page = fixture_responses()[0]
    xhtml = Response(page.url, page.body, content_type="application/xhtml+xml",
                     headers=(("Content-Encoding", "gzip"),))  # says gzip, is not
    path = write_warc(tmp_path / "x.warc", [xhtml])
    assert [p.html for p in iter_warc_pages(path, backend=backend)] == [page.body]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_page_over_the_size_limit_is_cut_just_past_it(tmp_path: Path, backend: str) -> None:
    page = fixture_responses()[0]
    (found,) = iter_warc_pages(write_warc(tmp_path / "big.warc.gz", [page]), max_bytes=100, backend=backend)
    assert found.html == page.body[:101]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_broken_file_raises_input_error_naming_it(tmp_path: Path, backend: str) -> None:
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00this is not gzip at all" * 20)
    with pytest.raises(InputError, match=r"junk\.warc\.gz"):
        list(iter_warc_pages(path, backend=backend))
    with pytest.raises(InputError, match=r"no-such\.warc"):
        list(iter_warc_pages(tmp_path / "no-such.warc", backend=backend))


def test_warc_names_and_backend_choice() -> None:
    assert is_warc_path("a/CC-MAIN-1.warc.gz") and is_warc_path("x.WARC") and not is_warc_path("x.warc.txt")
    with pytest.raises(InputError, match="unknown WARC backend"):
        list(iter_warc_pages("x.warc", backend="pywb"))


UPDATED_PAGE = (b"<html><head><title>Storm warning</title></head><body><h1>Storm warning</h1>"
                b"<p>Updated 3 hours ago</p><p>A storm is coming in from the west tonight, forecasters said, "
                b"and it will reach the coast by the morning.</p></body></html>")


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_record_carries_its_capture_time(tmp_path: Path, backend: str) -> None:
    path = write_warc(tmp_path / "c.warc.gz", [Response("https://news.example/a", UPDATED_PAGE,
                                                        warc_date="2024-03-21T12:00:00Z")])
    (page,) = iter_warc_pages(path, backend=backend)
    assert page.date == dt.datetime(2024, 3, 21, 12, 0, tzinfo=dt.timezone.utc)


def test_unreadable_warc_dates_are_none() -> None:
    assert warc_date("2024-03-21T12:00:00Z") == dt.datetime(2024, 3, 21, 12, tzinfo=dt.timezone.utc)
    assert warc_date("yesterday") is None and warc_date(None) is None


def test_relative_dates_in_a_warc_resolve_against_the_capture_time(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI passes each record's WARC-Date as ``now``: "3 hours ago" is three hours before the capture."""
    from articlekit import cli

    path = write_warc(tmp_path / "c.warc", [Response("https://news.example/a", UPDATED_PAGE,
                                                     warc_date="2024-03-21T12:00:00Z")])
    assert cli.main(["extract", "--format", "jsonl", "-w", "1", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["date_modified"] == "2024-03-21T09:00:00+00:00"
