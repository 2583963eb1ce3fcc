"""Large pages: a 25 MB page in well under 10 s of CPU and 2 GB of memory.

The in-suite page is a realistic giant: an article buried in 25 MB of inline script payload,
navigation and a comment section. bench/fuzz/robust_big.py measures the harder kinds (25 MB of body
text, deep nesting, tag soup, abbreviation soup) each in a fresh process; see docs/robustness.md.
"""

from __future__ import annotations

import json
import resource
import time

import pytest

import articlekit

MB = 1024 * 1024
PARA = ("<p>The council said {n:,} homes were flooded in the valley, {p}% more than last year, and "
        "repairs will cost about ${m}.5 million according to officials.</p>\n")


def _page(size: int) -> bytes:
    article = "<article><h1>Floods in the valley</h1>" + "".join(
        PARA.format(n=1000 + i, p=i % 90 + 1, m=i % 9 + 1) for i in range(60)) + "</article>"
    script = "<script>window.__STATE__ = " + json.dumps({"items": list(range(5_000))}) + ";</script>\n"
    links = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(50))
    nav = f"<nav><ul>{links}</ul></nav>\n"
    comment = "<div class='comment'><p>Reader: what about the roads near the river bridge?</p></div>\n"
    parts = ["<html><head><title>Floods in the valley</title>"]
    parts += [script] * (size * 85 // 100 // len(script))
    parts.append("</head><body>")
    parts += [nav] * (size // 20 // len(nav))
    parts.append(article)
    parts.append("<section class='comments'>")
    used = sum(len(p) for p in parts)
    parts += [comment] * ((size - used) // len(comment))
    parts.append("</section></body></html>")
    return "".join(parts).encode()


@pytest.mark.slow
def test_25_mb_page_under_10_s_and_2_gb() -> None:
    data = _page(25 * MB)
    assert len(data) > 24 * MB
    start = time.process_time()
    article = articlekit.extract(data)
    spent = time.process_time() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # whole test process, KiB on Linux
    assert "homes were flooded" in article.text
    assert spent < 10, f"{spent:.1f} s"
    assert peak_mb < 2048, f"{peak_mb:.0f} MB"
