"""Putting a backup back in the plan's place: the one restore flow of the window and the CLI.

The steps, each once: find the plan's key without opening the (possibly damaged) plan file,
asking for its passphrase or recovery key as needed (app/keys/unlock.py); choose the backup
(the newest that verifies, or the one the user names) and say how much work it predates;
let the user confirm; then, holding the plan closed to every other writer, verify it,
re-key a backup made before a key change, keep the current file aside (never deleted), put
the backup in its place (app/planfile/backups.py: Backups.restore) and start this laptop's
witness again from the restored heads; finally reopen the plan with the key just found.
ui/ and the CLI only ask (the key, the confirmation) and word the outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app.keys.errors import BackupKeyUnavailable
from app.keys.unlock import Ask, Unlock, unlocking
from app.plan import Plan
from app.planfile.backups import Backup, Backups
from app.planfile.errors import NoBackup
from app.planfile.locks import replacing
from db.errors import PlanNotFound


@dataclass(frozen=True)
class RestoreChoice:
    """The backup about to be put back, and how many minutes of work it predates."""

    backup: Backup
    minutes_behind: int


@dataclass(frozen=True)
class Restored:
    """A restore done: from which backup, where the replaced file is kept, what the witness
    no longer expects."""

    path: Path
    choice: RestoreChoice
    #: The file replaced, kept aside as `<plan>.replaced-<time>` (absent when there was none).
    aside: Path
    #: Witnessed entries no longer expected (written after the backup; `aside` holds them);
    #: None when the witness could not be re-based (`witness_problem` says why).
    witness_dropped: int | None
    witness_problem: OSError | None = None
    #: Newer backups passed over for want of their key (made before a key change).
    needs_key: list[BackupKeyUnavailable] = field(default_factory=list)
    #: What reopens the restored plan (its key, found before the restore).
    unlock: Unlock | None = None

    @property
    def backup(self) -> Backup:
        """The backup put back."""
        return self.choice.backup


def backups_for_restore(path: Path, ask: Ask, unlock: Unlock | None = None, *,
                        second_folder: Path | None = None,
                        backup_unlocks: Sequence[Unlock] = ()) -> Backups | None:
    """The plan's backups, with its key found without reading the plan file (asking for it
    as long as it is refused); None when the asking gives up. `backup_unlocks` are what the
    user gave for backups made before a key change."""
    def attempt(given: Unlock | None) -> Backups:
        backups = Backups.of_plan_file(path, given, second_folder)
        backups.unlocks = (*backups.unlocks, *backup_unlocks)
        return backups
    return unlocking(attempt, ask, unlock)


def choose(backups: Backups, source: Path | None = None) -> RestoreChoice:
    """The backup to put back: `source` when the user names one, else the newest that
    verifies (NoBackup when none does; BackupKeyUnavailable when only backups whose key is
    missing are left)."""
    if source is not None:
        if not source.is_file():
            raise PlanNotFound(str(source), "no backup file there")
        backup = Backup(source, datetime.fromtimestamp(source.stat().st_mtime, UTC), "chosen")
    else:
        newest = backups.newest_good()
        if newest is None:
            raise NoBackup(str(backups.plan_path), "no backup of this plan verifies")
        backup = newest
    behind = backups.minutes_behind(backup) if backups.plan_path.exists() else 0
    return RestoreChoice(backup, behind)


def put_back(backups: Backups, choice: RestoreChoice) -> Restored:
    """Put the chosen backup in the plan's place, every other writer kept out meanwhile:
    verified, re-keyed to today's key when it is older, the current file kept aside, then
    the witness started again from the restored heads."""
    path = backups.plan_path
    with replacing(path):
        aside = backups.restore(choice.backup)
        dropped: int | None
        problem: OSError | None = None
        try:
            dropped = backups.rebase_witness()
        except OSError as error:  # restored all the same: the next open says what differs
            dropped, problem = None, error
    key = backups.opened.key
    return Restored(path, choice, aside, dropped, problem, list(backups.needs_key),
                    Unlock(recovery_key=key) if key else None)


def restore_plan(path: Path, ask: Ask, unlock: Unlock | None = None, *,
                 source: Path | None = None, second_folder: Path | None = None,
                 backup_unlocks: Sequence[Unlock] = (),
                 confirm: Callable[[RestoreChoice], bool] | None = None) -> Restored | None:
    """The whole restore: key, choice, the user's yes (`confirm`; none asked when None),
    put back. None when the user gives up (no key given, or `confirm` says no); the plan
    is then unchanged."""
    backups = backups_for_restore(path, ask, unlock, second_folder=second_folder,
                                  backup_unlocks=backup_unlocks)
    if backups is None:
        return None
    choice = choose(backups, source)
    if confirm is not None and not confirm(choice):
        return None
    return put_back(backups, choice)


def reopen(restored: Restored, ask: Ask, *, live: bool = False,
           backup_on_open: bool = True) -> Plan | None:
    """Open the restored plan with the key found before the restore (asking again only if
    it is refused); None when the asking gives up. `live`, `backup_on_open`: as Plan.open."""
    return unlocking(lambda given: Plan.open(restored.path, unlock=given, live=live,
                                             backup_on_open=backup_on_open),
                     ask, restored.unlock)
