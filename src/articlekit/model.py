"""The data articlekit returns: frozen dataclasses with JSON and Markdown renderings.

Dates are :class:`datetime.datetime` objects, always (one type): aware when the page gave a UTC offset,
naive when it gave none (a naive value is the page's local wall-clock time, zone unknown). A page that
gives only a day yields midnight of that day. ``date_precision`` says how much of each value the page
really gave: ``"day"``, ``"minute"`` (seconds zero) or ``"second"``. ISO 8601 strings appear only in
:meth:`Article.to_dict` and the renderings built on it, and keep that precision: a day is written
``"2024-03-21"``, a time ``"2024-03-21T10:00:00+01:00"``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

__all__ = ["PAGE_TYPES", "Article", "Block", "BlockKind", "Body", "DatePrecision", "KeyFigure", "Metadata", "iso"]

BlockKind = Literal["p", "h", "ul", "ol", "quote", "table", "pre"]
DatePrecision = Literal["day", "minute", "second"]
# The kinds of page body extraction tells apart (Article.page_type).
PAGE_TYPES = ("article", "forum", "product", "collection", "listing", "documentation", "service")


def iso(value: dt.date | None, precision: str | None = None) -> str | None:
    """ISO 8601 text of a date or datetime (``None`` stays ``None``); ``precision="day"`` writes the day
    only, as does a :class:`datetime.date`."""
    if value is None:
        return None
    if precision == "day" and isinstance(value, dt.datetime):
        return value.date().isoformat()
    return value.isoformat()


@dataclass(frozen=True)
class Block:
    """One structural block of the body.

    ``kind`` is ``p`` (paragraph), ``h`` (heading, ``level`` 1–6), ``ul``/``ol`` (list; ``items``),
    ``quote`` (blockquote), ``table`` (``rows`` of cells) or ``pre`` (preformatted text).
    ``text`` is always the block's plain text (list items and table rows on their own lines).
    """

    kind: BlockKind
    text: str
    level: int = 0
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()

    def to_markdown(self) -> str:
        """This block as Markdown."""
        if self.kind == "h":
            return "#" * min(max(self.level, 1) + 1, 6) + " " + self.text
        if self.kind == "ul":
            return "\n".join(f"- {item}" for item in self.items or (self.text,))
        if self.kind == "ol":
            return "\n".join(f"{n}. {item}" for n, item in enumerate(self.items or (self.text,), 1))
        if self.kind == "quote":
            return "\n".join(f"> {line}" if line else ">" for line in self.text.split("\n"))
        if self.kind == "pre":
            return f"```\n{self.text}\n```"
        if self.kind == "table" and self.rows:
            return _table_markdown(self.rows)
        return self.text


def _table_markdown(rows: tuple[tuple[str, ...], ...]) -> str:
    width = max(len(r) for r in rows)
    padded = [list(r) + [""] * (width - len(r)) for r in rows]
    cells = [[c.replace("|", "\\|").replace("\n", " ") for c in r] for r in padded]
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(r) + " |" for r in cells[1:]]
    return "\n".join(lines)


@dataclass(frozen=True)
class KeyFigure:
    """A number that matters in an article, with what it counts.

    ``value`` is the absolute value ("$1.5bn" → 1.5e9, "12%" → 12.0); ``text`` the number as written;
    ``unit`` one of count, percent, USD, GBP, EUR, JPY, CNY, INR …, year, month, …; ``kind`` one of
    count, money, percent, change, duration, ratio; ``counted`` what it counts or measures;
    ``qualifiers`` words such as "only", "over", "about"; ``span`` the exact substring of the text
    that holds the figure and its counted thing; ``sentence`` the sentence it stands in; ``direction``
    "up" or "down" for a change (else None); ``start``
    and ``end`` the span's offsets in the text it was found in.
    """

    value: float
    text: str
    unit: str
    kind: str
    counted: str
    span: str
    sentence: str
    qualifiers: tuple[str, ...] = ()
    direction: str | None = None
    start: int = -1
    end: int = -1
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (the ``figures`` entries of :meth:`Article.to_dict`)."""
        return {
            "value": self.value,
            "text": self.text,
            "unit": self.unit,
            "kind": self.kind,
            "counted": self.counted,
            "qualifiers": list(self.qualifiers),
            "direction": self.direction,
            "span": self.span,
            "sentence": self.sentence,
        }


