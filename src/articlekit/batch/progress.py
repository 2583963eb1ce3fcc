"""Progress on a terminal for the command line: a tqdm bar when tqdm is installed, else a plain counter.

Only :mod:`articlekit.cli` uses this, with ``sys.stderr`` as the stream; the library never shows
progress on its own.
"""

from __future__ import annotations

import time
from typing import Any, Protocol, TextIO

__all__ = ["PLAIN_INTERVAL_SECONDS", "PlainProgress", "Progress", "make_progress"]

PLAIN_INTERVAL_SECONDS = 0.5  # redraw the plain counter at most this often: a terminal is slow to scroll


class Progress(Protocol):
    """What the command line needs from a progress display."""

    def update(self, failed: bool) -> None:
        """Count one finished document."""

    def message(self, text: str) -> None:
        """Print a line (an error, a summary) without breaking the display."""

    def close(self) -> None:
        """Finish the display."""


class PlainProgress:
    """A one-line ``N done, M failed`` counter redrawn in place with a carriage return."""

    def __init__(self, stream: TextIO, total: int | None) -> None:
        self._stream, self._total = stream, total
        self._done = self._failed = 0
        self._shown = 0.0

    def _line(self) -> str:
        total = f"/{self._total}" if self._total is not None else ""
        return f"\rarticlekit: {self._done}{total} documents, {self._failed} failed"

    def update(self, failed: bool) -> None:
        """Count one finished document; redraw when the last redraw is old enough."""
        self._done += 1
        self._failed += failed
        now = time.monotonic()
        if now - self._shown >= PLAIN_INTERVAL_SECONDS or self._done == self._total:
            self._shown = now
            self._stream.write(self._line())
            self._stream.flush()

    def message(self, text: str) -> None:
        """Print a line above the counter."""
        self._stream.write("\r\x1b[K" + text + "\n" + self._line())
        self._stream.flush()

    def close(self) -> None:
        """Leave the final count on its own line."""
        self._stream.write(self._line() + "\n")
        self._stream.flush()


class _TqdmProgress:
    def __init__(self, bar: Any) -> None:
        self._bar, self._failed = bar, 0

    def update(self, failed: bool) -> None:
        if failed:
            self._failed += 1
            self._bar.set_postfix(failed=self._failed, refresh=False)
        self._bar.update(1)

    def message(self, text: str) -> None:
        self._bar.write(text, file=self._bar.fp)

    def close(self) -> None:
        self._bar.close()


def make_progress(stream: TextIO, total: int | None, *, use_tqdm: bool = True) -> Progress:
    """A tqdm bar on ``stream`` when tqdm can be imported (extra ``progress``), else a plain counter."""
    if use_tqdm:
        try:
            from tqdm import tqdm
        except ImportError:
            pass
        else:
            tqdm.monitor_interval = 0  # no monitor thread: worker processes may be forked after this
            bar = tqdm(total=total, unit="doc", file=stream, dynamic_ncols=True, leave=True)
            return _TqdmProgress(bar)
    return PlainProgress(stream, total)
