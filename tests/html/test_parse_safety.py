"""html/parse.py on hostile markup: no entity expansion, no file or network access, bounded depth."""

from __future__ import annotations

import threading

import pytest
from lxml import etree

from articlekit.html.parse import _limit_depth, parse_html

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE html [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<html><body><p>Laughs: &lol9;</p><p>The end.</p></body></html>"""

SYSTEM_ENTITY = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html [
 <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
 %remote;
]>
<html><body><p>Secret: &xxe;</p><p>The end.</p></body></html>"""


def _text(root: etree._Element) -> str:
    return "".join(t for t in root.itertext() if isinstance(t, str))


def _depth(root: etree._Element) -> int:
    deepest, stack = 0, [(root, 0)]
    while stack:
        el, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in el)
    return deepest


def test_billion_laughs_is_not_expanded() -> None:
    text = _text(parse_html(BILLION_LAUGHS))
    assert "lollol" not in text
    assert len(text) < 200
    assert "The end." in text
    assert "]>" not in text  # the internal DTD subset is not shown as text either


def test_system_entity_is_neither_fetched_nor_read() -> None:
    text = _text(parse_html(SYSTEM_ENTITY))
    assert "root:" not in text
    assert "The end." in text


def test_external_doctype_and_xinclude_are_ignored() -> None:
    page = ('<!DOCTYPE html SYSTEM "file:///etc/passwd"><html><body>'
            '<div xmlns:xi="http://www.w3.org/2001/XInclude">'
            '<xi:include href="/etc/passwd" parse="text"/></div>'
            '<svg><image href="file:///etc/passwd"/><use href="http://127.0.0.1:9/x.svg#a"/></svg>'
            "<p>Visible.</p></body></html>")
    text = _text(parse_html(page))
    assert "root:" not in text
    assert text.strip() == "Visible."


@pytest.mark.parametrize("depth", [300, 60_000])
def test_deep_nesting_keeps_the_rest_of_the_page(depth: int) -> None:
    # libxml2 alone stops at depth 256 and drops everything after it.
    page = "<p>Before.</p>" + "<div><span>x</span><br>" * depth + "Deep." + "</div>" * depth + "<p>After.</p>"
    root = parse_html(page, max_depth=200)
    text = _text(root)
    assert "Before." in text and "Deep." in text and "After." in text
    assert _depth(root) <= 200


def test_deep_unclosed_tags_do_not_recurse() -> None:
    root = parse_html("<b><i>" * 30_000 + "soup")
    assert "soup" in _text(root)
    assert _depth(root) <= 200


def test_text_node_over_libxml_limit_keeps_the_rest() -> None:
    # libxml2 refuses text nodes over 10 MB and drops the rest of the page.
    page = "<p>Start.</p><p>" + "x" * 10_500_000 + "</p><p>After.</p>"
    text = _text(parse_html(page))
    assert text.startswith("Start.") and text.endswith("After.")


def test_control_characters_and_surrogates_are_removed() -> None:
    text = _text(parse_html("<p>a\x00b\x01c\ud800d\x0be</p><p>After.</p>"))
    assert text == "abcdeAfter."


@pytest.mark.parametrize("page", ["", "   \n", "<!-- only a comment -->", "<?php echo 1; ?>",
                                  "<!DOCTYPE html>", "<?xml version='1.0' encoding='utf-8'?>", "<", "&"])
def test_empty_or_trivial_markup_gives_a_tree(page: str) -> None:
    root = parse_html(page)
    assert root.tag == "html"


@pytest.mark.parametrize("prologue", [
    "\ufeff<?xml version='1.0' encoding='iso-8859-1'?>",
    "<?xml version='1.0'?>\n<?xml version='1.0' encoding='utf-8'?>",  # lxml refuses the second one
    "<!DOCTYPE html>\n<?xml version='1.0' encoding='utf-8'?>",
    "<?xml version='1.0' encoding='utf-8'?><!DOCTYPE html [<!ENTITY a 'b'>]>\ufeff",
])
def test_xml_declarations_and_doctypes_in_text_input(prologue: str) -> None:
    assert _text(parse_html(prologue + "<p>Text.</p>")) == "Text."


def test_limit_depth_model() -> None:
    assert _limit_depth("<a><b><c>t</c></b></a>", 2) == "<a><b> t </b></a>"
    # unmatched end tags go (libxml2 searches its whole stack for each one)
    assert _limit_depth("<p>x</q></p>", 5) == "<p>x </p>"
    # raw-text elements hold no tags; void and self-closed elements do not nest
    assert _limit_depth("<script><div><div></script><br><img><x/><p>t</p>", 1) == (
        "<script><div><div></script><br><img><x/><p>t</p>")


