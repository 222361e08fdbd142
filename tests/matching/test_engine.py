import io
import time
from dataclasses import replace

import numpy as np
import pytest
from django.core.management import call_command

from matching import engine
from matching import text as textlib
from matching.contracts import Document, Facts
from matching.index import IndexStore
from matching.models import StoredDocument
from matching.ranking import PASSAGE_SLOTS
from tests.matching.support import (
    after_refresh,
    count_encodes,
    forget_loaded_indexes,
    fresh_index,
)

pytestmark = pytest.mark.django_db

MODEL = "all-MiniLM-L6-v2"
DIMENSION = 384


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def solution(pk: int, title: str, text: str, **facts) -> Document:
    return Document("solution", pk, title, text, Facts(side="solution", **facts))


def challenge(pk: int, title: str, text: str, **facts) -> Document:
    return Document("challenge", pk, title, text, Facts(side="challenge", **facts))


SENSORS = solution(
    1,
    "Humidity sensors for every room",
    "Battery sensors report humidity hourly. Alerts reach the repairs team before mould grows.",
    themes=frozenset({"damp-mould-condensation"}),
)
PAYROLL = solution(
    2,
    "Payroll for care staff",
    "Timesheets, holiday pay and pension contributions in one payroll tool.",
)
DAMP = challenge(
    10,
    "Find damp and mould before residents report it",
    "Condensation and black mould in bathrooms are reported weeks late.",
    themes=frozenset({"damp-mould-condensation"}),
)


def stored(kind: str, pk: int) -> StoredDocument:
    return StoredDocument.objects.get(kind=kind, object_id=pk)


# index_document()


def test_indexing_stores_normalised_vectors_with_the_model_name_and_text_hash():
    document = engine.index_document(SENSORS)

    row = stored("solution", 1)
    assert row.pk == document.pk
    assert (row.model_name, row.dimension, row.is_searchable) == (MODEL, DIMENSION, True)
    assert row.text == (
        "Humidity sensors for every room.\nBattery sensors report humidity hourly. "
        "Alerts reach the repairs team before mould grows."
    )
    assert row.text_hash == textlib.text_hash(SENSORS.full_text)
    assert row.sentences == [
        "Humidity sensors for every room.",
        "Battery sensors report humidity hourly.",
        "Alerts reach the repairs team before mould grows.",
    ]
    assert row.passages_matrix().shape == (1, DIMENSION)
    assert row.sentences_matrix().shape == (3, DIMENSION)
    norms = np.linalg.norm(np.vstack([row.passages_matrix(), row.sentences_matrix()]), axis=1)
    np.testing.assert_allclose(norms, 1.0, atol=1e-5)
    assert row.facts["themes"] == ["damp-mould-condensation"]
    assert row.facts["side"] == "solution"


def test_indexing_the_same_text_again_does_not_embed_it_again(monkeypatch):
    encodes = count_encodes(monkeypatch)
    engine.index_document(SENSORS)
    first = stored("solution", 1)

    engine.index_document(SENSORS)
    respaced = Document(
        "solution",
        1,
        "Humidity  sensors for\u00a0every room",
        "Battery sensors   report humidity hourly.  Alerts reach the repairs team "
        "before mould grows.   ",
        Facts(side="solution", maturity="deployed"),
    )
    engine.index_document(respaced)

    again = stored("solution", 1)
    assert encodes.calls == [4]  # one passage and three sentences, once
    assert bytes(again.passage_vectors) == bytes(first.passage_vectors)
    assert bytes(again.sentence_vectors) == bytes(first.sentence_vectors)
    assert (again.text_hash, again.text) == (first.text_hash, first.text)
    # Facts are not embedded, so they update without the model.
    assert (again.facts["maturity"], again.facts["themes"]) == ("deployed", [])
    assert StoredDocument.objects.count() == 1


def test_changed_text_is_embedded_again(monkeypatch):
    encodes = count_encodes(monkeypatch)
    engine.index_document(SENSORS)
    first = stored("solution", 1)

    engine.index_document(solution(1, SENSORS.title, "Sensors now also measure temperature."))

    again = stored("solution", 1)
    assert encodes.calls == [4, 3]
    assert bytes(again.passage_vectors) != bytes(first.passage_vectors)
    assert again.text_hash != first.text_hash
    assert again.sentences == [
        "Humidity sensors for every room.",
        "Sensors now also measure temperature.",
    ]


