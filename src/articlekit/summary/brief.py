"""Shortening a brief's bullets where that keeps more of the news per word read.

Each word of a chosen sentence gets a fitted probability of being news a reader needs (on the
DEV data: of appearing in the reference highlights), from a few features of the word in its
document: whether it is a function word or a number, whether it is capitalised, how many other
sentences share it, whether the news lead (first sentences) uses it, where it stands in its
sentence, whether it is quoted, whether a form drops it with a background clause ("... but the
American was not impressed."). Each bullet then takes the form (:func:`.clauses.clause_forms`)
that maximises the expected word-overlap F1 of the whole brief with a reference of
``SummaryConfig.brief_reference_words`` words: a clause whose words are mostly low-value goes,
one that carries shared names and numbers stays. The weights ship in
``data/summary_weights.json`` (``words``), fitted by ``bench/fit/fit_summary_words.py``.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from articlekit.errors import ResourceError
from articlekit.summary.clauses import clause_forms
from articlekit.summary.text import stem
from articlekit.summary.wordlists import load_lines, load_text, stopwords

__all__ = [
    "WORD_FEATURES",
    "DocWords",
    "brief_forms",
    "clause_flags",
    "doc_words",
    "form_value",
    "word_rows",
    "word_weights",
]

WORD_FEATURES: tuple[str, ...] = (
    "stop",  # a function word ("the", "of"): common in any text, so rarely what a reference adds
    "number",  # digits: counts, ages, scores are what highlights keep
    "capital",  # capitalised past the first word: a name
    "shared",  # how many other sentences use its stem (log, scaled by the sentence count)
    "in_lead",  # another of the first lead_sentences sentences uses it: the news lead's vocabulary
    "place",  # where it stands in its sentence (0 first word ... 1 last): tails carry detail
    "quoted",  # the sentence holds a quotation: a voice rather than the fact
    "first",  # the word is in the document's first sentence
    "repeat",  # said already, earlier in the brief: a reference rarely repeats a word as often
    "new",  # no earlier sentence uses it (a detail introduced here) -- content words only
    "background",  # in a droppable trailing clause opened by "but / when / which ...": background
    "bias",  # constant
)

_TOKEN = re.compile(r"[A-Za-z0-9]+")
_QUOTE = re.compile("[\"“”]|(?:^|\\s)['‘]")


def _tokens(text: str) -> list[str]:
    # The tokens ROUGE counts: ASCII letters and digits, split at anything else.
    return _TOKEN.findall(text)


@lru_cache(maxsize=65536)
def _key(token: str) -> str:
    low = token.lower()
    return stem(low) if len(low) > 3 else low


@dataclass(frozen=True)
class DocWords:
    """Per-document word statistics: sentence frequency of each stem and the lead's stems."""

    shared: Counter[str]  # stem -> number of sentences using it
    lead: tuple[frozenset[str], ...]  # content stems of each of the first lead sentences
    sentences: int
    first_use: dict[str, int]  # stem -> the first sentence using it


def doc_words(sentences: Sequence[str], lead: int) -> DocWords:
    """Word statistics of a document given its candidate sentences in order."""
    stops = stopwords()
    sets = [frozenset(_key(t) for t in _tokens(s) if t.lower() not in stops) for s in sentences]
    shared: Counter[str] = Counter()
    first_use: dict[str, int] = {}
    for k, s in enumerate(sets):
        shared.update(s)
        for key in s:
            first_use.setdefault(key, k)
    return DocWords(shared, tuple(sets[:lead]), len(sets), first_use)


@lru_cache(maxsize=1)
def _background_openers() -> frozenset[str]:
    return frozenset(load_lines("background_clause_openers_en.txt"))


def _kept(full: Sequence[str], part: Sequence[str]) -> list[int]:
    """Indices of ``full`` kept in ``part`` (a form: ``full`` with words deleted), matched in order."""
    kept, j = [], 0
    for i, token in enumerate(full):
        if j < len(part) and token.lower() == part[j].lower():
            kept.append(i)
            j += 1
    return kept


def clause_flags(bullet: str, forms: Sequence[str]) -> list[float]:
    """Per ROUGE token of ``bullet``: 1.0 when some form drops it as part of a background clause (a
    trailing run of deleted words opened by a word of ``data/background_clause_openers_en.txt``:
    "... but the American was not impressed."), else 0.0."""
    tokens = _tokens(bullet)
    background = [0.0] * len(tokens)
    for form in forms:
        kept = set(_kept(tokens, _tokens(form)))
        runs: list[list[int]] = []
        for i in range(len(tokens)):
            if i in kept:
                continue
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            if run[0] > 0 and run[-1] == len(tokens) - 1 and tokens[run[0]].lower() in _background_openers():
                for i in run:
                    background[i] = 1.0
    return background


