"""Shared by the summary fitting scripts: reading DEV JSONL and writing one section of the weights file."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[2] / "src/articlekit/data/summary_weights.json"


def load(path: Path) -> list[dict[str, Any]]:
    """The records of a JSONL file (blank lines skipped)."""
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def write_section(name: str, how: str, command: str, weights: object) -> None:
    """Replace section ``name`` of the shipped weights file, keeping the others."""
    data = json.loads(OUT.read_text(encoding="utf-8"))
    data[name] = {"how": how, "command": command, "weights": weights}
    OUT.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
