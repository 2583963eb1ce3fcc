"""Many downloads at once: input order kept, the per-host limit and delay held, as the server sees it."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from articlekit.fetch import Fetcher, FetchError, FetchOptions, Page
from articlekit.fetch.run import fetch_in_order
from tests.fetch.server import serve


def _urls(base: str, count: int) -> list[str]:
    kinds = ("/a/{}", "/bad/{}", "/a/{}", "/pdf/{}", "/a/{}")
    return [base + kinds[n % len(kinds)].format(n) for n in range(count)]


@pytest.mark.slow
def test_order_is_kept_and_no_host_gets_more_than_per_host_requests() -> None:
    with serve(delay=0.02) as (base, stats):
        urls = _urls(base, 40)
        fetcher = Fetcher(FetchOptions(per_host=2, host_delay=0.0, threads=8, read_timeout=2.0))
        got = list(fetch_in_order(urls, fetcher, lambda u: u))
    assert [item for item, _ in got] == urls
    for url, outcome in got:
        assert isinstance(outcome, Page) == ("/a/" in url)
        assert isinstance(outcome, FetchError) == ("/a/" not in url)
    assert stats.max_in_flight[base.removeprefix("http://")] == 2  # reached, never passed


def test_the_limit_is_per_host() -> None:
    with serve(delay=0.05) as (base, stats):
        other = base.replace("127.0.0.1", "localhost")
        urls = [f"{host}/a/{n}" for n in range(6) for host in (base, other)]
        fetcher = Fetcher(FetchOptions(per_host=1, host_delay=0.0, threads=8, read_timeout=2.0))
        assert all(isinstance(page, Page) for _, page in fetch_in_order(urls, fetcher, lambda u: u))
    assert set(stats.max_in_flight.values()) == {1} and len(stats.max_in_flight) == 2


def test_requests_to_one_host_are_spaced_by_the_delay() -> None:
    # The starts are taken where the client sends (when the host gate lets a request go): the server's
    # own clock adds its threads' scheduling, which on a loaded machine can exceed the 10 ms margin.
    sent: list[float] = []
    with serve() as (base, stats):
        fetcher = Fetcher(FetchOptions(per_host=4, host_delay=0.1, threads=4, respect_robots=False))
        slot = fetcher.gate.slot

        @contextmanager
        def timed(host: str) -> Iterator[None]:
            with slot(host):
                sent.append(time.monotonic())
                yield

        fetcher.gate.slot = timed  # type: ignore[method-assign]
        list(fetch_in_order([f"{base}/a/{n}" for n in range(4)], fetcher, lambda u: u))
    assert len(sent) == 4 and len(stats.starts) == 4
    assert all(b - a >= 0.09 for a, b in itertools.pairwise(sorted(sent)))


def test_items_without_a_url_pass_through_in_place() -> None:
    with serve() as (base, _):
        fetcher = Fetcher(FetchOptions(host_delay=0.0))
        items = ["file.html", f"{base}/a/1", "-"]
        got = list(fetch_in_order(items, fetcher, lambda x: x if x.startswith("http") else None))
    assert [i for i, _ in got] == items and got[0][1] is None and isinstance(got[1][1], Page)


@pytest.mark.parametrize("per_host", [0, -3])
def test_a_nonsense_per_host_still_sends_one_at_a_time(per_host: int) -> None:
    with serve() as (base, stats):
        fetcher = Fetcher(FetchOptions(per_host=per_host, host_delay=0.0, respect_robots=False))
        list(fetch_in_order([f"{base}/a/{n}" for n in range(3)], fetcher, lambda u: u))
    assert max(stats.max_in_flight.values()) == 1
