"""Pick the elements that hold the article: the best-scoring container plus the siblings that belong to it.

Scoring follows the readability family: every prose unit (a paragraph, or a ``div`` holding text
directly, as in ``<br>``-separated "div soup") gives its quality to its container and, decaying, to a
few ancestors, so the element that directly holds most paragraphs wins. Two corrections follow:
a listing page's container of several ``<article>`` teasers is narrowed to the one main article, and
siblings split off the same body (ads between body parts, "part 2" divs) are merged back.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml.html import HtmlElement

from articlekit.body.blocks import normalize_heading
from articlekit.body.scoring import Measures, NodeStats, unit_quality
from articlekit.config import BodyConfig
from articlekit.html.selectors import INLINE_TAGS, PARAGRAPH_TAGS

__all__ = ["select_content"]

_DOMINANCE = 2.0  # an article with this many times the next one's prose is the page's story
_SUBSTANTIAL = 0.5  # otherwise the first article with this share of the largest one's prose
_ARTICLES_SHARE = 0.5  # <article>s holding less of the container's prose than this are embedded teasers
# on an article page, this many articles of comparable prose (none dominant, none titled by the page)
# are the items of one story (a listicle's venues, products, steps), not a story and its teasers
_STORY_ITEMS = 3
_TITLE_HEADINGS = ("h1", "h2")  # where an article states its headline


def _spread_scores(measures: Measures, config: BodyConfig) -> None:
    """Give each prose unit's quality to its container and, decaying, to its ancestors."""
    stats = measures.stats
    min_chars = config.min_paragraph_chars
    for el in measures.order:
        st = stats[el]
        if st.own < min_chars:  # not a prose unit (checked here: most elements, no call needed)
            continue
        quality = unit_quality(st, config)
        if quality <= 0:
            continue
        # a paragraph scores for its container; a div holding text directly is its own container
        node: HtmlElement | None = el.getparent() if el.tag in PARAGRAPH_TAGS else el
        level = 0
        while node is not None and level < config.decay_levels:
            up = stats.get(node)
            if up is None:
                break
            up.score += quality / (1.0 if level == 0 else 2.0 if level == 1 else level * 3.0)
            node = node.getparent()
            level += 1


def _best(measures: Measures) -> HtmlElement | None:
    best: HtmlElement | None = None
    best_value = 0.0
    stats = measures.stats
    for el in measures.order:
        st = stats[el]
        if not st.score or el.tag in INLINE_TAGS:  # most elements score nothing: no read of their tag
            continue
        value = st.score * (1.0 - st.link_density)
        if value > best_value:
            best, best_value = el, value
    return best


def _titled_article(articles: list[HtmlElement], stats: dict[HtmlElement, NodeStats], title: str,
                    min_prose: int) -> HtmlElement | None:
    """The one article with a story's prose whose heading is the page's title (infinite scroll)."""
    found = [a for a in articles if stats[a].prose >= min_prose and any(
        normalize_heading(h.text_content()) == title for h in a.iter(*_TITLE_HEADINGS))]
    return found[0] if len(found) == 1 else None


def _main_article(top: HtmlElement, stats: dict[HtmlElement, NodeStats], title: str = "",
                  min_prose: int = 0, items: bool = False) -> HtmlElement:
    """Inside a container of several ``<article>`` elements, the page's own article.

    Articles holding less than half the container's prose are teaser cards embedded in the story
    (or a related list under it): the container stays.

    The one article headed (h1/h2) by the page title, with ``min_prose`` of prose, is the story (an
    infinitely scrolled page appends the next stories, some longer than the first). Otherwise each
    article is credited with its prose minus that of the articles nested in it (a related-posts
    wrapper holding teaser articles is not itself a story). One article with twice anyone else's
    prose wins. With ``items`` (an article page), ``_STORY_ITEMS`` or more substantial articles are the
    story's items and the container stays; otherwise the first substantial one wins (listing pages
    and "related" blocks follow the story).
    """
    articles = [a for a in top.iter("article") if a is not top and a in stats]
    if len(articles) < 2:
        return top
    outer = [a for a in articles if not any(p in stats and p is not top for p in a.iterancestors("article"))]
    if sum(stats[a].prose for a in outer) < _ARTICLES_SHARE * stats[top].prose:
        return top  # teaser cards embedded in a story's text, not a list of stories
    titled = _titled_article(articles, stats, title, min_prose) if title else None
    if titled is not None:
        return titled
    own = {a: stats[a].prose for a in articles}
    for a in articles:
        inner = next((p for p in a.iterancestors("article") if p in own), None)
        if inner is not None:
            own[inner] -= stats[a].prose
    ranked = sorted(own.values(), reverse=True)
    if ranked[0] <= 0:
        return top
    best = max(articles, key=lambda a: own[a])
    if ranked[1] * _DOMINANCE <= ranked[0]:
        return best
    substantial = [a for a in articles if own[a] >= ranked[0] * _SUBSTANTIAL]
    return top if items and len(substantial) >= _STORY_ITEMS else substantial[0]


