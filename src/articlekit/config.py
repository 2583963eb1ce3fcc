"""Every weight, threshold and limit articlekit uses, with a one-line reason each.

Each stage has its own frozen dataclass; :class:`Config` bundles them. Word lists and token
vocabularies are data too: they live in :mod:`articlekit.html.selectors` and ``articlekit/data/``.
Pass ``config=Config(...)`` (or ``dataclasses.replace(DEFAULT, ...)``) to change any of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "DEFAULT",
    "BodyConfig",
    "Config",
    "FiguresConfig",
    "LimitsConfig",
    "MetadataConfig",
    "SummaryConfig",
]


@dataclass(frozen=True)
class LimitsConfig:
    """Guards against hostile or broken input."""

    max_bytes: int = 50 * 1024 * 1024  # larger inputs are refused: no news page is near this size
    max_depth: int = 400  # deeper elements are flattened: real pages nest < 100, 60k-deep soup must not recurse
    sniff_bytes: int = 4096  # how far into the bytes a <meta charset> declaration is looked for
    detect_bytes: int = 200_000  # how much of an undeclared page the charset detector reads


@dataclass(frozen=True)
class MetadataConfig:
    """Title, author and date heuristics."""

    min_year: int = 1995  # dates before the web's news era are parsing accidents
    byline_window: int = 4000  # characters of visible text after the headline searched for bylines/dates
    max_author_words: int = 5  # longer "names" are sentences, not people


@dataclass(frozen=True)
class BodyConfig:
    """Main-content detection."""

    min_paragraph_chars: int = 25  # shorter isolated blocks are captions, buttons or labels
    max_link_density: float = 0.5  # blocks mostly made of link text are navigation


@dataclass(frozen=True)
class SummaryConfig:
    """The extractive In Brief summarizer."""

    bullets: int = 3  # the CNN/DM convention and the low end of the product's 3–5 range
    max_bullet_words: int = 30  # a bullet reads at a glance
    lead_sentences: int = 3  # news puts its gist in the first few sentences


@dataclass(frozen=True)
class FiguresConfig:
    """Key-figure recognition and ranking."""

    limit: int = 8  # figures kept on an Article: a reader scans a handful


@dataclass(frozen=True)
class Config:
    """All settings, one section per stage."""

    limits: LimitsConfig = field(default_factory=LimitsConfig)
    metadata: MetadataConfig = field(default_factory=MetadataConfig)
    body: BodyConfig = field(default_factory=BodyConfig)
    summary: SummaryConfig = field(default_factory=SummaryConfig)
    figures: FiguresConfig = field(default_factory=FiguresConfig)


DEFAULT = Config()
