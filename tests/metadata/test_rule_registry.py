"""The rule registry: every named rule has a registered reason and an existing test, and every rule the
metadata code names is registered (the author code is held to every upper-case name in its prose)."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

from articlekit.metadata.authors.rules import AUTHOR_RULES
from articlekit.metadata.rules import RULES

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "articlekit" / "metadata"
# "named rule X", "Named rule X" and "rule X" in the code's comments and docstrings
_MENTION = re.compile(r"\b(?:[Nn]amed )?rule ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b")
# The author code names its rules bare (no "rule" before them): any upper-case snake name in its prose.
AUTHOR_CODE = [*(p for p in sorted((SOURCES / "authors").glob("*.py")) if p.name != "rules.py"),
               SOURCES / "jsonld.py"]
_NAME = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")
_DEFINED = re.compile(r"^\s*_?([A-Z][A-Z0-9_]*)\s*(?::[^=\n]*)?=", re.M)


def _sources() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def test_every_rule_names_an_existing_test() -> None:
    missing = []
    for rule in RULES:
        file, _, name = rule.test.partition("::")
        path = ROOT / file
        if not path.is_file() or name not in _test_names(path):
            missing.append(f"{rule.name}: {rule.test}")
    assert not missing


def test_rules_are_unique_and_complete() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert all(r.field and r.reason and r.test for r in RULES)


def test_every_named_rule_in_the_code_is_registered() -> None:
    registered = {r.name for r in RULES}
    mentioned = {m for f in _sources() for m in _MENTION.findall(f.read_text(encoding="utf-8"))}
    assert mentioned, "no rule named in the code: the pattern is wrong"
    assert not mentioned - registered


def test_every_registered_rule_is_named_in_the_code() -> None:
    code = "\n".join(f.read_text(encoding="utf-8") for f in sorted(SOURCES.rglob("*.py")) if f.name != "rules.py")
    code += (ROOT / "src" / "articlekit" / "config.py").read_text(encoding="utf-8")
    assert not [r.name for r in RULES if r.name not in code]


def _prose(source: str) -> str:
    """The comments and string literals of a module: where rule names are written."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return "\n".join(t.string for t in tokens if t.type in (tokenize.COMMENT, tokenize.STRING))


def test_every_upper_case_name_in_the_author_code_is_a_registered_rule_or_a_constant() -> None:
    package = ROOT / "src" / "articlekit"
    defined = {m for path in package.rglob("*.py") for m in _DEFINED.findall(path.read_text(encoding="utf-8"))}
    named = {n for path in AUTHOR_CODE for n in _NAME.findall(_prose(path.read_text(encoding="utf-8")))}
    registered = {r.name for r in AUTHOR_RULES}
    assert named - (defined - registered) - registered == set()
    assert all(r.field == "authors" for r in AUTHOR_RULES)
