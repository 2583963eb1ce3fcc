"""A Config prints only what differs from the defaults, so help(articlekit.extract) stays readable."""

from __future__ import annotations

import pydoc
from dataclasses import replace

import articlekit
from articlekit.config import BodyConfig, Config, SummaryConfig  # noqa: F401 - eval() below needs the names


def test_the_default_config_prints_short() -> None:
    assert repr(articlekit.DEFAULT) == "Config()"
    assert repr(SummaryConfig()) == "SummaryConfig()"


def test_a_changed_config_names_its_changes_and_evaluates_back() -> None:
    config = replace(articlekit.DEFAULT, summary=SummaryConfig(bullets=5), pause_gc=False)
    assert repr(config) == "Config(summary=SummaryConfig(bullets=5), pause_gc=False)"
    assert eval(repr(config)) == config


def test_help_of_extract_is_readable() -> None:
    text = pydoc.render_doc(articlekit.extract, renderer=pydoc.plaintext)
    assert "config: 'Config' = Config()" in text and len(text) < 2000
    assert "require_content" in text
