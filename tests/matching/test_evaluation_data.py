import json

import pytest

from matching.contracts import Facts
from matching.evaluation import (
    facts_for,
    fold_split,
    load_dataset,
    load_qrels,
)


def write(path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def write_jsonl(path, rows) -> str:
    return write(path, "".join(json.dumps(row) + "\n" for row in rows))


def test_qrels_keep_each_grade_and_leave_out_grade_0(tmp_path):
    path = write(
        tmp_path / "qrels.tsv",
        "query_id\tsolution_id\tgrade\nq1\ta\t2\nq1\tb\t1\nq1\tc\t0\nq2\td\t0\nq3\te\t0.5\n",
    )

    assert load_qrels(path) == {"q1": {"a": 2.0, "b": 1.0}, "q3": {"e": 0.5}}


def test_qrels_without_a_grade_column_judge_every_pair_1(tmp_path):
    path = write(tmp_path / "qrels.tsv", "query_id\tsolution_id\nq1\ta\nq1\tb\n")

    assert load_qrels(path) == {"q1": {"a": 1.0, "b": 1.0}}


@pytest.mark.parametrize(
    ("grade", "reason"),
    [
        ("", "the grade '' is not a number"),
        ("two", "the grade 'two' is not a number"),
        ("-1", "the grade '-1' is not a number of 0 or more"),
        ("nan", "the grade 'nan' is not a number of 0 or more"),
    ],
)
def test_a_bad_grade_names_the_file_and_line(tmp_path, grade, reason):
    path = write(
        tmp_path / "qrels.tsv", f"query_id\tsolution_id\tgrade\nq1\ta\t1\nq1\tb\t{grade}\n"
    )

    with pytest.raises(ValueError, match=rf"qrels\.tsv, line 3: {reason}\.$"):
        load_qrels(path)


def test_a_pair_judged_twice_names_the_line(tmp_path):
    path = write(tmp_path / "qrels.tsv", "query_id\tsolution_id\tgrade\nq1\ta\t1\nq1\ta\t2\n")

    with pytest.raises(ValueError, match=r"qrels\.tsv, line 3: judges q1 -> a a second time\.$"):
        load_qrels(path)


def test_facts_come_from_the_structured_fields_of_a_row():
    solution = {
        "id": "sol-a",
        "themes": ["damp-mould-condensation"],
        "regions": ["TLC", "TLD"],
        "maturity": "at_scale",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 2800,
        "certifications": ["iso_9001"],
    }
    challenge = {"id": "hd-01", "themes": ["building-fire-safety"], "regions": ["TLJ"]}

    assert facts_for(solution, "solution") == Facts(
        side="solution",
        themes=frozenset({"damp-mould-condensation"}),
        regions=frozenset({"TLC", "TLD"}),
        price_pence=2800,
        pricing_model="per_home_per_year",
        maturity="at_scale",
    )
    assert facts_for(challenge, "challenge") == Facts(
        side="challenge",
        themes=frozenset({"building-fire-safety"}),
        regions=frozenset({"TLJ"}),
    )


def test_a_row_without_structured_fields_has_default_facts():
    assert facts_for({"id": "x", "title": "t", "text": "words"}, "solution") == Facts(
        side="solution"
    )


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("themes", "damp", "themes must be a list of strings"),
        ("regions", [1, 2], "regions must be a list of strings"),
        ("indicative_price_pence", "£28", "indicative_price_pence must be a whole number"),
        ("indicative_price_pence", 28.5, "indicative_price_pence must be a whole number"),
        ("maturity", 3, "maturity must be a string"),
    ],
)
def test_a_malformed_fact_names_the_file_and_row(tmp_path, field, value, reason):
    solutions = write_jsonl(tmp_path / "solutions.jsonl", [{"id": "s1", field: value}])
    challenges = write_jsonl(tmp_path / "challenges.jsonl", [{"id": "q1"}])
    qrels = write(tmp_path / "qrels.tsv", "query_id\tsolution_id\tgrade\nq1\ts1\t1\n")

    with pytest.raises(ValueError, match=rf"solutions\.jsonl, row s1: {reason}"):
        load_dataset(solutions, challenges, qrels)


def test_the_dataset_skips_judgements_of_unknown_queries_and_reads_the_kinds(tmp_path):
    solutions = write_jsonl(
        tmp_path / "solutions.jsonl", [{"id": "s1", "themes": ["heat"]}, {"id": "s2"}]
    )
    challenges = write_jsonl(tmp_path / "challenges.jsonl", [{"id": "q1"}, {"id": "q2"}])
    qrels = write(
        tmp_path / "qrels.tsv",
        "query_id\tsolution_id\tgrade\nq1\ts1\t2\nq2\ts9\t1\nq7\ts1\t1\nq8\ts2\t1\n",
    )
    write(tmp_path / "kinds.json", json.dumps({"q1": "standard", "q2": "vocabulary gap"}))

    dataset = load_dataset(solutions, challenges, qrels)

    assert dataset.qrels == {"q1": {"s1": 2.0}, "q2": {"s9": 1.0}}
    assert dataset.skipped_queries == ["q7", "q8"]
    assert dataset.unknown_solutions == ["s9"]
    assert dataset.kinds == {"q1": "standard", "q2": "vocabulary gap"}
    assert dataset.solution_facts == [
        Facts(side="solution", themes=frozenset({"heat"})),
        Facts(side="solution"),
    ]
    assert dataset.challenge_facts == [Facts(side="challenge"), Facts(side="challenge")]


@pytest.mark.parametrize("text", ['{"q1": 1}', '["q1"]', "{oops"])
def test_a_malformed_kinds_file_names_the_file(tmp_path, text):
    solutions = write_jsonl(tmp_path / "solutions.jsonl", [{"id": "s1"}])
    challenges = write_jsonl(tmp_path / "challenges.jsonl", [{"id": "q1"}])
    qrels = write(tmp_path / "qrels.tsv", "query_id\tsolution_id\tgrade\nq1\ts1\t1\n")
    write(tmp_path / "kinds.json", text)

    with pytest.raises(ValueError, match=r"kinds\.json: "):
        load_dataset(solutions, challenges, qrels)


def test_folds_deal_the_sorted_query_ids_round_robin():
    assert fold_split(["q5", "q3", "q1", "q2", "q4"], 2) == [("q1", "q3", "q5"), ("q2", "q4")]
    assert fold_split(["b", "a", "c"], 3) == [("a",), ("b",), ("c",)]


@pytest.mark.parametrize(
    ("k", "reason"),
    [(1, "needs at least 2 folds, not 1"), (4, "4 folds need at least 4 judged queries")],
)
def test_folds_need_at_least_two_and_no_more_than_the_queries(k, reason):
    with pytest.raises(ValueError, match=reason):
        fold_split(["q1", "q2", "q3"], k)
