"""Rotated, verified backups of a plan, through SQLite's backup API.

A backup is never a bare copy of the .db (which would miss what is still in its -wal): a
fresh connection of its own copies the plan page by page into a temporary file keyed like
the plan, which is synced, reopened and checked (quick_check, cipher_integrity_check, the
plan row), then renamed into `backups/` beside the plan — and into a second folder when one
is set (a USB stick: `second_folder`, or `CRISISCELL_SECOND_BACKUP_DIR`). The plan's key file
is copied beside each backup, so a backup opens like its plan (or with the recovery key).

A backup made before a rekey or passphrase change is keyed with an earlier key, which its
own key file names (key_check): the plan's key file keeps its earlier keys wrapped by
today's key, the keyring keeps retired ones, and the passphrase or recovery key the user
gives can open the backup's own slots. Restoring such a backup re-keys the restored copy to
today's key. A backup none of these open is BackupKeyUnavailable, never "damaged".

Kept: the newest 20, plus the newest of each day for 30 days. Taken when a plan opens and
closes for live use, every 10 minutes while an incident is active (the window's schedule,
ui/background/backups.py, runs each as a job), and on `crisiscell backup`. `restore` puts a
verified backup back, keeping the damaged file aside: once its copy is complete it is
renamed `.PLAN.<stamp>.restored` (the decision), and a restore killed after that is finished
by the next restore or open, so the plan is never the old file without its -wal. Every file
goes through app/planfile/atomic.py (0600, never onto the plan's own files; what a killed
backup leaves, the next backup or prune removes).
"""

from __future__ import annotations

import builtins
import contextlib
import os
import re
import shutil
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.errors import FILE_ERRORS, FileError
from app.keys import key_file as keys
from app.keys import keystore
from app.keys.errors import BackupKeyUnavailable
from app.keys.unlock import OpenedKey, Unlock, key_candidates
from app.planfile import atomic, chain_heads, companions, crash_points, witness
from app.planfile.errors import NoBackup
from app.planfile.witness import Chain, Head
from db import connection
from db.errors import NotAPlan, PlanCorrupt, StorageError, classify
from db.health import health_problems

FOLDER_NAME = "backups"
SECOND_FOLDER_ENV = "CRISISCELL_SECOND_BACKUP_DIR"
KEEP_LAST = 20
KEEP_DAYS = 30
PERIOD_SECONDS = 600
_STAMP = "%Y%m%dT%H%M%S%fZ"
#: The tag of a backup being written (`.NAME.<random>.partial`) and of a restore's copy.
PARTIAL = "partial"
RESTORING = "restoring"
#: A restore's copy, complete and verified: the restore is decided (`.PLAN.<stamp>.restored`).
RESTORED = "restored"


@dataclass(frozen=True)
class Backup:
    """One backup file: where it is, when it was taken and why."""

    path: Path
    taken_at: datetime
    reason: str


