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
    chars_per_point: int = 100  # a unit earns one point per this many characters (readability's rule)
    max_length_points: float = 3.0  # ...up to this many: one huge block must not outweigh many paragraphs
    comma_weight: float = 1.0  # punctuation marks prose: points per comma / full stop
    max_commas: int = 10  # cap so that a list of numbers is not mistaken for prose
    protect_share: float = 0.5  # a furniture-looking subtree holding this share of the page's prose is kept
    decay_levels: int = 4  # ancestors above a unit that receive a share of its score
    sibling_share: float = 0.2  # siblings scoring this share of the best container join it
    max_block_link_density: float = 0.5  # emitted blocks with more link text than this are dropped
    max_list_link_density: float = 0.35  # lists mostly of links are related-story lists
    max_highlight_points: int = 12  # a summary box has a handful of points; more is an index
    max_highlight_chars: int = 1500  # ...and is short
    top_scan_blocks: int = 6  # blocks at the top of the body checked for a repeated headline / byline


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
