"""Issue 2's batch promise end to end: good pages, a missing file, random bytes and an empty file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

SEED = FIXTURES / "seed-china-us-ai-education" / "source.html"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "articlekit", *args], capture_output=True, text=True,
                          timeout=120, check=False)


def test_bad_inputs_are_named_and_good_ones_still_output(tmp_path: Path) -> None:
    random_file = tmp_path / "random.html"
    random_file.write_bytes(os.urandom(4096))
    empty_file = tmp_path / "empty.html"
    empty_file.write_bytes(b"")
    missing = tmp_path / "missing.html"
    proc = _run("extract", "--format", "jsonl", str(SEED), str(missing), str(random_file), str(empty_file))
    assert proc.returncode == 1
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    sources = [r["source"] for r in records]
    assert str(SEED) in sources and str(missing) not in sources
    errors = proc.stderr.strip().splitlines()
    assert any(str(missing) in line and "no such file" in line for line in errors)
    assert "Traceback" not in proc.stderr
    seed = next(r for r in records if r["source"] == str(SEED))
    assert seed["authors"] == ["Markus Ivakha"]


@pytest.mark.slow
def test_single_input_json_is_one_object_and_usage_errors_exit_2(tmp_path: Path) -> None:
    proc = _run("extract", str(SEED))
    assert proc.returncode == 0
    assert isinstance(json.loads(proc.stdout), dict)
    assert _run("extract", "--bullets", "0", str(SEED)).returncode == 2
    assert _run("extract", "--url", "https://x.example/", str(SEED), str(SEED)).returncode == 2
    assert _run("extract").returncode == 2


def test_random_bytes_are_reported_as_binary_and_empty_file_is_an_empty_article(tmp_path: Path) -> None:
    random_file = tmp_path / "random.html"
    random_file.write_bytes(bytes(range(256)) * 16)
    empty_file = tmp_path / "empty.html"
    empty_file.write_bytes(b"")
    proc = _run("extract", "--format", "jsonl", "--no-summary", str(random_file), str(empty_file), str(SEED))
    assert proc.returncode == 1
    assert f"{random_file}: input looks like binary data" in proc.stderr
    records = {r["source"]: r for r in map(json.loads, proc.stdout.splitlines())}
    assert set(records) == {str(empty_file), str(SEED)}
    assert records[str(empty_file)]["text"] == "" and records[str(empty_file)]["title"] is None
