"""The speed rewrites of the metadata readers give exactly what the plain forms give."""

from __future__ import annotations

import re

import pytest
from lxml import etree
from lxml.html import HtmlElement

from articlekit.html.parse import parse_html
from articlekit.metadata import scan
from articlekit.metadata import text as text_helpers
from articlekit.metadata.authors import bylines
from articlekit.metadata.dates import text as text_dates
from articlekit.metadata.elements import page_elements


def _page(body: str) -> HtmlElement:
    return parse_html(f"<html><head><title>T</title></head><body>{body}</body></html>")


def test_byline_search_from_start_matches_plain_search() -> None:
    texts = ["By Jane Doe\nmore", "Intro\nBy Jane Doe", "x Autor: Max Muster", "a | Posted by Ann Lee",
             "\nvon Karl Kraus\n", "Autor\nErika Mustermann\n", "nothing here", "", " By Jane Doe"]
    pairs = [(bylines._TEXT_BYLINE, bylines._TEXT_BYLINE_INNER),
             (bylines._LOWER_BYLINE, bylines._LOWER_BYLINE_INNER),
             (bylines._LABEL_LINE, bylines._LABEL_LINE_INNER)]
    for text in texts:
        for pattern, inner in pairs:
            plain = pattern.search(text)
            fast = bylines._search_from_start(pattern, inner, text)
            assert (plain and plain.span("names")) == (fast and fast.span("names"))


def test_date_hint_patterns_match_their_lookbehind_first_forms() -> None:
    year = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
    numeric = re.compile(r"(?<!\d)(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})")
    for text in ["2024", "12024", "on 3.5.2024 and 2024-05-03", "x19999", "2024年5月3日", "1.2.24", "5"]:
        assert [m.span() for m in text_dates._YEAR.finditer(text)] == [m.span() for m in year.finditer(text)]
        assert ([m.span() for m in text_dates._NUMERIC_HINT.finditer(text)]
                == [m.span() for m in numeric.finditer(text)])


def test_squeezed_start_and_end_are_slices_of_the_squeezed_text() -> None:
    text = "  a  b \n\n   c\t d  \n" * 50 + "end  word"
    full = text_helpers._squeeze(text)
    for size in (1, 3, 10, 100, 5000):
        assert text_helpers._squeezed_start(text, size) == full[:size]
        assert text_helpers._squeezed_end(text, size) == full[-size:]


def test_lazy_scan_gives_the_full_walk() -> None:
    root = _page('<time datetime="2024-01-01">x</time><div><h1>Title</h1><p class="byline">By A</p>'
                 '<time datetime="2024-01-02">y</time><span class="date">2 Jan</span></div>'
                 '<time datetime="2024-01-03">z</time>')
    headline = root.find(".//h1")
    assert headline is not None
    lazy = scan.scan_page(root, headline, page_elements(root))
    first = next(lazy.after_items())
    assert first.attrs == "byline"
    plain = scan.scan_page(root, headline)  # no collected elements: XPath for the times above
    assert [t.element.get("datetime") for t in lazy.times] == ["2024-01-01", "2024-01-02", "2024-01-03"]
    assert lazy.times == plain.times
    assert lazy.after == plain.after == [first, plain.after[1]]
    assert lazy.times[0].pos < 0 <= lazy.times[1].pos


def test_times_before_the_headline_follow_the_preceding_axis() -> None:
    root = _page('<time>a</time><section><time><h1>In a time</h1></time></section><time>b</time>')
    headline = root.find(".//h1")
    assert headline is not None
    expected = etree.XPath("preceding::time")(headline)
    assert scan._times_before(headline, page_elements(root)) == expected


def test_shortest_tokens_keep_the_same_matches() -> None:
    tokens = {"date", "pubdate", "entry-date", "author", "p-author", "time"}
    assert scan._shortest_tokens(tokens) == ["author", "date", "time"]


def test_no_lookback_means_no_text_ahead_of_the_headline() -> None:
    from lxml.html import document_fromstring

    from articlekit.metadata.text import text_around

    root = document_fromstring("<html><body><p>Kicker line</p><h1>The headline</h1><p>By Jane Doe</p></body></html>")
    headline = root.find(".//h1")
    ahead, after = text_around(root, headline, before=0, after=200)
    assert ahead == ""
    assert "By Jane Doe" in after
    ahead, _ = text_around(root, headline, before=300, after=200)
    assert ahead.endswith("The headline") and "Kicker line" in ahead


