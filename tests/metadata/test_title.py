"""Titles: sources, site-name prefixes/suffixes removed only when they name the site, entities."""

from __future__ import annotations

from tests.metadata.helpers import meta_of, page


def test_site_suffix_removed_when_it_is_the_site_name() -> None:
    head = ('<title>Tram network to grow | City Times</title>'
            '<meta property="og:site_name" content="City Times">')
    m = meta_of(page(head))
    assert m.title == "Tram network to grow"
    assert m.provenance["title"] == "title-element"


def test_suffix_kept_when_it_is_not_the_site_name() -> None:
    assert meta_of(page("<title>Rome: a history</title>")).title == "Rome: a history"


def test_domain_counts_as_site_name_and_prefix_is_removed() -> None:
    m = meta_of(page("<title>Citytimes - Tram network to grow</title>"), url="https://www.citytimes.com/a")
    assert m.title == "Tram network to grow"


def test_matching_h1_gives_the_visible_wording() -> None:
    head = '<meta property="og:title" content="Tram network to grow - City Times">'
    m = meta_of(page(head, "<h1>Tram network to grow</h1><p>text</p>"))
    assert m.title == "Tram network to grow"
    assert m.provenance["title"] == "h1"


def test_unrelated_h1_does_not_replace_the_declared_title() -> None:
    m = meta_of(page("<title>Budget vote delayed again</title>", "<h1>City Times</h1>"))
    assert m.title == "Budget vote delayed again"


def test_kicker_inside_h1_is_dropped_when_the_rest_matches() -> None:
    head = '<meta property="og:title" content="Firm seeks new investors">'
    m = meta_of(page(head, "<h1><span>Property crisis</span> <span>Firm seeks new investors</span></h1>"))
    assert m.title == "Firm seeks new investors"


def test_entities_and_whitespace_are_normalised() -> None:
    assert meta_of(page("<title>  Fish &amp;amp;   Chips\n today </title>")).title == "Fish & Chips today"


def test_h1_is_the_last_resort() -> None:
    m = meta_of(page("", "<h1>Only a heading</h1>"))
    assert (m.title, m.provenance["title"]) == ("Only a heading", "h1")


def test_kicker_beside_loose_headline_text_is_dropped() -> None:
    head = '<meta property="og:title" content="Drinks by boat to the city centre">'
    body = '<h1><span class="kicker">Olympic Games in Paris</span> Drinks by boat to the city centre</h1>'
    assert meta_of(page(head, body)).title == "Drinks by boat to the city centre"


def test_kicker_inside_a_wrapper_span_is_dropped() -> None:
    head = '<meta property="og:title" content="Pyramid sets with GA2">'
    body = '<h1><span><small>Session of the week</small><br>Pyramid sets with GA2</span></h1>'
    assert meta_of(page(head, body)).title == "Pyramid sets with GA2"


def test_heading_with_colon_kicker_in_text_stays_whole() -> None:
    head = '<meta property="og:title" content="Stars demand a new streaming model">'
    body = "<h1>User-centric payment: Stars demand a new streaming model</h1>"
    assert meta_of(page(head, body)).title == "User-centric payment: Stars demand a new streaming model"


def test_generic_page_label_gives_way_to_the_heading() -> None:
    # GENERIC_TITLE: "Home" names the page's place in the site, the heading names its content
    m = meta_of(page("<title>Home</title>", "<h1>Time to say goodbye.</h1><p>text</p>"))
    assert (m.title, m.provenance["title"]) == ("Time to say goodbye.", "h1")


def test_generic_heading_and_title_give_way_to_the_og_title() -> None:
    head = '<title>News</title><meta property="og:title" content="The first electron counts">'
    m = meta_of(page(head, "<h1>News</h1><p>text</p>"))
    assert m.title == "The first electron counts"


def test_generic_label_is_kept_when_it_is_all_there_is() -> None:
    assert meta_of(page("<title>About us</title>")).title == "About us"


