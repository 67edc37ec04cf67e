"""Key management: a new plan's key, rekey, passphrase changes, keyring <-> passphrase,
encrypting a plan made before encryption, and the warned unencrypted export.

Every step that replaces something is atomic, and ordered so that a crash at any point
leaves a plan that opens with the old key or the new one, never neither:

- rekey: (1) the new key is staged (keyring `<plan id>/<new check>` or a pending key slot)
  and the key file names it as `pending_check`; (2) the data is exported with the new key into
  a temporary file (sqlcipher_export), synced and verified; (3) the file is renamed over the
  plan; (4) the new key is promoted (keyring entry, key file), the old one kept as retired
  (`<plan id>/<old check>`, so older backups still open) and in the key file's `retired`
  list, wrapped by the new key. On open, a pending key is settled: promoted if it is the
  one that opens the file, dropped otherwise. Each step is a crash point
  (app/planfile/crash_points.py), which the kill-at-every-step tests walk through.
- a passphrase change is a rekey whose new key is wrapped by the new passphrase only, so
  the old passphrase — with any copy of the old key file, a backup's say — opens nothing of
  today's plan; so is moving from a passphrase to the keyring (the dropped passphrase is
  revoked the same way). Moving from the keyring to a passphrase only rewrites the key file:
  no copy of a keyring-mode key file holds the key, so there is nothing to revoke, and the
  recovery sheet keeps working.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from app.errors import FILE_ERRORS, ValidationError
from app.keys import key_file as keys
from app.keys import keystore
from app.keys.errors import PassphraseRequired, PlanNotEncrypted
from app.keys.key_file import KeyFile
from app.keys.unlock import OpenedKey, Unlock, open_database
from app.planfile import atomic, companions, crash_points
from app.planfile.errors import PlanAlreadyExists
from app.planfile.locks import replacing
from db import connection
from db.errors import (
    LOW_SPACE_BYTES,
    DiskFull,
    NotAPlan,
    PlanCorrupt,
    PlanLocked,
    PlanReadOnly,
    classify,
    free_space,
)
from db.health import health_problems


def check_passphrase(passphrase: str) -> str:
    """A passphrase long enough to resist guessing (the value never goes into the error)."""
    if len(passphrase) < keys.MIN_PASSPHRASE_LENGTH:
        raise ValidationError("passphrase", "too_short", "…",
                              min_length=keys.MIN_PASSPHRASE_LENGTH)
    return passphrase


def new_key_file(path: str, plan_id: str, key: bytes, unlock: Unlock | None) -> KeyFile:
    """The key file of a new plan: a passphrase slot when one is given, else the keyring."""
    check = keys.key_check(key)
    if unlock is not None and unlock.passphrase is not None:
        check_passphrase(unlock.passphrase)
        return KeyFile(plan_id, "passphrase", check).with_slot(key, unlock.passphrase)
    keystore.store_key(plan_id, key, path=path)
    return KeyFile(plan_id, "keyring", check)


def link_new_plan(temp: Path, path: Path, key_file: KeyFile) -> None:
    """Put a finished new plan and its key file in place, never over existing files."""
    side = keys.key_file_path(path)
    if side.exists() and not path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        os.replace(side, side.with_name(f"{side.name}.orphan-{stamp}"))  # kept, not deleted
    # `.KEYS.<random>.new`, 0600 and locked: a killed create's is removed by the next one.
    side_temp = atomic.new_temp(side, "new")
    try:
        with open(side_temp.path, "wb") as handle:
            handle.write(keys.encode(key_file))
        side_temp.sync()
        crash_points.step("create: key file written")
        try:
            os.link(side_temp.path, side)
        except FileExistsError:
            raise PlanAlreadyExists(str(side)) from None
        try:
            os.link(temp, path)  # fails if a file appeared at `path` meanwhile
        except FileExistsError:
            side.unlink()
            raise PlanAlreadyExists(str(path)) from None
        crash_points.step("create: plan linked")
        keys.sync_folder(path.parent)
    except OSError as error:
        raise atomic.storage_error(error, path) from error
    finally:
        side_temp.remove()


# --- settling an interrupted rekey ----------------------------------------------------------

def settle_interrupted_rekey(path: Path, opened: OpenedKey) -> None:
    """Finish (the file has the new key) or drop (it has the old one) a rekey cut short."""
    key_file = opened.key_file
    if key_file is None or not key_file.pending_check or opened.key is None:
        return
    try:
        if opened.pending:
            _promote(path, key_file, opened.key)
        else:
            if key_file.mode_after_rekey == "keyring":
                keystore.forget_key(key_file.plan_id, key_check=key_file.pending_check)
            keys.write(path, replace(
                key_file, slots=key_file.current_slots(), pending_check=None,
                pending_mode=None,
                retired=tuple(r for r in key_file.retired if r.by == key_file.key_check)))
    except PlanReadOnly:
        pass  # read-only media: the plan opens all the same; it settles where writable


def _promote(path: Path, key_file: KeyFile, new_key: bytes) -> None:
    new_check = keys.key_check(new_key)
    after = key_file.mode_after_rekey
    if after == "keyring":
        if key_file.mode == "keyring":
            with contextlib.suppress(*FILE_ERRORS):  # keep the old key for older backups
                old = keystore.load_key(key_file.plan_id, path=str(path))
                if keys.key_check(old) != new_check:
                    keystore.store_key(key_file.plan_id, old, key_check=keys.key_check(old))
            crash_points.step("old_key_retired")
        keystore.store_key(key_file.plan_id, new_key, path=str(path))
        crash_points.step("keyring_updated")
    slots = tuple(replace(s, pending=False) for s in key_file.slots if s.pending)
    retired = tuple(r for r in key_file.retired if r.by == new_check)
    keys.write(path, KeyFile(key_file.plan_id, after, new_check, slots, retired=retired))
    crash_points.step("key_file_promoted")
    if after == "keyring":
        keystore.forget_key(key_file.plan_id, key_check=new_check)
        crash_points.step("pending_key_forgotten")


# --- rekey ----------------------------------------------------------------------------------

def _export(db: connection.PlanDatabase, target: Path, key: bytes | None) -> None:
    """sqlcipher_export of the open plan into a new file keyed with `key` (None: plain)."""
    alias = "exported"
    pragma = connection.key_pragma(key) if key is not None else "PRAGMA key = ''"
    key_sql = pragma.removeprefix("PRAGMA key = ")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    db.execute(f"ATTACH DATABASE ? AS {alias} KEY {key_sql}", [str(target)])
    try:
        db.execute(f"SELECT sqlcipher_export('{alias}')").fetchall()
        db.execute(f"PRAGMA {alias}.user_version = {int(version)}")
    finally:
        db.execute(f"DETACH DATABASE {alias}")
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _export_verified(db: connection.PlanDatabase, path: Path, suffix: str,
                     key: bytes | None) -> Path:
    """Export the open plan into `.PLAN.<suffix>` beside it, keyed with `key`, close the
    plan and verify the copy; returns the copy, which only then may replace the plan. On
    any failure the copy is removed and the plan is as it was."""
    temp = path.with_name(f".{path.name}.{suffix}")
    atomic.remove_with_sides(temp)  # a killed run's copy, and SQLite's -journal of it
    try:
        atomic.create_private(temp)  # 0600 before SQLite fills it, whatever the umask
        _export(db, temp, key)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        _refuse_if_still_open(path)
        _verify(temp, key)
    except BaseException as error:
        atomic.remove_with_sides(temp)
        raise _storage(error, path) from error
    return temp


def refuse_without_room(path: Path) -> None:
    """DiskFull, before anything is written, when the plan's folder cannot hold the full
    copy that a rewrite of the plan (rekey, encryption) makes beside it."""
    needed = sum(f.stat().st_size for f in (path, companions.wal_path(path))
                 if f.exists()) + LOW_SPACE_BYTES
    free = free_space(path)
    if free is not None and free < needed:
        raise DiskFull(str(path), f"a copy of the plan needs {needed // 1024} KiB, "
                                  f"{free // 1024} KiB are free")


def _refuse_if_still_open(path: Path) -> None:
    """PlanLocked when a -wal with content is left after our close: another program (a CLI
    command) has the plan open, and its log would not belong to the file that replaces it."""
    if companions.wal_waiting(path):
        raise PlanLocked(str(path), "another program has the plan open; try again when it "
                                    "has finished")


def _verify(target: Path, key: bytes | None) -> None:
    db = connection.connect(target, key=key)
    try:
        problems = health_problems(db)
        if not problems and "plan" not in db.table_names():
            problems = ["no plan in the new file"]
    finally:
        db.close()
    if problems:
        raise PlanCorrupt(str(target), problems[0])


def _storage(error: BaseException, path: Path) -> BaseException:
    if isinstance(error, OSError):
        return atomic.storage_error(error, path)
    if isinstance(error, connection.DB_ERRORS):
        return classify(error, str(path)) or error
    return error


def rekey(path: str | Path, unlock: Unlock | None = None) -> bytes:
    """Give the plan a new random key (rewrites the data); returns the new key.

    The plan must not be open in a window. Each completed step ("staged", "exported",
    "replaced", then "old_key_retired", "keyring_updated", "key_file_promoted",
    "pending_key_forgotten" for a keyring plan, "key_file_promoted" for a passphrase plan)
    is a crash point (app/planfile/crash_points.py) — how tests cut it short.
    """
    return _rekey(Path(path), unlock)


def _rekey(path: Path, unlock: Unlock | None, *, mode_after: str | None = None,
           passphrase_after: str | None = None) -> bytes:
    """Rekey the plan; the new key goes to `mode_after` (default: the plan's mode), wrapped
    by `passphrase_after` in passphrase mode (default: the plan's passphrase, given in
    `unlock`). Returns the new key."""
    with replacing(path):
        atomic.remove_with_sides(path.with_name(f".{path.name}.rekeying"))
        db, opened = open_database(path, unlock)
        try:
            key_file = opened.key_file
            if opened.key is None or key_file is None:
                raise PlanNotEncrypted(str(path), "encrypt it first (crisiscell encrypt)")
            if key_file.pending_check:
                db.close()
                settle_interrupted_rekey(path, opened)
                db, opened = open_database(path, unlock)
                key_file = opened.key_file
                assert key_file is not None and opened.key is not None
            old_key = opened.key
            assert old_key is not None  # a plain plan was refused above
            mode_after = mode_after or key_file.mode
            refuse_without_room(path)  # before the key file is staged: nothing written
            new_key = keys.new_key()
            new_check = keys.key_check(new_key)
            pending_slots: tuple[keys.KeySlot, ...] = ()
            if mode_after == "keyring":
                keystore.store_key(key_file.plan_id, new_key, key_check=new_check,
                                   path=str(path))
                crash_points.step("pending_key_stored")
            else:
                if passphrase_after is None:
                    passphrase_after = unlock.passphrase if unlock else None
                    if passphrase_after is None:
                        raise PassphraseRequired(str(path), "the new key is wrapped by the "
                                                            "plan's passphrase: give it")
                    if opened.via != "passphrase":  # opened by the recovery key: check it
                        keys.unwrap_any(key_file, passphrase_after, str(path))
                pending_slots = (keys.wrap(key_file.plan_id, new_key, passphrase_after,
                                           pending=True),)
            retired = (*(r for r in key_file.retired if r.by == key_file.key_check),
                       *keys.retire(key_file.plan_id, old_key, new_key, key_file.retired))
            staged = replace(
                key_file, pending_check=new_check, retired=retired,
                pending_mode=mode_after if mode_after != key_file.mode else None,
                slots=(*key_file.current_slots(), *pending_slots))
            keys.write(path, staged)
            crash_points.step("staged")
            temp = _export_verified(db, path, "rekeying", new_key)
            crash_points.step("exported")
            os.replace(temp, path)
            keys.sync_folder(path.parent)
            crash_points.step("replaced")
            _promote(path, staged, new_key)
            return new_key
        finally:
            with contextlib.suppress(Exception):
                db.close()


# --- passphrase and keyring -----------------------------------------------------------------

def _current_key(path: Path, unlock: Unlock | None) -> tuple[bytes, KeyFile]:
    """The plan's current key and key file, checked against the file itself."""
    db, opened = open_database(path, unlock)
    db.close()
    if opened.key is None or opened.key_file is None:
        raise PlanNotEncrypted(str(path), "encrypt it first (crisiscell encrypt)")
    if opened.key_file.pending_check:
        settle_interrupted_rekey(path, opened)
        return _current_key(path, unlock)
    return opened.key, opened.key_file


def set_passphrase(path: str | Path, new_passphrase: str,
                   unlock: Unlock | None = None) -> bool:
    """Protect the key with `new_passphrase`; True when the plan was re-keyed.

    Changing a passphrase re-keys the plan (see `_rekey`): the new key is wrapped by the
    new passphrase only, so the old passphrase, with any old copy of the key file, no longer
    opens the plan, nor does the old recovery sheet. Moving from the keyring only rewrites
    the key file (no key file ever held the key), then removes the keyring entry.
    """
    path = Path(path)
    check_passphrase(new_passphrase)
    side = keys.read(path)
    if side is not None and side.mode == "passphrase":  # _rekey opens and checks the plan
        _rekey(path, unlock, mode_after="passphrase", passphrase_after=new_passphrase)
        return True
    key, key_file = _current_key(path, unlock)
    with replacing(path):
        keys.write(path, replace(key_file, mode="passphrase", slots=(
            keys.wrap(key_file.plan_id, key, new_passphrase),)))
        keystore.forget_key(key_file.plan_id)
    return False


def use_keyring(path: str | Path, unlock: Unlock | None = None) -> bool:
    """Move the key into the OS keyring; True when the plan was re-keyed.

    From a passphrase, the plan is re-keyed into the keyring (the passphrase is revoked as
    by a passphrase change); a plan already in the keyring only gets its entry back.
    """
    path = Path(path)
    key, key_file = _current_key(path, unlock)
    if key_file.mode == "passphrase":
        keystore.check_keyring(str(path))  # before anything changes
        _rekey(path, unlock, mode_after="keyring")
        return True
    keystore.store_key(key_file.plan_id, key, path=str(path))
    return False


# --- plans made before encryption, and the way out ------------------------------------------

def encrypt_in_place(path: str | Path, unlock: Unlock | None = None) -> Path:
    """Encrypt a plain plan made before encryption; returns where the original was kept."""
    path = Path(path)
    if not connection.is_plain_sqlite(path):
        raise NotAPlan(str(path), "not a plain SQLite plan (already encrypted?)")
    with replacing(path):
        db, opened = open_database(path, None)
        try:
            if "plan" not in db.table_names():
                raise NotAPlan(str(path), "no Crisis Cell schema in this database")
            plan_id = str(db.execute("SELECT id FROM plan LIMIT 1").fetchone()[0])
            key = keys.new_key()
            key_file = new_key_file(str(path), plan_id, key, unlock)
            temp = _export_verified(db, path, "encrypting", key)
            try:
                keys.write(path, key_file)
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
                kept = path.with_name(f"{path.name}.before-encryption-{stamp}")
                os.link(path, kept)
                os.replace(temp, path)
                keys.sync_folder(path.parent)
            except BaseException as error:
                with contextlib.suppress(FileNotFoundError):
                    temp.unlink()
                raise _storage(error, path) from error
            return kept
        finally:
            with contextlib.suppress(Exception):
                db.close()


def _export_step(name: str) -> None:
    crash_points.step(f"export-plain: {name}")


def export_plain(path: str | Path, output: str | Path, unlock: Unlock | None = None) -> Path:
    """Write an UNENCRYPTED copy of the plan to `output` (a new file, 0600). Personal data in
    clear: callers warn and ask for explicit consent first. `output` may not be the plan,
    one of its files or backups (OutputIsPlan); the copy is made in `.OUT.<random>.exporting`
    (0600, removed by the next export-plain in that folder if this one is killed)."""
    path, output = Path(path), Path(output)
    if output.exists():
        raise PlanAlreadyExists(str(output))
    atomic.refuse_plan_output(output, path)
    db, _ = open_database(path, unlock)
    crash_points.step("export-plain: plan opened")
    try:
        with atomic.replacing_file(output, plan=path, tag="exporting", exclusive=True,
                                   sweep_folder=True, step=_export_step) as temp:
            crash_points.step("export-plain: temporary file made")
            _export(db, temp, None)
            crash_points.step("export-plain: exported")
            db.close()
            _verify(temp, None)
            crash_points.step("export-plain: verified")
    except FileExistsError:
        raise PlanAlreadyExists(str(output)) from None
    except BaseException as error:
        raise _storage(error, output) from error
    finally:
        with contextlib.suppress(Exception):
            db.close()
    return output
