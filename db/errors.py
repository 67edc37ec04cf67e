"""Storage errors the user can act on, told apart from our own bugs.

Following qutebrowser's split (misc/sql.py): a locked, read-only, full, corrupt or foreign
file is the user's situation and gets a message; anything else is a bug and propagates.
"""

from __future__ import annotations

import sqlite3


class StorageError(Exception):
    """A storage problem the user can act on; `code` names it for the message layer."""

    code = "storage"

    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(f"{self.code}: {path}: {detail}" if detail else f"{self.code}: {path}")
        self.path = path
        self.detail = detail


class PlanNotFound(StorageError):
    """No plan file at the path given."""

    code = "plan_not_found"


class PlanAlreadyExists(StorageError):
    """Refused to create a plan over an existing file."""

    code = "plan_exists"


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


_BY_MESSAGE: tuple[tuple[str, type[StorageError]], ...] = (
    ("file is not a database", NotAPlan),
    ("database disk image is malformed", PlanCorrupt),
    ("database or disk is full", DiskFull),
    ("attempt to write a readonly database", PlanReadOnly),
    ("readonly database", PlanReadOnly),
    ("unable to open database file", PlanReadOnly),
    ("database is locked", PlanLocked),
    ("database table is locked", PlanLocked),
    ("disk i/o error", PlanReadOnly),
)


def classify(error: sqlite3.Error, path: str) -> StorageError | None:
    """Map a SQLite error to the StorageError the user should see, or None for a bug."""
    message = str(error).lower()
    for fragment, kind in _BY_MESSAGE:
        if fragment in message:
            return kind(path, str(error))
    return None
