"""Key figures: the numbers that matter in a text, with what they count."""

from __future__ import annotations

from articlekit.config import FiguresConfig
from articlekit.model import KeyFigure

__all__ = ["find_key_figures"]


def find_key_figures(
    text: str, *, title: str | None, limit: int | None, config: FiguresConfig
) -> list[KeyFigure]:
    """Recognise, describe and rank the key figures of ``text`` (most important first)."""
    raise NotImplementedError  # being written (issue 6)
