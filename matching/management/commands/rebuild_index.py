from django.core.management.base import BaseCommand

from matching import engine
from matching.models import DocumentKind


class Command(BaseCommand):
    help = "Rebuild the FAISS index files from the vectors stored in the database."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--kind", choices=DocumentKind.values, help="only this kind")

    def handle(self, *args, **options) -> None:
        for kind in [options["kind"]] if options["kind"] else DocumentKind.values:
            version = engine.rebuild_index(kind)
            self.stdout.write(f"{kind}: index version {version} is live")
