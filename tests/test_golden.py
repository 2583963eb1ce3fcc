"""Golden pages: every field of every fixture checked on its own (see fixtures/*/expected.json)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

import pytest

from tests.conftest import FIXTURES, extracted, fixture_slugs, load_expected


def _cases(kind: str) -> list[Any]:
    cases = []
    for slug in fixture_slugs():
        expected = load_expected(slug)
        if kind == "fields":
            cases += [pytest.param(slug, name, id=f"{slug}-{name}") for name in expected.get("fields", {})]
        elif kind in expected:
            cases.append(pytest.param(slug, id=slug))
    return cases


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def _name_key(name: str) -> str:
    return " ".join(re.findall(r"\w+", name)).casefold()


@pytest.mark.parametrize(("slug", "name"), _cases("fields"))
def test_field(slug: str, name: str) -> None:
    want = load_expected(slug)["fields"][name]
    got = extracted(slug).to_dict()[name]
    if name == "title":
        assert got is not None and _norm(got) == _norm(want)
    elif name == "authors":
        assert [_name_key(a) for a in got] == [_name_key(a) for a in want]
    elif name in ("date_published", "date_modified") and want is not None and len(want) == 10:
        assert got is not None and got[:10] == want  # gold knows the day only
    elif name == "language":
        assert got is not None and got.split("-")[0].lower() == want.split("-")[0].lower()
    elif name == "site_name":
        assert got is not None and _norm(got) == _norm(want)
    else:
        assert got == want


@pytest.mark.parametrize("slug", _cases("text_contains"))
def test_text_contains(slug: str) -> None:
    text = _norm(extracted(slug).text)
    missing = [s for s in load_expected(slug)["text_contains"] if _norm(s) not in text]
    assert not missing


@pytest.mark.parametrize("slug", _cases("text_excludes"))
def test_text_excludes(slug: str) -> None:
    text = _norm(extracted(slug).text)
    present = [s for s in load_expected(slug)["text_excludes"] if _norm(s) in text]
    assert not present


@pytest.mark.parametrize("slug", _cases("text_starts_with"))
def test_text_starts_with(slug: str) -> None:
    assert extracted(slug).text.startswith(load_expected(slug)["text_starts_with"])


@pytest.mark.parametrize("slug", _cases("text_ends_with"))
def test_text_ends_with(slug: str) -> None:
    assert extracted(slug).text.endswith(load_expected(slug)["text_ends_with"])


@pytest.mark.parametrize("slug", _cases("highlights"))
def test_highlights(slug: str) -> None:
    article = extracted(slug)
    assert [_norm(h) for h in article.highlights] == [_norm(h) for h in load_expected(slug)["highlights"]]
    assert not any(_norm(h) in _norm(article.text) for h in article.highlights)


@pytest.mark.parametrize("slug", _cases("summary_bullets"))
def test_summary(slug: str) -> None:
    low, high = load_expected(slug)["summary_bullets"]
    article = extracted(slug)
    assert low <= len(article.summary) <= high
    assert all(bullet.strip() for bullet in article.summary)


@pytest.mark.parametrize("slug", _cases("figures_include"))
def test_figures(slug: str) -> None:
    values = {f.value for f in extracted(slug).figures}
    assert set(load_expected(slug)["figures_include"]) <= values


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text)
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def body_f1(got: str, gold: str) -> float:
    """The scrapinghub benchmark's 4-gram shingle F1 for one document."""
    g, p = _shingles(gold), _shingles(got)
    tp = sum((g & p).values())
    if not tp:
        return 0.0
    precision, recall = tp / sum(p.values()), tp / sum(g.values())
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("slug", _cases("body_f1_min"))
def test_body_f1(slug: str) -> None:
    gold = (FIXTURES / slug / "body.txt").read_text(encoding="utf-8")
    assert body_f1(extracted(slug).text, gold) >= load_expected(slug)["body_f1_min"]