def test_parsers_are_per_thread() -> None:
    pages = [f"<p>page {i}</p>" + "<div>" * 300 + f"deep {i}" for i in range(8)]
    results: dict[int, str] = {}

    def work(i: int) -> None:
        for _ in range(20):
            results[i] = _text(parse_html(pages[i]))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {i: _text(parse_html(pages[i])) for i in range(8)}


def test_text_parses_as_utf8_whatever_charset_the_page_declares() -> None:
    # the parser reads the already-decoded text as UTF-8: an in-page declaration must not re-decode it
    root = parse_html('<html><head><meta charset="windows-1252"></head><body><p>Café – “naïve” 日本</p>'
                      "</body></html>")
    assert _text(root.find("body")) == "Café – “naïve” 日本"


def test_every_element_is_an_html_element() -> None:
    # one C-level class lookup for all elements: the lxml.html methods stay available
    from lxml.html import HtmlElement

    root = parse_html("<html><body><form><input name=q><select><option>a</option></select></form>"
                      "<p>Text <a href='/x'>link</a></p></body></html>")
    assert all(isinstance(el, HtmlElement) for el in root.iter())
    assert root.find(".//p").text_content() == "Text link"


@pytest.mark.parametrize("char", ["\ufffe", "\uffff"])
def test_noncharacters_are_removed_wherever_they_stand(char: str) -> None:
    # found by a search of the text (not of its UTF-8 bytes): in text, in an attribute, beside wide text
    root = parse_html(f'<p title="a{char}b">x{char}y ｆｕｌｌ {char}</p>')
    assert _text(root) == "xy ｆｕｌｌ "
    assert root.find(".//p").get("title") == "ab"
    root.find(".//p").text = "edited"  # an edit of the tree no longer raises


def test_invalid_character_references_are_found_in_any_script() -> None:
    # the references are looked for in the UTF-8 bytes: the same matches with wide text around them
    for page in ("<p>a&#1;b&#x1F;c&#65534;d&#39;e</p>", "<p>中文&#1;文字&#x0c;&#8217;</p>"):
        root = parse_html(page)
        expected = page.replace("<p>", "").replace("</p>", "")
        for ref, char in (("&#1;", ""), ("&#x1F;", ""), ("&#65534;", ""), ("&#x0c;", ""), ("&#39;", "'"),
                          ("&#8217;", "\u2019")):
            expected = expected.replace(ref, char)
        assert _text(root) == expected


def test_separator_count_stops_once_it_has_enough() -> None:
    from articlekit.html import parse

    data = b"<p " + b"a=1 " * 10 + b"b/c\td\ne" * 3 + b">"
    total = sum(data.count(sep) for sep in parse._SEPARATORS)
    for needed in (1, 10, total - 1, total, total + 1, 10_000):
        assert parse._enough_separators(data, 0, len(data), needed) == (total >= needed)
    assert parse._enough_separators(data, 3, 3, 1) is False  # an empty range holds none


def test_long_tags_keep_their_first_attributes_outside_scripts() -> None:
    attrs = " ".join(f"a{i}=1" for i in range(400))
    root = parse_html(f"<html><body><p {attrs}>x</p><script>var s = '<b {attrs}>';</script></body></html>",
                      max_attributes=256)
    assert len(root.find(".//p").attrib) == 256
    assert attrs in root.find(".//script").text  # script code is never cut


def test_doctype_and_reference_finders_agree_with_a_regex_scan() -> None:
    # the prefiltered finders must give exactly what a regex scan of the whole page gives
    from articlekit.html import parse

    many_valid = b"&#39;" * 205
    pages = [b"", b"<p>x</p>", b"<!-- c --><!doctype html>", b"<!DOCTYPE html>", b"<!DOCTYP>", b"<!<!doctype x>",
             b"<!<!<!DOCTYPE x>", b"<!--<!DOCTYPE x>-->", b"<!dOcTyPe", b"&#1;", b"&#39;&#x1f;", b"&#&#1;",
             b"&#65534", many_valid, many_valid + b"&#x0c;", many_valid + b"&#39;"]
    for data in pages:
        assert parse._has_doctype(data) == any(
            data[m.start() + 2:m.start() + 9].lower() == b"doctype" for m in parse._DECLARATION.finditer(data))
        assert parse._has_invalid_ref(data) == (parse._INVALID_REF_BYTES.search(data) is not None)
