"""A long-budget run of the property tests' generators (structured HTML and mutated fixture pages).

atheris (bench/fuzz/fuzz_extract.py) mutates bytes guided by coverage; this run instead generates
whole documents from an HTML grammar, which reaches deep tag structures mutations rarely build.
Same properties as tests/robust/test_properties.py. Example::

    nice python bench/fuzz/fuzz_hypothesis.py --minutes 20 > /tmp/fuzz_hypothesis.log 2>&1
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.robust.test_properties import FIXTURE_BYTES, _check, _mutate, mutation, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=20.0)
    args = parser.parse_args()
    _check(b"<p>The council said 1,200 homes were flooded in 2024, up 15% on 2023.</p>")  # first-use imports
    end = time.monotonic() + args.minutes * 60
    slowest = [0.0, ""]
    count = [0]

    def timed(page: str | bytes) -> None:
        start = time.process_time()
        _check(page)
        spent = time.process_time() - start
        count[0] += 1
        if spent > slowest[0]:
            slowest[0], slowest[1] = spent, repr(page[:300])

    run = settings(max_examples=200, deadline=None, database=None,  # one chunk; the loop repeats it
                   suppress_health_check=list(HealthCheck))

    mutated = st.tuples(st.integers(0, len(FIXTURE_BYTES) - 1), st.lists(mutation, min_size=1, max_size=8))

    @run
    @given(st.one_of(pages, pages.map(lambda p: p.encode("utf-8", errors="surrogatepass")),
                     mutated.map(lambda t: _mutate(FIXTURE_BYTES[t[0]], t[1]))))
    def fuzz(page: str | bytes) -> None:
        if time.monotonic() > end:
            return
        timed(page)

    while time.monotonic() < end:
        fuzz()
    print(f"inputs: {count[0]}; slowest: {slowest[0]:.2f} s CPU for {slowest[1]}")


if __name__ == "__main__":
    main()
