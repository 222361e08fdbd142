import json
from dataclasses import asdict
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from marketplace.matchmaking.scale import ScaleError, load_users, scale_solutions


class Command(BaseCommand):
    help = (
        "Scale the catalogue to --solutions published solutions (copies of embedded ones) and "
        "write a load plan: --users signed-in provider members and their challenges."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--solutions", type=int, default=10_000)
        parser.add_argument("--users", type=int, default=64)
        parser.add_argument("--plan", type=Path, required=True, help="JSON file to write.")

    def handle(self, *args, solutions: int, users: int, plan: Path, **options) -> None:
        if solutions < 1 or users < 1:
            raise CommandError("--solutions and --users must be at least 1.")
        try:
            added = scale_solutions(solutions)
            with transaction.atomic():
                people = load_users(users)
        except ScaleError as error:
            raise CommandError(str(error)) from error
        plan.parent.mkdir(parents=True, exist_ok=True)
        plan.write_text(json.dumps({"users": [asdict(person) for person in people]}))
        plan.chmod(0o600)
        self.stdout.write(f"Added {added} load solutions; plan for {users} users in {plan}.")
