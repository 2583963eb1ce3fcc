"""Shared test helpers: fixture pages and a cached extraction per page."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import articlekit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def fixture_slugs() -> list[str]:
    """Every golden page directory, sorted."""
    return sorted(p.name for p in FIXTURES.iterdir() if (p / "source.html").is_file())


def load_expected(slug: str) -> dict[str, Any]:
    """The fixture's expected.json."""
    data: dict[str, Any] = json.loads((FIXTURES / slug / "expected.json").read_text(encoding="utf-8"))
    return data


@cache
def extracted(slug: str) -> articlekit.Article:
    """The fixture extracted once per test session (with its URL when the expectation names one)."""
    expected = load_expected(slug)
    return articlekit.extract_file(FIXTURES / slug / "source.html", url=expected.get("url"))
