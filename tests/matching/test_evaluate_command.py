import io
import json
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from matching import evaluation
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

    assert list(results)[:3] == ["bm25", "dense", "full"]
    assert list(results) == ["bm25", "dense", "full", "comparisons"]
    for ranker in ["bm25", "dense", "full"]:
        scores = results[ranker]
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
    assert [line.split()[0] for line in lines[2:5]] == ["bm25", "dense", "full"]
    assert lines[4].split()[1:] == ["1.0000", "1.0000", "1.0000", "1.0000"]
    assert lines[5].startswith("paired bootstrap over 2 queries, 10,000 resamples")
    assert [line.split(":")[0] for line in lines[6:]] == ["full - bm25", "full - dense"]


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


def test_qrels_with_a_grade_that_is_not_a_number_is_a_command_error_naming_the_line(
    dataset, tmp_path
):
    path = tmp_path / "qrels.tsv"
    path.write_text("query_id\tsolution_id\tgrade\nc1\ts1\t1\nc2\ts4\thigh\n", encoding="utf-8")

    with pytest.raises(
        CommandError, match=r"qrels\.tsv, line 3: the grade 'high' is not a number\.$"
    ):
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


GRADED_CHALLENGES = [
    *CHALLENGES,
    {
        "id": "c3",
        "title": "Fire safety",
        "text": "Check the fire doors in our tower blocks.",
        "themes": ["building-fire-safety"],
        "regions": ["TLJ"],
    },
    {"id": "c4", "title": "Repairs", "text": "Residents want to book repairs on their phone."},
]
GRADED_QRELS = (
    "query_id\tsolution_id\tgrade\n"
    "c1\ts1\t2\nc1\ts3\t1\nc2\ts4\t2\nc3\ts6\t2\nc4\ts5\t2\nc4\ts3\t1\nc4\ts2\t0\n"
)
KINDS = {"c1": "standard", "c2": "standard", "c3": "vocabulary gap", "c4": "vocabulary gap"}


@pytest.fixture
def graded(tmp_path) -> dict[str, str]:
    qrels = tmp_path / "graded" / "qrels.tsv"
    qrels.parent.mkdir()
    qrels.write_text(GRADED_QRELS, encoding="utf-8")
    (qrels.parent / "kinds.json").write_text(json.dumps(KINDS), encoding="utf-8")
    solutions = [
        {**row, "themes": ["building-fire-safety"], "maturity": "deployed"}
        if row["id"] == "s6"
        else row
        for row in SOLUTIONS
    ]
    return {
        "solutions": write_jsonl(tmp_path / "solutions.jsonl", solutions),
        "challenges": write_jsonl(tmp_path / "challenges.jsonl", GRADED_CHALLENGES),
        "qrels": str(qrels),
    }


def test_json_keeps_the_ranker_keys_and_adds_the_noise_checks(graded):
    results = json.loads(evaluate(graded, "--json", "--no-cache", "--per-query", "--folds", "2"))

    assert list(results) == [
        "bm25",
        "dense",
        "full",
        "comparisons",
        "per_kind",
        "per_query",
        "folds",
    ]
    for ranker in ["bm25", "dense", "full"]:
        assert list(results[ranker]) == METRICS
    assert list(results["comparisons"]) == ["full_vs_bm25", "full_vs_dense"]
    for comparison in results["comparisons"].values():
        assert list(comparison) == ["ndcg@10_diff", "ci95", "p"]
        low, high = comparison["ci95"]
        assert low <= comparison["ndcg@10_diff"] <= high
        assert 0 <= comparison["p"] <= 1
    per_query = results["per_query"]
    assert list(per_query) == ["c1", "c2", "c3", "c4"]
    assert all(list(scores) == ["bm25", "dense", "full"] for scores in per_query.values())
    for ranker in ["bm25", "dense", "full"]:
        mean = sum(scores[ranker] for scores in per_query.values()) / 4
        assert results[ranker]["ndcg@10"] == pytest.approx(mean, abs=2e-4)
    assert list(results["per_kind"]) == ["standard", "vocabulary gap"]
    assert results["per_kind"]["standard"]["queries"] == 2
    assert results["per_kind"]["standard"]["full"] == pytest.approx(
        (per_query["c1"]["full"] + per_query["c2"]["full"]) / 2, abs=2e-4
    )


def test_folds_report_each_folds_figures_and_their_spread(graded):
    results = json.loads(evaluate(graded, "--json", "--no-cache", "--per-query", "--folds", "2"))

    folds = results["folds"]
    per_query = results["per_query"]
    assert folds["k"] == 2
    assert [fold["queries"] for fold in folds["per_fold"]] == [["c1", "c3"], ["c2", "c4"]]
    for fold in folds["per_fold"]:
        for ranker in ["bm25", "dense", "full"]:
            mean = sum(per_query[q][ranker] for q in fold["queries"]) / 2
            assert fold[ranker] == pytest.approx(mean, abs=2e-4)
        best = max(fold["bm25"], fold["dense"])
        assert fold["full_minus_best_baseline"] == pytest.approx(fold["full"] - best, abs=2e-4)
    assert list(folds["spread"]) == ["bm25", "dense", "full", "full_minus_best_baseline"]
    full = [fold["full"] for fold in folds["per_fold"]]
    assert folds["spread"]["full"] == {
        "mean": pytest.approx(sum(full) / 2, abs=2e-4),
        "min": min(full),
        "max": max(full),
    }


