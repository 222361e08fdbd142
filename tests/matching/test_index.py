import subprocess
import sys
from pathlib import Path

import faiss
import numpy as np
import pytest

from matching.index import IndexStore, IndexUnavailable, build_index, search

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DIMENSION = 16


def unit_vectors(count: int, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).standard_normal((count, DIMENSION)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def ids_from(start: int, count: int) -> np.ndarray:
    return np.arange(start, start + count, dtype=np.int64)


# build_index() and search()


def test_below_the_threshold_the_index_is_exact():
    vectors = unit_vectors(20)

    index = build_index(ids_from(1000, 20), vectors, approximate_from=21)

    assert isinstance(faiss.downcast_index(index.index), faiss.IndexFlatIP)
    assert index.ntotal == 20
    scores, hits = search(index, vectors[[3, 7]], k=5)
    assert hits.shape == (2, 5)
    assert (hits[0, 0], hits[1, 0]) == (1003, 1007)
    assert scores[0, 0] == pytest.approx(1.0, abs=1e-5)
    assert list(scores[0]) == sorted(scores[0], reverse=True)


def test_from_the_threshold_the_index_is_approximate_and_still_finds_each_vector():
    vectors = unit_vectors(20)

    index = build_index(ids_from(1000, 20), vectors, approximate_from=20)

    inner = faiss.downcast_index(index.index)
    assert isinstance(inner, faiss.IndexHNSWFlat | faiss.IndexIVF)
    assert inner.metric_type == faiss.METRIC_INNER_PRODUCT
    assert index.ntotal == 20
    _, hits = search(index, vectors, k=1)
    assert hits[:, 0].tolist() == list(range(1000, 1020))
    np.testing.assert_allclose(index.reconstruct_batch(np.array([1003])), vectors[[3]])


@pytest.mark.parametrize("count", [0, 1, 3, 15])
def test_an_approximate_index_can_be_built_from_a_handful_of_vectors(count):
    # MATCHING_APPROXIMATE_FROM is a setting: a small value must not break small catalogues.
    vectors = unit_vectors(count)

    index = build_index(ids_from(1000, count), vectors, approximate_from=0)

    assert index.ntotal == count
    _, hits = search(index, vectors, k=1)
    assert hits[:, 0].tolist() == list(range(1000, 1000 + count))


def test_an_approximate_index_read_back_from_its_file_still_finds_and_returns_vectors(tmp_path):
    vectors = unit_vectors(30)
    store = IndexStore(tmp_path, check_every=0)
    store.publish("solution", build_index(ids_from(1000, 30), vectors, approximate_from=10))

    loaded = IndexStore(tmp_path).get("solution").index

    _, hits = search(loaded, vectors, k=1)
    assert hits[:, 0].tolist() == list(range(1000, 1030))
    np.testing.assert_allclose(loaded.reconstruct_batch(np.array([1029, 1000])), vectors[[29, 0]])


def test_search_asks_for_at_most_the_vectors_there_are():
    index = build_index(ids_from(0, 3), unit_vectors(3), approximate_from=100)

    _, hits = search(index, unit_vectors(1, seed=9), k=10)

    assert hits.shape == (1, 3)
    assert sorted(hits[0].tolist()) == [0, 1, 2]


def test_searching_an_empty_index_gives_rows_of_empty_slots():
    index = build_index(ids_from(0, 0), np.zeros((0, DIMENSION), np.float32))

    scores, hits = search(index, unit_vectors(2), k=10)

    assert (scores.shape, hits.shape) == ((2, 10), (2, 10))
    assert hits.dtype == np.int64
    assert set(hits.ravel().tolist()) == {-1}


def test_the_stored_vector_of_an_id_can_be_read_back():
    vectors = unit_vectors(4)
    index = build_index(ids_from(500, 4), vectors)

    np.testing.assert_array_equal(index.reconstruct_batch(np.array([502, 500])), vectors[[2, 0]])


# IndexStore


def test_publish_writes_versions_and_keeps_only_the_current_and_previous(tmp_path):
    store = IndexStore(tmp_path, check_every=0)

    versions = [
        store.publish("solution", build_index(ids_from(0, n), unit_vectors(n))) for n in (2, 3, 4)
    ]

    assert versions == [1, 2, 3]
    assert sorted(p.name for p in tmp_path.glob("solution.*")) == [
        "solution.json",
        "solution.v2.faiss",
        "solution.v2.npz",
        "solution.v3.faiss",
        "solution.v3.npz",
    ]
    assert store.current_version("solution") == 3
    assert store.get("solution").index.ntotal == 4


def test_kinds_are_versioned_separately(tmp_path):
    store = IndexStore(tmp_path, check_every=0)

    store.publish("solution", build_index(ids_from(0, 2), unit_vectors(2)))
    store.publish("solution", build_index(ids_from(0, 2), unit_vectors(2)))
    challenge_version = store.publish("challenge", build_index(ids_from(0, 1), unit_vectors(1)))

    assert (store.current_version("solution"), challenge_version) == (2, 1)


def test_a_second_store_on_the_same_directory_follows_a_new_version(tmp_path):
    writer = IndexStore(tmp_path, check_every=0)
    reader = IndexStore(tmp_path, check_every=0)
    writer.publish("solution", build_index(ids_from(0, 2), unit_vectors(2)))
    first = reader.get("solution")

    writer.publish("solution", build_index(ids_from(0, 5), unit_vectors(5)))
    second = reader.get("solution")

    assert (first.version, first.index.ntotal) == (1, 2)
    assert (second.version, second.index.ntotal) == (2, 5)


def test_a_store_checks_for_new_versions_only_every_check_every_seconds(tmp_path):
    writer = IndexStore(tmp_path, check_every=0)
    reader = IndexStore(tmp_path, check_every=3600)
    writer.publish("solution", build_index(ids_from(0, 2), unit_vectors(2)))
    assert reader.get("solution").version == 1

    writer.publish("solution", build_index(ids_from(0, 5), unit_vectors(5)))

    assert reader.get("solution").version == 1
    reader.forget("solution")
    assert reader.get("solution").version == 2


def test_an_unchanged_version_is_not_read_again(tmp_path):
    store = IndexStore(tmp_path, check_every=0)
    store.publish("solution", build_index(ids_from(0, 2), unit_vectors(2)))

    assert store.get("solution") is store.get("solution")


def test_a_corrupt_index_file_raises_index_unavailable(tmp_path):
    IndexStore(tmp_path).publish("solution", build_index(ids_from(0, 2), unit_vectors(2)))
    (tmp_path / "solution.v1.faiss").write_bytes(b"not a faiss index" * 10)

    with pytest.raises(IndexUnavailable, match=r"The index file for solution is unreadable\."):
        IndexStore(tmp_path).get("solution")


def test_a_truncated_index_file_raises_index_unavailable(tmp_path):
    IndexStore(tmp_path).publish("solution", build_index(ids_from(0, 50), unit_vectors(50)))
    path = tmp_path / "solution.v1.faiss"
    path.write_bytes(path.read_bytes()[:1000])

    with pytest.raises(IndexUnavailable, match="unreadable"):
        IndexStore(tmp_path).get("solution")


def test_a_missing_pointer_raises_index_unavailable(tmp_path):
    with pytest.raises(IndexUnavailable, match=r"No index has been built for solution\."):
        IndexStore(tmp_path).get("solution")


def test_a_deleted_or_garbled_pointer_raises_index_unavailable(tmp_path):
    store = IndexStore(tmp_path, check_every=0)
    store.publish("solution", build_index(ids_from(0, 2), unit_vectors(2)))

    (tmp_path / "solution.json").write_text("{not json")
    with pytest.raises(IndexUnavailable, match="No index has been built"):
        IndexStore(tmp_path).get("solution")
    (tmp_path / "solution.json").unlink()
    with pytest.raises(IndexUnavailable, match="No index has been built"):
        store.get("solution")


def test_a_pointer_to_a_deleted_file_raises_index_unavailable(tmp_path):
    IndexStore(tmp_path).publish("solution", build_index(ids_from(0, 2), unit_vectors(2)))
    (tmp_path / "solution.v1.faiss").unlink()

    with pytest.raises(IndexUnavailable, match="unreadable"):
        IndexStore(tmp_path).get("solution")


READER = """
import sys
from matching.index import IndexStore

store = IndexStore(sys.argv[1], check_every=0)
for _ in sys.stdin:
    loaded = store.get("solution")
    print(loaded.version, loaded.index.ntotal, flush=True)
"""


def test_another_os_process_sees_the_version_the_parent_publishes(tmp_path):
    parent = IndexStore(tmp_path, check_every=0)
    parent.publish("solution", build_index(ids_from(0, 2), unit_vectors(2)))
    child = subprocess.Popen(  # noqa: S603 - our own interpreter running our own code
        [sys.executable, "-c", READER, str(tmp_path)],
        cwd=PROJECT_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:

        def child_sees() -> str:
            child.stdin.write("get\n")
            child.stdin.flush()
            return child.stdout.readline().strip()

        before = child_sees()
        parent.publish("solution", build_index(ids_from(0, 7), unit_vectors(7)))
        after = child_sees()
    finally:
        child.stdin.close()
        child.wait(timeout=30)

    assert child.returncode == 0, child.stderr.read()
    assert before == "1 2"
    assert after == "2 7"
    loaded = parent.get("solution")
    assert (loaded.version, loaded.index.ntotal) == (2, 7)


def test_extras_published_with_a_version_are_read_back_with_it(tmp_path):
    store = IndexStore(tmp_path, check_every=0)
    store.publish("solution", build_index(ids_from(0, 2), unit_vectors(2)), {"ids": np.arange(2)})

    loaded = IndexStore(tmp_path).get("solution")

    assert loaded.extras["ids"].tolist() == [0, 1]


def test_a_corrupt_extras_file_raises_index_unavailable(tmp_path):
    IndexStore(tmp_path).publish("solution", build_index(ids_from(0, 2), unit_vectors(2)))
    (tmp_path / "solution.v1.npz").write_bytes(b"not a zip file")

    with pytest.raises(IndexUnavailable, match="unreadable"):
        IndexStore(tmp_path).get("solution")
