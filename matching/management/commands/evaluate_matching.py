import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from matching import engine
from matching.evaluation import (
    BASELINES,
    KINDS_FILE,
    RANKERS,
    Dataset,
    FeedbackSimulation,
    PassageEmbedder,
    Report,
    fold_split,
    load_dataset,
    prepare,
    report,
    simulate_feedback,
)
from matching.metrics import BOOTSTRAP_RESAMPLES, Comparison

METRICS = ["ndcg@10", "recall@10", "recall@100", "mrr@10"]


class Command(BaseCommand):
    help = "Score BM25, dense and the full ranking on labelled challenge -> solution data."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--solutions", required=True, help="solutions JSONL")
        parser.add_argument("--challenges", required=True, help="challenges JSONL")
        parser.add_argument("--qrels", required=True, help="TSV: query_id, solution_id, grade")
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument(
            "--per-query", action="store_true", help="each query's nDCG@10 for every ranker"
        )
        parser.add_argument(
            "--folds", type=int, metavar="K", help="split the queries into K folds and score each"
        )
        parser.add_argument(
            "--feedback",
            action="store_true",
            help="simulate an organisation's shortlist teaching its ranking (half the judgements"
            " revealed, scored on the other half)",
        )
        parser.add_argument("--no-cache", action="store_true", help="embed without the cache")

    def handle(self, *args, **options) -> None:
        for name in ("solutions", "challenges", "qrels"):
            if not Path(options[name]).is_file():
                raise CommandError(f"--{name}: no such file: {options[name]}")
        try:
            dataset = load_dataset(options["solutions"], options["challenges"], options["qrels"])
        except (ValueError, UnicodeDecodeError) as exc:
            raise CommandError(str(exc)) from exc
        if not dataset.solutions or not dataset.challenges:
            raise CommandError("Both --solutions and --challenges need at least one row.")
        self._warn_about_judgements(dataset)
        folds = options["folds"]
        if folds is not None:
            try:
                fold_split(sorted(dataset.qrels), folds)
            except ValueError as exc:
                raise CommandError(f"--folds: {exc}") from exc
        cache = None if options["no_cache"] else Path(settings.VAR_DIR) / "cache" / "evaluation"
        prepared = prepare(dataset, PassageEmbedder(engine.encoder(), cache))
        result = report(prepared, engine.weights(), folds=folds)
        if options["json"]:
            self.stdout.write(json.dumps(as_json(result, per_query=options["per_query"])))
            return
        self._print_summary(result, dataset)
        if result.per_kind:
            self._print_per_kind(result)
        if options["per_query"]:
            self._print_per_query(result, dataset.kinds)
        if result.folds:
            self._print_folds(result)
        if options["feedback"]:
            self._print_feedback(simulate_feedback(prepared, engine.weights()))

    def _print_feedback(self, simulation: FeedbackSimulation | None) -> None:
        if simulation is None:
            self.stdout.write("feedback: no query has judgements to hold back")
            return
        c = simulation.comparison
        self.stdout.write(
            f"feedback over {simulation.queries} queries (nDCG@10 on the held-back half): "
            f"verdicts hiding cards {simulation.hidden_only:.4f}, shortlist teaching "
            f"{simulation.taught:.4f}; difference {c.difference:+.3f}, "
            f"95% CI [{c.low:+.3f}, {c.high:+.3f}], p={c.p:.3f}"
        )

    def _warn_about_judgements(self, dataset: Dataset) -> None:
        if dataset.skipped_queries:
            self.stderr.write(
                f"--qrels: skipped the judgements of {len(dataset.skipped_queries)} query ids "
                f"that are not in --challenges: {', '.join(dataset.skipped_queries)}"
            )
        if dataset.unknown_solutions:
            self.stderr.write(
                f"--qrels: {len(dataset.unknown_solutions)} judged solution ids are not in "
                f"--solutions (they still count as relevant): "
                f"{', '.join(dataset.unknown_solutions)}"
            )

    def _print_summary(self, result: Report, dataset: Dataset) -> None:
        grades: dict[float, int] = {}
        for judgements in dataset.qrels.values():
            for grade in judgements.values():
                grades[grade] = grades.get(grade, 0) + 1
        by_grade = ""
        if set(grades) != {1.0}:
            by_grade = " (" + ", ".join(f"grade {g:g}: {grades[g]}" for g in sorted(grades)[::-1])
            by_grade += ")"
        self.stdout.write(
            f"{len(dataset.challenges)} challenges, {len(dataset.solutions)} solutions, "
            f"{sum(grades.values())} relevant pairs{by_grade}"
        )
        self.stdout.write(f"{'ranker':8s} " + " ".join(f"{m:>10s}" for m in METRICS))
        for ranker, scores in result.summary.items():
            self.stdout.write(f"{ranker:8s} " + " ".join(f"{scores[m]:10.4f}" for m in METRICS))
        queries = len(result.per_query)
        self.stdout.write(
            f"paired bootstrap over {queries} queries, {BOOTSTRAP_RESAMPLES:,} resamples "
            "(p = share of resamples where full <= baseline):"
        )
        for baseline in BASELINES:
            comparison = result.comparisons[f"full_vs_{baseline}"]
            self.stdout.write(f"full - {baseline}: {describe(comparison)}")

    def _print_per_kind(self, result: Report) -> None:
        self.stdout.write(f"nDCG@10 by kind ({KINDS_FILE}):")
        width = max(len("kind"), *(len(kind) for kind in result.per_kind))
        self.stdout.write(f"{'kind':{width}s} queries " + " ".join(f"{r:>10s}" for r in RANKERS))
        for kind, scores in result.per_kind.items():
            self.stdout.write(
                f"{kind:{width}s} {int(scores['queries']):7d} "
                + " ".join(f"{scores[r]:10.4f}" for r in RANKERS)
            )

    def _print_per_query(self, result: Report, kinds: dict[str, str]) -> None:
        self.stdout.write("nDCG@10 per query:")
        width = max(len("query"), *(len(query) for query in result.per_query))
        kind_column = "  kind" if kinds else ""
        self.stdout.write(
            f"{'query':{width}s} " + " ".join(f"{r:>10s}" for r in RANKERS) + kind_column
        )
        for query, scores in result.per_query.items():
            kind = f"  {kinds.get(query, '')}" if kinds else ""
            self.stdout.write(
                f"{query:{width}s} " + " ".join(f"{scores[r]:10.4f}" for r in RANKERS) + kind
            )

    def _print_folds(self, result: Report) -> None:
        folds = result.folds or []
        self.stdout.write(f"{len(folds)} folds (round-robin over the sorted query ids), nDCG@10:")
        columns = [*RANKERS, "full-best"]
        self.stdout.write("fold   queries " + " ".join(f"{c:>10s}" for c in columns))
        for number, fold in enumerate(folds, start=1):
            figures = [*(fold.ndcg[r] for r in RANKERS), fold.full_minus_best_baseline]
            self.stdout.write(
                f"{number:<6d} {len(fold.queries):7d} " + " ".join(f"{f:10.4f}" for f in figures)
            )
        for name, figures in fold_spread(result).items():
            self.stdout.write(
                f"{name:6s} {'':7s} " + " ".join(f"{figures[c]:10.4f}" for c in columns)
            )
        wins = sum(fold.full_minus_best_baseline > 0 for fold in folds)
        self.stdout.write(f"full beats the better baseline in {wins} of {len(folds)} folds")


