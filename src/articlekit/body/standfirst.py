"""Find the standfirst (dek, lead paragraph under the headline) that sits just outside the body container.

News and CMS templates put the lead in its own element between the headline and the body
(``div.teaser-text``, ``p.lead``, ``div.field-perex``, ``header > .entry-excerpt``). It is part of the
article, but it scores as a lone paragraph next to the body, so the container choice leaves it out.
It is taken back when it is marked as such (``STANDFIRST_TOKENS`` in its class/id) or repeats the
page's meta description, sits in an ancestor a few levels above the body, reads as prose, and only
a byline/date/caption's worth of text separates it from the body.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from articlekit.body.scoring import NodeStats
from articlekit.config import BodyConfig
from articlekit.html.selectors import STANDFIRST_TOKENS, STANDFIRST_VETO_TOKENS, name_parts

__all__ = ["find_standfirst"]

_DESCRIPTION_PREFIX = 60  # meta descriptions are often cut: compare their first characters
_UNIT_SHARE = 0.8  # a paragraph repeating the description holds (almost) all its text itself


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _marked(el: HtmlElement) -> bool:
    """One of the element's class/id names says standfirst and nothing else ("lead", not "lead-image")."""
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
    for parts in name_parts(attrs):
        if not STANDFIRST_TOKENS.isdisjoint(parts) and STANDFIRST_VETO_TOKENS.isdisjoint(parts):
            return True
    return False


def _repeats_description(el: HtmlElement, st: NodeStats, description: str) -> bool:
    if not description or not (0.5 * len(description) <= st.text <= 2 * len(description) + 50):
        return False
    if st.own < _UNIT_SHARE * st.text:
        return False  # a container that happens to start with the description, not a paragraph
    text = _squash(el.text_content())
    head = description[:_DESCRIPTION_PREFIX]
    return text.startswith(head) or description.startswith(text[:_DESCRIPTION_PREFIX])


def _anchor(first: HtmlElement, body: HtmlElement, levels: int) -> HtmlElement:
    node = first
    for _ in range(levels):
        parent = node.getparent()
        if parent is None or node is body:
            break
        node = parent
    return node


def find_standfirst(content: list[HtmlElement], body: HtmlElement, stats: dict[HtmlElement, NodeStats],
                    config: BodyConfig, description: str | None = None) -> HtmlElement | None:
    """The standfirst element just before ``content`` (not inside it), or None."""
    if not content:
        return None
    first = content[0]
    anchor = _anchor(first, body, config.standfirst_levels)
    if anchor is first:
        return None
    around = set(first.iterancestors())
    wanted = _squash(description or "")
    found: HtmlElement | None = None
    skip_until: HtmlElement | None = None  # last element of the found subtree
    gap = 0  # text between the found standfirst and the body
    for el in anchor.iter():
        if el is first:
            break
        if skip_until is not None:
            if el is skip_until:
                skip_until = None
            continue
        st = stats.get(el)
        if st is None or el in around:
            continue
        if config.standfirst_min_chars <= st.text <= config.standfirst_max_chars and \
                st.link_density <= config.standfirst_max_link_density and not st.linked and \
                (_marked(el) or _repeats_description(el, st, wanted)):
            found, gap = el, 0
            last = _last_descendant(el)
            skip_until = None if last is el else last
            continue
        gap += st.own
    if found is None or gap > config.standfirst_max_gap:
        return None
    return found


def _last_descendant(el: HtmlElement) -> HtmlElement:
    node = el
    while len(node):
        node = node[-1]
    return node
