"""Articles at cluster scale: plain functions for Spark's ``mapPartitions`` (and Dask, Ray …).

:func:`extract_partition` turns an iterable of pages into an iterator of ``Article.to_dict()``
records (plus ``error`` and ``error_type``; a failed page gives a record with empty fields and the
reason, so no input is ever missing). It holds no Spark state and imports no Spark module, so any
engine that maps a function over partitions can call it: ``bag.map_partitions`` in Dask,
``Dataset.map_batches`` in Ray. :func:`warc_articles` is the Common Crawl case: WARC paths in, a
DataFrame of articles out. Workers need articlekit installed and, for WARC, ``articlekit[warc]``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from articlekit.batch import ExtractOptions, Result, extract_one
from articlekit.config import DEFAULT, Config
from articlekit.errors import ArticlekitError, InputError

__all__ = ["article_schema", "extract_partition", "spark_row", "warc_articles", "warc_partition"]


def _row_page(index: int, row: Any) -> tuple[str, bytes | str, str | None] | Result:
    """(source, page, url) of one row: bytes/str HTML, a (url, html) pair, or a row with those fields."""
    if hasattr(row, "asDict"):  # a pyspark Row: read its fields by name
        row = row.asDict()
    if isinstance(row, Mapping):
        row = (row.get("url"), row.get("html", row.get("content")))
    if isinstance(row, (bytearray, memoryview)):  # Spark's BinaryType arrives as bytearray
        row = bytes(row)
    if isinstance(row, (bytes, str)):
        return f"<input {index}>", row, None
    if isinstance(row, (tuple, list)) and len(row) == 2:
        url, page = row
        page = bytes(page) if isinstance(page, (bytearray, memoryview)) else page
        if (url is None or isinstance(url, str)) and isinstance(page, (bytes, str)):
            return url or f"<input {index}>", page, url
    message = f"<input {index}>: expected HTML bytes/str or a (url, html) pair, got {type(row).__name__}"
    return Result(f"<input {index}>", error=message, error_type=InputError.__name__, index=index)


def extract_partition(
    rows: Iterable[Any],
    *,
    summarize: bool = True,
    bullets: int | None = None,
    timeout: float | None = None,
    config: Config = DEFAULT,
) -> Iterator[dict[str, Any]]:
    """One record per row, in order: ``rdd.mapPartitions(extract_partition)``.

    Rows are HTML (bytes, bytearray or str), ``(url, html)`` pairs, or rows/dicts with ``url`` and
    ``html`` (or ``content``) fields. A pair's URL is the record's ``source`` and ``url`` hint; a
    bare page is named ``<input N>`` by its position in the partition. Bind options with
    :func:`functools.partial`, which pickles (a lambda does too with Spark's cloudpickle, but not
    with every engine).
    """
    options = ExtractOptions(summarize=summarize, bullets=bullets, timeout=timeout, config=config)
    for index, row in enumerate(rows):
        item = _row_page(index, row)
        if isinstance(item, Result):
            yield item.to_dict()
            continue
        source, page, url = item
        opts = options if url is None else replace(options, url=url)
        yield extract_one(source, page, opts, index=index).to_dict()


def warc_partition(
    paths: Iterable[str],
    *,
    summarize: bool = True,
    bullets: int | None = None,
    timeout: float | None = None,
    config: Config = DEFAULT,
) -> Iterator[dict[str, Any]]:
    """The records of every HTML response in the given WARC files (for ``mapPartitions`` on paths).

    A WARC file that cannot be read adds one error record naming it after its readable pages.
    """
    from articlekit.integrations.warc import iter_warc_pages

    extract = functools.partial(extract_partition, summarize=summarize, bullets=bullets, timeout=timeout,
                                config=config)
    for path in paths:
        pages = iter_warc_pages(path, max_bytes=config.limits.max_bytes)
        try:
            yield from extract((page.url, page.html) for page in pages)
        except ArticlekitError as exc:
            yield Result(path, error=str(exc), error_type=type(exc).__name__).to_dict()


def article_schema() -> Any:
    """The Spark ``StructType`` of the records: ``Article.to_dict()`` plus ``error``, ``error_type``.

    ``date_published`` and ``date_modified`` are timestamps in UTC, not ISO strings: pass records
    through :func:`spark_row` (:func:`warc_articles` does).
    """
    from pyspark.sql import types as t

    text, texts = t.StringType(), t.ArrayType(t.StringType())
    figure = t.StructType([
        t.StructField("value", t.DoubleType()), t.StructField("text", text), t.StructField("unit", text),
        t.StructField("kind", text), t.StructField("counted", text), t.StructField("qualifiers", texts),
        t.StructField("direction", text), t.StructField("span", text), t.StructField("sentence", text),
    ])
    stamp = t.TimestampType()
    columns = [("source", text), ("url", text), ("title", text), ("authors", texts),
               ("date_published", stamp), ("date_modified", stamp), ("site_name", text), ("language", text),
               ("description", text), ("image", text), ("tags", texts), ("text", text),
               ("highlights", texts), ("summary", texts), ("figures", t.ArrayType(figure)),
               ("provenance", t.MapType(t.StringType(), t.StringType())),
               ("page_type", text), ("page_type_confidence", t.DoubleType()),
               ("error", text), ("error_type", text)]
    return t.StructType([t.StructField(name, kind) for name, kind in columns])


def _timestamp(value: str | None) -> dt.datetime | None:
    """An ISO date or datetime of the record as an aware UTC datetime for a ``TimestampType`` column.

    A date without a time becomes midnight UTC, and so does a time without a zone: the page gave no
    zone, and UTC keeps the stored instant independent of the cluster's time zone.
    """
    if value is None:
        return None
    parsed = dt.datetime.fromisoformat(value)
    return parsed.replace(tzinfo=dt.timezone.utc) if parsed.tzinfo is None else parsed.astimezone(dt.timezone.utc)


def spark_row(record: dict[str, Any]) -> dict[str, Any]:
    """A record of :func:`extract_partition` ready for :func:`article_schema`: dates as UTC datetimes.

    Spark checks types strictly, so a figure's value becomes a float even when it is whole. Use it
    as ``rdd.mapPartitions(extract_partition).map(spark_row)`` before ``createDataFrame``.
    """
    figures = [{**f, "value": float(f["value"])} for f in record["figures"]]
    dates = {key: _timestamp(record[key]) for key in ("date_published", "date_modified")}
    return {**record, **dates, "figures": figures}


def _rows(paths: Iterable[str], **options: Any) -> Iterator[dict[str, Any]]:
    return map(spark_row, warc_partition(paths, **options))


def warc_articles(
    spark: Any,
    paths: Sequence[str],
    *,
    partitions: int | None = None,
    summarize: bool = True,
    bullets: int | None = None,
    timeout: float | None = None,
    config: Config = DEFAULT,
) -> Any:
    """A DataFrame (schema :func:`article_schema`) of the articles in WARC files, one row per HTML page.

    ``spark`` is a ``SparkSession``; each path must be readable from the executors (a local or
    shared file system). Files are spread over ``partitions`` tasks (default: one per file).
    """
    rdd = spark.sparkContext.parallelize(list(paths), partitions or max(1, len(paths)))
    records = rdd.mapPartitions(functools.partial(_rows, summarize=summarize, bullets=bullets,
                                                  timeout=timeout, config=config))
    return spark.createDataFrame(records, schema=article_schema())