def _form_flags(bullet: str, flags: Sequence[float], form: str) -> list[float]:
    """The flags of ``bullet``'s tokens that ``form`` keeps, in order."""
    part = _tokens(form)
    kept = _kept(_tokens(bullet), part)
    if len(kept) != len(part):  # not a deletion of the bullet's tokens: no clause is known
        return [0.0] * len(part)
    return [flags[i] for i in kept]


def word_rows(
    text: str,
    position: int,
    words: DocWords,
    seen: set[str],
    flags: Sequence[float] | None = None,
) -> list[list[float]]:
    """The feature row of each ROUGE token of ``text`` (the form of sentence number ``position``).

    ``seen`` holds the tokens said earlier in the brief; this text's tokens are added to it.
    ``flags`` gives each token's background-clause mark (:func:`clause_flags`).
    """
    stops = stopwords()
    tokens = _tokens(text)
    quoted = 1.0 if _QUOTE.search(text) else 0.0
    scale = math.log1p(max(1, words.sentences - 1))
    last = max(1, len(tokens) - 1)
    marks = list(flags) if flags is not None and len(flags) == len(tokens) else [0.0] * len(tokens)
    rows = []
    for i, token in enumerate(tokens):
        low = token.lower()
        stop = low in stops
        key = _key(token)
        others = 0 if stop else max(0, words.shared[key] - 1)
        in_lead = any(key in s for j, s in enumerate(words.lead) if j != position) and not stop
        rows.append([
            1.0 if stop else 0.0,
            1.0 if any(ch.isdigit() for ch in token) else 0.0,
            1.0 if i > 0 and token[0].isupper() else 0.0,
            math.log1p(others) / scale if scale else 0.0,
            1.0 if in_lead else 0.0,
            i / last,
            quoted,
            1.0 if position == 0 else 0.0,
            1.0 if key in seen else 0.0,
            1.0 if not stop and words.first_use.get(key, position) >= position else 0.0,
            marks[i],
            1.0,
        ])
        seen.add(key)
    return rows


@lru_cache(maxsize=1)
def word_weights() -> tuple[float, ...]:
    """The shipped word-value weights, one per :data:`WORD_FEATURES` entry, in order."""
    try:
        data = json.loads(load_text("summary_weights.json"))
        return tuple(float(data["words"]["weights"][f]) for f in WORD_FEATURES)
    except (ValueError, KeyError, TypeError) as exc:
        raise ResourceError(f"data/summary_weights.json is malformed: {exc!r}") from None


def form_value(rows: Sequence[Sequence[float]], weights: Sequence[float]) -> float:
    """Expected number of reference words among the tokens with these feature rows."""
    total = 0.0
    for row in rows:
        z = sum(w * x for w, x in zip(weights, row, strict=True))
        total += 1.0 / (1.0 + math.exp(-z))
    return total


def brief_forms(
    bullets: Sequence[tuple[str, int]],
    words: DocWords,
    *,
    reference_words: float,
    min_words: int,
    weights: Sequence[float] | None = None,
    cut_leading: bool = True,
) -> list[str]:
    """The chosen form of each bullet: (trimmed bullet, sentence position) in, bullets out.

    Coordinate ascent on expected F1 = 2·M / (C + R) (M expected reference words kept, C words
    kept, R ``reference_words``), each bullet in turn, twice. ``cut_leading=False``: no form drops
    a leading clause (:func:`.clauses.clause_forms`).
    """
    values = word_weights() if weights is None else weights
    options: list[list[tuple[str, float, int]]] = []
    seen: set[str] = set()
    for bullet, position in bullets:
        forms = clause_forms(bullet, min_words=min_words, leading=cut_leading)
        forms = [bullet] + [f for f in forms if f != bullet]
        flags = clause_flags(bullet, forms)
        scored = []
        for form in forms:
            # every form is judged against the earlier bullets as said in full
            rows = word_rows(form, position, words, set(seen), _form_flags(bullet, flags, form))
            scored.append((form, form_value(rows, values), len(rows)))
        options.append(scored)
        word_rows(bullet, position, words, seen, flags)
    pick = [0] * len(options)
    for _ in range(2):
        for i, opts in enumerate(options):
            rest_m = sum(options[j][pick[j]][1] for j in range(len(options)) if j != i)
            rest_c = sum(options[j][pick[j]][2] for j in range(len(options)) if j != i)
            best, best_f = pick[i], -1.0
            for k, (_, m, c) in enumerate(opts):
                f = 2.0 * (rest_m + m) / (rest_c + c + reference_words)
                if f > best_f + 1e-12:
                    best, best_f = k, f
            pick[i] = best
    return [options[i][pick[i]][0] for i in range(len(options))]
