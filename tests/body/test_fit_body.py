"""The body model's fitting script on a tiny sample: it runs, and the same data gives the same file."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "fit"))

import fit_body

from articlekit.model import PAGE_TYPES

SCRIPT = Path(fit_body.__file__).resolve()

STORY = ("The council voted on Tuesday to expand the tram network, adding four new lines by 2030. "
         "Officials said the plan would cut car traffic in the centre of the city.")


def _fit_host(n: int) -> str:
    """A host the harness's split puts in the fit half."""
    i = n
    while True:
        host = f"site{i}.example"
        if hashlib.sha1(host.encode()).digest()[0] % 2 == 0:
            return host
        i += 1


def _page(kind: str, n: int) -> str:
    return (f"<html><head><title>{kind} {n}</title></head><body><nav><a href='/'>Home</a> "
            f"<a href='/a'>About</a></nav><main><h1>{kind} page {n}</h1><p>{STORY}</p><p>{STORY}</p></main>"
            "<footer><a href='/t'>Terms</a></footer></body></html>")


def _data(root: Path) -> Path:
    hosts = iter(range(0, 10_000, 97))
    for name, kinds in (("wcxb_article", ["article"] * 2), ("wcxb_other", ["forum", "service"]),
                        ("scrapinghub", ["article"])):
        (root / name / "html").mkdir(parents=True)
        lines = []
        for i, kind in enumerate(kinds):
            cid = f"{name}_{i}"
            (root / name / "html" / f"{cid}.html.gz").write_bytes(
                gzip.compress(_page(kind, i).encode("utf-8"), mtime=0))
            case = {"id": cid, "html_path": f"html/{cid}.html.gz", "url": f"https://{_fit_host(next(hosts))}/x",
                    "body": f"{STORY}\n\n{STORY}"}
            if name != "scrapinghub":
                case["page_type"] = kind
            lines.append(json.dumps(case))
        (root / name / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


@pytest.mark.slow
def test_retraining_on_a_tiny_sample_is_repeatable(tmp_path: Path) -> None:
    data = _data(tmp_path / "data")
    args = fit_body.parser().parse_args(["--data", str(data), "--min-sites", "1", "--min-sites-type", "1"])
    rows = fit_body.collect(data, "fit", None)
    assert len(rows) == 5
    assert {r["type"] for r in rows} == {"article", "forum", "service"}
    first = fit_body.render(fit_body.fit(rows, args))
    second = fit_body.render(fit_body.fit(fit_body.collect(data, "fit", None), args))
    assert first == second
    model = json.loads(first)
    assert model["page_type"]["classes"] == list(PAGE_TYPES)
    assert set(model["blocks"]["weights"]) == set(PAGE_TYPES)
    # the story's paragraphs are content: their units are labelled 1 and the fitted weights keep them
    labels = [lab for r in rows for _, lab, words in r["units"] if len(words) > 10]
    assert labels and all(labels)


@pytest.mark.slow
def test_the_script_writes_the_same_bytes_in_every_process(tmp_path: Path) -> None:
    # class tokens come from sets, whose order follows the interpreter's string hashing: two processes
    # with different hash seeds (and a cache made by one of them) must write the same file
    data = _data(tmp_path / "data")
    outs = []
    for seed, cache in (("1", None), ("2", tmp_path / "rows.pkl"), ("3", tmp_path / "rows.pkl")):
        out = tmp_path / f"model{seed}.json"
        argv = [sys.executable, str(SCRIPT), "--data", str(data), "--min-sites", "1", "--min-sites-type", "1",
                "--out", str(out), "--write"] + (["--cache", str(cache)] if cache else [])
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(argv, check=True, env=env, capture_output=True, cwd=SCRIPT.parent)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]
    assert json.loads(outs[0])["blocks"]["thresholds"].keys() == set(PAGE_TYPES)
