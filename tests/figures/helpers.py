"""Shared helpers of the key-figure tests."""

from __future__ import annotations

import articlekit
from articlekit.model import KeyFigure


def figures_of(text: str) -> list[KeyFigure]:
    """The key figures of a plain text."""
    return articlekit.key_figures(text)


def one_figure(text: str, written: str) -> KeyFigure:
    """The figure written as ``written`` in ``text`` (fails, naming what was found, when it is missing)."""
    found = [f for f in figures_of(text) if f.text == written]
    assert found, f"{written!r} not found in {[f.text for f in figures_of(text)]}"
    return found[0]
