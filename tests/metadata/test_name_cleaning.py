"""The one name-cleaning table (issue 21): each kind of noise is stripped, and real names that look
like noise stay whole."""

from __future__ import annotations

import pytest

from articlekit.metadata.authors.names import NAME_NOISE, tidy_name
from tests.metadata.helpers import meta_of, page


def _meta_author(content: str, head: str = "") -> tuple[str, ...]:
    return meta_of(page(f'<meta name="author" content="{content}">{head}', "<h1>Tram plan</h1>")).authors


@pytest.mark.parametrize(("written", "name"), [
    ("Jane Doe 🚀✨", "Jane Doe"),                                # emoji
    ("Dwayne &quot;The Rock&quot; Johnson", "Dwayne Johnson"),  # quoted nickname
    ("Jane Doe @janedoe", "Jane Doe"),                          # @handle
    ("Jane_Doe", "Jane Doe"),                                   # underscore for a space
    ("Jane Doe from Tram Times", "Jane Doe"),                   # "from SiteName" tail
])
def test_noise_is_stripped_from_meta_names(written: str, name: str) -> None:
    assert _meta_author(written) == (name,)


def test_control_characters_in_json_ld_names() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "author": "Jane\\u0007 Doe\\u200e"}</script>'
    assert meta_of(page(ld, "<h1>Tram plan</h1>")).authors == ("Jane Doe",)


@pytest.mark.parametrize("name", ["Cher", "Emma G. Fitzsimmons", "Jörg Staff", "Chris Author", "Fake Author",
                                  "Aoife O'Riordan", "Jean-Luc Picard"])
def test_real_names_stay_intact(name: str) -> None:
    assert _meta_author(name) == (name,)


def test_role_after_a_full_name_is_still_a_role() -> None:
    assert _meta_author("Jane Doe, Senior Reporter") == ("Jane Doe",)
    assert _meta_author("Jane Doe Staff Writer") == ("Jane Doe",)


def test_desk_is_still_not_a_person() -> None:
    assert _meta_author("Telegraph Staff") == ()


def test_login_that_is_not_a_spelled_name_keeps_its_underscore() -> None:
    assert tidy_name("Herr_Rein") == "Herr_Rein"  # "Herr" is no given name: the login is the name shown


def test_insights_from_label_is_not_a_site_tail() -> None:
    assert tidy_name("Insights from Jane Doe") == "Insights from Jane Doe"


def test_e_mail_is_no_handle() -> None:
    assert tidy_name("jane@example.com") == "jane@example.com"


def test_every_row_says_why() -> None:
    kinds = [row.kind for row in NAME_NOISE]
    assert kinds == ["control", "emoji", "nickname", "handle", "underscore", "from_site"]
    assert all(row.why for row in NAME_NOISE)


def test_german_gender_inclusive_label_is_not_split_at_its_slash() -> None:
    from articlekit.config import MetadataConfig
    from articlekit.metadata.authors import clean_authors

    for raw in ("Autor/in: Korinna Hennig", "Autor*in: Korinna Hennig", "Autor:in Korinna Hennig"):
        assert clean_authors(raw, sites=[], config=MetadataConfig(), declared=True) == ["Korinna Hennig"]
