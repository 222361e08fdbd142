"""Back up and restore the database: pg_dump/pg_restore on PostgreSQL, SQLite's backup API.

`database` is a Django DATABASES entry (ENGINE, NAME, USER, PASSWORD, HOST, PORT, OPTIONS).
See docs/backups.md for the procedure around these.
"""

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path
from typing import Any

import psycopg

POSTGRESQL, SQLITE = "postgresql", "sqlite"
# The first bytes of a pg_dump custom-format archive and of an SQLite database file.
MAGIC = {POSTGRESQL: b"PGDMP", SQLITE: b"SQLite format 3\x00"}


class BackupError(Exception):
    """A backup or restore that could not be done; the message says why."""


def database_backup(*, database: dict[str, Any], output: Path) -> None:
    """Write a consistent copy of the database to `output`, replacing it only once complete."""
    partial = output.with_name(output.name + ".partial")
    try:
        if _engine(database) == POSTGRESQL:
            _run(["pg_dump", "--format=custom", "--file", str(partial),
                  *_connection_args(database)], database)  # fmt: skip
        else:
            with (
                closing(_sqlite_source(database)) as source,
                closing(sqlite3.connect(partial)) as copy,
            ):
                source.backup(copy)
        partial.replace(output)
    finally:
        partial.unlink(missing_ok=True)


def database_restore(*, database: dict[str, Any], dump: Path, force: bool = False) -> None:
    """Load a backup into the database; refused over one that has tables unless `force`."""
    engine = _engine(database)
    kind = dump_kind(dump)
    if kind != engine:
        raise BackupError(f"{dump} is a {kind} backup; the target database is {engine}.")
    if not force and database_has_tables(database):
        raise BackupError(
            f"The database {database['NAME']} is not empty. Restore into a new, empty "
            "database, or pass --force to replace what it holds."
        )
    if engine == POSTGRESQL:
        clean = ["--clean", "--if-exists"] if force else []
        # Objects end up owned by the restoring role, so the dump needs no matching roles.
        _run(["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error",
              "--single-transaction", *clean, *_connection_args(database), str(dump)],
             database)  # fmt: skip
    else:
        with (
            closing(sqlite3.connect(dump)) as source,
            closing(sqlite3.connect(database["NAME"])) as target,
        ):
            source.backup(target)


def dump_kind(dump: Path) -> str:
    try:
        with dump.open("rb") as file:
            start = file.read(16)
    except OSError as exc:
        raise BackupError(f"Cannot read {dump}: {exc.strerror}.") from exc
    for kind, magic in MAGIC.items():
        if start.startswith(magic):
            return kind
    raise BackupError(f"{dump} is neither a pg_dump custom-format archive nor an SQLite file.")


def database_has_tables(database: dict[str, Any]) -> bool:
    if _engine(database) == POSTGRESQL:
        with psycopg.connect(**_psycopg_args(database)) as connection:
            (count,) = connection.execute(
                "SELECT count(*) FROM information_schema.tables "
                "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
            ).fetchone()
        return count > 0
    path = Path(database["NAME"])
    if not path.exists():
        return False
    with closing(sqlite3.connect(path)) as connection:
        (count,) = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()
    return count > 0


def _engine(database: dict[str, Any]) -> str:
    engine = database["ENGINE"]
    if engine.endswith("postgresql"):
        return POSTGRESQL
    if engine.endswith("sqlite3"):
        return SQLITE
    raise BackupError(f"Backups support PostgreSQL and SQLite, not {engine}.")


def _sqlite_source(database: dict[str, Any]) -> sqlite3.Connection:
    name = str(database["NAME"])
    if name == ":memory:" or "mode=memory" in name or not Path(name).exists():
        raise BackupError(f"There is no SQLite database file at {name}.")
    return sqlite3.connect(name)


def _connection_args(database: dict[str, Any]) -> list[str]:
    args = ["--no-password", "--dbname", database["NAME"]]
    if database.get("HOST"):
        args += ["--host", str(database["HOST"])]
    if database.get("PORT"):
        args += ["--port", str(database["PORT"])]
    if database.get("USER"):
        args += ["--username", database["USER"]]
    return args


def _psycopg_args(database: dict[str, Any]) -> dict[str, Any]:
    args = {
        "dbname": database["NAME"],
        "user": database.get("USER") or None,
        "password": database.get("PASSWORD") or None,
        "host": database.get("HOST") or None,
        "port": database.get("PORT") or None,
        "sslmode": database.get("OPTIONS", {}).get("sslmode"),
    }
    return {name: value for name, value in args.items() if value is not None}


def _run(command: list[str], database: dict[str, Any]) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(
            f"{command[0]} is not installed. Install the PostgreSQL client tools "
            "(postgresql-client), of the server's major version or newer."
        )
    # The password goes in the environment, where other users' `ps` cannot read it.
    env = dict(os.environ)
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = str(database["PASSWORD"])
    if database.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = database["OPTIONS"]["sslmode"]
    finished = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if finished.returncode != 0:
        raise BackupError(f"{command[0]} failed: {finished.stderr.strip()}")
