"""The trained block model: every text unit of the page, its features, and a logistic verdict.

A *unit* is a non-inline element holding text of its own (a paragraph, a list item, a heading, a table
cell, a ``div`` with bare text); inline children (links, emphasis, code spans) belong to it. One walk
in document order collects each unit's text and describes it by named features:

* its own text: length, words, link density, punctuation, stop-word share, sentence end;
* where it sits: its tag, the semantic tags and the class/id tokens of its ancestors, its relative
  position, the link density and prose of its parent and grandparent;
* repetition across the page: how many units share its tag path (cards, posts, menu items) and
  whether its text appears more than once;
* what the rules said: inside a furniture subtree (:func:`~articlekit.html.clean.plan_furniture`),
  inside the container the scoring picked (:func:`~articlekit.body.extraction.select_content`).

Each page type has its own weight vector (``data/body_model.json``, fitted by
``bench/fit/fit_body.py``); a unit is kept when its logistic score passes the type's threshold.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from articlekit.body.scoring import NodeStats
from articlekit.bundled import all_stopwords, data_json
from articlekit.html.selectors import HEADING_TAGS, INLINE_TAGS, class_tokens

__all__ = ["BlockModel", "Unit", "load_model", "mark_content", "score_units", "segment", "unit_features"]

# ancestors whose tag says what a region is
_REGION_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "main", "article", "li", "table",
                          "pre", "blockquote", "section", "menu", "dl", "details", "figure", "ul", "ol"})
_UNIT_TAGS = frozenset({"p", "li", "td", "th", "div", "pre", "dd", "dt", "blockquote", "section", "article",
                        "span", "label", "a", "address", "summary", "caption", "figcaption", "main",
                        "body"}) | HEADING_TAGS
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_BR = "\n"
_SENTENCE_END = (".", "!", "?", "…", ":", '"', "”", ")", "。", "！", "？")
_MAX_WORDS_SCANNED = 60  # the stop-word share of a unit's first words: enough to tell prose from labels


_stopwords = all_stopwords


@dataclass
class Unit:
    """One text unit: its element, text pieces, region context and (after :func:`unit_features`) features."""

    el: HtmlElement
    tag: str
    regions: frozenset[str]
    tokens: frozenset[str]
    path: str
    index: int
    pieces: list[str] = field(default_factory=list)
    link_chars: int = 0
    doomed: bool = False
    features: dict[str, float] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The unit's own text: whitespace collapsed, ``<br>`` kept as line breaks."""
        if self.tag == "pre":
            return "".join(self.el.itertext()).strip("\n")
        lines = (" ".join(line.split()) for line in "".join(self.pieces).split(_BR))
        return "\n".join(line for line in lines if line)


@lru_cache(maxsize=16384)
def _tokens_of(value: str, vocab: frozenset[str] | None) -> frozenset[str]:
    tokens = class_tokens(value)
    return frozenset(tokens if vocab is None else tokens & vocab)


def segment(body: HtmlElement, vocab: frozenset[str] | None, doomed: set[HtmlElement],
            limit: int | None = None) -> list[Unit]:
    """Every text unit under ``body`` in document order, with its text and ancestor context; ``[]`` as
    soon as there are more than ``limit`` of them.

    Only the class/id tokens in ``vocab`` are kept (all of them when it is None: the fitting script).
    Inline elements get no frame of their own: their text goes to the block on top of the stack, and
    a link depth counter says whether it is link text. Nor does a ``<pre>`` inside a ``<pre>``: the
    outer one's text is its whole subtree, so nested ones each read again what the next holds (a
    fuzzed page of 219 nested code blocks: 2.1 s).
    """
    found: list[Unit] = []
    stack: list[Unit] = []
    links = 0
    count = 0
    pres = 0  # open <pre> elements
    inline = INLINE_TAGS
    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        nested = False
        if tag == "pre":
            pres += 1 if event == "start" else -1
            nested = pres > (1 if event == "start" else 0)
        if (tag in inline or nested) and stack:
            top = stack[-1]
            if event == "start":
                if tag == "a":
                    links += 1
                if tag == "br":
                    top.pieces.append(_BR)
                elif el.text:
                    _add(top, el.text, links > 0)
            else:
                if tag == "a":
                    links -= 1
                if el.tail:
                    _add(top, el.tail, links > 0)
            continue
        if event == "start":
            unit = _open(el, tag, stack[-1] if stack else None, vocab, doomed, count)
            count += 1
            stack.append(unit)
            if el.text:
                _add(unit, el.text, links > 0)
            continue
        unit = stack.pop()
        if unit.link_chars >= 0 and any(not p.isspace() for p in unit.pieces if p != _BR):
            found.append(unit)
            if limit is not None and len(found) > limit:
                return []
        if stack:
            up = stack[-1]
            up.pieces.append(_BR)  # a block child ends a line of its parent's text
            if el.tail:
                _add(up, el.tail, links > 0)
    found.sort(key=lambda u: u.index)
    return found


def _open(el: HtmlElement, tag: str, parent: Unit | None, vocab: frozenset[str] | None,
          doomed: set[HtmlElement], index: int) -> Unit:
    """The unit of a block element, its context inherited from its parent block."""
    if parent is None:
        return Unit(el, tag, frozenset({tag}) & _REGION_TAGS, frozenset(), tag, index, doomed=el in doomed)
    regions = parent.regions | {tag} if tag in _REGION_TAGS else parent.regions
    tokens = parent.tokens
    cls, ident = el.get("class"), el.get("id")
    if cls or ident:
        own = _tokens_of(f"{cls or ''} {ident or ''}", vocab)
        if own and not own <= tokens:
            tokens = tokens | own
    path = f"{parent.path}/{tag}"
    if len(path) > _MAX_PATH:
        path = path[-_MAX_PATH:]
    return Unit(el, tag, regions, tokens, path, index, doomed=parent.doomed or el in doomed)


