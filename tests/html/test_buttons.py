"""Elements left open inside a ``<button>`` are closed at its ``</button>``, as a browser does."""

from __future__ import annotations

import time

import pytest

import articlekit
from articlekit.html.buttons import close_in_buttons
from articlekit.html.parse import parse_html

STORY = [
    "The city council voted on Tuesday to expand the tram network, adding four new lines by 2030.",
    "Officials said the plan, which costs about 1.2 billion euros, would cut car traffic in the centre.",
    "Opponents argued that the money would be better spent on buses, which can change routes quickly.",
    "The first construction work is expected to begin next spring, starting with the eastern line.",
]
# a site template's menu button: its inner <div>s are never closed before </button>
MENU = ("<button class='menu-button'><span class='is-vishidden'>Menu</span>"
        "<div class='menu-button-inner'>\n<div>\n</button>")


def _page(button: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>Trams</title></head><body><header role='banner'>{button}"
            "<a href='/'>Home</a></header>"
            f"<main><article><h1>Council expands the tram network</h1>{paras}</article></main></body></html>")


def test_a_menu_button_with_open_divs_does_not_swallow_the_article() -> None:
    # libxml2 ignores </button> while a <div> opened in it is open: the article nested in the button,
    # which is dropped as a form control, and the page came out empty
    out = articlekit.extract(_page(MENU), summarize=False)
    assert all(p in out.text for p in STORY)
    assert "Menu" not in out.text
    main = parse_html(_page(MENU)).find(".//main")
    assert main is not None and all(a.tag != "button" for a in main.iterancestors())


def test_the_repair_runs_when_libxml2_reports_too_much_to_keep() -> None:
    # libxml2 reports the ignored </button>, but lxml keeps a parse's first 100 messages only: a page
    # with more errors before its menu button is repaired all the same
    out = articlekit.extract(_page("</x>" * 150 + MENU), summarize=False)
    assert all(p in out.text for p in STORY)


def test_the_missing_end_tags_are_written_before_the_end_tag() -> None:
    data = b"<p>a</p><button><span>x</span><div class='i'><div><b>y</button><p>after</p>"
    assert close_in_buttons(data) == (b"<p>a</p><button><span>x</span><div class='i'><div><b>y"
                                      b"</b></div></div></button><p>after</p>")


@pytest.mark.parametrize("data", [
    b"<p>no buttons here</p>",
    b"<button><div>closed</div><img src='x'><br/></button>",
    b"<button><div>never closed",  # no </button>: the parser's own recovery stands
    b"<button><div>a<button>b</button>",  # a second button opens first
    b"<button><!-- <div> --></button>",
])
def test_pages_without_open_elements_in_a_closed_button_are_left_as_they_are(data: bytes) -> None:
    assert close_in_buttons(data) is data


def test_the_repair_is_linear_on_floods() -> None:
    for unit in (b"<button><div>x</button>", b"<button>", b"<button", b"</button>", b"<button><div><div><div>"):
        data = unit * (2_000_000 // len(unit))
        start = time.process_time()
        close_in_buttons(data)
        assert time.process_time() - start < 1.0, unit
