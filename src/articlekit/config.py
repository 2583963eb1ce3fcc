"""Every weight, threshold and limit articlekit uses, with a one-line reason each.

Each stage has its own frozen dataclass; :class:`Config` bundles them. Word lists and token
vocabularies are data too: they live in :mod:`articlekit.html.selectors` and ``articlekit/data/``.
Pass ``config=Config(...)`` (or ``dataclasses.replace(DEFAULT, ...)``) to change any of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

__all__ = [
    "DEFAULT",
    "BodyConfig",
    "Config",
    "FiguresConfig",
    "LimitsConfig",
    "MetadataConfig",
    "SummaryConfig",
]


def _changed_repr(self: Any) -> str:
    """``SummaryConfig(bullets=5)``: only the settings that differ from the defaults.

    The full repr of :data:`DEFAULT` is thousands of characters, and it shows up in
    ``help(articlekit.extract)``; this one is ``Config()`` and still evaluates back to an equal object.
    """
    default = type(self)()
    changed = [f"{f.name}={getattr(self, f.name)!r}" for f in fields(self)
               if getattr(self, f.name) != getattr(default, f.name)]
    return f"{type(self).__name__}({', '.join(changed)})"


@dataclass(frozen=True)
class LimitsConfig:
    """Guards against hostile or broken input."""

    __repr__ = _changed_repr

    max_bytes: int = 50 * 1024 * 1024  # larger inputs are refused: no news page is near this size
    max_depth: int = 200  # deeper elements are flattened to text: real pages nest <= 50, libxml2 stops at 256
    max_attributes: int = 256  # per element; more are dropped: libxml2's duplicate check is quadratic in them
    max_elements_per_mb: int = 25_000  # elements kept per MB of input (at least this many; 0: all): DEV pages < 16,000
    sniff_bytes: int = 4096  # how far into the bytes a <meta charset> declaration is looked for
    detect_bytes: int = 200_000  # how much of an undeclared page the charset detector reads
    max_analysed_chars: int = 100_000  # body text read by summary and key figures: the longest dev body is 53k
    binary_sample: int = 8192  # characters of decoded input checked for binary data
    max_control_share: float = 0.05  # more control characters than this in the sample: binary, not a page


@dataclass(frozen=True)
class MetadataConfig:
    """Title, author and date heuristics."""

    __repr__ = _changed_repr

    min_year: int = 1995  # dates before the web's news era are parsing accidents
    byline_window: int = 4000  # characters of visible text after the headline searched for bylines/dates
    max_author_words: int = 5  # longer "names" are sentences, not people
    # a declared author field (JSON-LD, meta) longer than this is page text, not names: only its start is read
    max_author_field_chars: int = 1000
    headline_lookback: int = 300  # characters of visible text before the headline searched for dates
    byline_lookback: int = 200  # characters before the headline searched for a "By …" line (bylines above)
    date_window: int = 1200  # characters after the headline searched for its date; later dates are events
    date_close: int = 400  # a date this close to the headline is the one readers see: it beats metadata
    dateline_chars: int = 100  # a visible date counts only on a line this short: longer lines are sentences
    dateparser_calls: int = 2  # dateparser calls per page at most (2-6 ms each), only when nothing else works
    headline_match: float = 0.5  # word overlap above which a heading counts as the declared title's headline
    headline_confirmed: float = 0.5  # overlap from which the visible heading's wording beats the declared title
    signature_prose_chars: int = 150  # an end-of-article signature follows a paragraph at least this long
    date_name_window: int = 400  # "date – Name" bylines: chars read from byline_lookback before the headline on
    superset_max_authors: int = 4  # BYLINE_SUPERSET: a byline listing more names than this is a teaser list
    comment_levels: int = 8  # COMMENT_AUTHOR: ancestors of an itemprop=author looked at for a comment box
    name_lookups: int = 12  # NAME_FROM_TEXT: places writing a name's first word that are looked at


@dataclass(frozen=True)
class BodyConfig:
    """Main-content detection."""

    __repr__ = _changed_repr

    min_paragraph_chars: int = 25  # shorter isolated blocks are captions, buttons or labels
    max_link_density: float = 0.5  # blocks mostly made of link text are navigation
    chars_per_point: int = 100  # a unit earns one point per this many characters (readability's rule)
    max_length_points: float = 3.0  # ...up to this many: one huge block must not outweigh many paragraphs
    comma_weight: float = 1.0  # punctuation marks prose: points per comma / full stop
    max_commas: int = 10  # cap so that a list of numbers is not mistaken for prose
    protect_share: float = 0.5  # a furniture-looking subtree holding this share of the page's prose is kept
    min_kept_prose: int = 400  # furniture rules leaving less prose than this...
    min_kept_share: float = 0.25  # ...and less than this share of it fall back to the strongest rules only
    decay_levels: int = 4  # ancestors above a unit that receive a share of its score
    climb_share: float = 0.25  # climb to the parent when it adds this share of prose (split bodies)
    climb_max_link_density: float = 0.25  # ...unless what it adds is this much link text (teaser lists)
    climb_max_gap: int = 1  # ...looking at most this many levels above the last ancestor taken
    climb_free_chars: int = 60  # ...where a level adding no more prose than this (a heading) is free
    fragment_share: float = 0.25  # a choice with less than this share of the page's prose is a fragment...
    fragment_max_gap: int = 3  # ...and climbs this many levels past the last ancestor taken
    marked_body_share: float = 0.5  # a marked article body (itemprop/class) elsewhere wins with this share...
    marked_inner_share: float = 0.8  # ...inside the scored candidate, with this share of its prose
    marked_outer_gain: float = 1.5  # ...around it, when it holds this many times its prose
    sibling_share: float = 0.2  # siblings scoring this share of the best container join it
    titled_article_prose: int = 400  # of several <article>s, the one headed by the page title wins with this much prose
    max_block_link_density: float = 0.5  # emitted blocks with more link text than this are dropped
    max_list_link_density: float = 0.35  # lists mostly of links are related-story lists
    max_highlight_points: int = 12  # a summary box has a handful of points; more is an index
    max_highlight_chars: int = 1500  # ...and is short
    min_highlight_points: int = 2  # one lone line under "Highlights" is a label or a field, not a summary
    highlight_point_words: int = 4  # a point reads as a sentence: at least half the points have this many words
    max_highlight_link_density: float = 0.3  # a box of links is a teaser / related list, not a summary
    highlight_max_position: float = 0.3  # the box sits near the top: at most this share of the page's prose before it
    top_scan_blocks: int = 6  # blocks at the top of the body checked for a repeated headline / byline
    copy_run_share: float = 0.2  # repeated blocks in a run with this share of the words: a second rendering
    appeal_scan_blocks: int = 8  # the last blocks checked for a subscription appeal / copyright notice...
    appeal_max_chars: int = 1500  # ...which is cut with all that follows when that tail is this short
    standfirst_levels: int = 6  # a standfirst (lead under the headline) is looked for this many levels up
    standfirst_min_chars: int = 30  # ...it is at least a sentence long
    standfirst_max_chars: int = 1200  # ...and a short paragraph or two, not a second body
    standfirst_max_gap: int = 300  # ...with at most this much text (byline, date, caption) before the body
    standfirst_max_link_density: float = 0.25  # a teaser card is a link; a standfirst is prose
    header_max_link_density: float = 0.2  # a <header> with prose and fewer links is the article's, not the site's


@dataclass(frozen=True)
class SummaryConfig:
    """The extractive In Brief summarizer."""

    __repr__ = _changed_repr

    bullets: int = 3  # the CNN/DM convention and the low end of the product's 3–5 range
    max_bullet_words: int = 30  # a bullet reads at a glance
    lead_sentences: int = 3  # news puts its gist in the first few sentences
    punkt_model: str | None = None  # an installed NLTK Punkt model by name; None = articlekit's own splitting rules
    max_sentences: int = 150  # only the first sentences compete: keeps pairwise similarity cheap
    min_sentence_words: int = 5  # shorter pieces are labels, datelines or fragments, never bullets
    max_sentence_words: int = 80  # longer "sentences" are unpunctuated blobs (glued captions, lists)
    max_output_words: int = 50  # no bullet is longer: a longer sentence is only a bullet once trimmed below this
    redundancy: float = 0.3  # MMR: score lost per unit of similarity to an already chosen bullet
    coverage_share_low: float = 0.3  # bullets <= 30% of the sentences: ranked by the lead-heavy brief weights
    coverage_share_high: float = 0.4  # >= 40%: a long summary, ranked by the fitted coverage weights
    coverage_min_bullets: int = 4  # up to 3 bullets is always a brief: the news lead rules
    coverage_whole_sentences: bool = True  # a long summary (coverage mix > 0) keeps its sentences whole, untrimmed
    duplicate_similarity: float = 0.7  # a sentence this similar to a chosen one is never chosen too
    cut_long_sentences: bool = True  # over-budget bullets lose ", who ...," and a trailing ", which ..."
    min_clause_words: int = 10  # ... but keep at least this many words
    brief_bullet_words: int = 24  # a brief (coverage_mix 0) cuts clauses from this length on; 2-fold CV
    brief_shorten: bool = True  # a brief's bullets may lose a clause of low-value words (summary/brief.py)
    brief_reference_words: float = 25.0  # R in the expected F1 = 2M/(C+R) a brief shortens for; 5-fold CV
    brief_min_words: int = 10  # a shortened brief bullet keeps at least this many words
    brief_cut_leading: bool = False  # a brief keeps leading clauses ("On Tuesday, ..."): their words are news too


@dataclass(frozen=True)
class FiguresConfig:
    """Key-figure recognition and ranking."""

    __repr__ = _changed_repr

    limit: int = 8  # figures kept on an Article: a reader scans a handful
    decimal_comma: bool | None = None  # "1.234,5" style; None = from the language (de/fr/es), in English from the text
    max_numbers: int = 500  # numbers examined per text: an article states under 200; more is a table or junk
    # Ranking: a logistic model over named cues (figures/rank.py), its weights fitted by
    # bench/fit/fit_figures_weights.py into data/figures_weights.json. These say how cues are measured.
    lead_sentences: int = 3  # how many sentences count as the lead
    magnitude_cap: float = 7.0  # powers of ten of a count or sum beyond this add nothing
    small_count: float = 10.0  # bare counts below this are "small" ("two of the …", "three players")
    repeat_cap: int = 3  # repetitions of a value beyond this add nothing


@dataclass(frozen=True)
class Config:
    """All settings, one section per stage."""

    __repr__ = _changed_repr

    limits: LimitsConfig = field(default_factory=LimitsConfig)
    metadata: MetadataConfig = field(default_factory=MetadataConfig)
    body: BodyConfig = field(default_factory=BodyConfig)
    summary: SummaryConfig = field(default_factory=SummaryConfig)
    figures: FiguresConfig = field(default_factory=FiguresConfig)
    pause_gc: bool = True  # cyclic GC off during each extract(): it finds no garbage there (see articlekit.gcpause)


DEFAULT = Config()