def test_script_date_hints_cover_every_key_the_pattern_reads() -> None:
    from articlekit.metadata.dates import sources as date_sources

    keys = re.search(r"\(\?:([^)]*)\)", date_sources._SCRIPT_DATE.pattern).group(1).split("|")  # type: ignore[union-attr]
    assert keys and all(any(h in k for h in date_sources._SCRIPT_DATE_HINTS) for k in keys)
    page = _page('<script>var s = {"createdAt": "2021-03-04T05:06:07Z"};</script>'
                 '<script>var t = {"x": "1", "y": "2"};</script><p>x</p>')
    assert date_sources._script_dates(page_elements(page).scripts) == ["2021-03-04T05:06:07Z"]


def _published_of(head: str, body: str, url: str | None = None) -> object:
    import articlekit

    html = (f"<html><head><title>Headline here</title>{head}</head>"
            f"<body><h1>Headline here</h1>{body}</body></html>")
    return articlekit.extract(html, url=url, summarize=False).date_published


def test_script_dates_read_only_when_they_can_change_the_result() -> None:
    import datetime as dt

    state = '<script>window.s = {"publishedAt": "2021-03-04T05:06:07Z"};</script>'
    declared = '<meta property="article:published_time" content="2021-03-02T09:00:00Z">'
    # a declared timestamp outranks inline state: the state is never needed
    utc = dt.timezone.utc
    assert _published_of(declared, state + "<p>Text of the story.</p>") == dt.datetime(2021, 3, 2, 9, tzinfo=utc)
    # the URL's bare day takes the time of a same-day timestamp from the inline state (SAME_DAY_PRECISION)
    assert _published_of("", state + "<p>Text of the story.</p>", "https://example.com/2021/03/04/story") \
        == dt.datetime(2021, 3, 4, 5, 6, 7, tzinfo=utc)
    # nothing else on the page: the inline state alone dates it
    assert _published_of("", state + "<p>Text of the story.</p>") == dt.datetime(2021, 3, 4, 5, 6, 7, tzinfo=utc)


def test_value_by_value_label_test_matches_the_joined_labels() -> None:
    page = _page('<div class="Article-Author">a</div><div id="pub" class="x">b</div>'
                 '<span itemprop="datePublished">c</span><a rel="author">d</a><p class="auth" id="or">e</p>'
                 '<div class="main">f</div><div>g</div><span class="BYLINE x" id="y">h</span>'
                 '<div data-class="author" title="date" href="/author/x">i</div><p CLASS="Byline">j</p>'
                 '<a href="/x" rel="author">k</a><div class="" id="">l</div>')
    for el in page.iter(etree.Element):
        joined = scan._labels(el)
        assert scan._labelled(el) == bool(joined and scan._WANTED.search(joined))
    # only class, id, itemprop and rel count: other attributes naming an author or a date do not
    assert [scan._labelled(el) for el in page.iter("div")][-2:] == [False, False]


def test_cjk_byline_prefilter_matches_plain_search() -> None:
    texts = ["责任编辑：焦鹏", "正文 作者: 李明华 其他", "記者：山田太郎です", "文：王小", "no label here: 焦鹏",
             "Autor: Max", "编辑：焦鹏", "", "撰文 ： 张三丰丰丰"]
    for text in texts:
        plain = bylines._CJK_BYLINE.search(text)
        assert bylines.cjk_byline_in(text) == (plain["cjk"] if plain else "")
    assert bylines.cjk_byline_in("正文 作者: 李明华 其他") == "李明华"
    assert bylines.cjk_byline_in("no label here: 焦鹏") == ""


def test_label_cache_stays_bounded_and_gives_the_same_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "_WANTED_CACHE_SIZE", 3)
    monkeypatch.setattr(scan, "_WANTED_CACHE", {})
    values = ["Article-Author", "main", "pubDate", "x", "BYLINE y", "nav", "Article-Author"]
    for _ in range(2):  # the second round reads answers from the cache (or recomputes them after a clear)
        for value in values:
            assert scan._wanted(value) == (scan._WANTED.search(value.lower()) is not None)
            assert len(scan._WANTED_CACHE) <= 3