class Backups:
    """The backups of one plan."""

    def __init__(self, plan_path: str | Path, opened: OpenedKey,
                 second_folder: str | Path | None = None, *,
                 unlocks: Sequence[Unlock] = ()) -> None:
        self.plan_path = Path(plan_path)
        self.opened = opened
        #: Passphrases and recovery keys the user gave, tried on backups made with an
        #: earlier key that no key kept opens.
        self.unlocks = tuple(unlocks)
        #: Set by newest_good: newer backups it passed over for want of their key.
        self.needs_key: list[BackupKeyUnavailable] = []
        second = second_folder or os.environ.get(SECOND_FOLDER_ENV) or None
        self.second_folder = Path(second) if second else None
        self._lock = threading.Lock()
        #: Called before each backup: the open plan makes its witness durable then
        #: (app/planfile/witness.py defers its fsync to backups, close, or a few seconds).
        self.before_backup: Callable[[], None] | None = None
        self._pattern = atomic.backup_name_pattern(self.plan_path)

    @classmethod
    def of_plan_file(cls, plan_path: str | Path, unlock: Unlock | None = None,
                     second_folder: str | Path | None = None) -> Backups:
        """The backups of a plan that cannot be opened (damaged): its key is found from the
        keyring, passphrase or recovery key without reading the plan file."""
        path = Path(plan_path)
        key_file = keys.read(path)
        key, via, _pending = key_candidates(path, key_file, unlock or Unlock())[0]
        return cls(path, OpenedKey(key, key_file, via), second_folder,
                   unlocks=[unlock] if unlock else [])

    # --- where ------------------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        """`backups/` beside the plan."""
        return self.plan_path.parent / FOLDER_NAME

    def folders(self) -> list[Path]:
        """Every folder backups go to (a second folder that is `backups/` itself counts once)."""
        folders = [self.folder]
        if self.second_folder and self.second_folder.resolve() != self.folder.resolve():
            folders.append(self.second_folder)
        return folders

    # --- taking -----------------------------------------------------------------------------
    def make(self, reason: str = "manual", *, now: datetime | None = None) -> list[Path]:
        """Back the plan up into every folder (verified, all or nothing per folder)."""
        if not re.fullmatch(r"[a-z]+", reason):
            raise ValueError("a backup reason is lowercase letters")
        now = now or datetime.now(UTC)
        name = (f"{self.plan_path.stem}-{now.strftime(_STAMP)}-{reason}"
                f"{self.plan_path.suffix or '.db'}")
        written: list[Path] = []
        if self.before_backup is not None:
            self.before_backup()
        for folder in self.folders():  # bad input (a --to that is the plan): nothing written
            atomic.refuse_plan_output(folder, self.plan_path, second_folder=self.second_folder,
                                      backup=True)
        with self._lock:
            errors: list[FileError] = []
            for folder in self.folders():
                try:
                    written.append(self._take(folder / name))
                    self.prune(folder, now=now)
                    crash_points.step("backup: pruned")
                except FILE_ERRORS as error:
                    errors.append(error)
            if errors and not written:
                raise errors[0]
        return written

    def _take(self, target: Path) -> Path:
        # A --to FOLDER that is the plan or one of its files is refused before anything is
        # made; inside the folder only names of backups are written, never a companion's.
        atomic.refuse_plan_output(target.parent, self.plan_path,
                                  second_folder=self.second_folder, backup=True)
        atomic.private_folder(target.parent)
        crash_points.step("backup: folder ready")
        # `.NAME.<random>.partial`, 0600 and locked while written: what a killed backup
        # leaves, the next backup or prune in this folder removes (atomic.sweep). It is
        # verified before atomic.replacing_file syncs it and renames it into place.
        key = self.opened.key
        try:
            with atomic.replacing_file(target, plan=self.plan_path,
                                       second_folder=self.second_folder, tag=PARTIAL,
                                       backup=True, sweep_folder=True,
                                       step=_backup_step) as temp:
                crash_points.step("backup: temporary file made")
                source = connection.connect(self.plan_path, key=key)
                try:
                    dest = connection.raw_connect(temp, key)
                    try:
                        source.conn.backup(dest)
                        # A backup is a closed, single file: no -wal beside it to lose.
                        dest.execute("PRAGMA journal_mode = DELETE").fetchone()
                    finally:
                        dest.close()
                finally:
                    source.close()
                crash_points.step("backup: pages copied")
                problems = verify_file(temp, key)
                if problems:
                    raise PlanCorrupt(str(target),
                                      f"the new backup does not verify: {problems[0]}")
                crash_points.step("backup: verified")
                key_file = keys.key_file_path(self.plan_path)
                if key_file.exists():
                    keys.write_atomic(keys.key_file_path(target), key_file.read_bytes())
                    crash_points.step("backup: key file copied")
                # The heads it holds, so that `verify` of the backup can tell a cut from it.
                chain_heads.write_recorded(target, recorded_heads(temp, key))
                crash_points.step("backup: heads recorded")
            crash_points.step("backup: folder synced")
        except connection.DB_ERRORS as error:
            raise (classify(error, str(target)) or StorageError(str(target), str(error))) from error
        return target

    # --- listing, rotating ------------------------------------------------------------------
    def list(self, folder: Path | None = None) -> list[Backup]:
        """The backups in `folder` (default: every folder), newest first."""
        found: list[Backup] = []
        for where in [folder] if folder else self.folders():
            if not where.is_dir():
                continue
            for path in where.iterdir():
                match = self._pattern.match(path.name)
                if match:
                    taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
                    found.append(Backup(path, taken, match.group(2)))
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def prune(self, folder: Path, *, now: datetime | None = None) -> builtins.list[Path]:
        """Delete what the policy no longer keeps (newest 20 + one a day for 30 days)."""
        now = now or datetime.now(UTC)
        backups = self.list(folder)
        keep = {b.path for b in backups[:KEEP_LAST]}
        days: set[str] = set()
        for backup in backups:  # newest first: the first seen of a day is that day's newest
            day = backup.taken_at.date().isoformat()
            if now - backup.taken_at <= timedelta(days=KEEP_DAYS) and day not in days:
                days.add(day)
                keep.add(backup.path)
        removed = self._clear_leftovers(folder)
        for backup in backups:
            if backup.path not in keep:
                for leftover in (backup.path, keys.key_file_path(backup.path),
                                 chain_heads.heads_path(backup.path)):
                    with contextlib.suppress(FileNotFoundError):
                        leftover.unlink()
                removed.append(backup.path)
        return removed

    def _clear_leftovers(self, folder: Path) -> builtins.list[Path]:
        """What killed backups left in `folder`: their `.partial` files, and a key file or
        heads record whose backup never got its name (no live backup is writing it)."""
        removed = atomic.sweep(folder, PARTIAL)
        try:
            names = {p.name for p in folder.iterdir()}
        except OSError:
            return removed
        for name in names:
            backup = name.removesuffix(keys.SUFFIX).removesuffix(chain_heads.HEADS_SUFFIX)
            # A live backup writes its key file before its name: its `.NAME.….partial` is
            # there (the sweep above kept it, locked).
            if (backup != name and self._pattern.match(backup) and backup not in names
                    and not any(n.startswith(f".{backup}.") for n in names)):
                with contextlib.suppress(FileNotFoundError):
                    (folder / name).unlink()
                    removed.append(folder / name)
        return removed

    # --- using ------------------------------------------------------------------------------
    def newest_good(self) -> Backup | None:
        """The newest backup that verifies with its key, or None when none does.

        Backups whose key is not available are passed over (in `needs_key`); when no
        other verifies, the newest of them is raised (BackupKeyUnavailable), as a backup is
        never called damaged for want of its key.
        """
        self.needs_key = []
        for backup in self.list():
            try:
                key = self.key_for(backup)
            except BackupKeyUnavailable as error:
                self.needs_key.append(error)
                continue
            except NotAPlan:
                continue  # another plan's backup under this plan's name
            if not verify_file(backup.path, key):
                return backup
        if self.needs_key:
            raise self.needs_key[0]
        return None

    def key_for(self, backup: Backup) -> bytes | None:
        """The key of a backup: the plan's, or the earlier key its key file names, found in
        the plan's retired keys, the keyring's, or opened by a passphrase or recovery key
        the user gave. BackupKeyUnavailable when none of them opens it."""
        plan_key = self.opened.key
        if plan_key is None:
            return None  # a plain plan's backups are plain
        try:
            side = keys.read(backup.path)
        except FILE_ERRORS:
            side = None  # unreadable: the plan's key is the one to try
        if side is None or side.key_check == keys.key_check(plan_key):
            return plan_key
        plan_key_file = self.opened.key_file
        if plan_key_file is not None and side.plan_id != plan_key_file.plan_id:
            raise NotAPlan(str(backup.path), f"a backup of another plan (id {side.plan_id})")
        check = side.key_check
        if plan_key_file is not None:
            key = keys.retired_key(plan_key_file, plan_key, check)
            if key is not None:
                return key
        try:
            key = keystore.load_key(side.plan_id, key_check=check, path=str(backup.path))
        except FILE_ERRORS:
            pass  # no keyring here, or no entry: try what the user gave
        else:
            if keys.key_check(key) == check:
                return key
        for unlock in self.unlocks:
            if unlock.recovery_key is not None and keys.key_check(unlock.recovery_key) == check:
                return unlock.recovery_key
            if unlock.passphrase is not None and side.current_slots():
                try:
                    return keys.unwrap_any(side, unlock.passphrase, str(backup.path))
                except FILE_ERRORS:
                    pass
        raise BackupKeyUnavailable(
            str(backup.path),
            f"this backup (taken {backup.taken_at:%Y-%m-%d %H:%M} UTC) was made before a key "
            f"change of the plan, with a key (check {check[:8]}) that today's key and the "
            "keyring no longer hold; give its passphrase or recovery key")

    def minutes_behind(self, backup: Backup) -> int:
        """How many minutes of work on the plan the backup predates."""
        latest = companions.last_written(self.plan_path) or datetime.now(UTC)
        return max(0, int((latest - backup.taken_at).total_seconds() // 60))

    def restore(self, backup: Backup | Path | None = None) -> Path:
        """Put `backup` (default: the newest that verifies) in the plan's place.

        The plan must be closed. The current file, damaged or not, is kept aside as
        `<plan>.replaced-<time>` (never deleted); returns that path.
        """
        if backup is None:
            backup = self.newest_good()
            if backup is None:
                raise NoBackup(str(self.plan_path), "no backup of this plan verifies")
        if not isinstance(backup, Backup):
            chosen = Path(backup)
            taken = (datetime.fromtimestamp(chosen.stat().st_mtime, UTC) if chosen.exists()
                     else datetime.now(UTC))
            backup = Backup(chosen, taken, "chosen")
        source = backup.path
        key = self.key_for(backup)
        problems = verify_file(source, key)
        if problems:
            raise PlanCorrupt(str(source), f"this backup does not verify: {problems[0]}")
        finish_interrupted_restore(self.plan_path)
        # Step 1: a complete, synced copy of the backup beside the plan (the plan untouched).
        temp = atomic.new_temp(self.plan_path, RESTORING)
        crash_points.step("restore: temporary file made")
        try:
            shutil.copyfile(source, temp.path)  # into our 0600 file: copyfile keeps its mode
            crash_points.step("restore: backup copied")
            if key is not None and self.opened.key is not None and key != self.opened.key:
                _rekey_copy(temp.path, key, self.opened.key)  # opens with today's key
                crash_points.step("restore: copy re-keyed")
            temp.sync()
            crash_points.step("restore: copy synced")
            # Step 2, the decision: renamed `.PLAN.<stamp>.restored`, the copy says the
            # restore is under way; from here whoever finds it finishes it (below, and on
            # the next open) rather than open the old file without its -wal.
            stamp = datetime.now(UTC).strftime(_STAMP)
            decided = self.plan_path.with_name(f".{self.plan_path.name}.{stamp}.{RESTORED}")
            os.replace(temp.path, decided)
            keys.sync_folder(self.plan_path.parent)
            crash_points.step("restore: decided")
        except OSError as error:
            raise atomic.storage_error(error, self.plan_path) from error
        finally:
            temp.remove()
        # Step 3: the old file and its -wal kept aside, the copy put in the plan's place.
        aside = finish_interrupted_restore(self.plan_path)
        assert aside is not None  # the copy decided above was waiting
        return aside

    def rebase_witness(self) -> int:
        """After a restore the user chose: this laptop's witness starts again from the
        restored file's heads. Returns how many witnessed entries are no longer expected
        (they were written after the backup; the replaced file kept aside holds them)."""
        db = (connection.connect(self.plan_path, key=None) if self.opened.key is None
              else _read_only(self.plan_path, self.opened.key))
        try:
            plan_id = str(db.execute("SELECT id FROM plan").fetchone()[0])
            heads = chain_heads.file_heads(db)
        finally:
            db.close()
        log = witness.Witness(plan_id).open()
        try:
            return log.rebase(heads.values(), "restore")
        finally:
            log.close()



def _backup_step(name: str) -> None:
    """atomic.replacing_file's steps of a backup, as crash points."""
    crash_points.step({"synced": "backup: synced", "in place": "backup: renamed"}[name])

def _decided_restore(plan_path: Path) -> tuple[Path, str] | None:
    """The copy of a restore that was decided but not finished, and its stamp (or None)."""
    prefix, suffix = f".{plan_path.name}.", f".{RESTORED}"
    try:
        found = sorted(p for p in plan_path.parent.iterdir()
                       if p.name.startswith(prefix) and p.name.endswith(suffix))
    except OSError:
        return None
    if not found:
        return None
    return found[-1], found[-1].name.removeprefix(prefix).removesuffix(suffix)


def has_decided_restore(plan_path: str | Path) -> bool:
    """Whether a restore of this plan was decided and cut short (one folder listing)."""
    return _decided_restore(Path(plan_path)) is not None


def finish_interrupted_restore(plan_path: str | Path) -> Path | None:
    """Finish a restore cut short after it was decided; returns where the replaced file was
    kept (None when no restore was waiting). Each step can be run again after a crash: the
    old file and its -wal are linked aside (kept whole), the -wal and -shm of the file being
    replaced removed (they must not be replayed into the restored one), the copy renamed
    into place. The caller holds the plan closed (restore) or takes the locks (open)."""
    plan_path = Path(plan_path)
    waiting = _decided_restore(plan_path)
    if waiting is None:
        return None
    decided, stamp = waiting
    aside = plan_path.with_name(f"{plan_path.name}.replaced-{stamp}")
    wal, shm = companions.wal_path(plan_path), companions.shm_path(plan_path)
    try:
        if plan_path.exists() and not aside.exists():
            os.link(plan_path, aside)
            crash_points.step("restore: old plan kept aside")
        if wal.exists():
            if not companions.wal_path(aside).exists():
                os.link(wal, companions.wal_path(aside))
            keys.sync_folder(plan_path.parent)
            wal.unlink()
            crash_points.step("restore: old -wal kept aside")
        with contextlib.suppress(FileNotFoundError):
            shm.unlink()
        # Older decided copies (a second crash before this one finished) are superseded.
        for older in _older_decided(plan_path, decided):
            older.unlink()
        os.replace(decided, plan_path)
        crash_points.step("restore: replaced")
        keys.sync_folder(plan_path.parent)
    except OSError as error:
        raise atomic.storage_error(error, plan_path) from error
    return aside


def _older_decided(plan_path: Path, newest: Path) -> list[Path]:
    prefix, suffix = f".{plan_path.name}.", f".{RESTORED}"
    return [p for p in plan_path.parent.iterdir() if p != newest
            and p.name.startswith(prefix) and p.name.endswith(suffix)]


def _rekey_copy(path: Path, old_key: bytes, new_key: bytes) -> None:
    """Re-key a closed copy of a backup (one file, rollback journal) in place, then check it
    opens and verifies with `new_key`."""
    try:
        conn = connection.raw_connect(path, old_key)
        try:
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            conn.execute(connection.key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
        finally:
            conn.close()
    except connection.DB_ERRORS as error:
        raise (classify(error, str(path)) or StorageError(str(path), str(error))) from error
    problems = verify_file(path, new_key)
    if problems:
        raise PlanCorrupt(str(path), f"the re-keyed copy does not verify: {problems[0]}")


def verify_file(path: Path, key: bytes | None) -> list[str]:
    """What is wrong with a backup file (empty when it opens, is sound and holds a plan)."""
    try:
        db = connection.connect(path, key=key) if key is None else _read_only(path, key)
    except (*FILE_ERRORS, *connection.DB_ERRORS) as error:
        return [str(error)]
    try:
        problems = health_problems(db)
        if not problems and "plan" not in db.table_names():
            problems = ["no plan in this file"]
        return problems
    except connection.DB_ERRORS as error:
        return [str(error)]
    finally:
        db.close()


def recorded_heads(path: Path, key: bytes | None) -> dict[Chain, Head]:
    """The chain heads of a closed backup file."""
    db = connection.connect(path, key=key) if key is None else _read_only(path, key)
    try:
        return chain_heads.file_heads(db)
    finally:
        db.close()


def _read_only(path: Path, key: bytes) -> connection.PlanDatabase:
    conn = connection.raw_connect(f"file:{path}?mode=ro", key, uri=True)
    db = connection.PlanDatabase(conn, execute_plugins=False)
    db.key = key
    return db


def incident_active_in(plan_path: Path, key: bytes | None) -> bool:
    """Whether the plan has an open incident, read on a connection of this thread's own."""
    db = connection.connect(plan_path, key=key)
    try:
        row = db.execute("SELECT 1 FROM incidents WHERE closed_at IS NULL AND deleted_at IS NULL "
                         "LIMIT 1").fetchone()
        return row is not None
    finally:
        db.close()
