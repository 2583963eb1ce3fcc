"""The extractive In Brief summarizer and key figures."""

from __future__ import annotations

from articlekit.config import SummaryConfig

__all__ = ["summarize_text"]


def summarize_text(text: str, *, bullets: int, title: str | None, config: SummaryConfig) -> list[str]:
    """Pick and trim ``bullets`` sentences of ``text``; returned in document order."""
    raise NotImplementedError  # being written (issue 5)
