import itertools

import numpy as np
import pytest

from matching.bm25 import BM25
from matching.text import (
    PASSAGE_OVERLAP,
    PASSAGE_WORDS,
    normalise,
    passages,
    sentences,
    terms,
    text_hash,
)

# passages()


def test_a_300_word_text_gives_three_overlapping_passages_of_at_most_120_words():
    words = [f"w{i}" for i in range(300)]

    windows = passages(" ".join(words))

    assert [len(window.split()) for window in windows] == [120, 120, 120]
    assert [window.split()[0] for window in windows] == ["w0", "w90", "w180"]
    assert windows[-1].split()[-1] == "w299"
    for previous, following in itertools.pairwise(windows):
        assert previous.split()[-PASSAGE_OVERLAP:] == following.split()[:PASSAGE_OVERLAP]


def test_passages_cover_the_last_word_whatever_the_length():
    for length in (121, 150, 209, 210, 211, 250, 1000):
        words = [f"w{i}" for i in range(length)]

        windows = passages(" ".join(words))

        assert windows[-1].split()[-1] == f"w{length - 1}", length
        assert max(len(window.split()) for window in windows) == PASSAGE_WORDS, length


def test_a_short_text_is_one_passage_and_an_empty_text_none():
    assert passages("  Damp   in the\nbathroom  ") == ["Damp in the bathroom"]
    assert passages("") == []
    assert passages(" \n\t ") == []


# sentences()


def test_sentences_split_on_end_punctuation_and_new_lines_and_drop_fragments():
    text = (
        "Damp spreads fast in winter. Mould follows within weeks! Is the extractor fan off? "
        "Too short. We find out late; residents tell us.\n"
        "- Reports arrive by phone only\n\n"
        "Version 2: sensors in every room."
    )

    assert sentences(text) == [
        "Damp spreads fast in winter.",
        "Mould follows within weeks!",
        "Is the extractor fan off?",
        "We find out late; residents tell us.",
        "Reports arrive by phone only",
        "Version 2: sensors in every room.",
    ]


def test_sentences_of_an_empty_text_are_none():
    assert sentences("") == []


# text_hash() and terms()


def test_text_hash_is_stable_under_spacing_changes():
    tidy = "Find damp before residents report it.\nReports arrive late."
    messy = "  Find  damp before\u00a0residents   report it.\nReports arrive late.   "

    assert text_hash(messy) == text_hash(tidy)


def test_text_hash_is_the_same_for_windows_and_unix_line_endings():
    # Browsers submit textareas with CRLF; the API usually sends LF.
    assert normalise("Damp in the flat.\r\nMould too.") == "Damp in the flat.\nMould too."
    assert text_hash("Damp in the flat.\r\nMould too.") == text_hash(
        "Damp in the flat.\nMould too."
    )


def test_text_hash_ignores_spaces_at_the_ends_of_lines():
    # Editors leave trailing spaces; the passages and sentences are the same, so is the text.
    tidy = "Find damp before residents report it.\nReports arrive late."
    edited = "Find damp before residents report it. \n  Reports arrive late."

    assert passages(edited) == passages(tidy)
    assert sentences(edited) == sentences(tidy)
    assert text_hash(edited) == text_hash(tidy)


def test_text_hash_changes_when_a_word_changes():
    assert text_hash("Find damp early.") != text_hash("Find mould early.")


def test_a_tab_separates_words_like_a_space():
    # Text pasted from a spreadsheet is tab separated; the words must stay apart.
    assert normalise("damp\tmould") == "damp mould"
    assert terms("damp\tmould") == ["damp", "mould"]
    assert text_hash("damp\tmould") == text_hash("damp mould")


def test_terms_are_lower_cased_without_stopwords():
    assert terms("The Damp and the MOULD in 2 flats") == ["damp", "mould", "2", "flats"]


def test_terms_keep_welsh_and_french_letters_inside_words():
    # "tŷ" (house) and "tân" (fire) must not both shrink to "t".
    assert terms("Tŷ gwlyb, tân, humidité") == ["tŷ", "gwlyb", "tân", "humidité"]


# BM25


DOCUMENTS = [
    "Housing sensors detect condensation and black mould in bathrooms.",
    "Housing payroll software pays staff and contractors monthly.",
    "Housing roof repairs, gutter cleaning and window replacement.",
]


def test_bm25_ranks_the_document_sharing_the_rare_word_first():
    bm25 = BM25().fit(DOCUMENTS)

    scores = bm25.scores("housing condensation")

    assert int(np.argmax(scores)) == 0
    assert scores[0] > scores[1]
    # "housing" is in every document: it adds a little to each, the same for equal lengths.
    assert scores[1] > 0
    assert scores.dtype == np.float32
    assert scores.shape == (3,)


def test_bm25_a_repeated_query_word_counts_more():
    bm25 = BM25().fit(DOCUMENTS)

    once, twice = bm25.scores("mould"), bm25.scores("mould mould")

    assert twice[0] == 2 * once[0]
    assert (once[1], once[2]) == (0.0, 0.0)


def test_bm25_empty_stopword_or_unknown_query_scores_zero_everywhere():
    bm25 = BM25().fit(DOCUMENTS)

    for query in ("", "   ", "the and of", "zebra"):
        scores = bm25.scores(query)
        assert scores.tolist() == [0.0, 0.0, 0.0], query


def test_bm25_fitted_on_no_documents_scores_an_empty_array():
    assert BM25().fit([]).scores("damp").tolist() == []


def test_bm25_saved_as_arrays_and_loaded_scores_the_same():
    texts = ["damp and mould sensors", "payroll for care staff", "mould in bathrooms again"]
    fitted = BM25().fit(texts)

    loaded = BM25.from_arrays(fitted.to_arrays())

    assert loaded.vocabulary == fitted.vocabulary
    assert np.array_equal(loaded.scores("mould bathrooms"), fitted.scores("mould bathrooms"))


def test_bm25_fitted_beside_a_collection_scores_on_that_collections_scale():
    collection = [f"repairs report number {i} for the housing team" for i in range(50)]
    collection.append("mould in a bathroom ceiling")
    together = BM25().fit([*collection, "mould sensors for bathrooms"])

    beside = BM25().fit(["mould sensors for bathrooms"], statistics_from=BM25().fit(collection))

    # Only the average length differs: the collection's, without the newcomer.
    expected = together.scores("mould bathrooms")[-1]
    assert beside.scores("mould bathrooms")[0] == pytest.approx(expected, rel=0.01)
    # A word the collection never saw still counts, as the rarest word there is.
    assert beside.scores("sensors")[0] > beside.scores("mould")[0] > 0