@pytest.mark.parametrize(
    ("title", "text"),
    [("", ""), ("", "   \n\t  "), ("", "The and of it"), ("", "\x00\x01\x02")],
    ids=["empty", "whitespace", "stopwords", "control-characters"],
)
def test_a_document_without_text_raises_matcher_error_and_stores_nothing(title, text):
    with pytest.raises(
        engine.MatcherError, match=r"^There is no text to match: add a title and a description\.$"
    ):
        engine.index_document(solution(3, title, text))

    assert StoredDocument.objects.count() == 0


def test_a_one_megabyte_text_is_indexed_from_its_start_in_acceptable_time(monkeypatch):
    encodes = count_encodes(monkeypatch)
    sentence = "Damp readings in flat {n} rose after cooking without the extractor fan. "
    text = "".join(sentence.format(n=n) for n in range(15_000))[: 1024 * 1024]
    assert len(text) == 1024 * 1024

    started = time.monotonic()
    engine.index_document(solution(4, "A very long report", text))
    elapsed = time.monotonic() - started

    row = stored("solution", 4)
    assert len(row.text) == engine.MAX_TEXT_CHARS
    assert row.text == textlib.normalise("A very long report.\n" + text)[: engine.MAX_TEXT_CHARS]
    assert row.passages_matrix().shape == (PASSAGE_SLOTS, DIMENSION)
    assert len(row.sentences) == engine.MAX_SENTENCES
    assert row.sentences_matrix().shape == (engine.MAX_SENTENCES, DIMENSION)
    assert encodes.calls == [PASSAGE_SLOTS + engine.MAX_SENTENCES]
    assert elapsed < 60, f"indexing 1 MB took {elapsed:.0f} s"


def test_welsh_and_french_texts_are_indexed_and_ranked():
    welsh = solution(
        5,
        "Synwyryddion lleithder i gartrefi",
        "Mae synwyryddion yn mesur lleithder bob awr. Mae llwydni yn cael ei ganfod yn gynnar.",
    )
    french = solution(
        6,
        "Capteurs d'humidité pour logements sociaux",
        "Des capteurs mesurent l'humidité chaque heure. La moisissure est détectée tôt.",
    )
    query = challenge(
        11,
        "Lleithder a llwydni mewn cartrefi",
        "Mae tenantiaid yn adrodd am lwydni yn rhy hwyr. Rydym eisiau canfod lleithder yn gynnar.",
    )
    for document in (welsh, french, PAYROLL, query):
        engine.index_document(document)

    matches = engine.rank_solutions(query, k=5)

    assert sorted(m.id for m in matches) == [2, 5, 6]
    assert matches[0].id == 5
    assert all(0 <= m.score <= 1 for m in matches)
    assert len(matches[0].reason.sentence_pairs) == 3


def test_a_text_in_another_alphabet_is_indexed():
    # Ukrainian: "Damp and mould in the flat. Residents report it too late."
    title, text = "Вологість і цвіль у квартирі", "Мешканці повідомляють надто пізно."  # noqa: RUF001
    document = challenge(12, title, text)

    engine.index_document(document)

    assert stored("challenge", 12).sentences == [f"{title}.", text]


# Ranking through the engine


def test_rank_solutions_puts_the_damp_sensor_above_payroll_and_explains_it():
    for document in (SENSORS, PAYROLL, DAMP):
        engine.index_document(document)

    matches = engine.rank_solutions(DAMP, k=5)

    assert [m.id for m in matches] == [1, 2]
    top = matches[0]
    assert top.score > matches[1].score
    assert top.reason.shared_themes == ("damp-mould-condensation",)
    assert len(top.reason.sentence_pairs) == 2  # the challenge has two sentences
    for match in matches:
        parts = match.components
        assert all(0 <= value <= 1 for value in (parts.dense, parts.lead, parts.lexical))
        assert 0 <= match.score <= 1


def test_a_query_that_is_not_indexed_raises_not_indexed():
    engine.index_document(SENSORS)

    with pytest.raises(engine.NotIndexed, match="Matches are being prepared"):
        engine.rank_solutions(DAMP)


