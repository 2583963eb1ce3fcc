"""The command line on the web: URLs, --input-file, --feed, --sitemap, robots.txt, lazy imports, 200 URLs."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from articlekit import cli
from tests.conftest import FIXTURES
from tests.fetch.server import Stats, serve

SEED = FIXTURES / "seed-china-us-ai-education" / "source.html"
FAST = ("--delay", "0", "--fetch-timeout", "1", "--no-summary", "--format", "jsonl")
Site = tuple[str, Stats]


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as pair:
        yield pair


def run(capsys: pytest.CaptureFixture[str], *args: str, workers: str = "1") -> tuple[int, list[dict[str, object]],
                                                                                      list[str]]:
    code = cli.main(["extract", "-w", workers, *FAST, *args])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err.splitlines()


def test_urls_give_one_record_or_one_named_error_each(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    base, _ = site
    code, records, err = run(capsys, f"{base}/redirect", f"{base}/missing", f"{base}/report.pdf", f"{base}/article")
    assert code == 1
    assert [(r["source"], r["url"]) for r in records] == [(f"{base}/redirect", f"{base}/article"),
                                                          (f"{base}/article", f"{base}/article")]
    assert err == [f"articlekit: error: {base}/missing: HTTP 404",
                   f"articlekit: error: {base}/report.pdf: not an HTML page (Content-Type application/pdf)"]


def test_an_input_file_mixes_urls_and_paths_in_order(site: Site, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    base, _ = site
    listing = tmp_path / "inputs.txt"
    listing.write_text(f"# today's pages\n{base}/a/1\n\n{SEED}\n{base}/gzip\n", encoding="utf-8")
    code, records, err = run(capsys, "--input-file", str(listing))
    assert code == 0 and err == []
    assert [r["source"] for r in records] == [f"{base}/a/1", str(SEED), f"{base}/gzip"]


def test_an_input_file_on_stdin(site: Site, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    base, _ = site
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{base}/a/1\n{base}/a/2\n"))
    code, records, _ = run(capsys, "-i", "-")
    assert code == 0 and [r["source"] for r in records] == [f"{base}/a/1", f"{base}/a/2"]


def test_feeds_newest_first_with_since_and_max(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    base, stats = site
    code, records, err = run(capsys, "--feed", f"{base}/feed.rss", "--feed", f"{base}/feed.atom",
                             "--since", "2024-01-02", "--max", "3")
    assert code == 0
    assert [r["source"] for r in records] == [f"{base}/a/5", f"{base}/a/4", f"{base}/a/2"]
    assert err == ["articlekit: feeds/sitemaps: 5 URLs listed, 3 selected"]
    assert stats.hits["/a/1"] == 0  # not selected, never downloaded


def test_a_sitemap_index_and_a_broken_listing(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    base, _ = site
    code, records, err = run(capsys, "--sitemap", f"{base}/sitemap_index.xml", "--sitemap", f"{base}/missing.xml")
    assert code == 1  # the missing sitemap is a failure; its siblings still run
    assert [r["source"] for r in records] == [f"{base}/a/7", f"{base}/a/6", f"{base}/a/8"]
    assert f"articlekit: error: {base}/missing.xml: HTTP 404" in err


def test_robots_txt_and_ignore_robots(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    base, stats = site
    code, records, err = run(capsys, f"{base}/private/page")
    assert code == 1 and records == [] and "disallowed by robots.txt" in err[0]
    assert stats.hits["/private/page"] == 0
    code, records, _ = run(capsys, "--ignore-robots", f"{base}/private/page")
    assert code == 0 and len(records) == 1


def test_an_empty_page_from_the_web(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    base, _ = site
    code, records, err = run(capsys, "--fail-empty", "--skip-empty", f"{base}/empty")
    assert (code, records, err) == (1, [], [f"articlekit: no content: {base}/empty"])


@pytest.mark.parametrize(("args", "message"), [
    ((), "at least one INPUT"),
    (("--since", "2024-01-01", "http://127.0.0.1:9/a"), "--since and --max"),
    (("--url", "http://x.org/", "http://127.0.0.1:9/a"), "--url is for a single file"),
    (("--since", "last week", "--feed", "http://127.0.0.1:9/f"), "expected an ISO date"),
    (("--input-file", "/no/such/list.txt"), "cannot read --input-file"),
])
def test_usage_errors(args: tuple[str, ...], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["extract", *args])
    assert info.value.code == 2 and message in capsys.readouterr().err


def test_help_and_file_extraction_never_load_the_http_client() -> None:
    code = ("import sys, contextlib, io\nimport articlekit.cli as c\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
            "    c.main(['extract', '--help'])\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    c.main(['extract', '-w', '1', '--no-summary', {str(SEED)!r}])\n"
            "print(sorted(m for m in sys.modules if m.startswith(('urllib3', 'articlekit.fetch', 'http.client'))))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert proc.stdout.strip() == "[]"


@pytest.mark.slow
def test_200_urls_with_two_workers_are_all_accounted_for(capsys: pytest.CaptureFixture[str]) -> None:
    kinds = ("/a/{}", "/bad/{}", "/a/{}", "/pdf/{}", "/empty/{}", "/a/{}", "/private/{}", "/a/{}")
    with serve(delay=0.01) as (base, stats):
        urls = [base + kinds[n % len(kinds)].format(n) for n in range(200)]
        code, records, err = run(capsys, "--per-host", "3", *urls, workers="2")
    assert code == 1
    failed = {line.split(": ")[2] for line in err if line.startswith("articlekit: error: ")}
    empty = {line.removeprefix("articlekit: no content: ") for line in err if "no content" in line}
    assert [r["source"] for r in records] == [u for u in urls if u not in failed]  # in input order
    assert failed | {str(r["source"]) for r in records} == set(urls) and not failed & empty
    assert {u for u in urls if "/bad/" in u or "/pdf/" in u or "/private/" in u} == failed
    assert empty == {u for u in urls if "/empty/" in u}
    assert stats.max_in_flight[base.removeprefix("http://")] <= 3


@pytest.mark.parametrize(("name", "hinted"), [("www.example.com/story", True), ("example.com/news/x", True),
                                              ("nofile.html", False), ("dir/page.html", False)])
def test_a_missing_file_that_looks_like_a_web_address_gets_a_hint(name: str, hinted: bool, tmp_path: Path) -> None:
    from articlekit.batch.inputs import read_input
    from articlekit.errors import InputError

    with pytest.raises(InputError) as caught:
        read_input(tmp_path / name if not hinted else name, max_bytes=1000)
    assert ("give its full URL: https://" + name in str(caught.value)) is hinted
