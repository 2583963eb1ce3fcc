"""The command line over many inputs: workers, time limits, WARC input, progress, lazy imports."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from articlekit import cli
from articlekit.batch.inputs import expand_inputs
from articlekit.batch.progress import PlainProgress, make_progress
from tests.batch.helpers import HUGE_PAGE_LIMIT, fixture_responses, huge_page, other_records, write_warc
from tests.conftest import FIXTURES

SEED = FIXTURES / "seed-china-us-ai-education" / "source.html"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["extract", *args])
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_a_warc_gives_one_record_per_html_response_equal_to_the_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages, others = fixture_responses(), other_records()
    warc = write_warc(tmp_path / "crawl.warc.gz", [*pages[:2], *others, *pages[2:]])
    code, out, err = run(capsys, "--format", "jsonl", "--workers", "2", str(warc))
    assert code == 0
    records = jsonl(out)
    assert [(r["source"], r["url"]) for r in records] == [(p.url, p.url) for p in pages]
    for resp, record in zip(pages, records, strict=True):
        path = tmp_path / "page.html"
        path.write_bytes(resp.body)
        code, single, _ = run(capsys, "--format", "jsonl", "--url", resp.url, str(path))
        assert code == 0
        assert {**json.loads(single), "source": resp.url} == record
    # skipped: the warcinfo record, 7 requests, an image, a redirect and a server error
    assert err.strip().splitlines() == ["articlekit: WARC: 4 HTML pages read, 11 other records skipped"]


def test_files_and_warc_pages_keep_input_order_and_a_broken_warc_is_named(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warc = write_warc(tmp_path / "a.warc", fixture_responses()[:2])
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"not a warc file at all\n" * 10)
    code, out, err = run(capsys, "--format", "jsonl", "--no-summary", "-w", "2",
                         str(SEED), str(junk), str(warc))
    assert code == 1
    assert [r["source"] for r in jsonl(out)] == [str(SEED), *(p.url for p in fixture_responses()[:2])]
    assert any(line.startswith(f"articlekit: error: {junk}: ") for line in err.splitlines())


def test_a_directory_includes_its_warc_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_warc(tmp_path / "b.warc.gz", fixture_responses()[:1])
    (tmp_path / "a.html").write_bytes(SEED.read_bytes())
    (tmp_path / "notes.txt").write_text("skip me")
    code, out, _ = run(capsys, "--format", "jsonl", "--no-summary", "--workers", "1", str(tmp_path))
    assert code == 0
    assert [r["source"] for r in jsonl(out)] == [str(tmp_path / "a.html"), fixture_responses()[0].url]


def test_output_dir_names_warc_pages_after_their_urls(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz", fixture_responses()[:2])
    code, _, _ = run(capsys, "--no-summary", "-o", str(tmp_path / "out"), str(warc))
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["seed-china-us-ai-education.json",
                                                                   "seed-jsonld.json"]


@pytest.mark.slow
def test_an_overrun_is_named_and_the_other_inputs_still_output(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = tmp_path / "huge.html"
    huge.write_bytes(huge_page())
    code, out, err = run(capsys, "--format", "jsonl", "--no-summary", "--timeout", str(HUGE_PAGE_LIMIT),
                         "--workers", "2", str(SEED), str(huge), str(SEED))
    assert code == 1
    assert [r["source"] for r in jsonl(out)] == [str(SEED), str(SEED)]
    assert f"articlekit: error: {huge}: took longer than the time limit of {HUGE_PAGE_LIMIT:g} s" in err


@pytest.mark.parametrize("args", [["--workers", "0"], ["--workers", "two"],  # --timeout 0: no limit
                                  ["--timeout", "-3"], ["--timeout", "inf"], ["--timeout", "soon"]])
def test_bad_workers_or_timeout_are_usage_errors(args: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["extract", *args, str(SEED)])
    assert exc.value.code == 2


def test_url_with_a_warc_is_a_usage_error(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "a.warc", fixture_responses()[:1])
    with pytest.raises(SystemExit) as exc:
        cli.main(["extract", "--url", "https://x.example/", str(warc)])
    assert exc.value.code == 2


def test_progress_shows_only_on_a_terminal_for_several_inputs(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--format", "jsonl", "--no-summary", "-w", "1", str(SEED), str(SEED))
    assert code == 0 and err == ""  # captured stderr is no terminal
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert cli._make_progress([str(SEED)], many=False) is None
    progress = cli._make_progress([str(SEED), str(SEED)], many=True)
    assert progress is not None
    progress.close()


def test_the_progress_total_is_unknown_once_a_warc_is_among_the_inputs(tmp_path: Path) -> None:
    assert cli._count_documents([str(SEED), str(FIXTURES)]) == 1 + len(list(expand_inputs([str(FIXTURES)])))
    write_warc(tmp_path / "a.warc", fixture_responses()[:1])
    assert cli._count_documents([str(SEED), str(tmp_path)]) is None


def test_plain_progress_counts_documents_and_failures() -> None:
    stream = io.StringIO()
    progress = PlainProgress(stream, total=3)
    for failed in (False, True, False):
        progress.update(failed)
    progress.message("articlekit: error: x.html: no such file")
    progress.close()
    text = stream.getvalue()
    assert "articlekit: error: x.html: no such file\n" in text
    assert text.endswith("\rarticlekit: 3/3 documents, 1 failed\n")
    assert isinstance(make_progress(io.StringIO(), None, use_tqdm=False), PlainProgress)


def test_tqdm_progress_when_installed() -> None:
    pytest.importorskip("tqdm")
    stream = io.StringIO()
    progress = make_progress(stream, 2)
    progress.update(False)
    progress.update(True)
    progress.message("a message")
    progress.close()
    assert "2/2" in stream.getvalue() and "a message" in stream.getvalue()


def test_help_imports_nothing_heavy() -> None:
    heavy = ["lxml", "nltk", "dateparser", "tqdm", "warcio", "fastwarc", "scrapy", "pyspark",
             "multiprocessing", "charset_normalizer", "bs4"]
    code = ("import sys, contextlib, io\nimport articlekit.cli as c\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
            "    c.main(['extract', '--help'])\n"
            f"print([m for m in {heavy!r} if m in sys.modules])")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          check=True)
    assert proc.stdout.strip() == "[]"
