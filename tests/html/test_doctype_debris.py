"""Issue 19, defect 12: a DOCTYPE with an internal subset anywhere in a page leaves no debris in the text."""

from __future__ import annotations

import articlekit

BODY = "Some text here &xxe; and more text so that the paragraph is long enough to be the body."


def test_doctype_subset_in_mid_page_leaves_no_debris() -> None:
    page = f'<p>First.</p><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><p>{BODY}</p>'
    text = articlekit.extract(page, summarize=False).text
    assert "]>" not in text and "&xxe;" not in text and "ENTITY" not in text
    assert "Some text here" in text and "long enough to be the body." in text


def test_references_to_entities_declared_in_a_leading_subset_are_dropped() -> None:
    page = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><p>{BODY}</p>'
    text = articlekit.extract(page, summarize=False).text
    assert "&xxe;" not in text and "Some text here" in text


def test_an_unclosed_subset_is_linear_and_leaves_no_debris() -> None:
    page = "<p>Kept paragraph with enough words to count as the article body text.</p>" + "<!DOCTYPE [" * 50_000
    text = articlekit.extract(page, summarize=False).text
    assert "DOCTYPE" not in text and "[" not in text
    assert "Kept paragraph" in text


def test_undeclared_entity_like_text_is_kept() -> None:
    page = "<p>Write &copy2024 or &madeup; as you like, the paragraph is long enough to keep.</p>"
    assert "&madeup;" in articlekit.extract(page, summarize=False).text
