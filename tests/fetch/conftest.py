"""A fresh local site per test (its request counters start at zero)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fetch.server import Stats, serve


@pytest.fixture
def site() -> Iterator[tuple[str, Stats]]:
    with serve() as pair:
        yield pair
