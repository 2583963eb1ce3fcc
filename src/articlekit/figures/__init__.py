"""Key figures: the numbers that matter in a text, with what they count.

The pipeline, one module per step, over the sentence split the summary uses too:

1. :mod:`.numbers` reads every quantity (numerals, number words, money, percentages, ranges);
2. :mod:`.filter` drops dates, times, years, ages, scores, ordinals, names, labels and furniture;
3. :mod:`.counted` reads what each figure counts and its qualifiers;
4. :mod:`.rank` scores them; repeated values are merged and the best come first.

Word lists are per language (:mod:`.vocab`); a text in a language outside
:data:`~articlekit.figures.vocab.FIGURE_LANGUAGES` has no figures.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from articlekit.config import FiguresConfig
from articlekit.figures.counted import MAX_REACH, Context, describe
from articlekit.figures.filter import blocked_spans, non_figure_reason
from articlekit.figures.numbers import Quantity, find_quantities
from articlekit.figures.rank import Features, score
from articlekit.figures.vocab import FIGURE_LANGUAGES, lexicon
from articlekit.model import KeyFigure

__all__ = ["FIGURE_LANGUAGES", "described", "find_key_figures", "rank", "text_language"]

_CONVERSION_GAP = re.compile(r"\s*[(;/]\s*")  # "$17.6m (£9.49m)", "($701m; £371m)"
_BASELINE = re.compile(r"(?:compared\s+(?:with|to)|against|versus|vs\.?|up\s+from|down\s+from|from)\s+$",
                       re.IGNORECASE)


@dataclass(frozen=True)
class _Found:
    q: Quantity
    sentence_index: int
    sentence: tuple[int, int]
    ctx: Context


def text_language(text: str, declared: str | None) -> str | None:
    """The primary language subtag of ``declared`` ("de-AT" → "de"), else the one guessed from the
    text's function words; English when neither tells (a short text). May be a language whose
    figures are not read (see :data:`FIGURE_LANGUAGES`)."""
    from articlekit.metadata.language import guess_language

    lang = declared or guess_language(text) or "en"
    return lang.split("-")[0].lower()


def _conversions(text: str, qs: list[Quantity]) -> set[int]:
    """Indexes of money figures that restate the previous one in another currency."""
    out: set[int] = set()
    for i in range(1, len(qs)):
        a, b = qs[i - 1], qs[i]
        gap = text[a.end:b.start]
        if a.kind == b.kind == "money" and a.unit != b.unit and _CONVERSION_GAP.fullmatch(gap):
            out.add(i)
    return out


_DIGITS = re.compile(r"\d+")
_SENTENCE_REACH = 1000  # characters of a figure's sentence kept each side of it: real sentences are shorter


def _read_part(text: str, sentences: Sequence[tuple[int, int]],
               max_numbers: int) -> tuple[str, list[tuple[int, int]]]:
    """The text up to the end of the sentence holding its ``max_numbers``-th number, and its sentences.

    The filters read a window around every number: linear, but not cheap, so a table or a hostile
    text of thousands of numbers is read only as far as an article's worth of them.
    """
    spans = list(sentences) or [(0, len(text))]
    last = next(itertools.islice(_DIGITS.finditer(text), max_numbers - 1, None), None)
    if last is None:
        return text, spans
    k = max(0, bisect.bisect_right([a for a, _ in spans], last.start()) - 1)
    cut = max(last.end(), min(spans[k][1], last.end() + _SENTENCE_REACH))
    return text[:cut], [(a, min(b, cut)) for a, b in spans if a < cut]


_MAX_DESCRIBED = 300  # figures described per text (~1 ms each on dense text); a news article has under 100
# characters of context read to describe them: 100 figures in sentences of 300 characters read 30,000,
# but 300 numbers in one long run read 800 each (0.5 s of CPU)
_DESCRIBE_BUDGET = 120_000


def _candidates(text: str, spans: Sequence[tuple[int, int]], language: str,
                config: FiguresConfig) -> list[_Found]:
    starts = [a for a, _ in spans]
    blocked = blocked_spans(text)
    quantities = find_quantities(text, decimal_comma=config.decimal_comma, language=language)
    conversions = _conversions(text, quantities)
    kept = [q for i, q in enumerate(quantities)
            if i not in conversions and non_figure_reason(q, text, blocked, language) is None]
    nums = [(q.start, q.end) for q in quantities]
    out: list[_Found] = []
    prev: tuple[int, tuple[str, int, int]] | None = None
    budget = _DESCRIBE_BUDGET
    for q in kept[:_MAX_DESCRIBED]:
        k = max(0, bisect.bisect_right(starts, q.start) - 1)
        sent = (spans[k][0], max(spans[k][1], q.end))
        budget -= min(sent[1], q.end + MAX_REACH) - max(sent[0], q.start - MAX_REACH)
        if budget < 0:
            break
        prev_counted = prev[1] if prev is not None and prev[0] == k else None
        ctx = describe(text, q, sent, nums, prev_counted, language)
        if ctx.counted and q.kind != "duration":
            prev = (k, (ctx.counted, ctx.counted_start, ctx.counted_end))
        out.append(_Found(q, k, sent, ctx))
    return out


_OPEN_SINGLE = re.compile(r"(?:^|[\s(])'(?=[A-Z])")
_CLOSE_SINGLE = re.compile(r"[.,!?]'(?=\s|$)")


_QUOTE_LOOKBACK = 3000  # characters: longer than any real paragraph's quotation


def _in_quote(text: str, pos: int) -> bool:
    """Inside a quotation: an open double quote, or a single quote opened and not yet closed."""
    # At most _QUOTE_LOOKBACK characters back: the whole paragraph per figure is quadratic on long ones.
    low = max(0, pos - _QUOTE_LOOKBACK)
    para_start = text.rfind("\n", low, pos) + 1 or low
    before = text[para_start:pos]
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return True
    opens = [m.end() for m in _OPEN_SINGLE.finditer(before)]
    closes = [m.end() for m in _CLOSE_SINGLE.finditer(before)]
    return bool(opens) and (not closes or opens[-1] > closes[-1])


def _kind(f: _Found) -> str:
    if f.q.kind == "percent" and f.ctx.change:
        return "change"
    return f.q.kind


def _features(text: str, f: _Found, n_sentences: int, repeats: int, title: str | None,
              config: FiguresConfig, attached: bool, language: str) -> Features:
    q = f.q
    lex = lexicon(language)
    small = q.kind == "count" and not q.scaled and q.value < config.small_count
    baseline = bool(_BASELINE.search(text[max(f.sentence[0], q.start - 20):q.start]))
    surface = text[q.start:q.end]
    return Features(
        sentence_index=f.sentence_index,
        sentence_count=n_sentences,
        kind=_kind(f),
        value=q.value,
        has_counted=bool(f.ctx.counted) and not attached,
        attached=attached,
        small=small,
        spelled_small=q.spelled and not q.scaled and q.value < 20,
        bare=q.bare,
        repeats=repeats,
        in_title=bool(title) and _in_title(surface, title or ""),
        in_quote=_in_quote(text, q.start),
        baseline=baseline,
        emphasis=any(x.lower() in lex.emphasis_qualifiers for x in f.ctx.qualifiers),
    )


def _in_title(surface: str, title: str) -> bool:
    digits = re.sub(r"[^\d.]", "", surface)
    if digits:
        return digits in re.sub(r"[^\d. ]", "", title).split() or surface.lower() in title.lower()
    return surface.lower() in title.lower()


def _figure(text: str, f: _Found, s: float, extra: tuple[str, ...]) -> KeyFigure:
    """The public record of one mention (span from the first qualifier or thing to the last)."""
    q, ctx = f.q, f.ctx
    start = min(q.start, ctx.qualifier_start, ctx.counted_start if ctx.counted_start >= 0 else q.start)
    end = max(q.end, ctx.counted_end)
    # A "sentence" of a whole unpunctuated page is not repeated in every figure: a window around it is.
    a, b = max(f.sentence[0], start - _SENTENCE_REACH), min(f.sentence[1], end + _SENTENCE_REACH)
    return KeyFigure(
        value=q.value,
        text=text[q.start:q.end],
        unit=q.unit,
        kind=_kind(f),
        counted=" ".join(ctx.counted.split()),
        span=text[start:end],
        sentence=text[a:b].strip(),
        qualifiers=(*ctx.qualifiers, *extra),
        direction=ctx.direction,
        start=start,
        end=end,
        score=round(s, 6),
    )


def _key(q: Quantity) -> tuple[float, str]:
    return (round(q.value, 9), q.unit)


def _durations_by_sentence(text: str, found: list[_Found], language: str) -> dict[int, str]:
    """The duration phrase of each sentence ("over the next five years"), to qualify its other figures."""
    lex = lexicon(language)
    out: dict[int, str] = {}
    for f in found:
        if f.q.kind != "duration" or f.q.compound or f.sentence_index in out:
            continue
        before = text[f.sentence[0]:f.q.start].lower()
        prep = next((p for p in lex.duration_preps if before.endswith(p + " ")), None)
        if prep is not None:
            out[f.sentence_index] = text[f.q.start - len(prep) - 1:f.q.end]
    return out


def described(
    text: str,
    *,
    sentences: Sequence[tuple[int, int]],
    language: str | None = "en",
    title: str | None,
    config: FiguresConfig,
) -> list[tuple[Features, KeyFigure]]:
    """Every figure mention with the features its score is built from (score not yet set).

    ``sentences`` are the text's (start, end) sentence spans (the summary's split). Empty for a
    language outside :data:`FIGURE_LANGUAGES`. Exposed for the weight-fitting scripts in ``bench/``:
    features do not depend on weights.
    """
    if not isinstance(text, str) or not text.strip() or language not in FIGURE_LANGUAGES:
        return []
    text, spans = _read_part(text, sentences, config.max_numbers)
    found = _candidates(text, spans, language, config)
    n_sentences = len(spans)
    counts: dict[tuple[float, str], int] = {}
    for f in found:
        counts[_key(f.q)] = counts.get(_key(f.q), 0) + 1
    durations = _durations_by_sentence(text, found, language)
    # A duration beside another figure usually qualifies it ("50,000 … over the next five years").
    with_figures = {f.sentence_index for f in found if f.q.kind != "duration"}
    out: list[tuple[Features, KeyFigure]] = []
    for f in found:
        # "a four-year period", "a 10-year low": a compound duration describes its noun.
        attached = f.q.kind == "duration" and (f.q.compound or f.sentence_index in with_figures)
        feats = _features(text, f, n_sentences, counts[_key(f.q)] - 1, title, config, attached, language)
        extra = (durations[f.sentence_index],) if (
            f.sentence_index in durations and f.q.kind != "duration") else ()
        out.append((feats, _figure(text, f, 0.0, extra)))
    return out


def rank(mentions: list[tuple[Features, KeyFigure]], config: FiguresConfig,
         weights: Sequence[float] | None = None) -> list[KeyFigure]:
    """Score each mention, keep the best mention of each value and unit, best first.

    ``weights`` (one per cue of :data:`~articlekit.figures.rank.CUES`, then the bias) replaces the
    shipped model; the fitting script in ``bench/`` uses it.
    """
    best: dict[tuple[float, str], KeyFigure] = {}
    for feats, fig in mentions:
        scored = replace(fig, score=round(score(feats, config, weights), 6))
        key = (round(fig.value, 9), fig.unit)
        old = best.get(key)
        if old is None or scored.score > old.score:
            best[key] = scored
    return sorted(best.values(), key=lambda k: (-k.score, k.start))


def find_key_figures(
    text: str,
    *,
    sentences: Sequence[tuple[int, int]],
    language: str | None = "en",
    title: str | None,
    limit: int | None,
    config: FiguresConfig,
) -> list[KeyFigure]:
    """Recognise, describe and rank the key figures of ``text`` (most important first).

    ``sentences`` is the text's sentence split; ``language`` its primary language subtag (no figures
    outside :data:`FIGURE_LANGUAGES`). Same value in the same unit is one figure (its best-scored
    mention), with a bonus for each repetition. ``limit=None`` returns every figure found.
    """
    ranked = rank(described(text, sentences=sentences, language=language, title=title, config=config), config)
    return ranked if limit is None else ranked[: max(0, limit)]