def test_a_document_indexed_after_the_index_was_built_is_ranked():
    for document in (SENSORS, DAMP):
        engine.index_document(document)
    assert [m.id for m in engine.rank_solutions(DAMP)] == [1]
    version = engine.index_store().current_version("solution")

    engine.index_document(PAYROLL)
    after_refresh()

    assert [m.id for m in engine.rank_solutions(DAMP)] == [1, 2]
    assert engine.index_store().current_version("solution") == version


def test_a_ranking_asked_for_again_is_reused_until_the_query_or_the_corpus_changes():
    for document in (SENSORS, PAYROLL, DAMP):
        engine.index_document(document)
    first = engine.rank_solutions(DAMP)

    assert engine.rank_solutions(DAMP) is first
    assert engine.rank_solutions(DAMP, excluded={1}) is not first

    reworded = replace(DAMP, text="Payroll and pension contributions for care staff.")
    engine.index_document(reworded)
    assert [m.id for m in engine.rank_solutions(reworded)] == [2, 1]


def test_a_document_whose_row_was_deleted_is_left_out_not_an_error():
    for document in (SENSORS, PAYROLL, DAMP):
        engine.index_document(document)
    engine.rebuild_index("solution")
    assert [m.id for m in engine.rank_solutions(DAMP)] == [1, 2]

    # As when an entry is deleted outright while this process still has the index loaded.
    StoredDocument.objects.filter(kind="solution", object_id=1).delete()

    assert [m.id for m in engine.rank_solutions(DAMP, excluded={99})] == [2]


def test_a_removed_document_is_no_longer_ranked():
    for document in (SENSORS, PAYROLL, DAMP):
        engine.index_document(document)
    assert [m.id for m in engine.rank_solutions(DAMP)] == [1, 2]

    engine.remove_document("solution", 1)
    after_refresh()

    assert stored("solution", 1).is_searchable is False
    assert [m.id for m in engine.rank_solutions(DAMP)] == [2]


def test_a_removed_document_indexed_again_is_ranked_again():
    for document in (SENSORS, PAYROLL, DAMP):
        engine.index_document(document)
    engine.remove_document("solution", 1)
    after_refresh()
    assert [m.id for m in engine.rank_solutions(DAMP, allowed={1, 2})] == [2]

    engine.index_document(SENSORS)
    after_refresh()

    assert [m.id for m in engine.rank_solutions(DAMP, allowed={1, 2})] == [1, 2]


# The shared index files


def test_a_corrupt_index_file_is_rebuilt_instead_of_raising(index_dir):
    for document in (SENSORS, PAYROLL, DAMP):
        engine.index_document(document)
    engine.corpus_for("solution")
    assert engine.index_store().current_version("solution") == 1
    (index_dir / "solution.v1.faiss").write_bytes(b"garbage" * 100)
    # A process that starts now finds the corrupt file.
    forget_loaded_indexes()

    corpus = engine.corpus_for("solution")

    assert engine.index_store().current_version("solution") == 2
    assert sorted(corpus.row_of) == [1, 2]
    assert corpus.segments[0].index.ntotal == 2
    assert [m.id for m in engine.rank_solutions(DAMP)] == [1, 2]


def test_a_starting_process_loads_the_published_indexes_before_any_search(index_dir):
    for document in (SENSORS, PAYROLL, DAMP):
        engine.index_document(document)
    engine.corpus_for("solution")
    forget_loaded_indexes()

    engine.load_published()
    # Already in memory: the search below does not read the file, so finds it intact.
    (index_dir / "solution.v1.faiss").write_bytes(b"garbage" * 100)

    assert [m.id for m in engine.rank_solutions(DAMP)] == [1, 2]
    assert engine.index_store().current_version("solution") == 1


def test_a_process_starts_with_a_corrupt_index_file_and_its_first_search_rebuilds_it(index_dir):
    for document in (SENSORS, PAYROLL, DAMP):
        engine.index_document(document)
    engine.corpus_for("solution")
    (index_dir / "solution.v1.faiss").write_bytes(b"garbage" * 100)
    forget_loaded_indexes()

    engine.load_published()
    assert engine.index_store().current_version("solution") == 1

    assert [m.id for m in engine.rank_solutions(DAMP)] == [1, 2]
    assert engine.index_store().current_version("solution") == 2


