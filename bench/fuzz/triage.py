"""Where a slow fuzz finding spends its time: CPU seconds per stage of extract, then summarize/key_figures.

    python bench/fuzz/triage.py FINDING.bin [...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import articlekit
from articlekit.config import DEFAULT
from articlekit.html.encoding import decode_html
from articlekit.html.parse import parse_html


def _timed(label: str, fn: object, *args: object, **kwargs: object) -> object:
    start = time.process_time()
    try:
        value = fn(*args, **kwargs)  # type: ignore[operator]
    except Exception as exc:  # report, keep going: this is a diagnosis tool
        value = None
        label += f" raised {type(exc).__name__}: {str(exc)[:80]}"
    print(f"  {time.process_time() - start:7.2f} s  {label}")
    return value


def triage(path: Path) -> None:
    """Print the CPU time of each stage for one finding."""
    data = path.read_bytes()
    print(f"{path.name}: {len(data):,} bytes")
    text = _timed("decode", decode_html, data)
    assert isinstance(text, str)
    _timed("parse", parse_html, text)
    article = _timed("extract, no summary", articlekit.extract, data, summarize=False)
    body = getattr(article, "text", "") or ""
    print(f"  body: {len(body):,} characters; analysed: {min(len(body), DEFAULT.limits.max_analysed_chars):,}")
    _timed("summarize(body)", articlekit.summarize, body)
    _timed("key_figures(body)", articlekit.key_figures, body)
    _timed("summarize(raw)", articlekit.summarize, text)
    _timed("key_figures(raw)", articlekit.key_figures, text)


if __name__ == "__main__":
    articlekit.extract(b"<p>The council said 1,200 homes were flooded in 2024, up 15% on 2023.</p>")
    for name in sys.argv[1:]:
        triage(Path(name))
