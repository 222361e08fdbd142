import numpy as np
import pytest

from matching.clustering import Cluster, cluster_documents, default_cluster_count
from matching.engine import encoder

DAMP = [
    "Damp and black mould keep coming back in our tenants' bathrooms and bedrooms.",
    "We need a way to detect condensation and mould growth in homes before it spreads.",
    "Mould on walls and ceilings caused by damp is our biggest repair complaint.",
    "Find early signs of damp, condensation and mould in flats so we can act quickly.",
    "Black mould and damp patches are making residents ill; we want to prevent them.",
    "Sensors that warn when humidity makes mould and damp likely in a property.",
]
ARREARS = [
    "Rent arrears are rising and we want to support tenants before debts grow.",
    "Predict which residents are likely to fall behind on rent payments.",
    "Help tenants struggling to pay their rent avoid arrears and eviction.",
    "We need earlier warning of rent arrears so income officers can offer help.",
    "Reduce the number of households in rent arrears with better money advice.",
    "Spot tenants missing rent payments early and offer them budgeting support.",
]
FIRE_DOORS = [
    "Inspect fire doors in our tower blocks and record defects for fire safety.",
    "Fire doors are propped open or damaged; we need to check them regularly.",
    "Keep track of fire door inspections across all high-rise buildings.",
    "Make sure every flat entrance fire door closes properly and meets fire regulations.",
    "A digital record of fire door checks, self-closers and seals in communal areas.",
    "Broken fire door closers put residents at risk; find them before a fire does.",
]
DAMP_IDS = tuple(range(100, 106))
ARREARS_IDS = tuple(range(200, 206))
FIRE_DOOR_IDS = tuple(range(300, 306))


def embed(texts: list[str]) -> np.ndarray:
    return encoder().encode(texts)


def unit_vectors(count: int, dimension: int = 8, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).standard_normal((count, dimension)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.fixture(scope="module")
def challenge_clusters() -> list[Cluster]:
    texts = DAMP + ARREARS + FIRE_DOORS
    ids = list(DAMP_IDS + ARREARS_IDS + FIRE_DOOR_IDS)
    return cluster_documents(ids, embed(texts), texts)


def cluster_of(clusters: list[Cluster], member_id: int) -> Cluster:
    return next(c for c in clusters if member_id in c.member_ids)


def test_paraphrases_of_one_challenge_share_a_cluster(challenge_clusters):
    memberships = {c.member_ids for c in challenge_clusters}

    assert memberships == {DAMP_IDS, ARREARS_IDS, FIRE_DOOR_IDS}


def test_each_cluster_is_named_by_its_own_words(challenge_clusters):
    damp = cluster_of(challenge_clusters, DAMP_IDS[0])
    arrears = cluster_of(challenge_clusters, ARREARS_IDS[0])
    fire_doors = cluster_of(challenge_clusters, FIRE_DOOR_IDS[0])

    assert "mould" in damp.top_terms
    assert "arrears" in arrears.top_terms
    assert "fire" in fire_doors.top_terms
    assert [len(c.top_terms) for c in challenge_clusters] == [5, 5, 5]
    assert damp.label == " · ".join(damp.top_terms[:3])


def test_centroids_are_unit_vectors_near_their_members(challenge_clusters):
    for cluster in challenge_clusters:
        assert cluster.centroid.shape == (384,)
        assert cluster.centroid.dtype == np.float32
        assert float(np.linalg.norm(cluster.centroid)) == pytest.approx(1.0, abs=1e-5)


def test_clusters_are_sorted_by_size_then_label():
    texts = DAMP + ARREARS[:4] + FIRE_DOORS[:4]
    ids = list(DAMP_IDS + ARREARS_IDS[:4] + FIRE_DOOR_IDS[:4])

    clusters = cluster_documents(ids, embed(texts), texts, k=3)

    assert [len(c.member_ids) for c in clusters] == [6, 4, 4]
    assert clusters[0].member_ids == DAMP_IDS
    assert clusters[1].label < clusters[2].label


def test_member_ids_are_sorted_whatever_the_input_order():
    texts = ["mould in the bathroom", "damp bedroom walls", "condensation on windows"]

    (cluster,) = cluster_documents([9, 3, 5], unit_vectors(3), texts, k=1)

    assert cluster.member_ids == (3, 5, 9)


def test_no_documents_give_no_clusters():
    assert cluster_documents([], np.zeros((0, 384), dtype=np.float32), []) == []


def test_one_document_is_one_cluster():
    vector = unit_vectors(1)

    clusters = cluster_documents([7], vector, ["Black mould in the bathroom"], k=5)

    assert len(clusters) == 1
    assert clusters[0].member_ids == (7,)
    assert clusters[0].top_terms == ("bathroom", "black", "mould")
    assert clusters[0].label == "bathroom · black · mould"
    np.testing.assert_allclose(clusters[0].centroid, vector[0], atol=1e-6)


def test_identical_vectors_form_one_cluster():
    vectors = np.repeat(unit_vectors(1), 10, axis=0)
    texts = ["rent arrears support"] * 10

    clusters = cluster_documents(list(range(10)), vectors, texts, k=4)

    assert [c.member_ids for c in clusters] == [tuple(range(10))]


def test_k_larger_than_the_number_of_documents_gives_one_cluster_each():
    texts = ["damp walls", "rent arrears", "fire doors", "roof leaks"]

    clusters = cluster_documents([1, 2, 3, 4], unit_vectors(4), texts, k=50)

    assert sorted(c.member_ids for c in clusters) == [(1,), (2,), (3,), (4,)]


def test_documents_without_words_get_an_empty_label():
    clusters = cluster_documents([1, 2], unit_vectors(2), ["", "the and of"], k=1)

    assert [(c.label, c.top_terms) for c in clusters] == [("", ())]


def test_the_same_seed_gives_the_same_clusters():
    vectors = unit_vectors(200, dimension=16)
    texts = ["challenge"] * 200

    first = cluster_documents(list(range(200)), vectors, texts, seed=3)
    second = cluster_documents(list(range(200)), vectors, texts, seed=3)

    assert first == second
    assert len(first) == 10


def test_mismatched_inputs_are_refused():
    with pytest.raises(ValueError, match="one entry per document"):
        cluster_documents([1, 2], unit_vectors(1), ["damp"])


@pytest.mark.parametrize(
    ("n_documents", "expected"),
    [(1, 1), (2, 1), (18, 3), (50, 5), (200, 10), (10_000, 71)],
)
def test_default_cluster_count_grows_with_the_square_root(n_documents, expected):
    assert default_cluster_count(n_documents) == expected


def test_labels_skip_numbers_fragments_and_everyday_words():
    texts = [
        "On average 46 homes a year report black mould in the provider's bathrooms.",
        "Every year around 70 homes report black mould and damp after winter.",
        "Rent arrears rise every year for tenants on universal credit.",
        "Arrears cases grow each year; tenants fall behind on rent.",
    ]
    vectors = np.repeat(unit_vectors(2), 2, axis=0)

    clusters = cluster_documents([1, 2, 3, 4], vectors, texts, k=2)

    labels = {c.member_ids: c.label for c in clusters}
    assert labels == {(1, 2): "black · homes · mould", (3, 4): "arrears · rent · tenants"}