def describe(comparison: Comparison) -> str:
    p = "p<0.001" if comparison.p < 0.001 else f"p={comparison.p:.3f}"
    return (
        f"{comparison.difference:+.3f} nDCG@10, "
        f"95% CI [{comparison.low:+.3f}, {comparison.high:+.3f}], {p}"
    )


def fold_spread(result: Report) -> dict[str, dict[str, float]]:
    """Mean, min and max over the folds of each ranker's nDCG@10 and of full - best baseline."""
    folds = result.folds or []
    columns = {r: [fold.ndcg[r] for fold in folds] for r in RANKERS}
    columns["full-best"] = [fold.full_minus_best_baseline for fold in folds]
    return {
        "mean": {c: sum(v) / len(v) for c, v in columns.items()},
        "min": {c: min(v) for c, v in columns.items()},
        "max": {c: max(v) for c, v in columns.items()},
    }


def comparison_json(comparison: Comparison) -> dict:
    return {
        "ndcg@10_diff": round(comparison.difference, 4),
        "ci95": [round(comparison.low, 4), round(comparison.high, 4)],
        "p": round(comparison.p, 4),
    }


def as_json(result: Report, *, per_query: bool) -> dict:
    """`bm25`, `dense` and `full` at the top level, as other tools read them."""
    data: dict = dict(result.summary)
    data["comparisons"] = {
        name: comparison_json(comparison) for name, comparison in result.comparisons.items()
    }
    if result.per_kind:
        data["per_kind"] = {
            kind: {
                name: value if name == "queries" else round(value, 4) for name, value in s.items()
            }
            for kind, s in result.per_kind.items()
        }
    if per_query:
        data["per_query"] = {
            query: {r: round(v, 4) for r, v in scores.items()}
            for query, scores in result.per_query.items()
        }
    if result.folds:
        spread = fold_spread(result)
        data["folds"] = {
            "k": len(result.folds),
            "per_fold": [
                {
                    "queries": list(fold.queries),
                    **{r: round(fold.ndcg[r], 4) for r in RANKERS},
                    "full_minus_best_baseline": round(fold.full_minus_best_baseline, 4),
                }
                for fold in result.folds
            ],
            "spread": {
                ("full_minus_best_baseline" if column == "full-best" else column): {
                    name: round(spread[name][column], 4) for name in spread
                }
                for column in spread["mean"]
            },
        }
    return data
