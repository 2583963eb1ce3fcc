"""What kind of page this is: article, forum, product, collection, listing, documentation or service.

A softmax (multinomial logistic) model over named page signals, fitted by ``bench/fit/fit_body.py``
(``data/body_model.json``, section ``page_type``):

* the structured data the publisher declares: JSON-LD ``@type`` values and ``og:type``;
* the URL's path words (``/docs/``, ``/forum/``, ``/product/``, a year) and depth;
* the page's structure: how many ``<article>``, ``<pre>``, list items, headings and tables, how much
  prose and how much of the text is links, prices in the text;
* class/id words counted over the page (``post``, ``reply``, ``price``, ``card``, ``toc``, ``hero`` ...);
* the metadata found: a byline, a publication date.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from articlekit.body.scoring import NodeStats
from articlekit.bundled import data_json
from articlekit.html.selectors import plain_parts
from articlekit.model import PAGE_TYPES, Metadata

__all__ = ["PAGE_TYPES", "PageTypeModel", "classify", "declared_types", "load_page_model", "most_probable",
           "page_signals", "read_declarations", "type_probabilities"]

_LD_TYPE = re.compile(r'"@type"\s*:\s*\[?\s*"([A-Za-z]+)"')
_URL_WORD = re.compile(r"[a-z]+|\d+")
# A currency sign before a number, or a number before "€" or a code ("$ 5", "20 eur"). Written to start
# with one character class, which lets the regex engine skip to candidates in C (an alternation of two
# branches is tried at every position), and searched in the lowercased text: re.I is several times slower.
# The digits of a number are capped at 21: with "[\d.,]*", every digit of a long run of digits was a start
# that scanned to the run's end (58 s on a fuzzed 358 kB page). The count is the same: a run's price is
# then found from a later digit of the run instead of its first (one match per run either way).
_PRICE = re.compile(r"[$€£¥\d](?:(?<=[$€£¥])\s?\d|(?<=\d)[\d.,]{0,20}\s?(?:€|eur|usd|gbp)\b)")
_CURRENCY_MARKS = ("$", "€", "£", "¥", "eur", "usd", "gbp")  # one of them is in every _PRICE match
_COUNTED_TAGS = ("article", "pre", "code", "li", "h2", "h3", "table", "form", "time", "blockquote", "dl")
_MAX_CLASS_STRINGS = 4000  # distinct class strings looked at: a page repeats a few hundred
_MAX_TEXT = 400_000  # characters of page text searched for cue words
# Words and phrases whose count in the page text tells page types apart: forum threads, shops,
# listings, documentation and service pages each use their own. The model weighs them.
_CUE_WORDS = frozenset({
    "reply", "replies", "posted", "joined", "posts", "quote", "thread", "member", "views", "answer",
    "answers", "asked", "votes", "sku", "review", "reviews", "rating", "shipping", "buy", "price",
    "filter", "results", "showing", "install", "example", "returns", "parameter", "parameters", "api",
    "pricing", "book", "testimonial", "testimonials", "by", "updated", "published", "min",
})
_CUE_PHRASES = ("add to cart", "add to basket", "add to bag", "in stock", "out of stock", "sort by",
                "load more", "next page", "view all", "read more", "edit this page", "on this page",
                "table of contents", "contact us", "get started", "free trial", "our services",
                "learn more", "minutes read", "min read")
_NAME_PART = re.compile(r"[^a-z0-9]+")
_TITLE_WORD = re.compile(r"[a-z]{3,}")


def declared_types(root: HtmlElement) -> list[str]:
    """JSON-LD ``@type`` values and the ``og:type`` of the page, lowercased (read before scripts go)."""
    return read_declarations(root)[0]


def read_declarations(root: HtmlElement) -> tuple[list[str], list[HtmlElement]]:
    """:func:`declared_types` and the page's ``<noscript>`` elements (which
    :func:`~articlekit.html.clean.strip_code` looks into), in one walk: each walk over the whole page,
    head included, costs about as much as the reads it makes."""
    found: list[str] = []
    og: list[str] = []  # after every JSON-LD type, as when scripts and metas were two walks
    noscripts: list[HtmlElement] = []
    for el in root.iter("script", "meta", "noscript"):
        tag = el.tag
        if tag == "script":
            if "ld+json" in (el.get("type") or "").lower() and el.text:
                found.extend("ld=" + t.lower() for t in _LD_TYPE.findall(el.text))
        elif tag == "meta":
            if (el.get("property") or el.get("name") or "").lower() == "og:type":
                og.append("og=" + (el.get("content") or "").strip().lower()[:30])
        else:
            noscripts.append(el)
    return found + og, noscripts


def _class_words(value: str) -> set[str]:
    """Each class name of a class string, lowercased, and its parts ("post-body" → post-body, post, body).

    Splitting the whole string at every non-alphanumeric run gives the parts of all its names at once.
    Not cached: a page's class strings are mostly its site's own, so a cache shared across pages
    misses on most of them, and splits in C cost less than a miss did.
    """
    low = value.lower()
    words = set(low.split())
    parts = plain_parts(low)  # most values: the expression's split at str methods' speed
    if parts is not None:
        words.update(parts)
    else:
        words.update(_NAME_PART.split(low))
        words.discard("")
    return words


def _url_signals(url: str | None, out: dict[str, float]) -> None:
    if not url:
        out["url_none"] = 1.0
        return
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return
    parts = [p for p in path.split("/") if p]
    out["url_depth"] = math.log1p(len(parts))
    for word in set(_URL_WORD.findall(path)):
        if word.isdigit():
            key = "url=#year" if len(word) == 4 and word[:2] in ("19", "20") else "url=#num"
        else:
            key = "url=" + word
        out[key] = 1.0
    if parts and "-" in parts[-1] and parts[-1].count("-") >= 3:
        out["url_slug"] = 1.0  # a headline slug ("how-the-tram-plan-was-won")


def page_signals(body: HtmlElement, order: list[HtmlElement], stats: dict[HtmlElement, NodeStats],
                 metadata: Metadata, declared: list[str], classes: list[str | None] | None = None,
                 names: frozenset[str] | None = None) -> dict[str, float]:
    """The named signals of a page (see the module docstring); ``classes`` holds each element's ``class``
    value in ``order`` (read here when not given: the caller may share the list with other passes).

    With ``names`` (the model's, :attr:`PageTypeModel.names`) only those signals are returned, and the
    costly families (cue words, class words) are only computed for them: a signal the model does not
    weigh changes no probability. Without, every signal (the fitting script chooses among them).
    """
    wanted = _wanted(names)
    out: dict[str, float] = {"bias": 1.0}
    for d in declared:
        out[d] = 1.0
    _url_signals(metadata.url, out)
    tags = [el.tag for el in order]
    tag_counts = Counter(tags)
    for tag in _COUNTED_TAGS:
        out["n_" + tag] = math.log1p(tag_counts.get(tag, 0))
    if classes is None:
        classes = [el.get("class") for el in order]
    words: dict[str, int] = {}  # not a Counter: its __missing__ is a Python call per new word
    keep = wanted.class_words
    for cls, count in Counter(filter(None, classes)).most_common(_MAX_CLASS_STRINGS):
        # a kept word is a part of the lowercased string only if it is a substring of it: a few substring
        # tests rule out most strings before they are split
        if keep is not None:
            low = cls.lower()
            if not any(k in low for k in keep):
                continue
        for w in _class_words(cls):  # in the set's order, not an intersection's: the sums keep their order
            if keep is None or w in keep:
                words[w] = words.get(w, 0) + count
    for w, count in words.items():
        out["cls=" + w] = math.log1p(count)
    st = stats.get(body)
    if st is not None:
        out["text"] = math.log1p(st.text)
        out["prose"] = st.prose / st.text if st.text else 0.0
        out["paras"] = math.log1p(st.paras)
        out["links"] = st.link_density
        _prose_signals(zip(map(stats.__getitem__, order), tags, classes, strict=True), st.prose, out)
        if st.text < _MAX_TEXT:
            low = body.text_content().lower()
            out["prices"] = math.log1p(_price_count(low))
            _cue_signals(low, out, wanted)
    for word in set(_TITLE_WORD.findall((metadata.title or "").lower())):
        out["title=" + word] = 1.0
    out["authors"] = 1.0 if metadata.people else 0.0  # a byline: a credited company says nothing of the type
    out["dated"] = 1.0 if metadata.date_published is not None else 0.0
    return out if names is None else {k: v for k, v in out.items() if k in names}


class _Wanted(NamedTuple):
    """The cue words and phrases to count and the class words to keep (None: all) for a set of names."""

    cue_words: tuple[str, ...]
    cue_phrases: tuple[str, ...]
    class_words: frozenset[str] | None


@cache
def _wanted(names: frozenset[str] | None) -> _Wanted:
    if names is None:
        return _Wanted(tuple(_CUE_WORDS), _CUE_PHRASES, None)
    # the words keep the set's order: the signals are then added in the same order as without names
    return _Wanted(tuple(w for w in _CUE_WORDS if "cue=" + w in names),
                   tuple(p for p in _CUE_PHRASES if "cue=" + p in names),
                   frozenset(n[4:] for n in names if n.startswith("cls=")))


def _cue_signals(low: str, out: dict[str, float], wanted: _Wanted) -> None:
    """Counts of the wanted cue words and phrases in the lowercased page text (a scan of it each)."""
    for word in wanted.cue_words:
        count = _whole_word_count(low, word)
        if count:
            out["cue=" + word] = math.log1p(count)
    for phrase in wanted.cue_phrases:
        count = low.count(phrase)
        if count:
            out["cue=" + phrase] = math.log1p(count)


def _whole_word_count(low: str, word: str) -> int:
    """How often ``word`` stands in ``low`` as a whole run of letters (what a ``[^\\W\\d_]+`` tokenizer
    would count). Finding the few cue words is far cheaper than building a string for every word."""
    count, size, end = 0, len(word), len(low)
    at = low.find(word)
    while at >= 0:
        after = at + size
        if (at == 0 or not _letter(low[at - 1])) and (after == end or not _letter(low[after])):
            count += 1
        at = low.find(word, at + 1)
    return count


def _letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal()  # a \w character that is neither a digit nor "_"


def _price_count(low: str) -> int:
    """How many prices the lowercased page text holds. Every price has a currency sign or code: a page
    without any (most pages) is answered by substring tests, far cheaper than the expression's scan."""
    if not any(mark in low for mark in _CURRENCY_MARKS):
        return 0
    return len(_PRICE.findall(low))


def _prose_signals(elements: Iterable[tuple[NodeStats, str, str | None]], page_prose: int,
                   out: dict[str, float]) -> None:
    """How the prose is spread: one container holding most of it (a story) or many small units (cards).

    ``elements`` yields (stats, tag, class) of each element in document order. Parents are keyed by their
    stats object (``NodeStats.parent``): asking lxml for each element's parent would create a Python proxy
    per element. Plain dicts, not Counters: a Counter's ``__missing__`` is a Python call per new key.
    """
    by_parent: dict[NodeStats, int] = {}
    groups: dict[tuple[NodeStats | None, str, str | None], int] = {}
    longest = 0
    units = 0
    cards = _CARD_TAGS
    for st, tag, cls in elements:
        if st.own and st._unit is None:  # a unit with text of its own
            units += 1
            if st.own > longest:
                longest = st.own
            if st.paras and st.own > st.own_link and st.parent is not None:
                by_parent[st.parent] = by_parent.get(st.parent, 0) + st.own - st.own_link
        if tag in cards:
            key = (st.parent, tag, cls)
            groups[key] = groups.get(key, 0) + 1
    top = heapq.nlargest(2, by_parent.values())
    out["top_share"] = top[0] / page_prose if top and page_prose else 0.0
    out["second_share"] = top[1] / page_prose if len(top) > 1 and page_prose else 0.0
    out["longest"] = math.log1p(longest)
    out["units"] = math.log1p(units)
    sizes = sorted(groups.values(), reverse=True)
    out["repeat_max"] = math.log1p(sizes[0]) if sizes else 0.0
    out["repeat_groups"] = math.log1p(sum(1 for n in sizes if n >= _CARD_GROUP))


_CARD_TAGS = frozenset({"li", "article", "div", "tr", "section"})
_CARD_GROUP = 5  # siblings alike (tag and class) that make a list of cards, posts or rows


class PageTypeModel:
    """Softmax weights: for each signal name, one weight per page type."""

    def __init__(self, classes: list[str], weights: dict[str, list[float]]) -> None:
        self.classes = classes
        self.weights = weights
        self.names = frozenset(weights)  # the signals it weighs

    def probabilities(self, signals: dict[str, float]) -> list[float]:
        """The probability of each class in :attr:`classes` order."""
        z = [0.0] * len(self.classes)
        get = self.weights.get
        for name, value in signals.items():
            w = get(name)
            if w is not None:  # one comprehension per signal: a Python loop over the classes costs 3x more
                z = [zi + wi * value for zi, wi in zip(z, w, strict=True)]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return [v / total for v in e]


@cache
def load_page_model() -> PageTypeModel:
    """The shipped page-type model (read once)."""
    data: dict[str, Any] = data_json("body_model.json")
    section = data["page_type"]
    return PageTypeModel(section["classes"], section["weights"])


def type_probabilities(signals: dict[str, float], model: PageTypeModel | None = None) -> dict[str, float]:
    """The probability of each page type, in the model's class order."""
    m = model or load_page_model()
    return dict(zip(m.classes, m.probabilities(signals), strict=True))


def most_probable(probs: dict[str, float]) -> tuple[str, float]:
    """The most probable page type of :func:`type_probabilities` (the first on a tie) and its probability."""
    best = max(probs, key=probs.__getitem__)
    return best, probs[best]


def classify(signals: dict[str, float], model: PageTypeModel | None = None) -> tuple[str, float]:
    """The most probable page type and its probability."""
    return most_probable(type_probabilities(signals, model))
