"""JSON-LD: the article object, authors in every shape, dates, publisher, @graph and @id references."""

from __future__ import annotations

import datetime as dt
import json

from tests.metadata.helpers import meta_of, page


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_headline_authors_dates_and_publisher() -> None:
    m = meta_of(page(ld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Tram network to grow",
        "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Smith"}],
        "datePublished": "2024-03-21T10:00:00+01:00", "dateModified": "2024-03-22T08:30:00Z",
        "publisher": {"@type": "Organization", "name": "City Times"}, "inLanguage": "en-GB",
    })))
    assert m.title == "Tram network to grow"
    assert m.authors == ("Jane Doe", "John Smith")
    assert m.date_published == dt.datetime(2024, 3, 21, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert m.date_modified == dt.datetime(2024, 3, 22, 8, 30, tzinfo=dt.timezone.utc)
    assert m.site_name == "City Times"
    assert m.language == "en-GB"
    assert m.provenance["title"] == "json-ld"
    assert m.provenance["authors"] == "json-ld"
    assert m.provenance["date_published"] == "json-ld"


def test_graph_with_author_reference_by_id() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "#site", "name": "Blog"},
        {"@type": "BlogPosting", "headline": "Notes", "author": {"@id": "#me"},
         "datePublished": "2023-05-02"},
        {"@type": "Person", "@id": "#me", "name": "Doris Schuppe"},
    ]}
    m = meta_of(page(ld(graph)))
    assert m.authors == ("Doris Schuppe",)
    assert m.date_published == dt.datetime(2023, 5, 2)


def test_plain_string_and_nested_list_authors() -> None:
    plain = {"@type": "Article", "headline": "x", "author": "Jane Doe"}
    assert meta_of(page(ld(plain))).authors == ("Jane Doe",)
    nested = {"@type": "Article", "headline": "x", "author": [[{"name": "A Person"}], "B Person"]}
    assert meta_of(page(ld(nested))).authors == ("A Person", "B Person")


def test_broken_json_is_ignored_and_trailing_commas_tolerated() -> None:
    broken = '<script type="application/ld+json">{"@type": "Article", "headline": </script>'
    assert meta_of(page(broken, "<p>text</p>")).title is None
    lenient = '<script type="application/ld+json">{"@type": "Article", "headline": "Ok",}</script>'
    assert meta_of(page(lenient)).title == "Ok"


def test_article_wins_over_other_objects() -> None:
    objs = [{"@type": "BreadcrumbList", "name": "Crumbs"},
            {"@type": "NewsArticle", "headline": "Real headline", "author": {"name": "Ann Lee"}}]
    m = meta_of(page(ld(objs)))
    assert m.title == "Real headline"
    assert m.authors == ("Ann Lee",)
