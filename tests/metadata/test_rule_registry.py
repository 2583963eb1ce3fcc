"""The rule registry: every named rule has a registered reason and an existing test, and every rule the
metadata code names is registered."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from articlekit.metadata.rules import RULES

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "articlekit" / "metadata"
# "named rule X", "Named rule X" and "rule X" in the code's comments and docstrings
_MENTION = re.compile(r"\b(?:[Nn]amed )?rule ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b")


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
