import csv

from django.core.management.base import BaseCommand

from marketplace.matchmaking.matches import feedback_export_rows

COLUMNS = ["challenge_id", "challenge", "solution_id", "solution", "organisation", "verdict",
           "reason", "score", "judged_at"]  # fmt: skip


class Command(BaseCommand):
    help = "Write every shortlist/dismiss/not-relevant judgement as CSV, for tuning the matcher."

    def handle(self, *args, **options) -> None:
        writer = csv.DictWriter(self.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in feedback_export_rows():
            writer.writerow(row)
