"""Many downloads at once, results in input order: what the command line feeds to extraction.

Downloads run in threads (the work is waiting on the network, so the GIL costs nothing); the
per-host limit and delay live in the fetcher's :class:`~articlekit.fetch.hosts.HostGate`. At most
``2 * threads`` downloads are ahead of the consumer, so memory stays flat for any number of URLs.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from articlekit.fetch.client import Fetcher, Page
from articlekit.fetch.errors import FetchError

__all__ = ["fetch_in_order", "try_get"]

T = TypeVar("T")


def try_get(fetcher: Fetcher, url: str) -> Page | FetchError:
    """The page, or the named error: never raises for a bad URL or server."""
    try:
        return fetcher.get(url)
    except FetchError as exc:
        return exc
    except Exception as exc:  # a bug of ours or of a library: charged to this URL, the run goes on
        return FetchError(f"{url}: internal error while fetching ({type(exc).__name__}: {exc})")


def fetch_in_order(items: Iterable[T], fetcher: Fetcher,
                   url_of: Callable[[T], str | None]) -> Iterator[tuple[T, Page | FetchError | None]]:
    """Each item with its page or error, in order; items whose ``url_of`` is None pass with None."""
    threads = max(1, fetcher.options.threads)
    pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="articlekit-fetch")
    ahead: deque[tuple[T, Future[Page | FetchError] | None]] = deque()
    try:
        for item in items:
            url = url_of(item)
            ahead.append((item, None if url is None else pool.submit(try_get, fetcher, url)))
            while len(ahead) > 2 * threads or (ahead and ahead[0][1] is None):
                yield _done(ahead.popleft())
        while ahead:
            yield _done(ahead.popleft())
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _done(pair: tuple[T, Future[Page | FetchError] | None]) -> tuple[T, Page | FetchError | None]:
    item, future = pair
    return item, None if future is None else future.result()
