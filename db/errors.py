"""Storage errors the user can act on, told apart from our own bugs.

Following qutebrowser's split (misc/sql.py): a locked, read-only, full, corrupt or foreign
file is the user's situation and gets a message; anything else is a bug and propagates.
"""

from __future__ import annotations

import shutil
from pathlib import Path


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


class PlanTruncated(PlanCorrupt):
    """The file is shorter than the database it holds says: it was cut short."""

    code = "plan_truncated"


class WrongKey(StorageError):
    """The key (recovery key or keyring entry) does not open this plan."""

    code = "wrong_key"


class WrongPassphrase(StorageError):
    """The passphrase does not unlock any key slot of this plan."""

    code = "wrong_passphrase"


class PassphraseRequired(StorageError):
    """The plan's key is wrapped by a passphrase and none was given; `detail` says why."""

    code = "passphrase_required"


class KeyUnavailable(StorageError):
    """The plan's key is not where it should be (keyring entry or key file missing)."""

    code = "key_unavailable"


class KeyFileDamaged(KeyUnavailable):
    """The key file beside the plan cannot be read as one (not UTF-8 or JSON, wrong types,
    values out of bounds); the recovery key still opens the plan."""

    code = "key_file_damaged"


class KeyFileOfAnotherPlan(KeyUnavailable):
    """The key file beside the plan belongs to another plan; `detail` names its plan id."""

    code = "key_file_of_another_plan"


class KeyChangeCutShort(WrongPassphrase):
    """A rekey or passphrase change was interrupted: the key given was the one on the other
    side of it; `detail` says which one opens the plan now."""

    code = "key_change_cut_short"


class NoKeyring(StorageError):
    """No usable OS keyring on this computer (none, or only the fail backend); `detail` why."""

    code = "no_keyring"


class InsecureKeyring(StorageError):
    """The keyring backend stores secrets in plain files (keyrings.alt): refused."""

    code = "insecure_keyring"


class PlanInUse(StorageError):
    """The plan is already open in another instance of Crisis Cell."""

    code = "plan_in_use"


class PlanBeingReplaced(StorageError):
    """A key change, restore or encryption is rewriting the plan file right now."""

    code = "plan_being_replaced"


class PlanHasWriters(StorageError):
    """The plan file cannot be replaced: a window or a command has it open for writing."""

    code = "plan_has_writers"


class OnSyncedFolder(StorageError):
    """The plan sits on a network file system or in a synced folder, where WAL must not run."""

    code = "on_synced_folder"


class PlanNotEncrypted(StorageError):
    """The plan is a plain SQLite file made before encryption: encrypt it first."""

    code = "plan_not_encrypted"


class OutputIsPlan(StorageError):
    """Refused to write over the plan, one of its companions or backups, or a link to one;
    `detail` says which in words ("the plan", "a link to its key file", …), `what` as a code
    for the window ("plan", "wal", "shm", "keys", "lock", "writers", "backup", "other_plan")
    and `link` whether the target is a link to it."""

    code = "output_is_plan"

    def __init__(self, path: str, detail: str = "", *, what: str = "plan",
                 link: bool = False) -> None:
        super().__init__(path, detail)
        self.what = what
        self.link = link


class NoBackup(StorageError):
    """No backup of this plan verifies."""

    code = "no_backup"


class WalDamaged(StorageError):
    """The plan's write-ahead log stops short: a bad frame with committed frames after it.

    Not opened for writing until the user decides: keep the readable part (the damaged log
    set aside by name) or restore a backup. `detail` says how many commits are unreadable."""

    code = "wal_damaged"


class BackupKeyUnavailable(StorageError):
    """A backup was made with an earlier key of the plan that no key given or kept opens;
    `detail` names the backup and what would open it. The backup itself is not damaged."""

    code = "backup_key_unavailable"


# SQLite's primary result codes (the low byte of the extended code the driver gives as
# `sqlite_errorcode`): errors are told apart by code, never by their English message.
SQLITE_ERROR = 1
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_BY_CODE: dict[int, type[StorageError]] = {
    SQLITE_NOTADB: NotAPlan,
    SQLITE_CORRUPT: PlanCorrupt,
    SQLITE_FULL: DiskFull,
    SQLITE_READONLY: PlanReadOnly,
    SQLITE_CANTOPEN: PlanReadOnly,
    SQLITE_BUSY: PlanLocked,
    SQLITE_LOCKED: PlanLocked,
    SQLITE_IOERR: PlanReadOnly,
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


def classify(error: Exception, path: str) -> StorageError | None:
    """Map a SQLite (or SQLCipher) error to the StorageError the user should see (None: a bug)."""
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary in (SQLITE_IOERR, SQLITE_ERROR):
        # SQLite reports ENOSPC as SQLITE_FULL only from a write; growing the -shm or an
        # fsync give SQLITE_IOERR, and sqlcipher_export SQLITE_ERROR. The driver does not
        # give the errno, so the disk itself is asked.
        free = free_space(path)
        if free is not None and free < LOW_SPACE_BYTES:
            return DiskFull(path, str(error))
    kind = _BY_CODE.get(primary)
    return kind(path, str(error)) if kind is not None else None

