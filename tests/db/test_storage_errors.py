"""SQLite's refusals met for real — a read-only medium, a full disk, a garbage file, a file cut
short, a folder where a file should be — each become the storage error that says what
happened (the codes SQLite gives but that cannot be provoked here are in
test_db_connection.py's table)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import connection
from db.errors import (
    SQLITE_CANTOPEN,
    SQLITE_FULL,
    SQLITE_NOTADB,
    SQLITE_READONLY,
    DiskFull,
    NotAPlan,
    PlanCannotOpen,
    PlanCorrupt,
    PlanReadOnly,
    StorageError,
    classify,
)
from tests.plan_support import mounted_tmpfs

KEY = bytes(range(32))


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with mounted_tmpfs(tmp_path / "disk", "512k") as point:
        yield point


def _remount(point: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(point)], check=True)


def _failing(db: connection.PlanDatabase, sql: str, path: Path) -> StorageError:
    """The storage error `sql` meets (the test fails if it goes through or is a bug)."""
    with pytest.raises(connection.DB_ERRORS) as caught:
        db.execute(sql)
    known = classify(caught.value, str(path))
    assert known is not None, caught.value
    return known


def test_writing_on_a_read_only_medium_is_read_only(small_disk: Path) -> None:
    path = small_disk / "p.db"
    db = connection.connect(path, create=True)
    db.execute("CREATE TABLE t (x)")
    db.close()
    _remount(small_disk, "ro")
    db = connection.connect(path)  # a closed plan opens (immutable) to be read
    try:
        assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 0
        refused = _failing(db, "INSERT INTO t VALUES (1)", path)
    finally:
        db.close()
    assert isinstance(refused, PlanReadOnly)
    assert refused.sqlite_code is not None and refused.sqlite_code & 0xFF == SQLITE_READONLY


def test_a_log_left_on_a_read_only_medium_cannot_be_opened_because_it_is_read_only(
        small_disk: Path) -> None:
    """A -wal with content needs its -shm made beside it: SQLite says "unable to open"
    (SQLITE_CANTOPEN); the folder says why — it is read-only, not missing."""
    writing = small_disk / "w.db"
    db = connection.connect(writing, create=True)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute("CREATE TABLE t (x)")
    path = small_disk / "p.db"
    shutil.copyfile(writing, path)  # the plan and its log as a crash leaves them
    shutil.copyfile(f"{writing}-wal", f"{path}-wal")
    db.close()
    _remount(small_disk, "ro")
    with pytest.raises(PlanReadOnly) as caught:
        connection.connect(path)
    assert caught.value.sqlite_code is not None
    assert caught.value.sqlite_code & 0xFF == SQLITE_CANTOPEN


def test_a_full_disk_is_disk_full(small_disk: Path) -> None:
    path = small_disk / "p.db"
    db = connection.connect(path, create=True)
    try:
        db.execute("CREATE TABLE t (x BLOB)")
        with pytest.raises(connection.DB_ERRORS) as caught:
            for _ in range(1000):  # bounded: the disk is 512 KiB
                db.execute("INSERT INTO t VALUES (randomblob(16384))")
        known = classify(caught.value, str(path))
    finally:
        db.close()
    assert isinstance(known, DiskFull)
    assert known.sqlite_code is not None
    assert known.sqlite_code & 0xFF in (SQLITE_FULL, 10)  # a write, or growing the -shm


@pytest.mark.parametrize("key", [None, KEY], ids=["plain", "keyed"])
def test_a_garbage_file_is_not_a_plan(tmp_path: Path, key: bytes | None) -> None:
    path = tmp_path / "noise.crisiscell"
    path.write_bytes(os.urandom(16 * 1024))
    before = path.read_bytes()
    with pytest.raises(NotAPlan) as caught:
        connection.connect(path, key=key)
    assert caught.value.sqlite_code == SQLITE_NOTADB  # what a wrong key gives too
    assert path.read_bytes() == before


def test_a_file_cut_short_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    db = connection.connect(path, create=True)
    db.execute("CREATE TABLE t (x BLOB)")
    db.execute("INSERT INTO t VALUES (randomblob(200000))")
    db.close()
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    with pytest.raises(PlanCorrupt) as caught:  # SQLite reads what is left as "malformed"
        connection.connect(path)
    assert caught.value.sqlite_code is not None and caught.value.sqlite_code & 0xFF == 11


def test_a_folder_where_the_plan_should_be_cannot_be_opened(tmp_path: Path) -> None:
    folder = tmp_path / "p.crisiscell"
    folder.mkdir()
    with pytest.raises(PlanCannotOpen) as caught:
        connection.connect(folder)
    assert caught.value.code == "plan_cannot_open"
    assert caught.value.sqlite_code is not None
    assert caught.value.sqlite_code & 0xFF == SQLITE_CANTOPEN
