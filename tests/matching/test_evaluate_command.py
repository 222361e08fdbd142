import io
import json
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.matching.support import count_encodes

METRICS = ["ndcg@10", "recall@10", "recall@100", "mrr@10"]

SOLUTIONS = [
    {"id": i, "title": title, "text": text}
    for i, title, text in [
        ("s1", "Humidity sensors", "Sensors find damp and mould in homes early."),
        ("s2", "Payroll software", "Pay staff, holidays and pensions monthly."),
        ("s3", "Roof repairs", "Fix leaking roofs and blocked gutters fast."),
        ("s4", "Heat pumps", "Replace gas boilers with air source heat pumps."),
        ("s5", "Tenant app", "Residents book repairs from their phone."),
        ("s6", "Fire doors", "Inspect and certify fire doors in tower blocks."),
    ]
]
CHALLENGES = [
    {"id": "c1", "title": "Damp and mould", "text": "Find damp and mould before it spreads."},
    {"id": "c2", "title": "Low carbon heating", "text": "Replace old gas boilers with heat pumps."},
]
QRELS = "query_id\tsolution_id\tgrade\nc1\ts1\t1\nc2\ts4\t1\nc2\ts2\t0\n"


def write_jsonl(path, rows) -> str:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


@pytest.fixture
def dataset(tmp_path) -> dict[str, str]:
    qrels = tmp_path / "qrels.tsv"
    qrels.write_text(QRELS, encoding="utf-8")
    return {
        "solutions": write_jsonl(tmp_path / "solutions.jsonl", SOLUTIONS),
        "challenges": write_jsonl(tmp_path / "challenges.jsonl", CHALLENGES),
        "qrels": str(qrels),
    }


def evaluate(dataset: dict[str, str], *extra: str) -> str:
    out = io.StringIO()
    call_command(
        "evaluate_matching",
        "--solutions",
        dataset["solutions"],
        "--challenges",
        dataset["challenges"],
        "--qrels",
        dataset["qrels"],
        *extra,
        stdout=out,
    )
    return out.getvalue()


def test_json_output_scores_each_ranker_and_finds_the_obvious_match(dataset, settings, tmp_path):
    settings.VAR_DIR = tmp_path / "var"

    results = json.loads(evaluate(dataset, "--json", "--no-cache"))

    assert list(results) == ["bm25", "dense", "full"]
    for ranker, scores in results.items():
        assert list(scores) == METRICS, ranker
        assert all(0 <= scores[name] <= 1 for name in METRICS), ranker
    assert results["full"] == {"ndcg@10": 1.0, "recall@10": 1.0, "recall@100": 1.0, "mrr@10": 1.0}
    assert results["dense"]["mrr@10"] == 1.0
    assert results["bm25"]["mrr@10"] == 1.0
    assert not (tmp_path / "var").exists()


def test_table_output_counts_the_data(dataset):
    lines = evaluate(dataset, "--no-cache").splitlines()

    assert lines[0] == "2 challenges, 6 solutions, 2 relevant pairs"
    assert lines[1].split() == ["ranker", *METRICS]
    assert [line.split()[0] for line in lines[2:]] == ["bm25", "dense", "full"]
    assert lines[4].split()[1:] == ["1.0000", "1.0000", "1.0000", "1.0000"]


def test_a_second_run_reads_the_vectors_from_the_cache(dataset, settings, tmp_path, monkeypatch):
    settings.VAR_DIR = tmp_path / "var"
    encodes = count_encodes(monkeypatch)

    first = evaluate(dataset, "--json")
    second = evaluate(dataset, "--json")

    assert encodes.calls == [6, 2]
    assert second == first
    assert len(list((tmp_path / "var" / "cache" / "evaluation").glob("*.npy"))) == 2


@pytest.mark.parametrize("option", ["solutions", "challenges", "qrels"])
def test_a_missing_file_is_a_command_error_naming_the_option(dataset, tmp_path, option):
    missing = str(tmp_path / "nowhere.jsonl")

    with pytest.raises(CommandError, match=f"^--{option}: no such file: {re.escape(missing)}$"):
        evaluate({**dataset, option: missing}, "--json", "--no-cache")


def test_a_malformed_jsonl_line_is_a_command_error_naming_the_line(dataset, tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text(
        json.dumps(SOLUTIONS[0]) + "\n\n" + '{"id": "s2", "title": "oops"\n', encoding="utf-8"
    )

    with pytest.raises(CommandError, match=r"broken\.jsonl, line 3: not valid JSON"):
        evaluate({**dataset, "solutions": str(path)}, "--json", "--no-cache")


@pytest.mark.parametrize("line", ['{"title": "no id"}', '["s1", "a list"]', '"text"'])
def test_a_jsonl_line_that_is_not_an_object_with_an_id_is_a_command_error(dataset, tmp_path, line):
    path = tmp_path / "challenges.jsonl"
    path.write_text(json.dumps(CHALLENGES[0]) + "\n" + line + "\n", encoding="utf-8")

    with pytest.raises(CommandError, match=r"line 2: each line needs an object with an id\.$"):
        evaluate({**dataset, "challenges": str(path)}, "--json", "--no-cache")


def test_qrels_without_the_header_columns_is_a_command_error(dataset, tmp_path):
    path = tmp_path / "qrels.tsv"
    path.write_text("c1\ts1\t1\nc2\ts4\t1\n", encoding="utf-8")

    with pytest.raises(
        CommandError, match=r"qrels\.tsv: the header needs the columns query_id, solution_id\.$"
    ):
        evaluate({**dataset, "qrels": str(path)}, "--json", "--no-cache")


def test_qrels_with_a_grade_that_is_not_a_number_is_a_command_error(dataset, tmp_path):
    path = tmp_path / "qrels.tsv"
    path.write_text("query_id\tsolution_id\tgrade\nc1\ts1\thigh\n", encoding="utf-8")

    with pytest.raises(CommandError):
        evaluate({**dataset, "qrels": str(path)}, "--json", "--no-cache")


def test_an_empty_solutions_file_is_a_command_error(dataset, tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n", encoding="utf-8")

    with pytest.raises(
        CommandError, match=r"^Both --solutions and --challenges need at least one row\.$"
    ):
        evaluate({**dataset, "solutions": str(path)}, "--json", "--no-cache")


def test_a_file_that_is_not_utf8_is_a_command_error(dataset, tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes('{"id": "s1", "title": "Caf\u00e9"}\n'.encode("latin-1"))

    with pytest.raises(CommandError):
        evaluate({**dataset, "solutions": str(path)}, "--json", "--no-cache")