def test_a_missing_index_is_built_on_first_use(index_dir):
    engine.index_document(SENSORS)
    assert not index_dir.exists() or not list(index_dir.glob("*.faiss"))

    corpus = engine.corpus_for("solution")

    assert sorted(p.name for p in index_dir.glob("solution*")) == [
        "solution.json",
        "solution.v1.faiss",
        "solution.v1.npz",
    ]
    assert (list(corpus.row_of), corpus.segments[0].index.ntotal) == ([1], 1)


def test_two_readers_see_the_same_version_after_rebuild_index(index_dir):
    for document in (SENSORS, PAYROLL):
        engine.index_document(document)
    first = engine.rebuild_index("solution")
    readers = [IndexStore(index_dir, check_every=0), IndexStore(index_dir, check_every=0)]
    assert [reader.get("solution").version for reader in readers] == [first, first]

    engine.remove_document("solution", 2)
    second = engine.rebuild_index("solution")
    after_refresh()

    assert second == first + 1
    loaded = [reader.get("solution") for reader in readers]
    assert [(one.version, one.index.ntotal) for one in loaded] == [(second, 1), (second, 1)]
    assert engine.index_store().get("solution").version == second


def test_rebuild_index_command_publishes_each_kind(capsys):
    for document in (SENSORS, DAMP):
        engine.index_document(document)

    call_command("rebuild_index")
    call_command("rebuild_index", "--kind", "solution")

    assert capsys.readouterr().out.splitlines() == [
        "challenge: index version 1 is live",
        "solution: index version 1 is live",
        "solution: index version 2 is live",
    ]


# Versions and the segment of recent changes


@pytest.fixture
def no_clock_skew(monkeypatch):
    """Only documents changed after the build count as recent, to the millisecond."""
    monkeypatch.setattr(engine, "CLOCK_SKEW_ALLOWANCE", 0.0)


def test_an_edit_after_a_build_is_searched_in_a_small_segment_beside_it(no_clock_skew):
    for document in (SENSORS, PAYROLL, DAMP):
        engine.index_document(document)
    engine.rebuild_index("solution")
    time.sleep(0.01)

    engine.index_document(
        solution(2, "Damp and mould alerts", "Condensation and black mould in bathrooms.")
    )
    after_refresh()
    corpus = engine.corpus_for("solution")

    assert [len(segment) for segment in corpus.segments] == [2, 1]
    assert corpus.segments[1].doc_ids.tolist() == [2]
    # The edited text is what counts, in meaning and in words.
    best, other = engine.rank_solutions(DAMP, k=2)
    assert best.id == 2
    assert best.components.lexical > other.components.lexical


def test_a_document_removed_after_a_build_is_in_no_result(no_clock_skew):
    for document in (SENSORS, PAYROLL, DAMP):
        engine.index_document(document)
    engine.rebuild_index("solution")
    time.sleep(0.01)

    engine.remove_document("solution", 1)
    after_refresh()

    assert [len(segment) for segment in engine.corpus_for("solution").segments] == [2]
    assert [m.id for m in engine.rank_solutions(DAMP)] == [2]


def test_recent_changes_are_folded_into_a_new_version_once_there_are_enough(
    monkeypatch, no_clock_skew
):
    monkeypatch.setattr(engine, "FOLD_CHANGES_FROM", 1)
    for document in (SENSORS, PAYROLL, DAMP):
        engine.index_document(document)
    first = engine.rebuild_index("solution")
    time.sleep(0.01)

    engine.remove_document("solution", 1)
    assert engine.rebuild_if_fragmented("solution") is None
    engine.remove_document("solution", 2)
    folded = engine.rebuild_if_fragmented("solution")
    after_refresh()

    assert folded == first + 1
    assert [len(segment) for segment in engine.corpus_for("solution").segments] == [0]


def test_nothing_is_folded_before_the_first_version_exists():
    engine.index_document(SENSORS)

    assert engine.rebuild_if_fragmented("solution") is None
    assert engine.index_store().current_version("solution") is None


def test_index_files_from_before_bm25_was_saved_with_them_are_rebuilt(index_dir):
    for document in (SENSORS, PAYROLL, DAMP):
        engine.index_document(document)
    engine.rebuild_index("solution")
    (index_dir / "solution.v1.npz").write_bytes(open_empty_npz())
    forget_loaded_indexes()

    assert [m.id for m in engine.rank_solutions(DAMP)] == [1, 2]
    assert engine.index_store().current_version("solution") == 2


def open_empty_npz() -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer)
    return buffer.getvalue()
