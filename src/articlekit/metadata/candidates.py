"""A candidate value for one metadata field and the name of the source it came from; a named rule's entry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["Candidate", "Rule"]

T = TypeVar("T")


@dataclass(frozen=True)
class Candidate(Generic[T]):
    """``value`` found by ``source`` (json-ld, opengraph, meta, microdata, byline, text …)."""

    value: T
    source: str


@dataclass(frozen=True)
class Rule:
    """One named rule of the registry: ``test`` is ``"tests/metadata/test_x.py::test_name"``."""

    name: str
    field: str
    reason: str
    test: str
