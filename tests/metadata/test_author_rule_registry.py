"""The author rule registry: every rule named in the author code has an entry, and every entry names
a test that exists."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

from articlekit.metadata.authors.rules import AUTHOR_RULES

ROOT = Path(__file__).resolve().parents[2]
CODE = [*(p for p in sorted((ROOT / "src/articlekit/metadata/authors").glob("*.py")) if p.name != "rules.py"),
        ROOT / "src/articlekit/metadata/jsonld.py"]
_NAME = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")
_DEFINED = re.compile(r"^\s*_?([A-Z][A-Z0-9_]*)\s*(?::[^=\n]*)?=", re.M)


def _prose(source: str) -> str:
    """The comments and string literals of a module: where rule names are written."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return "\n".join(t.string for t in tokens if t.type in (tokenize.COMMENT, tokenize.STRING))


def _named_in_code() -> set[str]:
    """Upper-case names in the author code's comments and docstrings that name no Python constant."""
    package = ROOT / "src/articlekit"
    defined = {m for path in package.rglob("*.py") for m in _DEFINED.findall(path.read_text(encoding="utf-8"))}
    named = {n for path in CODE for n in _NAME.findall(_prose(path.read_text(encoding="utf-8")))}
    return named - (defined - {r.name for r in AUTHOR_RULES})


def test_every_rule_named_in_the_code_is_registered() -> None:
    registered = {r.name for r in AUTHOR_RULES}
    assert _named_in_code() - registered == set()


def test_every_registered_rule_is_named_in_the_code() -> None:
    named = _named_in_code()
    assert {r.name for r in AUTHOR_RULES} - named == set()


def test_every_rule_names_a_test_that_exists() -> None:
    for rule in AUTHOR_RULES:
        path, _, name = rule.test.partition("::")
        source = (ROOT / path).read_text(encoding="utf-8")
        assert re.search(rf"^def {re.escape(name)}\(", source, re.M), rule


def test_names_are_unique_and_reasons_given() -> None:
    names = [r.name for r in AUTHOR_RULES]
    assert len(names) == len(set(names))
    assert all(r.reason and r.field == "authors" for r in AUTHOR_RULES)
