"""Class/id values read as names and parts, and the furniture verdict's attribute reads, on inline input."""

from __future__ import annotations

import re

import pytest
from lxml import html

from articlekit.html.clean import furniture_reason
from articlekit.html.selectors import class_tokens, plain_parts

_SPLIT = re.compile(r"[^a-z0-9]+")


@pytest.mark.parametrize("value", ["post-body main_col", "entry", "  a--b\tc_d  ", "x2-y3", "-lead-"])
def test_plain_parts_are_the_split_at_non_alphanumerics(value: str) -> None:
    assert plain_parts(value) == [t for t in _SPLIT.split(value) if t]


@pytest.mark.parametrize("value", ["ünï-part", "a.b", "x:y z", "", "   "])
def test_plain_parts_leave_other_characters_to_the_expression(value: str) -> None:
    assert plain_parts(value) is None


def test_class_tokens_of_plain_and_other_names() -> None:
    assert class_tokens("share_bar most-read") >= {"share", "bar", "sharebar", "most", "read", "mostread"}
    assert class_tokens("shareBar") >= {"share", "bar", "sharebar"}  # camelCase humps still split
    assert class_tokens("relatéd-list") >= {"relatéd-list", "relat", "d", "list"}


def _el(markup: str) -> html.HtmlElement:
    return html.fragment_fromstring(markup)


def test_class_and_id_alone_are_judged_by_their_tokens() -> None:
    assert furniture_reason(_el("<div class='share-bar'>x</div>")) == "class:share"
    assert furniture_reason(_el("<div class='story' id='main'>x</div>")) is None
    assert furniture_reason(_el("<div>x</div>")) is None


@pytest.mark.parametrize(("markup", "reason"), [
    ("<div class='story' role='navigation'>x</div>", "role:navigation"),
    ("<div class='story' id='s1' hidden>x</div>", "hidden"),
    ("<div id='s1' aria-hidden='true'>x</div>", "hidden"),
    ("<div class='story' style='color: red; DISPLAY: none'>x</div>", "hidden"),
    ("<div style='visibility:hidden'>x</div>", "hidden"),
    ("<div class='story' data-x='1'>x</div>", None),
    ("<a href='/x' aria-hidden='false' role='link'>x</a>", None),
    ("<p role='complementary'>x</p>", "role:complementary"),
])
def test_attributes_besides_class_and_id_are_still_read(markup: str, reason: str | None) -> None:
    assert furniture_reason(_el(markup)) == reason


def test_relaxed_keeps_hidden_elements_but_not_roles() -> None:
    assert furniture_reason(_el("<div class='story' hidden>x</div>"), relaxed=True) is None
    assert furniture_reason(_el("<div class='story' role='banner'>x</div>"), relaxed=True) == "role:banner"


@pytest.mark.parametrize(("markup", "reason"), [
    # the class's substring comes before the id's, whichever token sorts first
    ("<div class='sidebar-box' id='advert-1'>x</div>", "class:sidebar"),
    ("<div class='story-wrap' id='related-list'>x</div>", "class:related"),
    # tokens of the class and the id together: the smallest one names the verdict
    ("<div class='share-tools' id='nav'>x</div>", "class:nav"),
    # an embedded post named in the id keeps a furniture class, and the reverse
    ("<div class='share-bar' id='twitter-tweet-3'>x</div>", None),
    ("<div class='instagram-media' id='sidebar'>x</div>", None),
    # weak tokens only as a whole name or a two-part head, in the class or the id
    ("<div class='story' id='widget'>x</div>", "class:widget"),
    ("<div class='elementor-widget-container' id='s1'>x</div>", None),
    # <article> needs a strong token, from either value
    ("<article class='post' id='comment-12'>x</article>", "class:comment"),
    ("<article class='post widget' id='s1'>x</article>", None),
])
def test_class_and_id_are_judged_together(markup: str, reason: str | None) -> None:
    assert furniture_reason(_el(markup)) == reason
    cache: dict[tuple[bool, str, str], str | None] = {}
    assert furniture_reason(_el(markup), cache) == reason
    assert furniture_reason(_el(markup), cache) == reason  # the page's cache gives the same verdict


def test_plan_skips_elements_without_attributes_but_not_furniture_tags() -> None:
    from articlekit.html.clean import plan_furniture

    root = html.fromstring("<html><body><div><p>text</p><nav>menu</nav><figure>img</figure>"
                           "<div class='share-bar'>s</div><span>a</span></div></body></html>")
    doomed = plan_furniture(root.find("body"), lambda el: False, lambda el: False)
    assert [el.tag for el in doomed] == ["nav", "figure", "div"]
