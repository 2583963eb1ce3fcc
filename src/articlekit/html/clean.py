"""Drop subtrees that are never article content: code, hidden elements and page furniture.

Two steps: :func:`strip_code` removes elements whose text is never shown (scripts, styles, forms'
controls ...) wholesale; :func:`drop_furniture` removes navigation, ads, share bars, related lists,
comments, newsletter and cookie boxes by tag, ARIA role, ``hidden``/``display:none`` and class/id
tokens (see :mod:`articlekit.html.selectors`). The caller passes ``keep``, a predicate that vetoes a
removal, because a class name alone can lie (``<body class="has-comments">``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from articlekit.html.selectors import (
    ARTICLE_BODY_CLASSES,
    ARTICLE_BODY_SUBSTRINGS,
    BOILERPLATE_CLASS_NAMES,
    BOILERPLATE_HEADINGS,
    BOILERPLATE_ROLES,
    BOILERPLATE_SUBSTRINGS,
    BOILERPLATE_TOKENS,
    DROP_TAGS,
    EMBED_SUBSTRINGS,
    FURNITURE_TAGS,
    HEADING_TAGS,
    INLINE_TAGS,
    SCREEN_READER_CLASSES,
    STRONG_BOILERPLATE_TOKENS,
    WEAK_BOILERPLATE_TOKENS,
    class_roles,
    role_heads,
    role_tokens,
)

__all__ = ["drop_furniture", "furniture_reason", "is_article_body", "marks_article_body", "may_be_article_body",
           "normalize_title", "plan_furniture", "remove_all", "remove_all_undoably", "restore",
           "strip_code"]

# Patterns searched in lowercased values: Python's re.I makes an alternation several times slower.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
# figures keep tables, code and quotes; their images and captions go
_FIGURE_KEEP = ("table", "pre", "blockquote")
_BODY_SUBSTRING = re.compile("|".join(map(re.escape, ARTICLE_BODY_SUBSTRINGS)))
_FURNITURE_SUBSTRING = re.compile("|".join(map(re.escape, BOILERPLATE_SUBSTRINGS)))
_EMBED_SUBSTRING = re.compile("|".join(map(re.escape, EMBED_SUBSTRINGS)))


def strip_code(root: HtmlElement, noscripts: Iterable[HtmlElement] | None = None) -> None:
    """Remove script/style/embedded/form-control elements (their tails are kept).

    A ``<noscript>`` holding paragraphs is the page's static copy of script-rendered text (Blogger
    posts): it is unwrapped, not dropped. ``noscripts`` are the page's ``<noscript>`` elements in
    document order when the caller found them in a walk of its own (a walk of the page costs).
    """
    found = root.iter("noscript") if noscripts is None else noscripts
    for fallback in [ns for ns in found if ns.find(".//p") is not None]:
        unwrap(fallback)
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)


def unwrap(el: HtmlElement) -> None:
    """Replace ``el`` by its content: its text joins the node before it, its children take its place, its
    tail follows its last child. The tree lxml's ``drop_tag`` leaves, without its two scans of the
    siblings before ``el`` (its index, then a slice assignment at it): a page of 20,000 unwrapped
    siblings spent 2.3 s there."""
    parent = el.getparent()
    if parent is None:
        return
    previous = el.getprevious()
    if el.text:
        _append_text(parent, previous, [el.text])
    if el.tail:
        if len(el):
            last = el[-1]
            last.tail = (last.tail or "") + el.tail
        else:
            _append_text(parent, previous, [el.tail])
    for child in list(el):
        el.addprevious(child)  # moves the child with its tail, before el
    parent.remove(el)


# Every name in ARTICLE_BODY_CLASSES / ARTICLE_BODY_SUBSTRINGS contains one of these: a cheap prefilter.
_BODY_HINT = re.compile("body|content|text|copy|entry|main|detail")


def may_be_article_body(cls: str | None, itemprop: str | None) -> bool:
    """Cheap prefilter for :func:`is_article_body` from the raw attribute values."""
    return bool(itemprop) or (cls is not None and _BODY_HINT.search(cls.lower()) is not None)


def is_article_body(el: HtmlElement) -> bool:
    """True for an element marked as the article body (schema.org or a known body class)."""
    return marks_article_body(el.get("class"), el.get("itemprop"))


def marks_article_body(cls: str | None, itemprop: str | None) -> bool:
    """:func:`is_article_body` from the element's raw ``class`` and ``itemprop`` values."""
    if (itemprop or "").lower() == "articlebody":
        return True
    return bool(cls) and _body_class(cls)


@lru_cache(maxsize=8192)
def _body_class(cls: str) -> bool:
    """Whether a class string names the article body (cached: sites repeat their class strings)."""
    low = cls.lower()
    if _BODY_SUBSTRING.search(low.replace("-", "").replace("_", "")):
        return True
    return any(name in ARTICLE_BODY_CLASSES for name in low.split())


_ClassCache = dict[tuple[bool, str, str], "str | None"]


