import json
import shlex
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from matching import benchmark, engine, index
from matching.text import passages, terms

DEFAULT_TEXTS = Path(settings.BASE_DIR).parent / "shared/data/matching-bench/solutions.jsonl"


class Command(BaseCommand):
    help = "Measure the encoder, the FAISS indexes and one ranking call on this machine."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--texts", default=str(DEFAULT_TEXTS), help="JSONL with title/text")
        parser.add_argument("--passages", type=int, default=256, help="passages to encode")
        parser.add_argument("--sizes", default="10000,100000,1000000", help="index sizes")
        parser.add_argument("--ranking-sizes", default="100000,1000000")
        parser.add_argument(
            "--search-threads",
            type=int,
            default=index.SEARCH_THREADS,
            help="FAISS threads per search (the product uses 1; see docs/benchmarks.md)",
        )
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, **options) -> None:
        index.SEARCH_THREADS = options["search_threads"]
        sample = self._passages(Path(options["texts"]), options["passages"])
        arguments = " ".join(shlex.quote(argument) for argument in sys.argv[2:])
        self.stdout.write(f"Command: python manage.py bench_matching {arguments}".rstrip())
        encoder = engine.encoder()
        plain = self._plain_model(encoder)
        results = {
            "encoder": benchmark.encoder_throughput(
                encoder.encode,
                lambda texts: plain.encode(
                    texts, normalize_embeddings=True, show_progress_bar=False
                ),
                sample,
            )
        }
        self._line("encoder", results["encoder"])
        seeds = encoder.encode(sample)
        results["index"] = []
        for size in self._sizes(options["sizes"]):
            for figure in benchmark.index_figures(size, seeds):
                results["index"].append(figure.__dict__)
                self._line("index", figure.__dict__)
        query = [encoder.encode(passages(" ".join(sample[i : i + 6]))) for i in range(0, 60, 6)]
        words = sorted({t for text in sample for t in terms(text)})
        results["ranking"] = []
        for size in self._sizes(options["ranking_sizes"]):
            figure = benchmark.ranking_figures(size, seeds, query, " ".join(sample[:6]), words)
            results["ranking"].append(figure)
            self._line("ranking", figure)
        results["peak_memory_mb"] = benchmark.peak_memory_mb()
        self.stdout.write(f"peak memory {results['peak_memory_mb']} MB")
        if options["json"]:
            self.stdout.write(json.dumps(results))

    def _passages(self, path: Path, count: int) -> list[str]:
        if not path.is_file():
            raise CommandError(f"--texts: no such file: {path}")
        found: list[str] = []
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                found.extend(passages(f"{row.get('title', '')}. {row.get('text', '')}"))
                if len(found) >= count:
                    break
        if not found:
            raise CommandError(f"--texts: {path} has no text to encode.")
        return found[:count]

    def _plain_model(self, encoder):
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(str(encoder.model_path), device="cpu", local_files_only=True)

    def _sizes(self, raw: str) -> list[int]:
        try:
            return [int(size) for size in raw.split(",") if size.strip()]
        except ValueError as exc:
            raise CommandError(f"Sizes must be whole numbers separated by commas: {raw}") from exc

    def _line(self, label: str, figures: dict) -> None:
        self.stdout.write(f"{label:8s} " + "  ".join(f"{k}={v}" for k, v in figures.items()))
