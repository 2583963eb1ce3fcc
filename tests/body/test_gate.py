"""The quality gate (bench/eval/gate.py): floors fail when a figure drops, and are never lowered."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "eval"))

import gate

PAGE = ("<html><head><title>Tram plan approved</title></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>Tram plan approved</h1><p>The city council voted on Tuesday to expand the tram "
        "network, adding four new lines by 2030, officials said.</p><p>The plan costs about 1.2 billion "
        "euros and should cut car traffic in the centre, they added.</p></article></body></html>")
GOLD = ("The city council voted on Tuesday to expand the tram network, adding four new lines by 2030, "
        "officials said.\n\nThe plan costs about 1.2 billion euros and should cut car traffic in the "
        "centre, they added.")


def sample(folder: Path, body: str = GOLD) -> Path:
    (folder / "html").mkdir(parents=True)
    (folder / "html" / "p1.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8"), mtime=0))
    case = {"id": "p1", "set": "wcxb_article", "page_type": "article", "body": body,
            "title": "Tram plan approved"}
    (folder / "cases.jsonl").write_text(json.dumps(case) + "\n", encoding="utf-8")
    return folder


def test_a_floor_above_the_measured_figure_fails() -> None:
    measured = {"body.article": 0.91, "title": 1.0}
    assert gate.check(measured, {"body.article": 0.90, "title": 1.0}) == []
    failures = gate.check(measured, {"body.article": 0.92, "title": 1.0})
    assert failures == ["body.article 0.910 < floor 0.920"]


def test_a_figure_no_longer_measured_fails() -> None:
    assert gate.check({}, {"body.forum": 0.5}) == ["body.forum not measured (floor 0.500)"]


def test_floors_are_only_raised() -> None:
    floors = gate.raised({"body.article": 0.95, "title": 0.5}, {"body.article": 0.90, "title": 0.6789})
    assert floors == {"body.article": 0.95, "title": 0.678}


def test_word_f1_is_wcxbs_metric() -> None:
    assert gate.word_f1("a b c d", "a b c d") == 1.0
    assert gate.word_f1("a b c d", "") == 0.0
    assert gate.word_f1("a b", "a b c d") == pytest.approx(2 * 0.5 * 1.0 / 1.5)


@pytest.mark.slow
def test_the_gate_fails_on_changed_data_and_on_a_raised_floor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = sample(tmp_path / "s")
    monkeypatch.setattr(sys, "argv", ["gate.py", "--sample", str(folder), "--update"])
    assert gate.main() == 0
    monkeypatch.setattr(sys, "argv", ["gate.py", "--sample", str(folder)])
    assert gate.main() == 0
    pinned = json.loads((folder / "floors.json").read_text(encoding="utf-8"))
    assert pinned["floors"]["body.article"] > 0.9
    pinned["floors"]["body.article"] = 1.01  # a floor above what the code reaches
    (folder / "floors.json").write_text(json.dumps(pinned), encoding="utf-8")
    assert gate.main() == 1
    (folder / "cases.jsonl").write_text((folder / "cases.jsonl").read_text() + "\n", encoding="utf-8")
    assert gate.main() == 1  # the data no longer matches its digest


def test_the_committed_sample_matches_its_digest() -> None:
    folder = Path(gate.GATE)
    pinned = json.loads((folder / "floors.json").read_text(encoding="utf-8"))
    assert gate.digest(folder) == pinned["digest"]
