"""On labelled housing data, with the real model, the full ranking never falls below BM25."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command

DATA = Path(__file__).parent / "data" / "housing-dev"


@pytest.fixture(scope="module")
def figures(tmp_path_factory, django_db_blocker) -> dict:
    output = tmp_path_factory.mktemp("evaluation") / "figures.json"
    with django_db_blocker.unblock(), open(output, "w") as handle:
        call_command(
            "evaluate_matching",
            solutions=str(DATA / "solutions.jsonl"),
            challenges=str(DATA / "challenges.jsonl"),
            qrels=str(DATA / "qrels.tsv"),
            json=True,
            no_cache=True,
            stdout=handle,
        )
    return json.loads(output.read_text())


def test_the_full_ranking_is_not_below_bm25_alone(figures):
    assert figures["full"]["ndcg@10"] >= figures["bm25"]["ndcg@10"]
    assert figures["full"]["recall@100"] >= figures["bm25"]["recall@100"]


def test_the_full_ranking_is_well_ahead_of_the_model_alone(figures):
    assert figures["full"]["ndcg@10"] >= figures["dense"]["ndcg@10"] + 0.1
