"""A candidate value for one metadata field and the name of the source it came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["Candidate"]

T = TypeVar("T")


@dataclass(frozen=True)
class Candidate(Generic[T]):
    """``value`` found by ``source`` (json-ld, opengraph, meta, microdata, byline, text …)."""

    value: T
    source: str
