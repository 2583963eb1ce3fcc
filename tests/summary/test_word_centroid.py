"""The word centroid: the exact word forms an article repeats mark the sentences that carry its thread."""

from __future__ import annotations

from articlekit.config import SummaryConfig
from articlekit.summary import candidates
from articlekit.summary.rank import FEATURES, feature_rows, needs_word_centroid, weight_sets
from articlekit.summary.text import content_stems, content_words

CONFIG = SummaryConfig()
COLUMN = FEATURES.index("word_centroid")
STEMMED = FEATURES.index("centroid")

# Sentences 2 and 3 share the same stems with the rest ("tariff", "steel", "import"); only sentence 2
# repeats the word forms the article keeps using ("tariffs", "steel imports").
ARTICLE = (
    "The government raised tariffs on steel imports from Monday. "
    "Ministers said the tariffs on steel imports would protect jobs at home. "
    "Critics doubted that a tariff on imported steel could protect anything. "
    "Factory owners warned that tariffs on steel imports raise their costs."
)


def test_content_words_keep_the_form_as_written() -> None:
    words = content_words("The minister's new tariffs hit 3 firms, the ministers said.")
    assert words == ["minister's", "new", "tariffs", "hit", "3", "firms", "ministers"]  # "said" is a stopword
    assert content_stems("the ministers' tariffs") == ["minist", "tariff"]  # the stems merge forms


def test_content_words_of_cjk_text_are_character_pairs() -> None:
    assert content_words("東京都") == ["東京", "京都"]


def test_repeated_word_forms_score_higher_than_shared_stems() -> None:
    cands = candidates(ARTICLE, CONFIG)
    rows = feature_rows(cands, None, budget=CONFIG.max_bullet_words, lead=CONFIG.lead_sentences)
    assert len(rows[0]) == len(FEATURES)
    assert all(0.0 <= r[COLUMN] <= 1.0 for r in rows)
    assert max(r[COLUMN] for r in rows) == 1.0
    assert rows[1][COLUMN] > rows[2][COLUMN]
    # by stems, the two sentences are about as central: only the word forms set them apart
    assert abs(rows[1][STEMMED] - rows[2][STEMMED]) < rows[1][COLUMN] - rows[2][COLUMN]


def test_a_sentence_sharing_no_word_scores_zero() -> None:
    text = ARTICLE + " Separately, a choir sang carols outside the cathedral yesterday evening."
    rows = feature_rows(candidates(text, CONFIG), None, budget=30, lead=3)
    assert rows[-1][COLUMN] == 0.0


def test_only_long_summaries_weigh_the_word_centroid() -> None:
    sets = weight_sets()
    assert sets["brief"][COLUMN] == 0.0  # a brief is the news lead
    assert sets["coverage"][COLUMN] > 0.0


def test_a_brief_skips_the_column_its_weights_ignore() -> None:
    assert not needs_word_centroid(0.0)
    assert needs_word_centroid(0.5)
    assert needs_word_centroid(1.0)
    cands = candidates(ARTICLE, CONFIG)
    rows = feature_rows(cands, None, budget=30, lead=3, word_centroid=False)
    assert all(r[COLUMN] == 0.0 for r in rows)
