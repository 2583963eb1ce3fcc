"""Main-content detection: the article's blocks and the publisher's highlights box.

``extract_body`` reads top to bottom like the pipeline: strip code → take out the highlights box →
drop furniture (navigation, ads, share bars, related lists, comments …) → measure and score what is
left → pick the article's container and its siblings → emit blocks → trim repeated headline/byline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from articlekit.body.blockmodel import Unit, load_model, mark_content, segment, unit_features
from articlekit.body.blocks import emit_blocks
from articlekit.body.extraction import select_content
from articlekit.body.highlights import is_box_hint, take_highlights
from articlekit.body.pagetype import (
    load_page_model,
    most_probable,
    page_signals,
    read_declarations,
    type_probabilities,
)
from articlekit.body.scoring import Measures, measure, without
from articlekit.body.standfirst import find_standfirst
from articlekit.body.trim import (
    drop_copies,
    drop_second_rendering,
    trim_appeal,
    trim_contact,
    trim_repeats,
    trim_tail,
)
from articlekit.body.typed import (
    MODEL_MIN_CONFIDENCE,
    MODEL_TYPES,
    could_prefer_model,
    fragment_type,
    prefer_model,
    typed_blocks,
    with_declared_description,
    word_ceiling,
)
from articlekit.config import BodyConfig
from articlekit.html.clean import (
    Removal,
    marks_article_body,
    may_be_article_body,
    plan_furniture,
    remove_all,
    remove_all_undoably,
    restore,
    strip_code,
)
from articlekit.model import Block, Body, Metadata

__all__ = ["Analysis", "analyse", "extract_body"]


def _body_element(root: HtmlElement) -> HtmlElement:
    body = root.find("body")
    return body if body is not None else root


# union of the article-body and summary-box prefilters (see may_be_article_body / is_box_hint), searched in
# lowercased values: with re.I this alternation costs ~8x more, and it runs on every class and id
_ANY_HINT = re.compile("body|content|text|copy|entry|main|detail|point|highlight|tldr|takeaway|brief|glance"
                       "|fact|summary")


# The fragment test reads every unit of the page, furniture put back: on a 25 MB page that was 8 s of
# CPU. A page with this much text is not one card of a listing, so the test is not put to it.
_MAX_FRAGMENT_TEXT = 400_000
# The block model judges a page unit by unit, at some 30 µs a unit; the largest DEV page has 2,122 units.
# A page with far more (a fuzzed 560 kB page had 37,000: 1.2 s in the model) is left to the rules, which
# read the tree in a few linear passes.
_MAX_MODEL_UNITS = 6_000


def _scan_attributes(elements: list[HtmlElement]) -> tuple[list[str | None], list[HtmlElement], list[HtmlElement]]:
    """One pass over every element's attributes: its ``class`` value, marked article bodies and possible
    summary boxes (class/id/itemprop).

    ``elements`` is the measured elements' list: walking it reuses their Python proxies, which a
    fresh ``iter()`` over the tree would create again. An element's attribute names come in one call
    and only the values it has are read: each read costs as much as the names, and most elements
    have no id nor itemprop (a third have no attribute at all). The prefilter is written out inline,
    and the verdict on the elements it lets through is cached per (class, id, itemprop) value: a page
    repeats them on many elements.
    """
    classes: list[str | None] = []
    bodies: list[HtmlElement] = []
    boxes: list[HtmlElement] = []
    hinted: dict[str, bool] = {}  # pages repeat class strings: one regex search per distinct value
    verdicts: dict[tuple[str | None, str | None, str | None], tuple[bool, bool]] = {}
    search = _ANY_HINT.search
    for el in elements:
        names = el.keys()
        if not names:
            classes.append(None)
            continue
        cls = el.get("class") if "class" in names else None
        classes.append(cls)
        ident = el.get("id") if "id" in names else None
        itemprop = el.get("itemprop") if "itemprop" in names else None
        if itemprop is None:  # one regex on class, then id, rules out most elements for both lists
            hint: bool | None = False
            if cls is not None:
                hint = hinted.get(cls)
                if hint is None:
                    hint = hinted[cls] = search(cls.lower()) is not None
            if not hint:
                if ident is None:
                    continue
                hint = hinted.get(ident)
                if hint is None:
                    hint = hinted[ident] = search(ident.lower()) is not None
                if not hint:
                    continue
        key = (cls, ident, itemprop)
        verdict = verdicts.get(key)
        if verdict is None:
            verdict = verdicts[key] = _verdict(cls, ident, itemprop)
        if verdict[0]:
            bodies.append(el)
        if verdict[1]:
            boxes.append(el)
    return classes, bodies, boxes


def _verdict(cls: str | None, ident: str | None, itemprop: str | None) -> tuple[bool, bool]:
    """(marks the article body, may name a summary box) for an element's attribute values."""
    body = may_be_article_body(cls, itemprop) and marks_article_body(cls, itemprop)
    return body, is_box_hint(f"{cls or ''} {ident or ''}")


