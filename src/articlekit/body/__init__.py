"""Main-content detection: the article's blocks and the publisher's highlights box.

``extract_body`` reads top to bottom like the pipeline: strip code → take out the highlights box →
drop furniture (navigation, ads, share bars, related lists, comments …) → measure and score what is
left → pick the article's container and its siblings → emit blocks → trim repeated headline/byline.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from articlekit.body.blocks import emit_blocks
from articlekit.body.extraction import select_content
from articlekit.body.highlights import extract_highlights
from articlekit.body.scoring import measure
from articlekit.body.trim import trim_repeats, trim_tail
from articlekit.config import BodyConfig
from articlekit.html.clean import drop_furniture, is_article_body, strip_code
from articlekit.model import Body, Metadata

__all__ = ["extract_body"]


def _body_element(root: HtmlElement) -> HtmlElement:
    body = root.find("body")
    return body if body is not None else root


def extract_body(root: HtmlElement, *, metadata: Metadata, config: BodyConfig) -> Body:
    """Pick the article's content from the tree (which it may modify) and emit its blocks."""
    strip_code(root)
    body = _body_element(root)
    highlights = extract_highlights(body, config)
    before = measure(body, config)
    page_prose = before.stats[body].prose if body in before.stats else 0
    bodies = [el for el in body.iter() if isinstance(el.tag, str) and is_article_body(el)]
    marked = {a for el in bodies for a in (el, *el.iterancestors())}

    def keep(el: HtmlElement) -> bool:
        # a class name can lie: never drop the marked body, nor a subtree holding most of the prose
        st = before.stats.get(el)
        if el in marked:
            return True
        return st is not None and page_prose > 0 and st.prose >= config.protect_share * page_prose

    drop_furniture(body, keep, marked.__contains__)
    after = measure(body, config)
    content = select_content(body, after, config, marked=[el for el in bodies if el in after.stats])
    blocks = emit_blocks(content, after.stats, config)
    blocks = trim_tail(trim_repeats(blocks, metadata, config))
    return Body(blocks=tuple(blocks), highlights=highlights)
