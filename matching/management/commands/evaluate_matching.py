import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from matching import engine
from matching.evaluation import PassageEmbedder, evaluate, load_dataset, prepare, tune

METRICS = ["ndcg@10", "recall@10", "recall@100", "mrr@10"]


class Command(BaseCommand):
    help = "Score BM25, dense and the full ranking on labelled challenge -> solution data."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--solutions", required=True, help="solutions JSONL")
        parser.add_argument("--challenges", required=True, help="challenges JSONL")
        parser.add_argument("--qrels", required=True, help="TSV: query_id, solution_id, grade")
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--tune", action="store_true", help="grid-search the weights")
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
        cache = None if options["no_cache"] else Path(settings.VAR_DIR) / "cache" / "evaluation"
        prepared = prepare(dataset, PassageEmbedder(engine.encoder(), cache))
        if options["tune"]:
            self._print_tuning(tune(prepared))
            return
        results = evaluate(prepared, engine.weights())
        if options["json"]:
            self.stdout.write(json.dumps(results))
        else:
            self._print_table(results, dataset)

    def _print_table(self, results: dict, dataset) -> None:
        self.stdout.write(
            f"{len(dataset.challenges)} challenges, {len(dataset.solutions)} solutions, "
            f"{sum(len(v) for v in dataset.qrels.values())} relevant pairs"
        )
        self.stdout.write(f"{'ranker':8s} " + " ".join(f"{m:>10s}" for m in METRICS))
        for ranker, scores in results.items():
            self.stdout.write(f"{ranker:8s} " + " ".join(f"{scores[m]:10.4f}" for m in METRICS))

    def _print_tuning(self, results) -> None:
        self.stdout.write("dense  lead  lexical " + " ".join(f"{m:>10s}" for m in METRICS))
        for weights, scores in results[:15]:
            self.stdout.write(
                f"{weights.dense:5.2f} {weights.lead:5.2f} {weights.lexical:8.2f} "
                + " ".join(f"{scores[m]:10.4f}" for m in METRICS)
            )