def _belongs(sibling: HtmlElement, top: HtmlElement, stats: dict[HtmlElement, NodeStats],
             config: BodyConfig) -> bool:
    """Does a sibling of the top container continue the article (readability's sibling rule)?"""
    st = stats.get(sibling)
    if st is None or not st.text or sibling.tag == "article" or top.tag == "article":
        return False  # two articles side by side are two stories, never one
    top_st = stats[top]
    threshold = max(10.0, top_st.score * config.sibling_share)
    bonus = top_st.score * config.sibling_share if sibling.get("class") and \
        sibling.get("class") == top.get("class") else 0.0
    if st.score + bonus >= threshold:
        return st.link_density < config.max_block_link_density
    if sibling.tag == "p":
        if st.own > 80 and st.link_density < 0.25:
            return True
        return st.own > 0 and st.link == 0 and bool(sibling.text_content().rstrip().endswith("."))
    return False


def _marked_body(marked: Sequence[HtmlElement], stats: dict[HtmlElement, NodeStats]) -> HtmlElement | None:
    """Of the elements marked as article body, the one with the most prose (the innermost on a tie)."""
    best: HtmlElement | None = None
    for el in marked:  # document order: a descendant comes after its ancestor
        prose = stats[el].prose
        if prose and (best is None or prose >= stats[best].prose):
            best = el
    return best


def _prefer_marked(marked: HtmlElement, top: HtmlElement, stats: dict[HtmlElement, NodeStats],
                   config: BodyConfig) -> bool:
    """Should the page's marked body replace the scored candidate?

    Inside the candidate it wins when it keeps most of its prose (tighter, less furniture); around the
    candidate only when it adds much more prose (the scored one was a fragment); elsewhere when it
    holds a comparable amount.
    """
    mine, theirs = stats[marked].prose, stats[top].prose
    if marked is top:
        return False
    if any(a is top for a in marked.iterancestors()):
        return mine >= config.marked_inner_share * theirs
    if any(a is marked for a in top.iterancestors()):
        return mine >= config.marked_outer_gain * theirs
    return mine >= config.marked_body_share * theirs


def _climb(top: HtmlElement, body: HtmlElement, stats: dict[HtmlElement, NodeStats],
           config: BodyConfig, *, max_gap: int | None = None) -> HtmlElement:
    """Go up to the highest ancestor that adds a real share of prose (a body split into columns).

    Every ancestor up to ``<body>`` is looked at; an ancestor is taken when it adds at least
    ``climb_share`` of the prose taken so far, and the climb ends for good once what the ancestors
    add over the top candidate is mostly links (teaser lists, menus).
    """
    node, base = top, stats[top]
    cur, gap = top, 0
    limit = config.climb_max_gap if max_gap is None else max_gap
    while cur is not body and gap < limit:
        parent = cur.getparent()
        if parent is None or parent not in stats:
            break
        up = stats[parent]
        added_text, added_link = up.text - base.text, up.link - base.link
        if added_text and added_link > config.climb_max_link_density * added_text:
            break  # the ancestors add mostly links: teasers, not more of the story
        if up.prose - stats[cur].prose > config.climb_free_chars:
            gap += 1  # wrappers that add nothing (or a heading's worth) are free
        if up.prose - stats[node].prose >= config.climb_share * stats[node].prose:
            node, gap = parent, 0
        cur = parent
    return node


def select_content(body: HtmlElement, measures: Measures, config: BodyConfig, *,
                   marked: Sequence[HtmlElement] = (), title: str | None = None,
                   page_type: str = "article") -> list[HtmlElement]:
    """The article's elements in document order (empty when the page has no prose).

    ``marked`` lists the elements the page itself marks as its article body (document order);
    ``title`` is the page's title, which picks the story among several ``<article>`` elements;
    ``page_type`` tells whether several alike ``<article>`` elements can be one story's items.
    """
    _spread_scores(measures, config)
    top = _best(measures)
    if top is None:
        return []
    stats = measures.stats
    top = _climb(top, body, stats, config)
    if stats[top].prose < config.fragment_share * stats[body].prose:
        # a fragment of a page made of many small blocks (recipe steps, cards): look further up
        top = _climb(top, body, stats, config, max_gap=config.fragment_max_gap)
    chosen = _marked_body(marked, stats)
    if chosen is not None and _prefer_marked(chosen, top, stats, config):
        top = _climb(chosen, body, stats, config)
    top = _main_article(top, stats, normalize_heading(title) if title else "", config.titled_article_prose,
                        items=page_type == "article")
    parent = top.getparent()
    if parent is None or top is body:
        return [top]
    return [s for s in parent if isinstance(s.tag, str) and (s is top or _belongs(s, top, stats, config))]
