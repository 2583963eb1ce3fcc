"""Issue 19, "work that grows linearly": inputs that made libxml2 or a stage super-linear.

Bounds are CPU seconds with a wide margin over the fixed code.
"""

from __future__ import annotations

import time

import articlekit
from articlekit.html.parse import parse_html


def _attribute_flood(count: int) -> str:
    return ("<p " + " ".join(f"a{i}=1" for i in range(count)) +
            ">Attribute flood text, long enough to be taken as the body of the article.</p>")


def test_a_tag_with_100k_attributes_is_linear() -> None:
    # defect 3: libxml2 checks each new attribute against all earlier ones: 100k took 29 s
    page = _attribute_flood(100_000)
    articlekit.extract("<p>warm-up: first use imports the stages</p>", summarize=False)
    start = time.process_time()
    article = articlekit.extract(page, summarize=False)
    assert time.process_time() - start < 3
    assert "Attribute flood text," in article.text


def test_attributes_beyond_the_cap_are_dropped_the_first_ones_kept() -> None:
    root = parse_html('<div id="keep" class="c" ' + " ".join(f"x{i}=1" for i in range(5000)) + ">t</div>")
    div = root.find(".//div")
    assert div is not None
    assert div.get("id") == "keep" and div.get("class") == "c"
    assert len(div.attrib) <= 512
    assert div.text == "t"


def test_ordinary_attributes_are_untouched() -> None:
    page = '<a href="/x?a=1&b=2" title="a > b" data-x=\'1\' hidden>link</a>'
    a = parse_html(page).find(".//a")
    assert a is not None
    assert dict(a.attrib) == {"href": "/x?a=1&b=2", "title": "a > b", "data-x": "1", "hidden": ""}


def test_a_flood_after_a_commented_out_script_tag_is_still_cut() -> None:
    flood = "<p " + " ".join(f"a{i}=1" for i in range(20_000)) + ">t</p>"
    for before in ("<script>x</script>", "<!-- <script> -->", "<style>a{}</style><!-- x -->"):
        p = parse_html(before + flood).find(".//p")
        assert p is not None and len(p.attrib) == 256


def test_script_code_that_looks_like_a_long_tag_is_left_alone() -> None:
    # a "<" glued to a letter inside JSON or JS, then kilobytes of tokens: not a tag, never cut
    payload = '{"a":"x<y", ' + ", ".join(f'"k{i}": {i}' for i in range(600)) + "}"
    page = f'<script type="application/ld+json">{payload}</script><p>Body text.</p>'
    script = parse_html(page).find(".//script")
    assert script is not None and script.text == payload


def test_an_element_flood_is_cut_after_its_quota_of_elements() -> None:
    # 1 MB of "<p>x</p>" is 125,000 elements; every stage walks them in Python (2 s of CPU in extract)
    from lxml import etree

    page = "<html><body><h1>Flood</h1>" + "".join(f"<p>item {i}</p>" for i in range(70_000)) + "</body></html>"
    root = parse_html(page, max_elements_per_mb=25_000)
    elements = sum(1 for _ in root.iter(etree.Element))
    quota = 25_000 * len(page.encode()) // 1_000_000
    assert elements == quota  # the first ones, in document order
    paragraphs = root.findall(".//p")
    assert paragraphs[0].text == "item 0" and paragraphs[-1].text == f"item {len(paragraphs) - 1}"
    assert root.find(".//h1") is not None


def test_pages_under_the_element_quota_are_untouched() -> None:
    from lxml import etree

    page = "<html><body>" + "<div><p>a</p><p>b</p></div>" * 8_000 + "</body></html>"
    root = parse_html(page, max_elements_per_mb=25_000)
    assert sum(1 for _ in root.iter(etree.Element)) == 24_002  # html, body and the 24,000 below


def test_a_tag_flood_is_cut_before_the_parser() -> None:
    # libxml2 alone spent 3 s on 10 MB of "<p>x</p>": the text is cut at eight "<" per element kept
    from articlekit.html import parse

    flood = "<p>x</p>" * 200_000  # 1.6 MB, 400,000 "<"
    data = flood.encode()
    keep = 25_000 * len(data) // 1_000_000
    assert parse._nth(data, b"<", 8 * keep) == 8 * (4 * keep - 1) + 4  # the "</p>" of paragraph 4 * keep
    assert parse._nth(data, b"<", 10**6) == -1
    start = time.process_time()
    root = parse_html(flood, max_elements_per_mb=25_000)
    assert time.process_time() - start < 2.0
    assert len(root.findall(".//p")) == keep - 2  # html and body count among the elements kept


def test_an_element_quota_of_zero_keeps_every_element() -> None:
    from dataclasses import replace

    from articlekit.config import DEFAULT

    config = replace(DEFAULT, limits=replace(DEFAULT.limits, max_elements_per_mb=0))
    article = articlekit.extract("<p>First paragraph of the page.</p><p>Second paragraph of the page.</p>",
                                 config=config, summarize=False)
    assert "Second paragraph" in article.text