def test_heading_after_a_kicker_in_the_declared_title_wins() -> None:
    # KICKER_TAIL: the declared title is "kicker: headline" and the <h1> shows the headline alone
    head = '<meta property="og:title" content="Siemens and the Adani coal mine: Kaeser fools Neubauer">'
    m = meta_of(page(head, "<h1>Kaeser fools Neubauer</h1><p>text</p>"))
    assert (m.title, m.provenance["title"]) == ("Kaeser fools Neubauer", "h1")


def test_heading_after_a_separator_is_a_site_name_not_a_kicker_tail() -> None:
    # the tail after " | " is where a site name goes: a logo <h1> there does not replace the title
    m = meta_of(page("<title>Budget vote delayed | Riverside Gazette</title>", "<h1>Riverside Gazette</h1>"))
    assert m.title == "Budget vote delayed | Riverside Gazette"


def test_short_tail_of_a_long_title_is_not_a_kicker_tail() -> None:
    head = '<meta property="og:title" content="Premier League: Arsenal beat Chelsea after late goal in London">'
    m = meta_of(page(head, "<h1>London</h1><p>text</p>"))
    assert m.title == "Premier League: Arsenal beat Chelsea after late goal in London"


def test_title_moved_into_the_body_by_text_before_html_is_read() -> None:
    # a server warning printed before <!DOCTYPE html> makes the parser put the head's <title> in <body>
    html = ("<br />\n<b>Warning</b>: mysql_connect(): access denied<br />\n<!DOCTYPE html>"
            "<html><head><title>All new in May | Library blog</title></head><body><p>text</p></body></html>")
    assert meta_of(html).title == "All new in May | Library blog"


def test_svg_title_in_the_body_is_not_the_page_title() -> None:
    body = '<svg><title>Close icon</title></svg><p>text</p>'
    assert meta_of(page("", body)).title is None


def test_permalink_pilcrow_is_not_part_of_the_headline() -> None:
    # PERMALINK_MARK
    head = "<title>Writing your own middleware</title>"
    body = '<h1>Writing your own middleware<a class="headerlink" href="#writing">¶</a></h1><p>Text.</p>'
    assert meta_of(page(head, body)).title == "Writing your own middleware"


def test_the_pages_h1_beats_a_lower_heading_that_echoes_the_seo_title() -> None:
    # the <title> is written for search engines; an <h2> section (an FAQ) repeats its words more closely
    # than the page's own headline does, but the <h1> is what readers see as the headline
    head = '<title>Garden Design Ideas For 2026 | Home Site</title><meta property="og:site_name" content="Home Site">'
    body = ("<h1>Ten Garden Design Ideas Worth Trying</h1><p>Intro text.</p>"
            "<h2>FAQs about garden design ideas</h2><p>Section text.</p>")
    m = meta_of(page(head, body))
    assert (m.title, m.provenance["title"]) == ("Ten Garden Design Ideas Worth Trying", "h1")


def test_a_section_heading_echoing_the_seo_title_is_not_the_title() -> None:
    # the <h1> says something else: the declared title wins, never the echoing section heading
    head = ('<title>What is a heat pump - a beginner\'s guide | Home Energy</title>'
            '<meta property="og:site_name" content="Home Energy">')
    body = ("<h1>Heat pumps explained: the handbook for 2026</h1><p>Intro text.</p>"
            "<h2>What is a heat pump?</h2><p>Section text.</p>")
    assert meta_of(page(head, body)).title != "What is a heat pump?"


def test_a_banner_h1_naming_the_site_does_not_beat_the_echoing_heading() -> None:
    # an <h1> that is only the declared title's first part is the blog's banner, not the headline
    head = "<title>Garden Notes » Archive » Pruning roses in winter</title>"
    body = "<h1>Garden Notes</h1><h2>Pruning roses in winter</h2><p>Text.</p>"
    assert meta_of(page(head, body)).title == "Pruning roses in winter"
