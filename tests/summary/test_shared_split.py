"""One sentence split per article, shared by the In Brief bullets and the key figures."""

from __future__ import annotations

import pytest

import articlekit
from articlekit.summary import sentences

BODY = "".join(f"<p>{p}</p>" for p in [
    "The city council voted on Tuesday to spend 1.2 billion euros on four new tram lines by 2030.",
    "Officials said the plan would cut car traffic in the centre by 15% within five years.",
    "Opponents argued that the money would be better spent on buses, which can change routes quickly.",
    "The first construction work is expected to begin next spring, starting with the eastern line.",
])
PAGE = f"<html lang='en'><head><title>Trams</title></head><body><article>{BODY}</article></body></html>"


def test_the_body_is_split_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = sentences.sentence_spans

    def counting(text: str, **kwargs: object) -> list[tuple[int, int]]:
        calls.append(text)
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sentences, "sentence_spans", counting)
    article = articlekit.extract(PAGE)
    assert article.summary and article.figures
    assert len(calls) == 1


def test_figures_sit_in_the_sentences_the_summary_reads() -> None:
    article = articlekit.extract(PAGE)
    split = sentences.split_sentences(article.text, language="en")
    assert all(f.sentence in split for f in article.figures)
    assert all(any(b in s or s.startswith(b[:20]) for s in split) for b in article.summary)
