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

from db import companions
from db.errors import NotAPlan, PlanCorrupt, PlanNotFound, classify

#: The DB-API module that opens plan files.
driver: ModuleType = sqlcipher

#: Every DB-API error class a plan connection may raise (sqlcipher3's are its own classes).
DB_ERRORS = (sqlcipher.Error, sqlite3.Error)
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


# SQLCipher logs to stderr by default ("ERROR CORE sqlcipher_page_cipher: hmac check
# failed…", many lines per damaged page), before and around our own message. Its log target
# and level are process-wide: set once, before the first plan connection.
_cipher_log_target: Path | None = None
_cipher_log_applied = False


def route_cipher_log(target: str | Path | None) -> None:
    """Send SQLCipher's own log to the file `target` (created 0600, its folder 0700), or, with
    None, silence it. Applied before the next connection opens (once per process)."""
    global _cipher_log_target, _cipher_log_applied
    _cipher_log_target = Path(target) if target is not None else None
    _cipher_log_applied = False


def _open_owner_only(target: Path) -> None:
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # SQLCipher fopen()s the file with the umask's mode: it is made owner-only first.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        if hasattr(os, "fchmod"):  # POSIX only; on Windows the mode bits mean nothing here
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _apply_cipher_log() -> None:
    global _cipher_log_applied
    if _cipher_log_applied:
        return
    _cipher_log_applied = True
    conn = driver.connect(":memory:")
    try:
        if _cipher_log_target is not None:
            try:
                _open_owner_only(_cipher_log_target)
                quoted = str(_cipher_log_target).replace("'", "''")
                conn.execute(f"PRAGMA cipher_log = '{quoted}'").fetchall()
                conn.execute("PRAGMA cipher_log_level = WARN").fetchall()
                return
            except (OSError, *DB_ERRORS):
                pass  # no writable log folder: silenced rather than shown on the terminal
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    finally:
        conn.close()


def raw_connect(path: str | Path, key: bytes | None = None, **kwargs: Any) -> Any:
    """A bare driver connection, keyed first when a key is given (no pragmas, no checks)."""
    _apply_cipher_log()
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
            check: Callable[[PlanDatabase], None] | None = None,
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
        closed = not companions.wal_waiting(path)
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
        known = _user_error(error, path)
        if key is not None and isinstance(known, PlanCorrupt):
            from db.health import damaged_pages  # db.health imports this module

            # "malformed" or "vtable constructor failed" say what could not be read; the
            # pages' own check says which page is damaged.
            pages = damaged_pages(conn)
            if pages:
                known = type(known)(str(path), pages[0], sqlite_code=known.sqlite_code)
        conn.close()
        raise known from error
    except BaseException:
        conn.close()
        raise
    return db


def _user_error(error: Exception, path: Path) -> Exception:
    known = classify(error, str(path))
    return known if known is not None else error
