"""A Scrapy item pipeline that adds the article (metadata, body, summary, key figures) to each item.

Enable it in ``settings.py`` and put the page in the item, either the response itself or its body::

    ITEM_PIPELINES = {"articlekit.integrations.scrapy.ArticlePipeline": 300}

    def parse(self, response):
        yield {"url": response.url, "html": response}      # or response.body / response.text

Settings (all optional):

=========================  ==================  ==================================================
``ARTICLEKIT_HTML_FIELD``  ``"html"``          item field holding the page: a Response, bytes or str
``ARTICLEKIT_URL_FIELD``   ``"url"``           item field with the page URL (when the page is not a Response)
``ARTICLEKIT_FIELDS``      see DEFAULT_FIELDS  article keys (of ``Article.to_dict()``) added to the item
``ARTICLEKIT_PREFIX``      ``""``              prefix for the added keys, e.g. ``"article_"``
``ARTICLEKIT_SUMMARY``     ``True``            run the In Brief summary and key figures
``ARTICLEKIT_BULLETS``     ``None``            number of In Brief bullets (default of the config)
``ARTICLEKIT_TIMEOUT``     ``None``            time limit per page, in seconds
``ARTICLEKIT_KEEP_HTML``   ``False``           keep the page field in the item (it is large)
``ARTICLEKIT_ERROR_FIELD`` ``"article_error"`` field that receives the reason when a page fails
``ARTICLEKIT_DROP_FAILED`` ``False``           drop items whose page fails instead of keeping them
=========================  ==================  ==================================================

Extraction runs in the crawler's thread; a page takes tens of milliseconds. For very large
crawls, store the HTML (or WARC files) and run ``articlekit extract --workers N`` or the Spark
helpers afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from articlekit.batch import ExtractOptions, Result, extract_one
from articlekit.errors import InputError

__all__ = ["DEFAULT_FIELDS", "ArticlePipeline", "PipelineSettings"]

DEFAULT_FIELDS = (
    "title", "authors", "date_published", "date_modified", "site_name", "language", "description",
    "image", "tags", "text", "highlights", "summary", "figures",
)


@dataclass(frozen=True)
class PipelineSettings:
    """The pipeline's settings, read once from the crawler."""

    html_field: str = "html"
    url_field: str = "url"
    fields: tuple[str, ...] = DEFAULT_FIELDS
    prefix: str = ""
    summarize: bool = True
    bullets: int | None = None
    timeout: float | None = None
    keep_html: bool = False
    error_field: str | None = "article_error"
    drop_failed: bool = False

    @classmethod
    def from_settings(cls, settings: Any) -> PipelineSettings:
        """Read ``ARTICLEKIT_*`` values from Scrapy ``Settings`` (missing ones keep their defaults)."""
        bullets, timeout = settings.get("ARTICLEKIT_BULLETS"), settings.get("ARTICLEKIT_TIMEOUT")
        return cls(
            html_field=settings.get("ARTICLEKIT_HTML_FIELD", cls.html_field),
            url_field=settings.get("ARTICLEKIT_URL_FIELD", cls.url_field),
            fields=tuple(settings.getlist("ARTICLEKIT_FIELDS", list(DEFAULT_FIELDS))),
            prefix=settings.get("ARTICLEKIT_PREFIX", cls.prefix),
            summarize=settings.getbool("ARTICLEKIT_SUMMARY", True),
            bullets=int(bullets) if bullets is not None else None,
            timeout=float(timeout) if timeout is not None else None,
            keep_html=settings.getbool("ARTICLEKIT_KEEP_HTML", False),
            error_field=settings.get("ARTICLEKIT_ERROR_FIELD", cls.error_field) or None,
            drop_failed=settings.getbool("ARTICLEKIT_DROP_FAILED", False),
        )


def _page(value: Any, url: Any) -> tuple[bytes | str, str | None]:
    """The page and its URL from an item field: a Response gives both, bytes or str only the page."""
    body, response_url = getattr(value, "body", None), getattr(value, "url", None)
    if isinstance(body, bytes):  # a scrapy Response (duck-typed: no import of scrapy needed here)
        return body, response_url if isinstance(response_url, str) else None
    if isinstance(value, (bytes, str)):
        return value, url if isinstance(url, str) else None
    if value is None:
        raise InputError("the item has no page in its HTML field")
    raise InputError(f"expected a Response, bytes or str in the HTML field, got {type(value).__name__}")


class ArticlePipeline:
    """Adds ``Article.to_dict()`` fields to every item that carries a page; see the module docs."""

    def __init__(self, settings: PipelineSettings | None = None) -> None:
        self.settings = settings or PipelineSettings()
        self._options = ExtractOptions(summarize=self.settings.summarize, bullets=self.settings.bullets,
                                       timeout=self.settings.timeout)

    @classmethod
    def from_crawler(cls, crawler: Any) -> ArticlePipeline:
        """Build the pipeline from the crawler's settings (Scrapy calls this)."""
        return cls(PipelineSettings.from_settings(crawler.settings))

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Extract the item's page and add the chosen article fields (or the error) to the item."""
        from itemadapter import ItemAdapter

        adapter = ItemAdapter(item)
        result = self._extract(adapter)
        if not self.settings.keep_html and self.settings.html_field in adapter:
            del adapter[self.settings.html_field]
        if result.article is None:
            return self._failed(item, adapter, result.error or "extraction failed")
        record = result.article.to_dict()
        for key in self.settings.fields:
            _set(adapter, self.settings.prefix + key, record.get(key))
        return item

    def _extract(self, adapter: Any) -> Result:
        field = self.settings.html_field
        try:
            html, url = _page(adapter.get(field), adapter.get(self.settings.url_field))
        except InputError as exc:
            return Result(f"item field {field!r}", error=f"item field {field!r}: {exc}",
                          error_type=InputError.__name__)
        options = self._options if url is None else replace(self._options, url=url)
        return extract_one(url or f"item field {field!r}", html, options)

    def _failed(self, item: Any, adapter: Any, reason: str) -> Any:
        if self.settings.drop_failed:
            from scrapy.exceptions import DropItem

            raise DropItem(f"articlekit: {reason}")
        if self.settings.error_field:
            _set(adapter, self.settings.error_field, reason)
        return item


def _set(adapter: Any, key: str, value: Any) -> None:
    try:
        adapter[key] = value
    except KeyError:
        raise InputError(f"the item class has no field {key!r}: declare it, or use dict items") from None
