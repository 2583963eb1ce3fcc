"""Spark: a real local[2] session runs extract_partition and warc_articles; results equal extract().

Slow (a JVM starts, ~25 s): skipped when pyspark or Java is missing, or ARTICLEKIT_SKIP_SPARK=1.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import articlekit
from tests.batch.helpers import fixture_responses, other_records, write_warc

HAVE_JAVA = bool(shutil.which("java") or os.environ.get("JAVA_HOME"))
pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.environ.get("ARTICLEKIT_SKIP_SPARK") == "1" or not HAVE_JAVA,
                                reason="Spark tests skipped (ARTICLEKIT_SKIP_SPARK=1 or no Java)")]
pyspark = pytest.importorskip("pyspark")
pytest.importorskip("warcio")

from articlekit.integrations.spark import extract_partition, warc_articles  # noqa: E402


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers must import this articlekit
    session = (SparkSession.builder.master("local[2]").appName("articlekit-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def expected(html: bytes, url: str) -> dict[str, Any]:
    return {**articlekit.extract(html, url=url, source=url).to_dict(), "error": None, "error_type": None}


def as_collected(record: dict[str, Any]) -> dict[str, Any]:
    """A record as a DataFrame row comes back: dates are timestamps, which pyspark returns as local naive time."""
    def local(value: str | None) -> dt.datetime | None:
        if value is None:
            return None
        parsed = dt.datetime.fromisoformat(value)
        parsed = parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.timezone.utc)
        return parsed.astimezone().replace(tzinfo=None)

    return {**record, "date_published": local(record["date_published"]),
            "date_modified": local(record["date_modified"])}


def test_map_partitions_gives_the_same_records_as_extract(spark: Any) -> None:
    pages = fixture_responses()
    rows: list[Any] = [(p.url, p.body) for p in pages] + [pages[0].body, 42]
    got = spark.sparkContext.parallelize(rows, 2).mapPartitions(
        functools.partial(extract_partition, bullets=3)).collect()
    assert got[:4] == [expected(p.body, p.url) for p in pages]
    assert got[4]["error"] is None and got[4]["title"] == got[0]["title"]
    assert got[5]["error_type"] == "InputError" and got[5]["text"] == ""


def test_warc_paths_become_a_dataframe_of_articles(spark: Any, tmp_path: Path) -> None:
    pages, others = fixture_responses(), other_records()
    paths = [str(write_warc(tmp_path / "a.warc.gz", [pages[0], others[0], pages[1]])),
             str(write_warc(tmp_path / "b.warc", [others[1], pages[2], pages[3]]))]
    rows = warc_articles(spark, paths).collect()
    assert [row.asDict(recursive=True) for row in rows] == [as_collected(expected(p.body, p.url)) for p in pages]
    assert any(row.date_published is not None for row in rows)