def furniture_reason(el: HtmlElement, cache: _ClassCache | None = None, *,
                     relaxed: bool = False) -> str | None:
    """Why this element looks like page furniture (tag, role, hidden, class/id token), or None.

    ``cache`` memoizes the class/id verdict within one page (pages repeat the same class strings).
    ``relaxed`` keeps to the strongest evidence (tags, roles, strong tokens): hidden elements and weak
    tokens stay (used when the normal rules would leave a page without prose).
    """
    tag = el.tag
    if not isinstance(tag, str):
        return None
    if tag in FURNITURE_TAGS:
        return _tag_reason(el, tag)
    if tag == "figure" and not any(True for _ in el.iter(*_FIGURE_KEEP)):
        return "tag:figure"
    # the names first (one call): each value read costs as much, and most elements lack most attributes
    names = el.keys()
    if not names:  # no attributes at all (a third of all elements)
        return None
    return _named_reason(el, tag, names, cache, relaxed)


def _tag_reason(el: HtmlElement, tag: str) -> str | None:
    """The verdict on a FURNITURE_TAGS element."""
    # an article's own <header> holds its headline, byline and standfirst: trimmed later, kept here
    if tag == "header" and any(True for _ in el.iterancestors("article")):
        return None
    return "tag:" + tag


def _named_reason(el: HtmlElement, tag: str, names: list[str], cache: _ClassCache | None,
                  relaxed: bool) -> str | None:
    """The verdict of an element's attributes (``names``: their names, never empty)."""
    cls = el.get("class") or "" if "class" in names else ""
    ident = el.get("id") or "" if "id" in names else ""
    # attributes besides class and id: without any (most elements) role, hidden and style need no read
    others = len(names) - ("class" in names) - ("id" in names)
    if tag in HEADING_TAGS:
        ident = ""  # a heading's id is a slug of its own text ("nav-…", "related-work"), not its role
    # inline elements are judged with their paragraph: a link styled "icon" is still part of a sentence;
    # only text meant for screen readers alone goes
    if tag in INLINE_TAGS:
        if cls and not SCREEN_READER_CLASSES.isdisjoint(cls.lower().split()):
            return "class:screen-reader"
    elif (cls or ident) and tag not in ("html", "body"):
        key = (tag in ("article", "main"), cls, ident)
        if cache is not None and key in cache:
            reason = cache[key]
        else:
            reason = _class_reason(f"{cls} {ident}", semantic=key[0], relaxed=relaxed)
            if cache is not None:
                cache[key] = reason
        if reason is not None and not is_article_body(el):
            return reason
    if not others:
        return None
    return _attribute_reason(el, names, relaxed)


def _attribute_reason(el: HtmlElement, names: list[str], relaxed: bool) -> str | None:
    """The furniture verdict of the role, hidden and style attributes, reading only those ``names`` has."""
    role = str(el.get("role") or "").lower() if "role" in names else ""
    if role in BOILERPLATE_ROLES:
        return "role:" + role
    if relaxed:
        return None
    if "hidden" in names or ("aria-hidden" in names and el.get("aria-hidden") == "true"):
        return "hidden"
    style = el.get("style") if "style" in names else None
    if style and _HIDDEN_STYLE.search(style.lower()):
        return "hidden"
    return None


@lru_cache(maxsize=16384)
def _class_reason(attrs: str, *, semantic: bool, relaxed: bool = False) -> str | None:
    """The furniture token in a class/id string; ``semantic`` (article/main) needs a strong one.

    A pure function of its arguments, cached across pages: a site repeats its class strings on every page.
    Most strings are new on a site's first page, so the tokens are only collected when the substring
    rules found nothing.
    """
    roles = class_roles(attrs)
    if not roles:
        return None  # descriptive names only: no token, nothing glued
    glued = " ".join([r.glued for r in roles])
    if _EMBED_SUBSTRING.search(glued):
        return None  # an embedded post quoted by the article ("social-media-embed", "twitter-tweet")
    if semantic:
        strong = role_tokens(roles) & STRONG_BOILERPLATE_TOKENS
        return "class:" + min(strong) if strong else None
    match = _FURNITURE_SUBSTRING.search(glued)
    if match:
        return "class:" + match.group(0)
    tokens = role_tokens(roles)
    hit = tokens & BOILERPLATE_CLASS_NAMES or tokens & BOILERPLATE_TOKENS
    if not hit and not relaxed:
        hit = role_heads(roles) & WEAK_BOILERPLATE_TOKENS
    return "class:" + min(hit) if hit else None


_MAX_FURNITURE_HEADING_CHARS = 2000


def _titled_furniture(el: HtmlElement) -> HtmlElement | None:
    """A box introduced by a furniture heading ("Related stories", "You may also like") as its first child."""
    if el.tag not in HEADING_TAGS:
        return None
    text = el.text_content()
    # a heading with this much text is a section, not a furniture title; nor is it read: nested headings
    # would each collapse the text of all those below
    if len(text) > _MAX_FURNITURE_HEADING_CHARS or normalize_title(text) not in BOILERPLATE_HEADINGS:
        return None
    parent = el.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return None
    first = next((c for c in parent if isinstance(c.tag, str)), None)
    return parent if first is el else el


