"""The errors of the plan's files beyond what SQLite reports: the plan in use or being
replaced (locks.py), on a synced folder (location.py), a file already there (plan.py, keys),
an output landing on the plan's own files (atomic.py), a damaged write-ahead log
(wal_check.py, plan.py), no backup that verifies (backups.py).

One module for the package rather than one beside each raiser: several are raised from two
places (PlanBeingReplaced by locks.py and plan.py, PlanAlreadyExists by plan.py and
keys/management.py), and ui/ and the CLI import them to word and tell them apart.
"""

from __future__ import annotations

from app.errors import PlanFileError


class PlanAlreadyExists(PlanFileError):
    """Refused to create a plan (or write an export) over an existing file."""

    code = "plan_exists"


class PlanInUse(PlanFileError):
    """The plan is already open in another instance of Crisis Cell."""

    code = "plan_in_use"


class PlanBeingReplaced(PlanFileError):
    """A key change, restore or encryption is rewriting the plan file right now."""

    code = "plan_being_replaced"


class PlanHasWriters(PlanFileError):
    """The plan file cannot be replaced: a window or a command has it open for writing."""

    code = "plan_has_writers"


class OnSyncedFolder(PlanFileError):
    """The plan sits on a network file system or in a synced folder, where WAL must not run."""

    code = "on_synced_folder"


class OutputIsPlan(PlanFileError):
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


class NoBackup(PlanFileError):
    """No backup of this plan verifies."""

    code = "no_backup"


class WalDamaged(PlanFileError):
    """The plan's write-ahead log stops short: a bad frame with committed frames after it.

    Not opened for writing until the user decides: keep the readable part (the damaged log
    set aside by name) or restore a backup. `detail` says how many commits are unreadable."""

    code = "wal_damaged"
