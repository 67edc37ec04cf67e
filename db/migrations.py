"""Numbered, forward-only schema migrations, with sqlite-utils' own `Migrations`.

Each migration runs in one transaction together with the record of it. A file whose
record names a migration this version does not know was written by a newer version and is
refused. An existing plan is copied (backup API) before a migration touches it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from db import companions, connection
from db.errors import NotAPlan, PlanTooNew
from db.schema import SCHEMA_MIGRATIONS

MIGRATION_SET = "crisiscell"


def _build() -> Migrations:
    migrations = Migrations(MIGRATION_SET)
    for name, step in SCHEMA_MIGRATIONS:
        migrations(name=name)(step)
    return migrations


MIGRATIONS = _build()
KNOWN = [name for name, _ in SCHEMA_MIGRATIONS]


def applied_names(db: sqlite_utils.Database) -> list[str]:
    """Names of the migrations already applied to this file, oldest first."""
    return [m.name for m in MIGRATIONS.applied(db)]


def check_version(db: sqlite_utils.Database, path: str) -> None:
    """Refuse a file this version cannot understand: foreign, or written by a newer version."""
    tables = set(db.table_names())
    if not tables:
        return
    if Migrations.migrations_table not in tables or not applied_names(db):
        raise NotAPlan(path, "no Crisis Cell schema in this database")
    unknown = [name for name in applied_names(db) if name not in KNOWN]
    if unknown:
        raise PlanTooNew(path, f"schema step {unknown[0]!r} is unknown to this version")


def migrate(db: connection.PlanDatabase, path: str | Path) -> list[str]:
    """Bring the plan's schema up to date; returns the names of the steps applied."""
    check_version(db, str(path))
    pending = [m.name for m in MIGRATIONS.pending(db)]
    if pending and applied_names(db):
        backup_before_migration(db, Path(path), pending[0])
    MIGRATIONS.apply(db)
    if pending:
        # The version SQLite tools read agrees with the record (db/schema_check.py checks it).
        db.execute(f"PRAGMA user_version = {len(applied_names(db))}")
    return pending


def backup_before_migration(db: connection.PlanDatabase, path: Path, step: str) -> Path:
    """Copy the plan (consistently, through the backup API) before a schema step.

    The copy is keyed like the plan (SQLCipher refuses a backup into an unkeyed file) and
    gets a copy of the plan's key file, so it opens the same way.
    """
    target = path.with_name(f"{path.stem}.before-{step}{path.suffix or '.db'}")
    _owner_only(target)  # the whole plan: 0600 before SQLite fills it, whatever the umask
    dest = connection.raw_connect(target, db.key)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    key_file = companions.key_file_path(path)
    if key_file.exists():
        side = companions.key_file_path(target)
        _owner_only(side)
        shutil.copyfile(key_file, side)  # into the 0600 file: copyfile keeps its mode
        _sync(side)
    # Durable before the schema step commits, or a power cut could keep the step and lose
    # the copy. Not through app/planfile/atomic.py (db/ cannot import app/): the copy is
    # not renamed into place either, since a run cut short leaves the step pending, and the
    # next open makes the copy again over the partial one before the step runs.
    _sync(target)
    _sync(path.parent, folder=True)
    return target


def _sync(path: Path, *, folder: bool = False) -> None:
    """fsync a file (or a folder, so that the names made in it are durable; not on Windows,
    where a folder cannot be opened)."""
    if folder and os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY if folder else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _owner_only(path: Path) -> None:
    """Make `path` exist, empty and 0600 (db/ cannot use app/planfile/atomic.py: layers go
    down)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # a partial one: emptied
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
