"""Property-based tests (hypothesis) on generated HTML and on mutated fixture pages.

Properties: only ArticlekitError escapes; the same input gives the same output; the output is
valid Unicode (UTF-8 can write it); every word of
``text`` is present in the page's own text; every key figure's ``span`` is in ``text`` at its
offsets. The budget is small so the suite stays fast; bench/fuzz/fuzz_extract.py runs the long version.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import articlekit
from articlekit.errors import ArticlekitError
from articlekit.html.encoding import decode_html
from articlekit.html.parse import parse_html
from articlekit.model import Article

FIXTURES = sorted((Path(__file__).resolve().parents[2] / "fixtures").glob("*/source.html"))
FIXTURE_BYTES = [p.read_bytes() for p in FIXTURES]
_WORD = re.compile(r"\w+")
CODE_TAGS = ("script", "style", "noscript", "template", "textarea", "iframe", "object", "svg", "math",
             "title")
_SPACE = re.compile(r"\s+")


def _settings(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# ------------------------------------------------------------------ generated HTML

WORDS = ["the", "council", "said", "homes", "were", "flooded", "Mr.", "U.S.", "1,200", "15%", "$3.5",
         "million", "2024", "€40bn", "half", "three", "Grüße", "世界", "😀", "&amp;", "&nbsp;", "&#8217;",
         "&bogus;", "<", ">", "&", '"', "'", ".", ",", "—", "\u00a0", "\u200b", "ﬁ", "café"]
BLOCK_TAGS = ["p", "div", "article", "section", "main", "h1", "h2", "blockquote", "ul", "ol", "li", "table",
              "tr", "td", "pre", "nav", "header", "footer", "aside", "figure", "figcaption"]
INLINE_TAGS = ["span", "a", "b", "i", "em", "strong", "time", "sup", "small"]
RAW_TAGS = ["script", "style", "noscript", "template", "textarea", "title"]
CLASSES = ["article-body", "content", "story", "nav", "menu", "share", "comments", "related", "byline",
           "author", "ad", "promo", "key-points", "summary", "date"]
JUNK = ["<", "</", "<!--", "-->", "&", "&#", "</div>", "</p>", "<p", "<br/>", "<img src=x>", "]]>",
        "<![CDATA[", "<?xml version='1.0'?>", "<!DOCTYPE html>", "\x00", "\ud800"]

text_runs = st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    attrs = st.one_of(st.just(""), st.sampled_from(CLASSES).map(lambda c: f' class="{c}"'),
                      st.sampled_from(["itemprop=\"articleBody\"", "role=\"navigation\"", "hidden",
                                       'style="display:none"', 'lang="de"', "dir=rtl"]).map(" ".join))
    block = st.tuples(st.sampled_from(BLOCK_TAGS + INLINE_TAGS), attrs, st.lists(children, max_size=5),
                      st.booleans())
    return block.map(lambda t: f"<{t[0]}{t[1]}>{''.join(t[2])}" + (f"</{t[0]}>" if t[3] else ""))


raw = st.tuples(st.sampled_from(RAW_TAGS), text_runs).map(lambda t: f"<{t[0]}>{t[1]}</{t[0]}>")
nodes = st.recursive(st.one_of(text_runs, raw, st.sampled_from(JUNK)), _element, max_leaves=40)
head = st.lists(st.sampled_from([
    "<title>Floods hit the valley</title>", '<meta charset="utf-8">', '<meta charset="shift_jis">',
    '<meta property="og:title" content="Floods &amp; rain">', '<meta name="author" content="Ann Lee">',
    '<meta property="article:published_time" content="2024-03-21T10:00:00Z">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods","author":{"name":"A"}}'
    "</script>", '<script type="application/ld+json">{"@type": [</script>',
    '<link rel="canonical" href="/a">',
]), max_size=5).map("".join)
pages = st.tuples(head, st.lists(nodes, max_size=8)).map(
    lambda t: f"<html><head>{t[0]}</head><body>{''.join(t[1])}</body></html>")


def _page_text(page: str | bytes) -> str:
    """The page's text as articlekit's parser sees it, with and without code elements, no whitespace."""
    text = decode_html(page) if isinstance(page, bytes) else page
    root = parse_html(text)
    everything = "".join(t for t in root.itertext() if isinstance(t, str))
    # Text on both sides of a removed <script> joins up, as it does in a browser: "a<script>…</script>b".
    etree.strip_elements(root, *CODE_TAGS, with_tail=False)
    visible = "".join(t for t in root.itertext() if isinstance(t, str))
    return _SPACE.sub("", everything) + "\n" + _SPACE.sub("", visible)


def _in_page(word: str, page_text: str) -> bool:
    """In the page, or two pieces of it joined where an invisible element was dropped ("a<x>…</x>b")."""
    if word in page_text:
        return True
    return any(word[:i] in page_text and word[i:] in page_text for i in range(1, len(word)))


def _check(page: str | bytes) -> None:
    try:
        article = articlekit.extract(page)
    except ArticlekitError:
        return
    assert isinstance(article, Article)
    assert articlekit.extract(page) == article, "same input, same output"
    article.to_json().encode("utf-8")  # no lone surrogates anywhere in the output
    text = article.text
    if text:
        page_text = _page_text(page)
        for line in text.splitlines():
            missing = [w for w in _WORD.findall(line) if not _in_page(w, page_text)]
            assert not missing, f"words not in the page: {missing[:5]} (line {line[:80]!r})"
    for fig in article.figures:
        assert fig.span in text
        if fig.start >= 0:
            assert text[fig.start:fig.end] == fig.span


@_settings(40)
@given(pages)
def test_generated_html(page: str) -> None:
    _check(page)


@_settings(15)
@given(pages)
def test_generated_html_as_bytes(page: str) -> None:
    _check(page.encode("utf-8", errors="surrogatepass"))


# ------------------------------------------------------------------ mutated fixture pages

mutation = st.tuples(
    st.sampled_from(["delete", "insert", "flip", "duplicate", "truncate", "junk"]),
    st.floats(0, 1), st.integers(1, 4000), st.binary(min_size=1, max_size=40), st.sampled_from(JUNK),
)


def _mutate(data: bytes, ops: list[tuple[str, float, int, bytes, str]]) -> bytes:
    for op, where, size, blob, junk in ops:
        i = int(where * len(data))
        if op == "delete":
            data = data[:i] + data[i + size:]
        elif op == "insert":
            data = data[:i] + blob + data[i:]
        elif op == "flip" and data:
            i = min(i, len(data) - 1)
            data = data[:i] + bytes([data[i] ^ (size & 0xFF or 1)]) + data[i + 1:]
        elif op == "duplicate":
            data = data[:i] + data[i:i + size] * 3 + data[i:]
        elif op == "truncate":
            data = data[:i]
        else:
            data = data[:i] + junk.encode("utf-8", errors="surrogatepass") + data[i:]
    return data


@pytest.mark.slow
@_settings(30)
@given(st.integers(0, len(FIXTURE_BYTES) - 1), st.lists(mutation, min_size=1, max_size=6))
def test_mutated_fixture_pages(index: int, ops: list[tuple[str, float, int, bytes, str]]) -> None:
    _check(_mutate(FIXTURE_BYTES[index], ops))


@_settings(60)
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    _check(data)


@_settings(60)
@given(st.text(max_size=2000))
def test_random_text(text: str) -> None:
    _check(text)
