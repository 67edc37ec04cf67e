"""One open plan file and the services over it: `plan.risks`, `plan.contacts`, `plan.journal`,
`plan.review`…

The GUI and the CLI both sit on this object. It refuses what it cannot open safely (a
missing, empty, foreign or newer file) and never creates a plan over an existing file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TypedDict

import sqlite_utils

from app.cell.contacts import Contacts
from app.cell.roles import Cell
from app.clock import new_id, utc_now
from app.errors import FILE_ERRORS, FileError
from app.incidents.incidents import Incidents
from app.incidents.journal import Journal
from app.incidents.search import PlanSearch
from app.keys import key_file as key_files
from app.keys.management import link_new_plan, new_key_file, settle_interrupted_rekey
from app.keys.unlock import OpenedKey, Unlock, open_database
from app.messages.library import MessageLibrary
from app.plan_info import PlanInfo, plan_values
from app.planfile import atomic, chain_heads, verified_state, wal_check, witness
from app.planfile.backups import Backups, finish_interrupted_restore, has_decided_restore
from app.planfile.companions import SHM, WAL, companion
from app.planfile.device import this_device_id, this_device_name
from app.planfile.errors import PlanAlreadyExists, PlanBeingReplaced, WalDamaged
from app.planfile.location import refuse_unsafe_location
from app.planfile.locks import PlanLock, WritersLock, replacing
from app.planfile.look import PrivateCopy
from app.planfile.witness import Chain, Head
from app.review.review import Review
from app.risks.register import Risks
from app.store import Listener, Store
from db import connection, migrations
from db.errors import NotAPlan, PlanCorrupt, PlanNotFound, StorageError
from db.health import health_problems
from db.schema_check import SchemaFinding, schema_findings


class OpenOptions(TypedDict, total=False):
    """How `Plan.open` opens, for the callers that pass its options along (unlock loops)."""

    device_id: str | None
    live: bool
    backup_on_open: bool
    look: bool
    accept_wal_loss: bool


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


def _check_is_plan(db: connection.PlanDatabase, path: Path, *, pages: bool = True) -> None:
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
        self.review = Review(store, self.info, self.risks)
        self.incidents = Incidents(store, self.journal, meta.language, self.review)
        self.search = PlanSearch(store, self.journal)
        self.key = OpenedKey(None, None, "plain")
        self._lock: PlanLock | None = None
        self._writers: WritersLock | None = None
        self._backups: Backups | None = None
        #: Why the backup taken on opening failed (None when it worked or none was taken).
        self.backup_problem: FileError | None = None
        #: Witnessed chains the file does not hold whole (app/planfile/chain_heads.py):
        #: against this laptop's witness, or, for a backup, the heads it recorded.
        self.missing_entries: list[chain_heads.ChainGap] = []
        #: What the heads were compared with: "witness", "backup" or "" (nothing to compare:
        #: this laptop never saw the plan before).
        self.heads_compared_with = ""
        #: A damaged WAL found on opening: reported by a look, set aside when the user chose
        #: to keep the plan as it is (`wal_set_aside` names the copy kept).
        self.wal_damage: wal_check.WalDamage | None = None
        self.wal_set_aside: Path | None = None
        #: Entries the witness no longer expects, when this open finished a restore the
        #: user chose (None: no restore was finished here).
        self.witness_rebased: int | None = None
        #: Stale companions of a deleted plan that Plan.create set aside by name.
        self.set_aside: list[Path] = []
        self._look: PrivateCopy | None = None

    # --- opening and creating ----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, device_id: str | None = None,
             unlock: Unlock | None = None, live: bool = False,
             backup_on_open: bool = True, look: bool = False,
             accept_wal_loss: bool = False) -> Plan:
        """Open an existing plan, bringing its schema up to date (after a backup copy).

        The key comes from the keyring, a passphrase or a recovery key (`unlock`; see
        app/keys/unlock.py). `live` is the window's way in: it holds the plan's instance lock,
        refuses a synced or network folder, and backs the plan up when it opens (unless
        `backup_on_open` is False: the window takes it off its thread, as a job) and closes.
        A damaged plan (quick_check, cipher_integrity_check) is refused, never opened.

        `look` (verify, summary, printing): read a private copy, so that no byte on disk
        changes and nothing is left beside the file (app/planfile/look.py). A WAL that stops
        short (app/planfile/wal_check.py) raises WalDamaged unless `accept_wal_loss` (the
        user chose to keep the plan as it is: the damaged log is first copied aside by
        name); a look reports it as `wal_damage`. `missing_entries` names what this
        laptop's witness saw committed and the file lacks.
        """
        path = Path(path)
        if look:
            if has_decided_restore(path):  # finishing it writes: not a look's to do
                raise PlanBeingReplaced(str(path), "a restore was cut short; opening the plan "
                                                   "to write (the window, or `log`) finishes it")
            if not path.is_file():
                raise PlanNotFound(str(path))
            return cls._open_look(path, device_id, unlock)
        restored = False
        if has_decided_restore(path):  # a restore killed midway: finish it, never open half
            with replacing(path):
                restored = finish_interrupted_restore(path) is not None
        if not path.is_file():
            raise PlanNotFound(str(path))
        damage = wal_check.check(path)
        if damage is not None and not accept_wal_loss:
            raise WalDamaged(str(path), damage.describe())
        # Each step's clean-up is pushed as it succeeds; a later step that fails (or a
        # KeyboardInterrupt) runs them in reverse order, and a complete open disarms them.
        with contextlib.ExitStack() as on_failure:
            writers = WritersLock(path).acquire()  # refused while a rekey or restore runs
            on_failure.callback(writers.discard)
            lock = PlanLock(path).acquire() if live else None
            if lock is not None:
                on_failure.callback(lock.release)
            if live:
                refuse_unsafe_location(path)
                atomic.tighten(path)  # a plan made 0644 by an earlier version: owner-only now
                # A create killed after linking the plan leaves its temporary names (links
                # to the plan and its key file): the window's open clears them, a read-only
                # look (verify, summary) does not.
                atomic.sweep(path.parent, "creating", path.name)
                atomic.sweep(path.parent, "new", key_files.key_file_path(path).name)
            aside = None
            if damage is not None:  # the user chose: keep the evidence before SQLite replays
                aside = wal_check.set_aside(path, datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
            pages = not verified_state.unchanged_since_verified(path)
            db, opened = open_database(
                path, unlock, check=lambda db: _check_is_plan(db, path, pages=pages))
            writers.keep_file()  # the file is a plan: its writers lock file stays
            on_failure.callback(db.close)
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
            plan.wal_damage, plan.wal_set_aside = damage, aside
            on_failure.callback(plan._close_witness)
            plan._witness_heads(rebase=restored)
            if live and backup_on_open:
                try:
                    plan.backups.make("open")
                except FILE_ERRORS as error:  # a full or read-only disk: open all the same,
                    plan.backup_problem = error  # and the window says why there is no backup
            on_failure.pop_all()  # opened: from here Plan.close lets go of them all
        return plan

    @classmethod
    def _open_look(cls, path: Path, device_id: str | None, unlock: Unlock | None) -> Plan:
        damage = wal_check.check(path)
        with contextlib.ExitStack() as on_failure:
            copy = PrivateCopy(path)
            on_failure.callback(copy.close)
            pages = not verified_state.unchanged_since_verified(path)
            try:
                db, opened = open_database(
                    copy.path, unlock, check=lambda db: _check_is_plan(db, path, pages=pages))
            except FILE_ERRORS as error:
                _name_the_plan(error, copy.path, path)
                raise
            on_failure.callback(db.close)
            migrations.migrate(db, copy.path)
            plan = cls(Store(db, str(path)), device_id or this_device_id())
            plan.key, plan._look, plan.wal_damage = opened, copy, damage
            recorded = chain_heads.read_recorded(path)
            if recorded is not None:  # a backup: compared with what it held when it was taken
                plan.missing_entries = chain_heads.compare(db, recorded)
                plan.heads_compared_with = "backup"
            else:
                plan._compare_with_witness()
            on_failure.pop_all()  # opened: Plan.close removes the copy
        return plan

    def _compare_with_witness(self, witnessed: dict[Chain, Head] | None = None) -> None:
        """Compare the file with this laptop's witness (`witnessed`: the heads already read
        by the witness's own open; None: read them here, if this laptop has a witness)."""
        if witnessed is None:
            if not witness.known(self.plan_id):
                return
            witnessed = witness.read(self.plan_id)
        self.missing_entries = chain_heads.compare(self._store.db, witnessed)
        self.heads_compared_with = "witness"
        lost = {(g.incident_id, g.device_id) for g in self.missing_entries if not g.rewritten}
        self.journal.continue_after(h for chain, h in witnessed.items() if chain in lost)

    def _witness_heads(self, *, rebase: bool = False) -> None:
        """Compare with this laptop's witness, then keep it up to date from now on.

        `rebase`: a restore the user chose was finished by this open; the witness starts
        again from the restored heads (`witness_rebased` says how many entries it no longer
        expects)."""
        try:
            opened = witness.Witness(self.plan_id).open()
        except OSError:  # no data folder to write in: the plan opens, unwitnessed
            if not rebase:
                self._compare_with_witness()
            return
        self._store.witness = opened
        if not rebase and opened.existed:  # the heads its open read, not a second read
            self._compare_with_witness(opened.heads)
        first_sight = not self.heads_compared_with
        try:
            if rebase:
                self.witness_rebased = self._store.witness.rebase(
                    chain_heads.file_heads(self._store.db).values(), "restore")
                self.heads_compared_with = "witness"
            elif first_sight:  # a plan this laptop never saw: its chains as they are now
                self._store.witness.record(chain_heads.file_heads(self._store.db).values())
        except OSError:
            return  # no data folder to write in: the plan opens, unwitnessed

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
        fill: Callable[[Plan], object] | None = None,
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
        stale = _stale_companions(path)
        values = plan_values({"organisation": organisation, "owner": owner,
                              "language": language, "region": region})
        if not path.parent.is_dir():
            raise PlanNotFound(str(path.parent), "folder does not exist")
        set_aside = _set_aside(stale)
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
                db.table("plan").insert({
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
        plan = cls.open(path, device_id=device_id, unlock=Unlock(recovery_key=key))
        plan.set_aside = set_aside
        return plan

    def _register_device(self) -> None:
        if self._store.scalar("SELECT 1 FROM devices WHERE id = ?", [self.device_id]):
            return
        try:
            with self._store.write() as db:
                now = utc_now()
                db.table("devices").insert({
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
            self._backups.before_backup = self._sync_witness
        return self._backups

    def _sync_witness(self) -> None:
        if self._store.witness is not None:
            self._store.witness.sync()

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
                with contextlib.suppress(*FILE_ERRORS):
                    # The backup reads every page (SQLCipher checks each page's HMAC) and
                    # the copy is verified: the file stands verified as it is closed.
                    verified = bool(self.backups.make("close"))
            self._store.close()
            if verified:
                verified_state.note_verified(self.path)
        finally:
            self._close_witness()
            if self._look is not None:
                self._look.close()
            if self._lock is not None:
                self._lock.release()
            if self._writers is not None:
                self._writers.release()

    def _close_witness(self) -> None:
        if self._store.witness is not None:
            self._store.witness.close()
            self._store.witness = None

    def __enter__(self) -> Plan:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _name_the_plan(error: FileError, copy: Path, path: Path) -> None:
    """A look's error names the plan, not its private copy."""
    error.path = str(path)
    error.detail = error.detail.replace(str(copy), str(path))
    error.args = (str(error.args[0]).replace(str(copy), str(path)),) if error.args else ()


def _stale_companions(path: Path) -> list[Path]:
    """A `-wal`/`-shm` left beside a plan file that is gone: SQLite would replay that old
    log into a new plan made at the same path."""
    return [p for p in (companion(path, WAL), companion(path, SHM)) if p.exists()]


def _set_aside(stale: list[Path]) -> list[Path]:
    """Rename stale companions to `<name>.stale-<time>` (kept, never deleted)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    moved = []
    for path in stale:
        target = path.with_name(f"{path.name}.stale-{stamp}")
        os.replace(path, target)
        moved.append(target)
    return moved
