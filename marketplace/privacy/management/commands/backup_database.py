from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from marketplace.privacy.backups import BackupError, database_backup


class Command(BaseCommand):
    help = (
        "Back up the database to one file: pg_dump's custom format on PostgreSQL, a copy of "
        "the database file on SQLite. Restore it with restore_database. See docs/backups.md."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--output", type=Path, required=True, help="the file to write")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="a DATABASES alias")

    def handle(self, *args, output: Path, database: str, **options) -> None:
        settings_dict = connections[database].settings_dict
        try:
            database_backup(database=settings_dict, output=output)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        size = output.stat().st_size
        self.stdout.write(f"Backed up {settings_dict['NAME']} to {output} ({size:,} bytes).")
