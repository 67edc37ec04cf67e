"""The one connection factory: every plan connection opens here, with the same pragmas.

The driver is chosen in this module only: `sqlcipher3` (SQLCipher 4, the same DB-API as
`sqlite3`), so that a plan is encrypted at rest. A connection is keyed with a raw 256-bit key
(`PRAGMA key = "x'…'"`, applied as the very first statement, so opening costs no KDF); a plan
made before encryption (plain SQLite) opens with no key.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
import sqlite_utils

from db.errors import NotAPlan, PlanNotFound, classify

#: The DB-API module that opens plan files.
driver: ModuleType = sqlcipher

#: Every DB-API error class a plan connection may raise (sqlcipher3's are its own classes).
DB_ERRORS: tuple[type[Exception], ...] = (sqlcipher.Error, sqlite3.Error)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlcipher.IntegrityError, sqlite3.IntegrityError)

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 16 * 1024
KEY_BYTES = 32
#: The first 16 bytes of every plain SQLite file; an encrypted file starts with a random salt.
PLAIN_HEADER = b"SQLite format 3\x00"

_HEX_KEY = re.compile(r"\A[0-9a-f]{64}\Z")


def key_pragma(key: bytes) -> str:
    """The `PRAGMA key` statement for a raw key (the one SQL text a key may appear in)."""
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES:
        raise ValueError("a plan key is 32 raw bytes")
    hex_key = bytes(key).hex()
    if not _HEX_KEY.match(hex_key):  # belt and braces: only [0-9a-f] ever reaches SQL
        raise ValueError("bad key")
    return f"PRAGMA key = \"x'{hex_key}'\""


def is_plain_sqlite(path: str | Path) -> bool:
    """Whether the file starts with the plain (unencrypted) SQLite header."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def raw_connect(path: str | Path, key: bytes | None = None, **kwargs: Any) -> Any:
    """A bare driver connection, keyed first when a key is given (no pragmas, no checks)."""
    conn = driver.connect(str(path), **kwargs)
    if key is not None:
        try:
            conn.execute(key_pragma(key))
        except BaseException:
            conn.close()
            raise
    return conn


class PlanDatabase(sqlite_utils.Database):
    """A plan connection that knows its own key, so copies of it are keyed the same way."""

    key: bytes | None = None


def apply_pragmas(conn: Any, path: str, *, read_only: bool = False) -> None:
    """Set the storage promises of DESIGN.md on a fresh connection: WAL, FULL sync, FKs.

    `read_only` (a plan on read-only media, opened immutable) needs no WAL."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal" and not read_only:
        raise NotAPlan(path, f"journal_mode stayed {mode!r}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # SQLCipher decrypts each page it reads into this cache: 16 MiB (not SQLite's 2 MiB)
    # keeps a journal search on 100,000 entries from decrypting the same pages again.
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def connect(path: str | Path, *, create: bool = False,
            key: bytes | None = None,
            check: Callable[[sqlite_utils.Database], None] | None = None,
            ) -> PlanDatabase:
    """Open (or with `create`, make) the plan database at `path`, keyed, pragmas applied.

    `key` is the plan's raw 32-byte key (None: a plain SQLite file). `check` runs before
    anything may write to the file (switching to WAL rewrites the header), so a file it
    refuses is left byte-for-byte as it was. Raises a StorageError subclass for what the
    user can act on (missing file, not a database, read-only folder, locked, …).
    """
    path = Path(path)
    if not create and not path.exists():
        raise PlanNotFound(str(path))
    target: str | Path = path
    if not create and not os.access(path.parent, os.W_OK):
        # Read-only media or folder: SQLite cannot make the -shm of a WAL file there. A cleanly
        # closed plan (no -wal) is read as immutable; writing then says why it cannot.
        wal = path.with_name(path.name + "-wal")
        closed = not wal.exists() or wal.stat().st_size == 0
        target = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if closed else "")
    try:
        conn = raw_connect(target, key, timeout=BUSY_TIMEOUT_MS / 1000, uri=True)
    except DB_ERRORS as error:
        raise _user_error(error, path) from error
    try:
        # Read first: with a wrong key this fails before any pragma could write anything.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        db = PlanDatabase(conn, execute_plugins=False)
        db.key = key
        if check is not None:
            check(db)
        apply_pragmas(conn, str(path), read_only=target != path)
    except DB_ERRORS as error:
        conn.close()
        raise _user_error(error, path) from error
    except BaseException:
        conn.close()
        raise
    return db


def _user_error(error: Exception, path: Path) -> Exception:
    known = classify(error, str(path))
    return known if known is not None else error
