"""The explicit rule that turns candidates into one value per field: a named priority order of sources
(the title's orders are in :mod:`articlekit.metadata.title`, the dates' orders and checks in
:mod:`articlekit.metadata.dates.resolve`).

Candidates arrive in the order their extractors found them; :func:`pick` returns the first one whose
source ranks best in the field's priority list (ties keep page order).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from articlekit.metadata.candidates import Candidate

__all__ = ["pick"]

T = TypeVar("T")


def pick(candidates: Sequence[Candidate[T]], priority: Sequence[str]) -> Candidate[T] | None:
    """The candidate whose source comes first in ``priority`` (unknown sources last)."""
    best: Candidate[T] | None = None
    best_rank = len(priority) + 1
    for cand in candidates:
        rank = priority.index(cand.source) if cand.source in priority else len(priority)
        if rank < best_rank:
            best, best_rank = cand, rank
    return best