def normalize_title(text: str) -> str:
    """Casefolded text without edge punctuation, for comparing titles and headings."""
    return " ".join(text.split()).casefold().strip(" :;,.!?-–—|•*#»«\"'“”…")


def plan_furniture(root: HtmlElement, keep: Callable[[HtmlElement], bool],
                   keep_titled: Callable[[HtmlElement], bool], *, relaxed: bool = False) -> list[HtmlElement]:
    """The furniture subtrees under ``root`` (outermost only, document order), without removing them.

    ``keep`` vetoes a removal; boxes titled as furniture ("Related stories") are stronger evidence
    than a class name, so they have their own, weaker veto ``keep_titled`` (typically: the box holds
    the marked article body). ``relaxed`` is passed on to :func:`furniture_reason`.
    """
    doomed: list[HtmlElement] = []
    cache: _ClassCache = {}
    box: HtmlElement | None = None  # the last titled box taken: the rest of it is skipped
    walker = etree.iterwalk(root, events=("start",))
    next(walker)  # the root itself is never furniture
    for _, el in walker:
        if box is not None and el.getparent() is box:
            walker.skip_subtree()
            continue
        tag = el.tag
        if tag in HEADING_TAGS:
            titled = _titled_furniture(el)
            if titled is not None and not keep_titled(titled):
                doomed.append(titled)
                box = titled
                walker.skip_subtree()
                continue
        if tag in FURNITURE_TAGS or tag == "figure" or not isinstance(tag, str):
            reason = furniture_reason(el, cache, relaxed=relaxed)
        else:  # furniture_reason's attribute rules: no call at all for an element without attributes (a third)
            names = el.keys()
            reason = _named_reason(el, tag, names, cache, relaxed) if names else None
        if reason is not None and not keep(el):
            doomed.append(el)
            walker.skip_subtree()
    return doomed


def remove_all(elements: list[HtmlElement]) -> None:
    """Remove each element with its subtree, keeping its tail text in place (as lxml's ``drop_tree``)."""
    for parent, doomed in _by_parent(elements).items():
        _drop_children(parent, doomed)


def _by_parent(elements: list[HtmlElement]) -> dict[HtmlElement, set[HtmlElement]]:
    """The elements still in a tree, grouped by their parent (parents in order of first appearance)."""
    groups: dict[HtmlElement, set[HtmlElement]] = {}
    for el in elements:
        parent = el.getparent()
        if parent is not None:
            groups.setdefault(parent, set()).add(el)
    return groups


def _drop_children(parent: HtmlElement, doomed: set[HtmlElement]) -> None:
    """Remove the ``doomed`` children of ``parent`` in one walk over its children.

    Each run of removed children hands its tail texts to the node before it (the parent's text for
    a run at the start), joined once. ``drop_tree`` one element at a time gives the same tree, but
    appends each tail to a text that grows with the run: a fuzzed page with 8,000 removed siblings
    spent 0.45 s there.
    """
    holder: HtmlElement | None = None  # the kept node before the current run (None: the parent)
    tails: list[str] = []
    for child in list(parent):
        if child in doomed:
            if child.tail:
                tails.append(child.tail)
            parent.remove(child)  # lxml takes the tail out with the element
            continue
        if tails:
            _append_text(parent, holder, tails)
            tails = []
        holder = child
    if tails:
        _append_text(parent, holder, tails)


def _append_text(parent: HtmlElement, holder: HtmlElement | None, tails: list[str]) -> None:
    if holder is None:
        parent.text = (parent.text or "") + "".join(tails)
    else:
        holder.tail = (holder.tail or "") + "".join(tails)


# what undoing the removals under one parent needs: the parent, its text, and each of its child nodes
# with its tail, all as they were before
Removal = tuple[HtmlElement, "str | None", list[tuple[HtmlElement, "str | None"]]]


def remove_all_undoably(elements: list[HtmlElement]) -> list[Removal]:
    """:func:`remove_all`, returning what :func:`restore` needs to put the tree back as it was."""
    log: list[Removal] = []
    for parent, doomed in _by_parent(elements).items():
        log.append((parent, parent.text, [(child, child.tail) for child in parent]))
        _drop_children(parent, doomed)
    return log


def restore(log: list[Removal]) -> None:
    """Undo :func:`remove_all_undoably`: each parent gets its children back in their order, and its
    text and their tails as they were (the removed runs' tails had been appended to them). Linear in
    the children of the parents concerned: inserting each element at its index would scan its siblings."""
    for parent, text, children in reversed(log):
        parent[:] = [child for child, _ in children]
        parent.text = text
        for child, tail in children:
            child.tail = tail


def drop_furniture(root: HtmlElement, keep: Callable[[HtmlElement], bool],
                   keep_titled: Callable[[HtmlElement], bool]) -> int:
    """Remove the furniture subtrees of :func:`plan_furniture`; returns how many went."""
    doomed = plan_furniture(root, keep, keep_titled)
    remove_all(doomed)
    return len(doomed)
