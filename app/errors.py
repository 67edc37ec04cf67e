"""Errors the services raise: a code and the values, never sentences (ui/ and the CLI word them)."""

from __future__ import annotations

from typing import Any, TypeAlias

from db.errors import StorageError

#: How much of a refused value a message shows (a 1 MB argument is not echoed in full).
SHOWN_VALUE_LENGTH = 60


def shown_value(text: str, limit: int = SHOWN_VALUE_LENGTH) -> str:
    """`text` as a message shows it: its first `limit` characters, then "…" if cut."""
    return text if len(text) <= limit else text[:limit] + "…"


class PlanError(Exception):
    """Base of every error a service raises on purpose; `code` names it for ui/ and the CLI
    (stable: their words are looked up by it)."""

    code = "plan_error"


class PlanFileError(PlanError):
    """Base of the errors app/ raises about a plan at `path` beyond what the storage layer
    reports (db.errors.StorageError): its key, its locks, its folder, its backups, a file
    written for it. `detail` says what in the raiser's words, for the message (never matched).

    The classes live with the code that raises them: app/keys/errors.py, app/planfile/errors.py,
    app/printing (OutputNotWritable)."""

    code = "plan_file_error"

    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(f"{self.code}: {path}: {detail}" if detail else f"{self.code}: {path}")
        self.path = path
        self.detail = detail


class ValidationError(PlanError):
    """Input refused before anything was written: `field`, a `code` and the offending value."""

    code = "invalid"

    def __init__(self, field: str, reason: str, value: Any = None, **details: Any) -> None:
        self.field = field
        self.reason = reason
        self.value = value
        self.details = details
        extra = "".join(f", {k}={v!r}" for k, v in details.items())
        super().__init__(f"{field}: {reason} (value={value!r}{extra})")


class RecordNotFound(PlanError):
    """No live record of that kind with that id."""

    code = "not_found"

    def __init__(self, kind: str, record_id: str) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(f"{kind} {record_id!r} not found")


class InvalidState(PlanError):
    """The action does not fit the record's state (e.g. closing a closed incident)."""

    code = "invalid_state"

    def __init__(self, reason: str, **details: Any) -> None:
        self.reason = reason
        self.details = details
        super().__init__(reason + "".join(f", {k}={v!r}" for k, v in details.items()))


#: What a plan's files may refuse with: the storage layer's errors (db.errors) and app/'s
#: about its key, locks, folder, backups and outputs — a tuple for `except`, a union for types.
FILE_ERRORS: tuple[type[StorageError], type[PlanFileError]] = (StorageError, PlanFileError)
FileError: TypeAlias = StorageError | PlanFileError
