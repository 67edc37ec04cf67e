"""The one connection factory: the storage promises (WAL, FULL sync, foreign keys) really hold,
and SQLite errors become errors the user can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db import connection
from db.errors import (
    DiskError,
    DiskFull,
    NotAPlan,
    PlanCannotOpen,
    PlanCorrupt,
    PlanLocked,
    PlanNotFound,
    PlanReadOnly,
    StorageError,
    classify,
)


def pragma(db, name: str):
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_connection_has_the_storage_pragmas(tmp_path: Path) -> None:
    db = connection.connect(tmp_path / "p.db", create=True)
    try:
        assert pragma(db, "journal_mode") == "wal"
        assert pragma(db, "synchronous") == 2  # FULL
        assert pragma(db, "foreign_keys") == 1
        assert pragma(db, "busy_timeout") == connection.BUSY_TIMEOUT_MS
    finally:
        db.close()


def test_reopened_connection_has_the_pragmas_too(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    connection.connect(path, create=True).close()
    db = connection.connect(path)
    try:
        assert pragma(db, "journal_mode") == "wal"
        assert pragma(db, "synchronous") == 2
        assert pragma(db, "foreign_keys") == 1
    finally:
        db.close()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = connection.connect(tmp_path / "p.db", create=True)
    try:
        db.execute("CREATE TABLE parent (id TEXT PRIMARY KEY)")
        db.execute("CREATE TABLE child (id TEXT, parent_id TEXT REFERENCES parent(id))")
        with pytest.raises(connection.INTEGRITY_ERRORS):
            db.execute("INSERT INTO child VALUES ('c', 'no-such-parent')")
    finally:
        db.close()


def test_missing_file_is_plan_not_found_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    with pytest.raises(PlanNotFound) as caught:
        connection.connect(path)
    assert caught.value.code == "plan_not_found"
    assert caught.value.path == str(path)
    assert not path.exists()


def test_a_text_file_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("this is a shopping list, not a database\n" * 100)
    before = path.read_bytes()
    with pytest.raises(NotAPlan) as caught:
        connection.connect(path)
    assert caught.value.code == "not_a_plan"
    assert path.read_bytes() == before


def test_create_in_a_missing_folder_is_a_storage_error(tmp_path: Path) -> None:
    """SQLITE_CANTOPEN: "unable to open" — not "read-only", the folder is writable."""
    with pytest.raises(StorageError) as caught:
        connection.connect(tmp_path / "no" / "such" / "folder" / "p.db", create=True)
    assert caught.value.code == "plan_cannot_open"


def _sqlite_error(message: str, code: int) -> Exception:
    """A driver error as SQLite raises it: its message and its (extended) result code."""
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("message", "code", "kind"),
    [
        ("file is not a database", 26, NotAPlan),
        ("database disk image is malformed", 11, PlanCorrupt),
        ("database or disk is full", 13, DiskFull),
        ("attempt to write a readonly database", 8, PlanReadOnly),
        ("unable to open database file", 14, PlanCannotOpen),
        ("unable to open database file", 14 | (2 << 8), PlanCannotOpen),  # _ISDIR
        ("database is locked", 5, PlanLocked),
        ("database table is locked", 6, PlanLocked),  # SQLITE_LOCKED
        ("locking protocol", 15, PlanLocked),  # SQLITE_PROTOCOL
        ("access permission denied", 3, PlanReadOnly),  # SQLITE_PERM
        ("attempt to write a readonly database", 8 | (4 << 8), PlanReadOnly),  # _DBMOVED
        ("disk I/O error", 10, DiskError),
        ("disk I/O error", 10 | (19 << 8), DiskError),  # SQLITE_IOERR_SHMSIZE
        ("disk I/O error", 10 | (4 << 8), DiskError),  # SQLITE_IOERR_FSYNC
        ("database disk image is malformed", 11 | (1 << 8), PlanCorrupt),  # _VTAB
    ],
)
def test_sqlite_errors_are_classified_by_code(message: str, code: int,
                                              kind: type[StorageError]) -> None:
    error = classify(_sqlite_error(message, code), "/plans/p.db")
    assert isinstance(error, kind)
    assert error.path == "/plans/p.db"
    assert message in error.detail
    assert error.sqlite_code == code  # kept, so app/ tells SQLite's refusals from its own


def test_the_english_message_alone_classifies_nothing() -> None:
    assert classify(sqlite3.OperationalError("database or disk is full"), "/p.db") is None


def test_programming_errors_are_not_disguised_as_storage_errors() -> None:
    assert classify(_sqlite_error("no such column: nope", 1), "/p.db") is None
    assert classify(_sqlite_error("UNIQUE constraint failed: t.id", 2067), "/p.db") is None


@pytest.mark.parametrize(("message", "code"), [
    ("SQL logic error", 1), ("internal logic error", 2), ("query aborted", 4),
    ("out of memory", 7), ("interrupted", 9), ("database schema has changed", 17),
    ("string or blob too big", 18), ("NOT NULL constraint failed: t.x", 1299),
    ("datatype mismatch", 20), ("bad parameter or other API misuse", 21),
    ("column index out of range", 25),
])
def test_every_other_code_is_a_bug(message: str, code: int, tmp_path: Path) -> None:
    """What the user cannot act on propagates as it is (the crash report), whatever its
    message may seem to say."""
    assert classify(_sqlite_error(message, code), str(tmp_path / "p.db")) is None


def test_the_name_goes_into_the_detail() -> None:
    error = _sqlite_error("disk I/O error", 10 | (4 << 8))
    error.sqlite_errorname = "SQLITE_IOERR_FSYNC"  # type: ignore[attr-defined]
    known = classify(error, "/plans/p.db")
    assert isinstance(known, DiskError) and "SQLITE_IOERR_FSYNC" in known.detail


def test_a_lock_held_elsewhere_becomes_plan_locked(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "p.db"
    db = connection.connect(path, create=True)
    db.execute("CREATE TABLE t (x)")
    holder = connection.driver.connect(str(path))
    holder.execute("BEGIN EXCLUSIVE")
    try:
        # An exclusive lock in WAL mode blocks other writers; keep the wait short for the test.
        db.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(connection.DB_ERRORS) as caught:
            db.execute("INSERT INTO t VALUES (1)")
        assert isinstance(classify(caught.value, str(path)), PlanLocked)
    finally:
        holder.rollback()
        holder.close()
        db.close()
