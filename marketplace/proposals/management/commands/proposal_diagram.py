from django.core.management.base import BaseCommand, CommandError

from marketplace.cohorts import diagram as cohort_diagram
from marketplace.proposals import diagram as proposal_diagram

# Each page and what draws it: the proposal and interest machines, and the cohort's.
PAGES = (proposal_diagram, cohort_diagram)


class Command(BaseCommand):
    help = (
        "Write docs/proposals.md (proposals and interests) and docs/cohorts.md (supplier "
        "places and pairings), the state machines, from the tables."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--check", action="store_true", help="Fail if a committed page is out of date."
        )

    def handle(self, *args, check: bool = False, **options) -> None:
        for drawn in PAGES:
            path, page = drawn.docs_path(), drawn.docs_page()
            if check:
                if not path.exists() or path.read_text() != page:
                    raise CommandError(f"{path} is out of date: run manage.py proposal_diagram.")
                continue
            path.write_text(page)
            self.stdout.write(f"Wrote {path}")
