"""Undoable furniture removal: what the fragment test needs to read the page as it was."""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from articlekit.html.clean import remove_all, remove_all_undoably, restore
from articlekit.html.parse import parse_html

PAGE = ("<html><body><div id='a'>lead <nav>menu <b>bold</b> more</nav> tail one<p>para</p><aside>ad</aside>"
        " tail two</div><div><footer>foot</footer>after foot <span>s</span></div></body></html>")


def _doomed(root: HtmlElement) -> list[HtmlElement]:
    # <b> sits inside <nav>, which goes first: a nested removal inside a removed subtree
    return [root.find(f".//{tag}") for tag in ("nav", "aside", "footer", "b")]


def test_restore_puts_every_subtree_back_and_splits_the_merged_tails_again() -> None:
    root = parse_html(PAGE)
    original = etree.tostring(root)
    log = remove_all_undoably(_doomed(root))
    removed = etree.tostring(root)
    assert b"menu" not in removed and b"foot</footer>" not in removed
    assert b"lead  tail one" in removed and b"after foot" in removed  # tails stay where they were
    restore(log)
    assert etree.tostring(root) == original


def test_undoable_removal_leaves_the_tree_plain_removal_leaves() -> None:
    plain, undoable = parse_html(PAGE), parse_html(PAGE)
    remove_all(_doomed(plain))
    remove_all_undoably(_doomed(undoable))
    assert etree.tostring(plain) == etree.tostring(undoable)
