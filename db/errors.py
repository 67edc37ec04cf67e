"""Storage errors the user can act on, told apart from our own bugs.

Following qutebrowser's split (misc/sql.py): a locked, read-only, full, damaged or foreign
file is the user's situation and gets a message; anything else is a bug and propagates.
SQLite's errors are told apart by their result code (`sqlite_errorcode`), never by their
English message.

Only what the storage itself reports lives here: SQLite or SQLCipher (not a database, damaged,
read-only, full, locked, an I/O error, cannot open), the file system (not found, cut short)
and the schema (too new). What app/ decides about a plan's files — its key, its locks, its
folder, its backups — is app/'s: app/keys/errors.py, app/planfile/errors.py.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


class StorageError(Exception):
    """A storage problem the user can act on; `code` names it for the message layer."""

    code = "storage"

    def __init__(self, path: str, detail: str = "", *, sqlite_code: int | None = None) -> None:
        super().__init__(f"{self.code}: {path}: {detail}" if detail else f"{self.code}: {path}")
        self.path = path
        self.detail = detail
        #: The SQLite result code it was classified from (None: raised by our own checks).
        self.sqlite_code = sqlite_code


class PlanNotFound(StorageError):
    """No plan file at the path given."""

    code = "plan_not_found"


class NotAPlan(StorageError):
    """The file is not a SQLite database, or not a Crisis Cell plan."""

    code = "not_a_plan"


class PlanTooNew(StorageError):
    """The file was written by a newer version of Crisis Cell."""

    code = "plan_too_new"


class PlanCorrupt(StorageError):
    """The file is damaged (integrity check failed)."""

    code = "plan_corrupt"


class PlanLocked(StorageError):
    """Another process holds a lock on the plan for longer than the busy timeout."""

    code = "plan_locked"


class PlanReadOnly(StorageError):
    """The plan file or its folder cannot be written."""

    code = "plan_read_only"


class DiskFull(StorageError):
    """The disk holding the plan is full."""

    code = "disk_full"


class DiskError(StorageError):
    """The disk failed a read or a write (SQLite's I/O error, EIO): a failing or removed
    medium, a network drive gone; nothing the plan itself got wrong."""

    code = "disk_error"


class PlanCannotOpen(StorageError):
    """The file could not be opened at all (SQLITE_CANTOPEN): its folder is missing, it is a
    folder, or this user may not open it."""

    code = "plan_cannot_open"


class PlanTruncated(PlanCorrupt):
    """The file is shorter than the database it holds says: it was cut short."""

    code = "plan_truncated"


# SQLite's primary result codes (the low byte of the extended code the driver gives as
# `sqlite_errorcode`, https://sqlite.org/rescode.html): errors are told apart by code, never
# by their English message.
SQLITE_ERROR = 1
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_NOTADB = 26

#: Each code the user can act on, and what it is for them. Every other code (a constraint,
#: a misuse, no memory, an interrupt, a schema change, …) is a bug of ours: it propagates.
BY_CODE: dict[int, type[StorageError]] = {
    SQLITE_NOTADB: NotAPlan,  # also SQLCipher's answer to a wrong key: app/keys tells which
    SQLITE_CORRUPT: PlanCorrupt,
    SQLITE_FULL: DiskFull,
    SQLITE_READONLY: PlanReadOnly,
    SQLITE_PERM: PlanReadOnly,  # the access asked (read-write) is not allowed
    SQLITE_IOERR: DiskError,
    SQLITE_CANTOPEN: PlanCannotOpen,
    SQLITE_BUSY: PlanLocked,  # another connection holds the lock past the busy timeout
    SQLITE_LOCKED: PlanLocked,  # a table locked by another statement of the connection
    SQLITE_PROTOCOL: PlanLocked,  # WAL's lock protocol raced with another process
}

#: Below this much free space, a failed write is taken for a full disk.
LOW_SPACE_BYTES = 1024 * 1024


def free_space(path: str | Path) -> int | None:
    """Bytes free for this user on the disk holding `path` (None when it cannot be told)."""
    folder = Path(path)
    folder = folder if folder.is_dir() else folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _folder_read_only(path: str | Path) -> bool:
    """Whether the folder holding `path` exists and this process may not write in it."""
    folder = Path(path).parent
    return folder.is_dir() and not os.access(folder, os.W_OK)


def classify(error: Exception, path: str) -> StorageError | None:
    """Map a SQLite (or SQLCipher) error to the StorageError the user should see (None: a bug).

    By `sqlite_errorcode` (Python 3.11's sqlite3 and sqlcipher3 both give it); the detail
    keeps the message and `sqlite_errorname` (e.g. SQLITE_IOERR_FSYNC) for the curious."""
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    name = getattr(error, "sqlite_errorname", None)
    detail = f"{error} ({name})" if isinstance(name, str) and name else str(error)
    if primary in (SQLITE_IOERR, SQLITE_ERROR):
        # SQLite reports ENOSPC as SQLITE_FULL only from a write; growing the -shm or an
        # fsync give SQLITE_IOERR, and sqlcipher_export SQLITE_ERROR. The driver does not
        # give the errno, so the disk itself is asked.
        free = free_space(path)
        if free is not None and free < LOW_SPACE_BYTES:
            return DiskFull(path, detail, sqlite_code=code)
    if primary == SQLITE_CANTOPEN and _folder_read_only(path):
        # A plan in WAL mode cannot be opened where SQLite cannot make its -shm (read-only
        # media or folder): it says "unable to open", the folder says why.
        return PlanReadOnly(path, detail, sqlite_code=code)
    kind = BY_CODE.get(primary)
    return kind(path, detail, sqlite_code=code) if kind is not None else None
