"""The Scrapy item pipeline, offline: HtmlResponse objects and a crawler built from settings."""

from __future__ import annotations

from typing import Any

import pytest

import articlekit
from tests.batch.helpers import HUGE_PAGE_LIMIT, huge_page
from tests.conftest import FIXTURES

scrapy = pytest.importorskip("scrapy")

from scrapy.exceptions import DropItem  # noqa: E402
from scrapy.http import HtmlResponse  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402

from articlekit.integrations.scrapy import DEFAULT_FIELDS, ArticlePipeline  # noqa: E402

SEED = (FIXTURES / "seed-china-us-ai-education" / "source.html").read_bytes()
URL = "https://news.example/story"


def pipeline(**settings: Any) -> ArticlePipeline:
    return ArticlePipeline.from_crawler(get_crawler(settings_dict=settings))


def response(body: bytes = SEED) -> HtmlResponse:
    return HtmlResponse(url=URL, body=body, encoding="utf-8")


def test_a_response_in_the_item_becomes_article_fields() -> None:
    item = pipeline().process_item({"url": URL, "html": response()})
    expected = articlekit.extract(SEED, url=URL).to_dict()
    assert set(item) == {"url", *DEFAULT_FIELDS}  # the page itself is dropped by default
    assert all(item[key] == expected[key] for key in DEFAULT_FIELDS)
    assert item["url"] == URL and item["title"] and item["summary"]


def test_settings_choose_fields_prefix_summary_and_the_page_field() -> None:
    pipe = pipeline(ARTICLEKIT_HTML_FIELD="body", ARTICLEKIT_FIELDS=["title", "summary", "url"],
                    ARTICLEKIT_PREFIX="article_", ARTICLEKIT_SUMMARY=False, ARTICLEKIT_KEEP_HTML=True)
    item = pipe.process_item({"url": URL, "body": response().text}, spider=None)
    assert set(item) == {"url", "body", "article_title", "article_summary", "article_url"}
    assert item["article_summary"] == [] and item["article_url"] == URL
    assert item["article_title"] == articlekit.extract(SEED).title


def test_a_failed_page_is_kept_with_its_reason_or_dropped() -> None:
    item = pipeline().process_item({"url": URL})
    assert "has no page" in item["article_error"] and "title" not in item
    item = pipeline().process_item({"url": URL, "html": 12})
    assert "got int" in item["article_error"]
    with pytest.raises(DropItem, match="articlekit"):
        pipeline(ARTICLEKIT_DROP_FAILED=True).process_item({"url": URL, "html": None})


def test_scrapy_items_need_the_fields_declared() -> None:
    class Page(scrapy.Item):  # type: ignore[misc]
        url = scrapy.Field()
        html = scrapy.Field()
        title = scrapy.Field()

    item = pipeline(ARTICLEKIT_FIELDS=["title"]).process_item(Page(url=URL, html=response()))
    assert item["title"] == articlekit.extract(SEED).title
    with pytest.raises(articlekit.InputError, match="no field 'summary'"):
        pipeline(ARTICLEKIT_FIELDS=["summary"]).process_item(Page(url=URL, html=response()))


@pytest.mark.slow
def test_a_time_limit_setting_stops_a_huge_page() -> None:
    pipe = pipeline(ARTICLEKIT_TIMEOUT=HUGE_PAGE_LIMIT, ARTICLEKIT_SUMMARY=False)
    item = pipe.process_item({"html": response(huge_page())})
    assert f"took longer than the time limit of {HUGE_PAGE_LIMIT:g} s" in item["article_error"]
