"""The Spark schema names every key of the data contract (needs pyspark, not Java)."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit.batch import Result
from articlekit.model import Article, KeyFigure

pytest.importorskip("pyspark")

from articlekit.integrations.spark import article_schema, spark_row

PLUS_TWO = dt.timezone(dt.timedelta(hours=2))


def test_the_schema_has_every_record_and_figure_key_in_order() -> None:
    schema = article_schema()
    assert schema.fieldNames() == list(Result("x", article=Article()).to_dict())
    figure = KeyFigure(value=1.0, text="1", unit="count", kind="count", counted="", span="1", sentence="1")
    assert schema["figures"].dataType.elementType.fieldNames() == list(figure.to_dict())


def test_dates_are_timestamps_in_utc() -> None:
    from pyspark.sql.types import TimestampType

    schema = article_schema()
    assert isinstance(schema["date_published"].dataType, TimestampType)
    assert isinstance(schema["date_modified"].dataType, TimestampType)
    record = Result("x", article=Article(date_published=dt.date(2024, 5, 1),
                                         date_modified=dt.datetime(2024, 5, 2, 10, 30, tzinfo=PLUS_TWO))).to_dict()
    row = spark_row(record)
    assert row["date_published"] == dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc)
    assert row["date_modified"] == dt.datetime(2024, 5, 2, 8, 30, tzinfo=dt.timezone.utc)
    schema.toInternal(row)  # Spark's own type check accepts the row