def test_cleaned_author_answers_are_kept_without_sharing_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    from articlekit.config import DEFAULT
    from articlekit.metadata.authors import cleaning

    monkeypatch.setattr(cleaning, "_CLEANED_SIZE", 2)
    monkeypatch.setattr(cleaning, "_CLEANED", {})
    config = DEFAULT.metadata
    raws = ["By Jane Doe and John Roe", "Jane Doe | City Times", "Redaktion", "By Jane Doe and John Roe"]
    for sites in (["City Times"], []):
        plain = [cleaning._clean_authors(raw, sites, config, False) for raw in raws]
        for _ in range(2):
            kept = [cleaning.clean_authors(raw, sites=sites, config=config) for raw in raws]
            assert kept == plain and len(cleaning._CLEANED) <= 2
    first = cleaning.clean_authors(raws[0], sites=[], config=config)
    first.append("Changed")  # a caller's list is its own: the kept answer does not change
    assert cleaning.clean_authors(raws[0], sites=[], config=config) == ["Jane Doe", "John Roe"]


def test_marked_walk_matches_the_plain_label_and_tag_tests() -> None:
    page = _page('<div class="Article-Author">a</div><time class="date">t</time><p id="x">b</p>'
                 '<span itemprop="datePublished">c</span><div data-class="author">d</div><a rel="author">e</a>')
    elements = list(page.iter(etree.Element))
    expected = [(i, el, el.tag == "time") for i, el in enumerate(elements)
                if el.tag == "time" or scan._labelled(el)]
    for times in (frozenset(page.iter("time")), None):  # the <time> set, or each element's tag read
        walk = enumerate(elements)
        found = []
        while (item := scan._next_marked(walk, times)) is not None:
            found.append(item)
        assert found == expected
    assert [tag for _, el, _ in expected for tag in [el.tag]] == ["div", "time", "span", "a"]


def test_aside_walk_matches_the_body_xpath() -> None:
    from articlekit.metadata.authors import markup

    page = _page('<figure><figcaption>Photo: Jane Doe</figcaption></figure><aside><blockquote>x'
                 '<q>y</q></blockquote></aside><p>By Jane Doe</p>')
    xpath = etree.XPath("//body//figcaption | //body//aside | //body//blockquote | //body//q")
    assert markup._asides(page) == xpath(page) and len(xpath(page)) == 4
    assert markup._asides(_page("<p>no asides</p>")) == []
    # a <q> outside the body (a tree built by hand): the XPath skips it, and so does the walk
    built = _page("<q>y</q>")
    etree.SubElement(built, "q").text = "x"
    assert [el.text for el in markup._asides(built)] == [el.text for el in xpath(built)] == ["y"]
    assert markup.written_aside(page, "Jane Doe") is False  # also written outside the caption


def test_byline_markup_found_with_and_without_author_elements() -> None:
    from articlekit.metadata.authors import markup

    with_element = _page('<p>Intro</p><author>Jane Doe</author><div data-component="Byline">x</div>')
    assert markup.markup_bylines(with_element) == ([with_element.find(".//author")], "author-element")
    without = _page('<p>Intro</p><div data-testid="author-name">Jane Doe</div>')
    assert markup.markup_bylines(without) == ([without.find(".//div")], "author-link")


def test_unix_time_elements_match_the_per_parent_xpath() -> None:
    from articlekit.metadata.dates import conventions
    from articlekit.metadata.meta import read_meta

    stamps = "".join(f'<span data-utime="{1600000000 + i}">x</span>' for i in range(7))
    page = _page(f'<div data-timestamp="1500000000" data-utime="1500000001">{stamps}</div>'
                 '<p data-publish-time="1400000000">y</p>')
    old = etree.XPath("//*[@data-utime or @data-timestamp or @data-publish-time][position() <= 5]")
    expected = [conventions.parse_date(el.get(attr) or "") for el in old(page) for attr in conventions._UTIME_ATTRS]
    assert list(conventions._unix_times(page, read_meta(page))) == expected
    assert len(old(page)) == 7  # the first five spans of the div, the div and the paragraph


def test_elements_above_match_the_preceding_axis() -> None:
    page = _page("<header><nav><a>1</a><a>2</a></nav><div><span>3</span></div></header>"
                 "<main><section><p>a</p><div><h1>Title</h1><p>b</p></div></section><p>c</p></main>")
    preceding = etree.XPath("preceding::*[position() <= $n]")
    for anchor in page.iter(etree.Element):
        for n in (1, 2, 3, 5, 400):
            assert scan._above(anchor, n) == preceding(anchor, n=n)
