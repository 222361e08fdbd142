"""A backup restored into a fresh database holds every row of every table, byte for byte."""

import io
import sqlite3
import uuid
from contextlib import closing, contextmanager
from pathlib import Path

import psycopg
import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from marketplace.accounts.models import User
from marketplace.catalogue.models import Region, Theme
from marketplace.catalogue.taxonomy import REGIONS, THEMES
from marketplace.privacy.backups import BackupError, database_backup, database_restore
from marketplace.privacy.services import account_delete, organisation_export
from marketplace.proposals.models import Comment, PilotProposal, SuccessMetric
from tests.conftest import PASSWORD
from tests.privacy.support import PROPOSAL_COMMENT, provider_history

SQLITE = "django.db.backends.sqlite3"
TESTS_ON_SQLITE = settings.DATABASES["default"]["ENGINE"] == SQLITE
ENGINES = [
    pytest.param(
        "postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(
                TESTS_ON_SQLITE,
                reason="the tests run on SQLite; CI runs this on PostgreSQL (DATABASE_URL)",
            ),
        ],
    ),
    pytest.param(
        "sqlite",
        marks=pytest.mark.skipif(
            not TESTS_ON_SQLITE,
            reason="the tests run on PostgreSQL; this SQLite variant runs on the embedded default",
        ),
    ),
]


@contextmanager
def fresh_database(tmp_path: Path):
    """An empty database beside the test database, as a URL and a settings dict; dropped after."""
    source = connection.settings_dict
    if connection.vendor == "sqlite":
        path = tmp_path / "restored.sqlite3"
        yield f"sqlite:///{path}", {"ENGINE": SQLITE, "NAME": str(path)}
        return
    name = f"launchpad_restore_{uuid.uuid4().hex[:12]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    user, host, port = source["USER"], source["HOST"] or "localhost", source["PORT"] or 5432
    password = f":{source['PASSWORD']}" if source["PASSWORD"] else ""
    try:
        yield f"postgres://{user}{password}@{host}:{port}/{name}", {**source, "NAME": name}
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def open_database(database: dict):
    """A plain DB-API connection, so both sides are read the same way, not through Django."""
    if database["ENGINE"] == SQLITE:
        return closing(sqlite3.connect(database["NAME"]))
    return psycopg.connect(
        dbname=database["NAME"],
        user=database["USER"] or None,
        password=database["PASSWORD"] or None,
        host=database["HOST"] or None,
        port=database["PORT"] or None,
    )


def contents(database: dict) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    with open_database(database) as db:
        if database["ENGINE"] == SQLITE:
            query = (
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        else:
            query = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        tables = sorted(name for (name,) in db.execute(query).fetchall())
        return {t: db.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}  # noqa: S608


def value(database: dict, model, pk: int, column: str):
    with open_database(database) as db:
        table = model._meta.db_table
        return db.execute(f'SELECT "{column}" FROM "{table}" WHERE id = {int(pk)}').fetchone()[0]  # noqa: S608


@pytest.fixture
def taxonomy(transactional_db):
    """Loaded by a data migration, which an earlier transactional test's flush has removed."""
    for position, (slug, name, description) in enumerate(THEMES, start=1):
        Theme.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "position": position}
        )
    for position, (code, name) in enumerate(REGIONS, start=1):
        Region.objects.update_or_create(code=code, defaults={"name": name, "position": position})


@pytest.fixture
def history(
    taxonomy, provider, supplier, provider_owner, provider_member, supplier_member, staff_user
):
    story = provider_history(
        provider=provider, supplier=supplier, owner=provider_owner, member=provider_member,
        supplier_member=supplier_member, staff=staff_user,
    )  # fmt: skip
    organisation_export(user=provider_owner, organisation=provider)
    account_delete(user=supplier_member, password=PASSWORD)
    return story


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("engine", ENGINES)
def test_a_restored_backup_holds_every_row_of_every_table(
    engine, history, supplier_member, tmp_path
):
    assert connection.vendor == engine
    dump = tmp_path / "launchpad.backup"
    out = io.StringIO()

    call_command("backup_database", output=dump, stdout=out)
    with fresh_database(tmp_path) as (url, restored):
        call_command("restore_database", str(dump), database_url=url, stdout=out)

        source, copy = contents(connection.settings_dict), contents(restored)
        proposal = history.proposal
        [metric] = SuccessMetric.objects.filter(proposal=proposal)
        model_tables = {m._meta.db_table for m in apps.get_models(include_auto_created=True)}
        assert sorted(copy) == sorted(source)
        assert model_tables - set(copy) == set()
        assert {t: len(rows) for t, rows in copy.items()} == {
            t: len(rows) for t, rows in source.items()
        }
        assert copy == source
        assert len(copy["proposals_comment"]) == 2
        assert value(restored, Comment, history.proposal_comment.pk, "body") == PROPOSAL_COMMENT
        assert value(restored, PilotProposal, proposal.pk, "title") == proposal.title
        assert value(restored, SuccessMetric, metric.pk, "target") == "10"
        assert value(restored, User, supplier_member.pk, "full_name") == "Former member"
        assert len([row for row in copy["core_auditentry"] if "organisation.export" in row]) == 1
    assert out.getvalue().startswith(f"Backed up {connection.settings_dict['NAME']} to {dump} (")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("engine", ENGINES)
