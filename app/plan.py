"""One open plan file and the services over it: `plan.risks`, `plan.contacts`, `plan.journal`…

The GUI and the CLI both sit on this object. It refuses what it cannot open safely (a
missing, empty, foreign or newer file) and never creates a plan over an existing file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import sqlite_utils

from app import key_file as key_files
from app import verified_state
from app.backups import Backups, finish_interrupted_restore, has_decided_restore
from app.cell import Cell
from app.clock import new_id, utc_now
from app.contacts import Contacts
from app.device import this_device_id, this_device_name
from app.incidents import Incidents
from app.journal import Journal
from app.key_management import link_new_plan, new_key_file, settle_interrupted_rekey
from app.messages import MessageLibrary
from app.plan_info import PlanInfo, plan_values
from app.plan_location import refuse_unsafe_location
from app.plan_lock import PlanLock, WritersLock, replacing
from app.planfile import atomic
from app.risks import Risks
from app.search import PlanSearch
from app.store import Listener, Store
from app.unlock import OpenedKey, Unlock, open_database
from db import connection, migrations
from db.errors import NotAPlan, PlanAlreadyExists, PlanCorrupt, PlanNotFound, StorageError
from db.health import health_problems
from db.schema_check import SchemaFinding, schema_findings


@dataclass(frozen=True)
class PlanSummary:
    """How much the plan holds."""

    organisation: str
    risks: int
    contacts: int
    roles: int
    messages: int
    incidents: int
    journal_entries: int

    def as_dict(self) -> dict[str, int | str]:
        """For JSON output."""
        return asdict(self)


def _check_is_plan(db: sqlite_utils.Database, path: Path, *, pages: bool = True) -> None:
    if not db.table_names():
        raise NotAPlan(str(path), "empty database")
    migrations.check_version(db, str(path))
    if not pages:
        return  # the file is exactly as this laptop verified it at its last close
    problems = health_problems(db)  # a damaged plan is never opened for writing
    if problems:
        raise PlanCorrupt(str(path), problems[0])


class Plan:
    """An open plan: the store and every service, built once."""

    def __init__(self, store: Store, device_id: str) -> None:
        self.path = Path(store.path)
        self._store = store
        self.device_id = device_id
        self.info = PlanInfo(store, device_id)
        meta = self.info.get()
        self.contacts = Contacts(store, meta.region)
        self.cell = Cell(store)
        self.risks = Risks(store)
        self.messages = MessageLibrary(store)
        self.journal = Journal(store, device_id, meta.language)
        self.incidents = Incidents(store, self.journal, meta.language)
        self.search = PlanSearch(store, self.journal)
        self.key = OpenedKey(None, None, "plain")
        self._lock: PlanLock | None = None
        self._writers: WritersLock | None = None
        self._backups: Backups | None = None
        #: Why the last automatic backup failed (None when it worked).
        self.backup_problem: StorageError | None = None

    # --- opening and creating ----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, device_id: str | None = None,
             unlock: Unlock | None = None, live: bool = False,
             backup_on_open: bool = True) -> Plan:
        """Open an existing plan, bringing its schema up to date (after a backup copy).

        The key comes from the keyring, a passphrase or a recovery key (`unlock`; see
        app/unlock.py). `live` is the window's way in: it holds the plan's instance lock,
        refuses a synced or network folder, and backs the plan up when it opens (unless
        `backup_on_open` is False: the window takes it off its thread, BackupTimer) and closes.
        A damaged plan (quick_check, cipher_integrity_check) is refused, never opened.
        """
        path = Path(path)
        if has_decided_restore(path):  # a restore killed midway: finish it, never open half
            with replacing(path):
                finish_interrupted_restore(path)
        if not path.is_file():
            raise PlanNotFound(str(path))
        writers = WritersLock(path).acquire()  # refused while a rekey or restore runs
        try:
            lock = PlanLock(path).acquire() if live else None
        except BaseException:
            writers.discard()
            raise
        try:
            if live:
                refuse_unsafe_location(path)
                atomic.tighten(path)  # a plan made 0644 by an earlier version: owner-only now
                # A create killed after linking the plan leaves its temporary names (links
                # to the plan and its key file): the window's open clears them, a read-only
                # look (verify, summary) does not.
                atomic.sweep(path.parent, "creating", path.name)
                atomic.sweep(path.parent, "new", key_files.key_file_path(path).name)
            pages = not verified_state.unchanged_since_verified(path)
            db, opened = open_database(
                path, unlock, check=lambda db: _check_is_plan(db, path, pages=pages))
        except BaseException:
            if lock is not None:
                lock.release()
            writers.discard()
            raise
        try:
            migrations.migrate(db, path)
            store = Store(db, str(path))
            plan = cls(store, device_id or this_device_id())
            plan.key = opened
            plan._lock = lock
            plan._writers = writers
            if opened.key_file is not None and opened.key_file.pending_check:
                settle_interrupted_rekey(path, opened)
                plan.key = replace(opened, key_file=key_files.read(path), pending=False)
            plan._register_device()
            if live and backup_on_open:
                try:
                    plan.backups.make("open")
                except StorageError as error:  # a full or read-only disk: open all the same,
                    plan.backup_problem = error  # and the window says why there is no backup
        except BaseException:
            db.close()
            if lock is not None:
                lock.release()
            writers.release()
            raise
        return plan

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        organisation: str,
        owner: str = "",
        language: str = "fr",
        region: str = "FR",
        device_id: str | None = None,
        fill: Callable[[Plan], None] | None = None,
        unlock: Unlock | None = None,
    ) -> Plan:
        """Make a new, encrypted plan file and open it. Refuses to replace any existing file.

        A random key encrypts it; the key goes to the OS keyring, or, when `unlock` carries a
        passphrase (or no keyring works: NoKeyring says why), into a key slot wrapped by it.
        The plan is built in a temporary file beside the target (with `fill` adding content)
        and linked into place only when complete, so a crash never leaves half a plan.
        """
        path = Path(path)
        if path.exists():
            raise PlanAlreadyExists(str(path))
        values = plan_values({"organisation": organisation, "owner": owner,
                              "language": language, "region": region})
        if not path.parent.is_dir():
            raise PlanNotFound(str(path.parent), "folder does not exist")
        plan_id, key = new_id(), key_files.new_key()
        key_file = new_key_file(str(path), plan_id, key, unlock)
        # 0600 before SQLite fills it (its -wal and -shm take its mode); a killed create's
        # leftover is removed by the next create of this path.
        temp = atomic.new_temp(path, "creating")
        tmp = temp.path
        try:
            db = connection.connect(tmp, create=True, key=key)
            try:
                migrations.migrate(db, tmp)
                now = utc_now()
                db["plan"].insert({  # type: ignore[union-attr]
                    "id": plan_id, "created_at": now, "updated_at": now, "revision": 1,
                    **values})
                db.conn.commit()
                plan = cls(Store(db, str(tmp)), device_id or this_device_id())
                if fill is not None:
                    fill(plan)
            finally:
                db.close()
            link_new_plan(tmp, path, key_file)
        finally:
            temp.remove()
        return cls.open(path, device_id=device_id, unlock=Unlock(recovery_key=key))

    def _register_device(self) -> None:
        if self._store.scalar("SELECT 1 FROM devices WHERE id = ?", [self.device_id]):
            return
        try:
            with self._store.write() as db:
                now = utc_now()
                db["devices"].insert({  # type: ignore[union-attr]
                    "id": self.device_id, "name": this_device_name(), "first_seen_at": now,
                    "created_at": now, "updated_at": now})
        except StorageError:
            pass  # a read-only plan still opens for reading; writing will say why it cannot

    # --- the rest ----------------------------------------------------------------------------
    def transaction(self) -> contextlib.AbstractContextManager[sqlite_utils.Database]:
        """Group several service calls into one transaction: all of them are written, or none."""
        return self._store.write()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Hear of every committed change (ui/ turns these into Qt signals)."""
        return self._store.subscribe(listener)

    def summary(self) -> PlanSummary:
        """Counts of what the plan holds."""
        return PlanSummary(
            organisation=self.info.get().organisation,
            risks=self.risks.count(),
            contacts=self.contacts.count(),
            roles=len(self.cell.roles()),
            messages=self.messages.count(),
            incidents=self.incidents.count(),
            journal_entries=self.journal.count(),
        )

    @property
    def encrypted(self) -> bool:
        """Whether the file is encrypted (False for a plan made before encryption)."""
        return self.key.key is not None

    @property
    def plan_id(self) -> str:
        """The plan's id (its keyring account)."""
        return self.info.get().id

    @property
    def backups(self) -> Backups:
        """The plan's automatic and manual backups."""
        if self._backups is None:
            self._backups = Backups(self.path, self.key)
        return self._backups

    def integrity_problems(self) -> list[str]:
        """What `PRAGMA integrity_check` (and, encrypted, `cipher_integrity_check`) find;
        empty when the file is sound."""
        return health_problems(self._store.db, full=True)

    def schema_findings(self) -> list[SchemaFinding]:
        """Triggers dropped, altered or added behind the app's back, and a schema version
        the migrations record disagrees with (db/schema_check.py); empty when sound."""
        return schema_findings(self._store.db)

    def close(self) -> None:
        """Close the plan file (a live plan is backed up first, then its lock released)."""
        try:
            verified = False
            if self._lock is not None and self._lock.held:
                with contextlib.suppress(StorageError):
                    # The backup reads every page (SQLCipher checks each page's HMAC) and
                    # the copy is verified: the file stands verified as it is closed.
                    verified = bool(self.backups.make("close"))
            self._store.close()
            if verified:
                verified_state.note_verified(self.path)
        finally:
            if self._lock is not None:
                self._lock.release()
            if self._writers is not None:
                self._writers.release()

    def __enter__(self) -> Plan:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