_MAX_PATH = 120  # characters of tag path kept: the nearest ancestors say what repeats


def _add(unit: Unit, text: str, linked: bool) -> None:
    unit.pieces.append(text)
    if linked:
        unit.link_chars += len(text.strip())


def mark_content(units: list[Unit], content: set[HtmlElement]) -> None:
    """Set each unit's ``content`` feature: inside one of the elements the rules picked."""
    inside: dict[HtmlElement, bool] = {}
    for u in units:
        u.features["content"] = 1.0 if _inside(u.el, content, inside) else 0.0


def unit_features(units: list[Unit], stats: dict[HtmlElement, NodeStats], *, title: str,
                  page_prose: int) -> None:
    """Fill each unit's ``features`` (see the module docstring) but ``content`` (:func:`mark_content`)."""
    stop = _stopwords()
    texts = [u.text for u in units]
    seen: dict[str, int] = {}
    paths: dict[str, int] = {}
    for u, t in zip(units, texts, strict=True):
        seen[t] = seen.get(t, 0) + 1
        paths[u.path] = paths.get(u.path, 0) + 1
    n = max(1, len(units))
    norm_title = " ".join(title.split()).casefold() if title else ""
    for u, t in zip(units, texts, strict=True):
        f = u.features
        chars = len(t)
        words = _WORD.findall(t.lower())
        f["bias"] = 1.0
        f["len"] = math.log1p(chars)
        f["words"] = math.log1p(len(words))
        f["short"] = 1.0 if len(words) < 4 else 0.0
        f["link"] = min(1.0, u.link_chars / chars) if chars else 0.0
        f["punct"] = min(1.0, 10.0 * (t.count(",") + t.count(".")) / chars) if chars else 0.0
        head = words[:_MAX_WORDS_SCANNED]
        f["stop"] = sum(1 for w in head if w in stop) / len(head) if head else 0.0
        f["end"] = 1.0 if t.rstrip().endswith(_SENTENCE_END) else 0.0
        f["digits"] = len(_DIGIT.findall(t)) / chars if chars else 0.0
        f["pos"] = u.index / n
        f["first"] = 1.0 if u.index < 0.1 * n else 0.0
        f["last"] = 1.0 if u.index > 0.9 * n else 0.0
        f["tag=" + (u.tag if u.tag in _UNIT_TAGS else "other")] = 1.0
        for r in u.regions:
            f["in=" + r] = 1.0
        for tok in u.tokens:
            f["tok=" + tok] = 1.0
        rep = paths[u.path]
        f["path_rep"] = math.log(rep)
        f["text_rep"] = 1.0 if seen[t] > 1 else 0.0
        f["doomed"] = 1.0 if u.doomed else 0.0
        f["title"] = 1.0 if norm_title and " ".join(t.split()).casefold() == norm_title else 0.0
        _context(f, u.el, stats, page_prose)


def _context(f: dict[str, float], el: HtmlElement, stats: dict[HtmlElement, NodeStats], page_prose: int) -> None:
    """Link density and prose share of the unit's parent and grandparent."""
    parent = el.getparent()
    for name in ("p1", "p2"):
        if parent is None:
            break
        st = stats.get(parent)
        if st is None:
            break
        f[name + "_link"] = st.link_density
        f[name + "_prose"] = st.prose / page_prose if page_prose else 0.0
        f[name + "_paras"] = math.log1p(st.paras)
        parent = parent.getparent()


def _inside(el: HtmlElement, content: set[HtmlElement], memo: dict[HtmlElement, bool]) -> bool:
    chain: list[HtmlElement] = []
    node: HtmlElement | None = el
    found = False
    while node is not None:
        if node in memo:
            found = memo[node]
            break
        if node in content:
            found = True
            break
        chain.append(node)
        node = node.getparent()
    for c in chain:
        memo[c] = found
    return found


@dataclass(frozen=True)
class BlockModel:
    """Logistic weights per page type, their thresholds, the class-token vocabulary and the fragment
    test's bounds (see :func:`articlekit.body.typed.fragment_type`)."""

    weights: dict[str, dict[str, float]]
    thresholds: dict[str, float]
    vocab: frozenset[str]
    fragment_max_article: float = 0.0
    fragment_ratio: float = 0.0


@cache
def load_model() -> BlockModel:
    """The shipped block model (read once)."""
    data: dict[str, Any] = data_json("body_model.json")
    blocks = data["blocks"]
    fragment = blocks.get("fragment", {})
    return BlockModel(weights=blocks["weights"], thresholds=blocks["thresholds"],
                      vocab=frozenset(blocks["vocab"]), fragment_max_article=fragment.get("max_article", 0.0),
                      fragment_ratio=fragment.get("ratio", 0.0))


def score_units(units: list[Unit], weights: dict[str, float]) -> list[float]:
    """Each unit's probability of being main content under one page type's weights."""
    out = []
    get = weights.get
    for u in units:
        z = 0.0
        for k, v in u.features.items():
            w = get(k)
            if w is not None:
                z += w * v
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return out