def test_restore_refuses_a_database_that_has_tables_unless_forced(
    engine, taxonomy, provider, tmp_path
):
    assert connection.vendor == engine
    dump = tmp_path / "launchpad.backup"
    call_command("backup_database", output=dump, stdout=io.StringIO())

    with fresh_database(tmp_path) as (url, restored):
        call_command("restore_database", str(dump), database_url=url, stdout=io.StringIO())
        with pytest.raises(
            CommandError, match=r"is not empty\. Restore into a new, empty database"
        ):
            call_command("restore_database", str(dump), database_url=url)
        call_command(
            "restore_database", str(dump), database_url=url, force=True, stdout=io.StringIO()
        )

        assert contents(restored) == contents(connection.settings_dict)


# The SQLite engine on its own, whatever database the tests run on


def sqlite_database(path: Path, rows: list[str]) -> dict:
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
        db.executemany("INSERT INTO note (body) VALUES (?)", [(row,) for row in rows])
        db.commit()
    return {"ENGINE": SQLITE, "NAME": str(path)}


def test_sqlite_backup_restores_into_an_empty_file_and_refuses_a_full_one(tmp_path):
    live = sqlite_database(tmp_path / "live.sqlite3", ["Damp in Byker", "Café — £1,500"])
    elsewhere = sqlite_database(tmp_path / "elsewhere.sqlite3", ["Other data"])
    backup = tmp_path / "live.backup"

    database_backup(database=live, output=backup)
    database_restore(
        database={"ENGINE": SQLITE, "NAME": str(tmp_path / "new.sqlite3")}, dump=backup
    )
    with pytest.raises(BackupError, match="is not empty"):
        database_restore(database=elsewhere, dump=backup)
    untouched = contents(elsewhere)
    database_restore(database=elsewhere, dump=backup, force=True)

    expected = {"note": [(1, "Damp in Byker"), (2, "Café — £1,500")]}
    assert contents({"ENGINE": SQLITE, "NAME": str(tmp_path / "new.sqlite3")}) == expected
    assert untouched == {"note": [(1, "Other data")]}
    assert contents(elsewhere) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "elsewhere.sqlite3", "live.backup", "live.sqlite3", "new.sqlite3",
    ]  # fmt: skip


def test_a_backup_of_one_engine_is_not_restored_into_the_other(tmp_path):
    backup = tmp_path / "live.backup"
    database_backup(database=sqlite_database(tmp_path / "live.sqlite3", ["x"]), output=backup)

    with pytest.raises(CommandError, match="is a sqlite backup; the target database is postgresql"):
        call_command(
            "restore_database", str(backup), database_url="postgres://nobody@127.0.0.1:9/none"
        )


def test_a_file_that_is_not_a_backup_is_refused(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")

    with pytest.raises(CommandError, match="neither a pg_dump custom-format archive nor an SQLite"):
        call_command("restore_database", str(notes), database_url=f"sqlite:///{tmp_path}/x.db")

    assert not (tmp_path / "x.db").exists()


def test_backing_up_a_missing_sqlite_file_fails_without_leaving_a_file(tmp_path):
    missing = {"ENGINE": SQLITE, "NAME": str(tmp_path / "missing.sqlite3")}

    with pytest.raises(BackupError, match="There is no SQLite database file at"):
        database_backup(database=missing, output=tmp_path / "out.backup")

    assert list(tmp_path.iterdir()) == []
