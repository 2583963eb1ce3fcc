"""The Spark schema names every key of the data contract (needs pyspark, not Java)."""

from __future__ import annotations

import pytest

from articlekit.batch import Result
from articlekit.model import Article, KeyFigure

pytest.importorskip("pyspark")

from articlekit.integrations.spark import article_schema


def test_the_schema_has_every_record_and_figure_key_in_order() -> None:
    schema = article_schema()
    assert schema.fieldNames() == list(Result("x", article=Article()).to_dict())
    figure = KeyFigure(value=1.0, text="1", unit="count", kind="count", counted="", span="1", sentence="1")
    assert schema["figures"].dataType.elementType.fieldNames() == list(figure.to_dict())
