"""Blocks of a non-article page from the block model's verdicts, shaped by the page type.

The page types in :data:`MODEL_TYPES` keep the units their weights score above their threshold, in
document order, so a forum thread keeps each post with its author line, a listing or collection each
card, a service page each section. Articles, documentation and product pages keep the rules'
container choice (body.extraction), which the check half scores higher for them than the model.
Units become blocks by their tag: headings stay headings, consecutive list items of one list become a
list, ``<pre>`` keeps its code verbatim. A product page whose visible description was not found falls
back to the description the page declares in its metadata (JSON-LD / microdata / meta description).

The other pages keep the rules' container unless it is a *fragment*: on a page the page-type model does
not take for an article with much confidence, when the block model (under the most likely many-part
type's weights) keeps several times more words than the rules' single container, the container is
one card, one post or one section of the page, and the model's units are the body
(:func:`fragment_type`, :func:`prefer_model`; both bounds are fitted, see ``bench/fit/fit_body.py``).
"""

from __future__ import annotations

import re
from typing import cast

from lxml import etree
from lxml.html import HtmlElement

from articlekit.body.blockmodel import BlockModel, Unit, score_units
from articlekit.html.selectors import HEADING_TAGS
from articlekit.model import Block, Metadata

__all__ = ["MODEL_MIN_CONFIDENCE", "MODEL_TYPES", "NO_FRAGMENT_TEST", "could_prefer_model", "fragment_type",
           "prefer_model", "typed_blocks", "with_declared_description", "word_ceiling"]

# Page types whose body the block model picks (on the check half it beats the rules on these; on
# articles, documentation and product pages the rules' single container scores higher).
MODEL_TYPES = frozenset({"forum", "service", "listing", "collection"})
# ...when the page-type model is this sure: below it the rules' container is kept, since an article
# taken for another type loses far more with the block model than a doubtful non-article gains
# (on the fit half, 0.6 routes 0.7 % of the articles to the model instead of 1.8 %)
MODEL_MIN_CONFIDENCE = 0.6
_PRODUCT_MIN_CHARS = 200  # a product body shorter than this is missing its description
# Pages whose rules' container is never put to the fragment test: a product page's container is its
# description, which the block model's weights do not keep better (the check half confirmed the other
# types, not this one).
NO_FRAGMENT_TEST = frozenset({"product"})
_WORD = re.compile(r"\w+")


def fragment_type(kind: str, confidence: float, probs: dict[str, float], model: BlockModel) -> str | None:
    """The page type whose block weights test the rules' container for being a fragment, or None
    (``probs``: :func:`~articlekit.body.pagetype.type_probabilities` of the page).

    Only pages that do not already go to the block model, and whose probability of being an article is
    at most the model file's ``max_article`` (the test needs every unit described, which costs about
    half an extraction: confident articles are spared), are tested; the weights are those of the page's
    own type when it is one of :data:`MODEL_TYPES`, else of the most probable of them.
    """
    if model.fragment_ratio <= 0.0 or kind in NO_FRAGMENT_TEST or \
            (kind in MODEL_TYPES and confidence >= MODEL_MIN_CONFIDENCE):
        return None
    if probs.get("article", 0.0) > model.fragment_max_article:
        return None
    return kind if kind in MODEL_TYPES else max(sorted(MODEL_TYPES), key=lambda k: probs.get(k, 0.0))


def prefer_model(rules: list[Block], kept: list[Block], model: BlockModel) -> bool:
    """True when the rules' blocks hold less than the model file's ``ratio`` of the words of the block
    model's: the rules' container is one piece of a page of many."""
    return _words(rules) < model.fragment_ratio * _words(kept)


def could_prefer_model(rules: list[Block], ceiling: int, model: BlockModel) -> bool:
    """False when :func:`prefer_model` is false whatever the block model keeps, given ``ceiling``, a
    bound on the words it can keep (:func:`word_ceiling`): the test's units need not be built."""
    return _words(rules) < model.fragment_ratio * ceiling


def word_ceiling(body: HtmlElement) -> int:
    """At least as many words as all the units of :func:`~articlekit.body.blockmodel.segment` hold.

    Each text node goes to one unit, whose text joins its nodes (which can merge words, never split
    them); a ``<pre>`` unit also holds the text of its nested blocks, so it is counted again (a
    ``<pre>`` inside another is no unit of its own).
    """
    words = len(_WORD.findall(" ".join(body.itertext())))
    outer = cast("list[HtmlElement]", _OUTER_PRE(body))
    return words + sum(len(_WORD.findall(" ".join(pre.itertext()))) for pre in outer)


_OUTER_PRE = etree.XPath(".//pre[not(ancestor::pre)]")


def _words(blocks: list[Block]) -> int:
    return sum(len(_WORD.findall(b.text)) for b in blocks)


def typed_blocks(kind: str, units: list[Unit], model: BlockModel) -> list[Block]:
    """The kept units of a page of type ``kind`` as blocks."""
    weights = model.weights.get(kind) or model.weights["article"]
    threshold = model.thresholds.get(kind, 0.5)
    kept = [u for u, p in zip(units, score_units(units, weights), strict=True) if p >= threshold]
    return _as_blocks(kept)


def with_declared_description(blocks: list[Block], metadata: Metadata) -> list[Block]:
    """A product body without its visible description gets the one the page declares (JSON-LD,
    microdata or meta description)."""
    if metadata.description and sum(len(b.text) for b in blocks) < _PRODUCT_MIN_CHARS and \
            metadata.description not in "\n".join(b.text for b in blocks):
        return [*blocks, Block("p", metadata.description)]
    return blocks


def _as_blocks(units: list[Unit]) -> list[Block]:
    blocks: list[Block] = []
    items: list[str] = []
    list_parent = None
    for u in units:
        text = u.text
        if not text:
            continue
        if u.tag == "li":
            parent = u.el.getparent()
            if items and parent is not list_parent:
                blocks.append(_list(items, list_parent))
                items = []
            list_parent = parent
            items.append(text.replace("\n", " "))
            continue
        if items:
            blocks.append(_list(items, list_parent))
            items = []
        if u.tag in HEADING_TAGS:
            blocks.append(Block("h", text.replace("\n", " "), level=int(u.tag[1])))
        elif u.tag == "pre":
            blocks.append(Block("pre", text))
        else:
            blocks.append(Block("p", text))
    if items:
        blocks.append(_list(items, list_parent))
    return blocks


def _list(items: list[str], parent: object) -> Block:
    if getattr(parent, "tag", "") == "ol":
        return Block("ol", "\n".join(items), items=tuple(items))
    return Block("ul", "\n".join(items), items=tuple(items))
