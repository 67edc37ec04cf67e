"""The one connection factory: every plan connection opens here, with the same pragmas.

The SQLite driver is chosen in this module only, so that the encryption work can swap the
standard `sqlite3` for `sqlcipher3` (same DB-API) in one place.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType

import sqlite_utils

from db.errors import NotAPlan, PlanNotFound, StorageError, classify

#: The DB-API module that opens plan files.
driver: ModuleType = sqlite3

BUSY_TIMEOUT_MS = 5000


def apply_pragmas(conn: sqlite3.Connection, path: str) -> None:
    """Set the storage promises of DESIGN.md on a fresh connection: WAL, FULL sync, FKs."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise NotAPlan(path, f"journal_mode stayed {mode!r}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def connect(path: str | Path, *, create: bool = False) -> sqlite_utils.Database:
    """Open (or with `create`, make) the plan database at `path`, pragmas applied.

    Raises a StorageError subclass for what the user can act on (missing file, not a
    database, read-only folder, locked, …).
    """
    path = Path(path)
    if not create and not path.exists():
        raise PlanNotFound(str(path))
    try:
        conn = driver.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except driver.Error as error:
        raise _user_error(error, path) from error
    try:
        apply_pragmas(conn, str(path))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.Error as error:
        conn.close()
        raise _user_error(error, path) from error
    except StorageError:
        conn.close()
        raise
    return sqlite_utils.Database(conn, execute_plugins=False)


def _user_error(error: Exception, path: Path) -> Exception:
    known = classify(error, str(path))  # type: ignore[arg-type]
    return known if known is not None else error
