"""Main-content detection: the article's blocks and the publisher's highlights box.

``extract_body`` reads top to bottom like the pipeline: strip code → take out the highlights box →
drop furniture (navigation, ads, share bars, related lists, comments …) → measure and score what is
left → pick the article's container and its siblings → emit blocks → trim repeated headline/byline.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from articlekit.body.blocks import emit_blocks
from articlekit.body.extraction import select_content
from articlekit.body.highlights import is_box_hint, take_highlights
from articlekit.body.scoring import Measures, measure, without
from articlekit.body.standfirst import find_standfirst
from articlekit.body.trim import trim_appeal, trim_contact, trim_repeats, trim_tail
from articlekit.config import BodyConfig
from articlekit.html.clean import marks_article_body, may_be_article_body, plan_furniture, remove_all, strip_code
from articlekit.model import Body, Metadata

__all__ = ["extract_body"]


def _body_element(root: HtmlElement) -> HtmlElement:
    body = root.find("body")
    return body if body is not None else root


# union of the article-body and summary-box prefilters (see may_be_article_body / is_box_hint), searched in
# lowercased values: with re.I this alternation costs ~8x more, and it runs on every class and id
_ANY_HINT = re.compile("body|content|text|copy|entry|main|detail|point|highlight|tldr|takeaway|brief|glance"
                       "|fact|summary")


def _scan_attributes(elements: list[HtmlElement]) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """One pass over class/id/itemprop: marked article bodies and possible summary boxes.

    ``elements`` is the measured elements' list: walking it reuses their Python proxies, which a
    fresh ``iter()`` over the tree would create again. This runs on every element of the page, so
    the prefilter is written out inline, and the verdict on the elements it lets through is cached
    per (class, id, itemprop) value: a page repeats them on many elements.
    """
    bodies: list[HtmlElement] = []
    boxes: list[HtmlElement] = []
    hinted: dict[str, bool] = {}  # pages repeat class strings: one regex search per distinct value
    verdicts: dict[tuple[str | None, str | None, str | None], tuple[bool, bool]] = {}
    search = _ANY_HINT.search
    for el in elements:
        cls, ident, itemprop = el.get("class"), el.get("id"), el.get("itemprop")
        if itemprop is None:  # one regex on class, then id, rules out most elements for both lists
            hint = hinted.get(cls) if cls is not None else False
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
    return bodies, boxes


def _verdict(cls: str | None, ident: str | None, itemprop: str | None) -> tuple[bool, bool]:
    """(marks the article body, may name a summary box) for an element's attribute values."""
    body = may_be_article_body(cls, itemprop) and marks_article_body(cls, itemprop)
    return body, is_box_hint(f"{cls or ''} {ident or ''}")


def _prose_of(elements: list[HtmlElement], measures: Measures) -> int:
    """Prose held by disjoint subtrees, from measurements taken before any removal."""
    return sum(st.prose for st in (measures.stats.get(el) for el in elements) if st is not None)


def extract_body(root: HtmlElement, *, metadata: Metadata, config: BodyConfig) -> Body:
    """Pick the article's content from the tree (which it may modify) and emit its blocks."""
    strip_code(root)
    body = _body_element(root)
    before = measure(body, config)
    bodies, box_hints = _scan_attributes(before.order)
    highlights, boxes = take_highlights(body, config, box_hints, before.stats)
    if boxes:
        before = without(before, boxes, config) or measure(body, config)
        bodies = [el for el in bodies if el in before.stats]
    page_prose = before.stats[body].prose if body in before.stats else 0
    marked = {a for el in bodies for a in (el, *el.iterancestors())}

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
    remove_all(doomed)
    after = without(before, doomed, config) or measure(body, config)
    content = select_content(body, after, config, marked=[el for el in bodies if el in after.stats],
                             title=metadata.title)
    lead = find_standfirst(content, body, after.stats, config, metadata.description)
    if lead is not None:
        content = [lead, *content]
    blocks = emit_blocks(content, after.stats, config)
    blocks = trim_tail(trim_appeal(trim_contact(trim_repeats(blocks, metadata, config)), config))
    return Body(blocks=tuple(blocks), highlights=highlights)
