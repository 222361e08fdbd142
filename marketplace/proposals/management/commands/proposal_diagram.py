from django.core.management.base import BaseCommand, CommandError

from marketplace.proposals.diagram import docs_page, docs_path


class Command(BaseCommand):
    help = "Write docs/proposals.md (the proposal and interest state machines) from the tables."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--check", action="store_true", help="Fail if the committed page is out of date."
        )

    def handle(self, *args, check: bool = False, **options) -> None:
        path, page = docs_path(), docs_page()
        if check:
            if not path.exists() or path.read_text() != page:
                raise CommandError(f"{path} is out of date: run manage.py proposal_diagram.")
            return
        path.write_text(page)
        self.stdout.write(f"Wrote {path}")