def test_the_table_shows_grades_bootstrap_kinds_per_query_rows_and_folds(graded):
    lines = evaluate(graded, "--no-cache", "--per-query", "--folds", "2").splitlines()

    assert lines[0] == "4 challenges, 6 solutions, 6 relevant pairs (grade 2: 4, grade 1: 2)"
    assert lines[5] == (
        "paired bootstrap over 4 queries, 10,000 resamples "
        "(p = share of resamples where full <= baseline):"
    )
    assert re.fullmatch(
        r"full - bm25: [+-]\d\.\d{3} nDCG@10, 95% CI \[[+-]\d\.\d{3}, [+-]\d\.\d{3}\], "
        r"p(=\d\.\d{3}|<0\.001)",
        lines[6],
    )
    kinds = lines.index("nDCG@10 by kind (kinds.json):")
    assert [line.split()[-4] for line in lines[kinds + 2 : kinds + 4]] == ["2", "2"]
    start = lines.index("nDCG@10 per query:")
    assert lines[start + 1].split() == ["query", "bm25", "dense", "full", "kind"]
    rows = lines[start + 2 : start + 6]
    assert [row.split()[0] for row in rows] == ["c1", "c2", "c3", "c4"]
    assert rows[2].endswith("  vocabulary gap")
    folds = lines.index("2 folds (round-robin over the sorted query ids), nDCG@10:")
    assert lines[folds + 1].split() == ["fold", "queries", "bm25", "dense", "full", "full-best"]
    assert [line.split()[0] for line in lines[folds + 2 : folds + 7]] == [
        "1",
        "2",
        "mean",
        "min",
        "max",
    ]
    assert lines[folds + 7].startswith("full beats the better baseline in ")


def test_the_full_ranking_gets_the_structured_facts_of_both_sides(graded, monkeypatch):
    seen = []
    real_rank = evaluation.rank

    def spy(corpus, query_passages, query_text, query_facts=None, weights=None, **options):
        seen.append((query_facts, corpus.facts))
        return real_rank(corpus, query_passages, query_text, query_facts, weights, **options)

    monkeypatch.setattr(evaluation, "rank", spy)

    evaluate(graded, "--json", "--no-cache")

    query_facts, solution_facts = seen[2]
    assert query_facts.side == "challenge"
    assert query_facts.themes == frozenset({"building-fire-safety"})
    assert query_facts.regions == frozenset({"TLJ"})
    assert solution_facts[5].themes == frozenset({"building-fire-safety"})
    assert solution_facts[5].maturity == "deployed"
    assert solution_facts[0].side == "solution"
    assert not solution_facts[0].themes


def test_qrels_of_unknown_queries_are_warned_about_and_skipped(dataset, tmp_path):
    path = tmp_path / "qrels.tsv"
    path.write_text(QRELS + "c9\ts1\t1\nc8\ts2\t2\n", encoding="utf-8")
    err = io.StringIO()

    call_command(
        "evaluate_matching",
        "--solutions",
        dataset["solutions"],
        "--challenges",
        dataset["challenges"],
        "--qrels",
        str(path),
        "--no-cache",
        stdout=io.StringIO(),
        stderr=err,
    )

    assert err.getvalue() == (
        "--qrels: skipped the judgements of 2 query ids that are not in --challenges: c8, c9\n"
    )


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--folds", "1"], "--folds: needs at least 2 folds, not 1."),
        (["--folds", "3"], "--folds: 3 folds need at least 3 judged queries; there are 2."),
    ],
)
def test_folds_that_the_queries_cannot_fill_are_a_command_error(dataset, extra, message):
    with pytest.raises(CommandError, match=f"^{re.escape(message)}$"):
        evaluate(dataset, "--json", "--no-cache", *extra)


def test_feedback_simulation_reveals_half_the_judgements_and_scores_the_rest(tmp_path):
    monitors = {"id": "s7", "title": "Damp monitors", "text": "Monitors warn of damp and mould."}
    qrels = tmp_path / "qrels.tsv"
    # c1 has two relevant solutions: s1 is revealed as shortlisted, s7 is held back;
    # c2 has one, held back with nothing revealed.
    qrels.write_text("query_id\tsolution_id\tgrade\nc1\ts1\t1\nc1\ts7\t1\nc2\ts4\t1\n")
    files = {
        "solutions": write_jsonl(tmp_path / "solutions.jsonl", [*SOLUTIONS, monitors]),
        "challenges": write_jsonl(tmp_path / "challenges.jsonl", CHALLENGES),
        "qrels": str(qrels),
    }

    line = evaluate(files, "--feedback").strip().splitlines()[-1]

    found = re.fullmatch(
        r"feedback over 2 queries \(nDCG@10 on the held-back half\): verdicts hiding cards "
        r"(\d\.\d{4}), shortlist teaching (\d\.\d{4}); difference .*",
        line,
    )
    assert found, line
    # The held-back monitors are the best of what is left once s1 is judged.
    assert float(found.group(1)) == 1.0
