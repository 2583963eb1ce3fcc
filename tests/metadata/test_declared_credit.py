"""DECLARED_CREDIT: when no reader finds a person, the author the page's structured data declares is
the credit (an organisation, a desk, a team), with its own provenance so that pipelines can drop it."""

from __future__ import annotations

import pytest

from articlekit.config import MetadataConfig
from articlekit.metadata.authors import declared_credit_candidates
from articlekit.metadata.jsonld import JsonLd
from articlekit.metadata.meta import PageMeta
from tests.metadata.helpers import meta_of, page

URL = "https://www.example-company.com/blog/hvac-pricing"


def _declared(author: str, body: str = "<p>Text of the post.</p>", author_type: str = "Organization") -> str:
    ld = ('<script type="application/ld+json">{"@type": "BlogPosting", "headline": "How to price HVAC jobs",'
          f' "author": {{"@type": "{author_type}", "name": "{author}"}}}}</script>')
    return page(f'{ld}<meta property="og:site_name" content="ServiceTitan">',
                f"<h1>How to price HVAC jobs</h1>{body}")


@pytest.mark.parametrize("author", ["ServiceTitan", "News Desk", "InstaTunnel Team", "Redaktion Gelbe Liste"])
def test_declared_organisation_desk_or_team_is_the_credit(author: str) -> None:
    m = meta_of(_declared(author), url=URL)
    assert (m.authors, m.provenance["authors"]) == ((author,), "declared")


def test_a_person_anywhere_wins_over_the_declared_credit() -> None:
    m = meta_of(_declared("ServiceTitan", '<p class="byline">By Jane Doe</p><p>Text of the post.</p>'), url=URL)
    assert (m.authors, m.provenance["authors"]) == (("Jane Doe",), "byline")


def _credit(*authors: str) -> tuple[str, ...]:
    found = declared_credit_candidates(JsonLd(authors=list(authors)), PageMeta(), MetadataConfig())
    return found[0].value if found else ()


def test_an_opener_or_a_label_is_not_part_of_the_credit_but_a_desk_word_is() -> None:
    assert _credit("von AUTO ZEITUNG") == ("AUTO ZEITUNG",)
    assert _credit("Autor/in: NDR Info") == ("NDR Info",)
    assert _credit("Redaktion Polizeiticker Schweiz") == ("Redaktion Polizeiticker Schweiz",)
    assert _credit("Swoogo", "Swoogo") == ("Swoogo",)


@pytest.mark.parametrize("author", ["Admin", "anonymous", "mdelatorreq6vkpg2ma0ci", "majainfos_zlfca4v6",
                                    "jane@example.org", "https://www.example-company.com",
                                    "5 Great On-page Seo For 2022 Ideas That You Can Practice"])
def test_labels_handles_addresses_and_headlines_are_no_credit(author: str) -> None:
    assert meta_of(_declared(author, author_type="Person"), url=URL).authors == ()


def test_microdata_organisation_author_is_the_credit_but_not_a_commenter() -> None:
    # the site's own name, so no reader takes it for a person
    site = '<meta property="og:site_name" content="Kaspersky">'
    org = '<span itemprop="author" itemscope itemtype="https://schema.org/Organization">' \
          '<span itemprop="name">Kaspersky</span></span>'
    m = meta_of(page(site, f"<h1>Cyber security tips</h1>{org}<p>Text.</p>"), url=URL)
    assert (m.authors, m.provenance["authors"]) == (("Kaspersky",), "declared")
    comment = f'<div class="comments"><div class="comment">{org}<p>Nice post.</p></div></div>'
    assert meta_of(page(site, f"<h1>Cyber security tips</h1><p>Text.</p>{comment}"), url=URL).authors == ()


def test_people_leave_the_credit_out_and_extract_keeps_both() -> None:
    import articlekit

    body = "<p>" + "Pricing a job well starts with knowing what every hour of the crew costs. " * 4 + "</p>"
    credited = articlekit.extract(_declared("ServiceTitan", body), url=URL, summarize=False)
    assert (credited.authors, credited.people, credited.provenance["authors"]) == (("ServiceTitan",), (), "declared")
    assert "authors" in credited.to_dict() and "people" not in credited.to_dict()  # the data contract is unchanged
    byline = articlekit.extract(_declared("ServiceTitan", '<p class="byline">By Jane Doe</p>' + body), url=URL,
                                summarize=False)
    assert byline.people == byline.authors == ("Jane Doe",)
