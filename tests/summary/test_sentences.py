"""Sentence splitting: Punkt with bundled parameters on tricky news sentences."""

from __future__ import annotations

import pytest

from articlekit.errors import ResourceError
from articlekit.summary.sentences import sentence_spans, split_sentences

CASES = [
    # titles and ranks
    ("Mr. Smith went to Washington. He met Dr. Jones there.",
     ["Mr. Smith went to Washington.", "He met Dr. Jones there."]),
    ("Mrs. Brown and Ms. Green spoke. Prof. White listened.",
     ["Mrs. Brown and Ms. Green spoke.", "Prof. White listened."]),
    ("Lt. Col. Smith arrived at 9 a.m. The briefing began.",
     ["Lt. Col. Smith arrived at 9 a.m.", "The briefing began."]),
    ("Gov. Newsom signed it. St. Louis objected.", ["Gov. Newsom signed it.", "St. Louis objected."]),
    ("Sen. Warren and Rep. Ocasio-Cortez clashed. The vote is Tuesday.",
     ["Sen. Warren and Rep. Ocasio-Cortez clashed.", "The vote is Tuesday."]),
    # places, companies, dates
    ("The U.S. economy grew. The U.S. Army said so.", ["The U.S. economy grew.", "The U.S. Army said so."]),
    ("He lives in the U.S. The company is based there.",
     ["He lives in the U.S.", "The company is based there."]),
    ("He moved to the U.K. in 2010. He stayed.", ["He moved to the U.K. in 2010.", "He stayed."]),
    ("The meeting is at 5 p.m. Friday in Washington, D.C. The mayor will attend.",
     ["The meeting is at 5 p.m. Friday in Washington, D.C.", "The mayor will attend."]),
    ("Apple Inc. said on Jan. 5 that sales rose. Shares jumped.",
     ["Apple Inc. said on Jan. 5 that sales rose.", "Shares jumped."]),
    ("Acme Corp. and Beta Ltd. merged. The deal closed.",
     ["Acme Corp. and Beta Ltd. merged.", "The deal closed."]),
    ("It happened in Sept. 2014. Nobody noticed.", ["It happened in Sept. 2014.", "Nobody noticed."]),
    ("The e.g. case and the i.e. case differ. Fine.", ["The e.g. case and the i.e. case differ.", "Fine."]),
    # initials
    ("Linda G. Mills is president. She spoke today.", ["Linda G. Mills is president.", "She spoke today."]),
    ("George W. Bush spoke. Crowds cheered.", ["George W. Bush spoke.", "Crowds cheered."]),
    ("J.K. Rowling wrote it. It sold well.", ["J.K. Rowling wrote it.", "It sold well."]),
    ("They sought plan B. The plan failed.", ["They sought plan B.", "The plan failed."]),
    # numbers
    ("It rose 3.5 percent. Prices fell 0.2 percent.", ["It rose 3.5 percent.", "Prices fell 0.2 percent."]),
    ("The No. 5 seed lost. He was No. 1 last year.", ["The No. 5 seed lost.", "He was No. 1 last year."]),
    ("He voted no. Gen. Milley disagreed.", ["He voted no.", "Gen. Milley disagreed."]),
    ("She earned $1.2 million. That's a lot.", ["She earned $1.2 million.", "That's a lot."]),
    ("Growth hit 2.5% in Q3. Analysts expected 2.1%.", ["Growth hit 2.5% in Q3.", "Analysts expected 2.1%."]),
    ("The vote was 52-48. Critics were furious!", ["The vote was 52-48.", "Critics were furious!"]),
    # quotes
    ('"Are you serious?" she asked. He nodded.', ['"Are you serious?" she asked.', "He nodded."]),
    ('"Stop!" he shouted. Then he ran.', ['"Stop!" he shouted.', "Then he ran."]),
    ('He said "I am done." Then he left.', ['He said "I am done."', "Then he left."]),
    ("'I'm done,' he said. 'Really done.'", ["'I'm done,' he said.", "'Really done.'"]),
    ("What next? 'Nobody knows,' she said.", ["What next?", "'Nobody knows,' she said."]),
    ("Who knows? Nobody does.", ["Who knows?", "Nobody does."]),
    # ellipses
    ("He waited... Then he left.", ["He waited...", "Then he left."]),
    ("He waited... and waited.", ["He waited... and waited."]),
    ("This is it… The end came.", ["This is it…", "The end came."]),
    # misc
    ("Visit www.example.com for details. It is free.", ["Visit www.example.com for details.", "It is free."]),
    # paragraphs and lines are hard boundaries
    ("First paragraph ends here\n\nSecond paragraph starts here.",
     ["First paragraph ends here", "Second paragraph starts here."]),
    ("A headline without a period\nThe body follows. It has two sentences.",
     ["A headline without a period", "The body follows.", "It has two sentences."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tricky_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30


def test_spans_are_offsets_without_whitespace() -> None:
    text = "  Hello there.  \n\n  Second one here! "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["Hello there.", "Second one here!"]
    assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in spans)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n"])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


def test_unknown_punkt_model_is_a_clear_error() -> None:
    with pytest.raises(ResourceError):
        split_sentences("One. Two.", punkt_model="no-such-language-model")


def test_chinese_full_stops_end_sentences() -> None:
    assert split_sentences("他说：“我们会赢。”然后他走了。第三句话在这里！") == [
        "他说：“我们会赢。”", "然后他走了。", "第三句话在这里！",
    ]


LANGUAGE_CASES = [
    ("de", "Am 1. März trafen sich z.B. die Aktionäre. Die Sitzung dauerte ca. drei Stunden.",
     ["Am 1. März trafen sich z.B. die Aktionäre.", "Die Sitzung dauerte ca. drei Stunden."]),
    ("de", "Am 1. und 2. Mai ist das Büro zu. Der 3. Platz ging an Köln. Das ist neu.",
     ["Am 1. und 2. Mai ist das Büro zu.", "Der 3. Platz ging an Köln.", "Das ist neu."]),
    ("de", "Der Umsatz stieg um 3,5 Mio. Euro. Dr. Müller sprach.",
     ["Der Umsatz stieg um 3,5 Mio. Euro.", "Dr. Müller sprach."]),
    ("fr", "M. Macron a parlé. Mme Dupont a répondu env. deux heures plus tard.",
     ["M. Macron a parlé.", "Mme Dupont a répondu env. deux heures plus tard."]),
    ("es", "La Sra. García habló con EE.UU. ayer. El Sr. Pérez no respondió.",
     ["La Sra. García habló con EE.UU. ayer.", "El Sr. Pérez no respondió."]),
]


@pytest.mark.parametrize(("language", "text", "expected"), LANGUAGE_CASES)
def test_language_aware_splitting(language: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, language=language) == expected


def test_spaced_closing_quote_stays_with_its_sentence() -> None:
    text = "I want to stay at the club until the end. ’ Filipe Luis insists he wants to stay."
    assert split_sentences(text) == [
        "I want to stay at the club until the end. ’", "Filipe Luis insists he wants to stay.",
    ]


@pytest.mark.parametrize("text", ["I. " * 100_000, " ".join(f"{i}." for i in range(30_000))])
def test_hostile_text_splits_in_linear_time(text: str) -> None:
    import time

    start = time.process_time()
    spans = sentence_spans(text)
    assert spans and time.process_time() - start < 2.0