def _prose_of(elements: list[HtmlElement], measures: Measures) -> int:
    """Prose held by disjoint subtrees, from measurements taken before any removal."""
    return sum(st.prose for st in (measures.stats.get(el) for el in elements) if st is not None)


def extract_body(root: HtmlElement, *, metadata: Metadata, config: BodyConfig) -> Body:
    """Classify the page, pick its content from the tree (which it may modify) and emit its blocks."""
    return analyse(root, metadata=metadata, config=config).body


@dataclass
class Analysis:
    """What body extraction saw: the page signals, the text units (non-articles) and the result."""

    signals: dict[str, float]  # those the page-type model weighs; every one with ``all_units``
    units: list[Unit] | None
    body: Body


def analyse(root: HtmlElement, *, metadata: Metadata, config: BodyConfig, page_type: str | None = None,
            all_units: bool = False) -> Analysis:
    """:func:`extract_body` with its working data; ``page_type`` forces the type (fitting, tests) and
    ``all_units`` describes the units of every page with all class tokens and keeps the rules' blocks
    (the fitting script's training rows: the model file is not read)."""
    declared, noscripts = read_declarations(root)
    strip_code(root, noscripts)
    body = _body_element(root)
    before = measure(body, config)
    classes, bodies, box_hints = _scan_attributes(before.order)
    # the fitting script (all_units) chooses among all signals; extraction needs the model's only
    names = None if all_units else load_page_model().names
    signals = page_signals(body, before.order, before.stats, metadata, declared, classes, names)
    probs = type_probabilities(signals)
    kind, confidence = (page_type, 1.0) if page_type else most_probable(probs)
    highlights, boxes = take_highlights(body, config, box_hints, before.stats)
    if boxes:
        before = without(before, boxes, config) or measure(body, config)
        bodies = [el for el in bodies if el in before.stats]
    page_prose = before.stats[body].prose if body in before.stats else 0
    marked = {a for el in bodies for a in (el, *el.iterancestors())}
    doomed = _plan(body, before, marked, page_prose, config)
    units: list[Unit] | None = None
    use_model = kind in MODEL_TYPES and confidence >= MODEL_MIN_CONFIDENCE
    huge = body in before.stats and before.stats[body].text > _MAX_FRAGMENT_TEXT
    fragment = None if all_units or huge else fragment_type(kind, confidence, probs, load_model())
    if use_model or all_units:
        units = _units(body, None if all_units else load_model().vocab, doomed, before, metadata, page_prose)
    # the fragment test reads the units of the whole page, furniture included, but most tested pages
    # fail it whatever the model keeps: their rules' blocks hold a large share of every word on the page.
    # So the furniture is removed undoably, and put back for the test only when it can succeed.
    removed: list[Removal] = []
    if fragment:
        ceiling, removed = word_ceiling(body), remove_all_undoably(doomed)
    else:
        remove_all(doomed)
    after = without(before, doomed, config) or measure(body, config)
    content = select_content(body, after, config, marked=[el for el in bodies if el in after.stats],
                             title=metadata.title, page_type=kind)
    picked = set(content)
    if units is not None:
        mark_content(units, picked)
    lead = find_standfirst(content, body, after.stats, config, metadata.description)
    if lead is not None:
        content = [lead, *content]
    blocks: list[Block] = []
    if use_model and not all_units:
        assert units is not None
        blocks = typed_blocks(kind, units, load_model())
    if not blocks:  # the rules' container (also when the model keeps nothing)
        blocks = emit_blocks(content, after.stats, config)
        if kind == "product":  # a description rendered twice; an article may repeat a line on purpose
            blocks = drop_copies(blocks)
        blocks = trim_tail(trim_appeal(trim_contact(trim_repeats(blocks, metadata, config)), config))
        blocks = drop_second_rendering(blocks, config)
        if fragment and could_prefer_model(blocks, ceiling, load_model()):
            # the rules' container may be one card or post of the page: the test needs the furniture back
            restore(removed)  # and measure again: taking the furniture's totals off changed `before`
            units = _units(body, load_model().vocab, doomed, measure(body, config), metadata, page_prose)
            remove_all(doomed)
            mark_content(units, picked)
            blocks = _fragment_test(fragment, blocks, units)
    if not blocks and not all_units:
        blocks = _model_fallback(kind, body, after, content, metadata)
    if kind == "product":
        blocks = with_declared_description(blocks, metadata)
    return Analysis(signals, units, Body(blocks=tuple(blocks), highlights=highlights, page_type=kind,
                                         page_type_confidence=round(confidence, 3)))