def _people(authors: tuple[str, ...], provenance: Mapping[str, str]) -> tuple[str, ...]:
    # DECLARED_CREDIT's source: the credit names an organisation, desk or team, not people
    return () if provenance.get("authors") == "declared" else authors


@dataclass(frozen=True)
class Metadata:
    """Everything about a page except its body; each field's source is in ``provenance``, the precision
    of each date field (``"day"``, ``"minute"``, ``"second"``) in ``date_precision``."""

    url: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    date_published: dt.datetime | None = None
    date_modified: dt.datetime | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = ()
    provenance: Mapping[str, str] = field(default_factory=dict)
    date_precision: Mapping[str, DatePrecision] = field(default_factory=dict)

    @property
    def people(self) -> tuple[str, ...]:
        """``authors`` when they name people: empty when they are only the organisation, desk or team
        the page's structured data credits (``provenance["authors"] == "declared"``)."""
        return _people(self.authors, self.provenance)


@dataclass(frozen=True)
class Article:
    """A structured article: metadata, body, the publisher's highlights, summary and key figures.

    ``page_type`` says what kind of page it came from (see :data:`PAGE_TYPES`), with the model's
    ``page_type_confidence``: ``[a for a in articles if a.page_type == "article"]`` keeps articles only.
    """

    source: str = "-"
    url: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    date_published: dt.datetime | None = None
    date_modified: dt.datetime | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    highlights: tuple[str, ...] = ()
    summary: tuple[str, ...] = ()
    figures: tuple[KeyFigure, ...] = ()
    provenance: Mapping[str, str] = field(default_factory=dict)
    date_precision: Mapping[str, DatePrecision] = field(default_factory=dict)
    page_type: str = "article"  # article, forum, product, collection, listing, documentation or service
    page_type_confidence: float = 1.0  # the page-type model's probability for it

    @property
    def people(self) -> tuple[str, ...]:
        """``authors`` when they name people: empty when they are only the organisation, desk or team
        the page's structured data credits (``provenance["authors"] == "declared"``)."""
        return _people(self.authors, self.provenance)

    @property
    def text(self) -> str:
        """The body as plain text: one block per paragraph, blocks separated by one blank line."""
        return "\n\n".join(b.text for b in self.blocks if b.text)

    def with_source(self, source: str) -> Article:
        """A copy of this article with another ``source``."""
        return replace(self, source=source)

    def to_dict(self) -> dict[str, Any]:
        """The JSON data contract: every key always present, dates as ISO 8601 strings.

        Keys follow the dataclass fields, so a new field cannot be left out; ``blocks`` become ``text``.
        ``date_precision`` is not a key of its own: the ISO strings carry it (a day is ``YYYY-MM-DD``).
        """
        return {("text" if f.name == "blocks" else f.name): self._json_value(f.name)
                for f in fields(self) if f.name != "date_precision"}

    def _json_value(self, name: str) -> Any:
        if name == "blocks":
            return self.text
        value = getattr(self, name)
        if isinstance(value, (dt.date, dt.datetime)):
            return iso(value, self.date_precision.get(name))
        if isinstance(value, tuple):
            return [v.to_dict() if isinstance(v, KeyFigure) else v for v in value]
        if isinstance(value, Mapping):
            return dict(value)
        return value

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text (UTF-8 characters kept)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """Title, byline, date, highlights, summary, figures and the structured body as Markdown."""
        from articlekit.render import article_markdown

        return article_markdown(self)


@dataclass(frozen=True)
class Body:
    """What body extraction returns: the blocks, the publisher's own summary box and the page type."""

    blocks: tuple[Block, ...] = ()
    highlights: tuple[str, ...] = ()
    page_type: str = "article"
    page_type_confidence: float = 1.0
