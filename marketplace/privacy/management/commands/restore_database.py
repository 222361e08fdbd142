from pathlib import Path

import dj_database_url
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from marketplace.privacy.backups import BackupError, database_restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by backup_database, into an empty database: this project's "
        "own, or the one --database-url names. See docs/backups.md."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", type=Path, help="the backup file")
        parser.add_argument(
            "--database-url",
            help="the database to restore into, e.g. postgres://user@host:5432/launchpad_restored"
            " (default: the project's DATABASE_URL)",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="restore even though the database already has tables, replacing them",
        )

    def handle(self, *args, path: Path, database_url: str | None, force: bool, **options):
        if database_url:
            target = dj_database_url.parse(database_url)
        else:
            target = connections[DEFAULT_DB_ALIAS].settings_dict
            connections[DEFAULT_DB_ALIAS].close()
        try:
            database_restore(database=target, dump=path, force=force)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Restored {path} into {target['NAME']}. Next: `manage.py migrate` (a no-op unless "
            "the code is newer than the backup) and `manage.py rebuild_index`."
        )