def _fragment_test(fragment: str, rules: list[Block], units: list[Unit]) -> list[Block]:
    """The block model's blocks under ``fragment``'s weights when they hold many more words than the
    rules' (see :func:`~articlekit.body.typed.prefer_model`), else the rules' blocks."""
    if not units:
        return rules
    kept = typed_blocks(fragment, units, load_model())
    return kept if prefer_model(rules, kept, load_model()) else rules


def _units(body: HtmlElement, vocab: frozenset[str] | None, doomed: list[HtmlElement], before: Measures,
           metadata: Metadata, page_prose: int) -> list[Unit]:
    """The page's text units with their features (``doomed``: the furniture planned for removal)."""
    units = segment(body, vocab, set(doomed), limit=_MAX_MODEL_UNITS)
    unit_features(units, before.stats, title=metadata.title or "", page_prose=page_prose)
    return units


def _model_fallback(kind: str, body: HtmlElement, after: Measures, content: list[HtmlElement],
                    metadata: Metadata) -> list[Block]:
    """When the rules emit nothing (no container with prose), the block model judges what is left."""
    page_prose = after.stats[body].prose if body in after.stats else 0
    units = _units(body, load_model().vocab, [], after, metadata, page_prose)
    mark_content(units, set(content))
    return typed_blocks(kind, units, load_model())


def _plan(body: HtmlElement, before: Measures, marked: set[HtmlElement], page_prose: int,
          config: BodyConfig) -> list[HtmlElement]:
    """The furniture subtrees to remove (see :func:`~articlekit.html.clean.plan_furniture`)."""

    def keep(el: HtmlElement) -> bool:
        # a class name can lie: never drop the marked body, nor a subtree holding most of the prose
        st = before.stats.get(el)
        if el in marked:
            return True
        if el.tag == "header" and st is not None and st.prose and \
                st.link_density <= config.header_max_link_density:
            return True  # an article header outside <article> (headline, standfirst), not the site's
        return st is not None and page_prose > 0 and st.prose >= config.protect_share * page_prose

    doomed = plan_furniture(body, keep, marked.__contains__)
    kept = page_prose - _prose_of(doomed, before)
    if kept < config.min_kept_prose and kept < config.min_kept_share * page_prose:
        # the rules would leave (almost) no prose: fall back to the strongest evidence only
        relaxed = plan_furniture(body, keep, marked.__contains__, relaxed=True)
        if _prose_of(relaxed, before) < _prose_of(doomed, before):
            doomed = relaxed
    return doomed
