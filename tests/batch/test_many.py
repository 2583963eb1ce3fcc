"""extract_many with the real pipeline: input kinds, order, named errors, workers, time limits."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

import articlekit
from articlekit.batch import Result
from tests.batch.helpers import HUGE_PAGE_LIMIT, huge_page
from tests.conftest import FIXTURES

SEED = FIXTURES / "seed-china-us-ai-education" / "source.html"


def page(n: int) -> str:
    """A small distinct article."""
    return (f"<html><head><title>Story {n} | Daily Example</title></head><body><article><h1>Story {n}</h1>"
            f"<p>Rain fell for {n + 10} days in a row across the valley, the longest run since 1901.</p>"
            f"<p>Officials said {n * 100 + 3} homes were flooded and {n + 2} roads closed on Tuesday.</p>"
            "<p>Forecasters expect drier weather next week, though rivers will stay high for a while.</p>"
            "</article></body></html>")


def records(results: Iterator[Result]) -> list[dict[str, object]]:
    return [r.to_dict() for r in results]


def test_every_input_kind_gives_one_result_in_order(tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    inputs: list[object] = [str(SEED), page(1).encode(), ("https://example.com/two", page(2)), page(3),
                            missing, 42, bytearray(page(4).encode())]
    results = list(articlekit.extract_many(inputs, workers=1, summarize=False))  # type: ignore[arg-type]
    assert [r.index for r in results] == list(range(len(inputs)))
    assert [r.source for r in results] == [str(SEED), "<input 1>", "https://example.com/two", "<input 3>",
                                           str(missing), "<input 5>", "<input 6>"]
    assert [r.ok for r in results] == [True, True, True, True, False, False, True]
    assert results[2].article is not None and results[2].article.url == "https://example.com/two"
    assert results[4].error_type == "InputError" and "no such file" in (results[4].error or "")
    assert results[5].error_type == "InputError" and "unsupported input type int" in (results[5].error or "")


def test_results_equal_single_extract_whatever_the_worker_count() -> None:
    pages = [page(n).encode() for n in range(6)] + [SEED.read_bytes()]
    expected = [articlekit.extract(p, source=f"<input {i}>").to_dict() for i, p in enumerate(pages)]
    for workers in (1, 2):
        got = [r.article.to_dict() for r in articlekit.extract_many(pages, workers=workers) if r.article]
        assert got == expected, workers


def test_result_to_dict_has_one_shape_for_successes_and_failures() -> None:
    ok, bad = articlekit.extract_many([page(1), ("https://x.example/", b"\x00" * 10)], workers=1)
    assert set(ok.to_dict()) == set(bad.to_dict())
    assert ok.to_dict()["error"] is None
    assert bad.to_dict()["source"] == "https://x.example/" and bad.to_dict()["text"] == ""


def test_inputs_are_pulled_lazily_within_a_bounded_window() -> None:
    pulled = 0

    def endless() -> Iterator[bytes]:
        nonlocal pulled
        for n in itertools.count():
            pulled += 1
            yield page(n % 5).encode()

    results = articlekit.extract_many(endless(), workers=2, summarize=False)
    ahead = 0
    for n, result in enumerate(itertools.islice(results, 60)):
        assert result.index == n and result.ok
        ahead = max(ahead, pulled - n)
    results.close()  # type: ignore[attr-defined]
    from articlekit.batch.pool import WINDOW_PER_WORKER

    assert ahead <= 2 * WINDOW_PER_WORKER + 1


@pytest.mark.slow
def test_an_overrun_gives_a_time_limit_record_and_the_pool_goes_on() -> None:
    inputs: list[bytes | str] = [page(1), huge_page(), page(2), page(3)]
    for workers in (1, 2):
        results = list(articlekit.extract_many(inputs, workers=workers, timeout=HUGE_PAGE_LIMIT,
                                               summarize=False))
        assert [r.ok for r in results] == [True, False, True, True], workers
        assert results[1].error_type == "TimeLimitError"
        # the worker's own alarm, or (when the limit passes inside C code) the parent stopping it
        assert (results[1].error or "").startswith(
            f"<input 1>: took longer than the time limit of {HUGE_PAGE_LIMIT:g} s")


def test_spawned_workers_give_the_same_results() -> None:
    pages = [page(n) for n in range(3)]
    expected = [articlekit.extract(p, source=f"<input {i}>", summarize=False).to_dict()
                for i, p in enumerate(pages)]
    results = articlekit.extract_many(pages, workers=2, summarize=False, start_method="spawn")
    assert [r.article.to_dict() for r in results if r.article] == expected


@pytest.mark.parametrize(("option", "value"),
                         [("workers", 0), ("workers", 1.5), ("timeout", 0), ("timeout", -1)])
def test_bad_options_raise_input_error_at_call_time(option: str, value: object) -> None:
    with pytest.raises(articlekit.InputError):
        articlekit.extract_many([page(1)], **{option: value})  # type: ignore[arg-type]


def test_no_inputs_gives_no_results() -> None:
    assert list(articlekit.extract_many([], workers=2)) == []


def test_spawned_workers_start_their_clock_after_warming_up() -> None:
    # a spawned worker spends about a second importing: that must not count against a short limit
    results = list(articlekit.extract_many([page(1), page(2)], workers=2, timeout=0.5, summarize=False,
                                           start_method="spawn"))
    assert [r.ok for r in results] == [True, True]


def _inside_a_pool_worker(pages: list[str]) -> list[bool]:
    return [r.ok for r in articlekit.extract_many(pages, workers=2, summarize=False)]


def test_a_daemonic_pool_worker_runs_the_batch_in_process() -> None:
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_inside_a_pool_worker, ([page(1), page(2)],)) == [True, True]
