"""Finding a plan's key and opening its encrypted file, telling every failure apart.

Order: a recovery key given explicitly (or named by `CRISISCELL_RECOVERY_KEY_FILE`, the way
child processes and scripts pass a key), else the key file's mode: the OS keyring, or a
passphrase unwrapping a key slot. Every refusal happens before anything is written, so the
plan file stays byte-for-byte as it was:

- empty file -> NotAPlan ("empty file", never a first start); size not a whole number of
  pages, or fewer pages than the database says -> PlanTruncated;
- key file missing on an encrypted file -> KeyUnavailable (the recovery key still opens it);
  a key file that cannot be read -> KeyFileDamaged (likewise); another plan's key file ->
  KeyFileOfAnotherPlan, told from damage by decrypting a few pages with its key;
- during an interrupted rekey or passphrase change, a key from the other side of it ->
  KeyChangeCutShort, saying which one opens the plan now;
- a key whose check value differs from the key file's -> WrongKey; a key that matches the
  check but does not decrypt -> PlanCorrupt (so neither is ever reported as the other);
- decrypted but no Crisis Cell schema -> NotAPlan; written by a newer version -> PlanTooNew.

`unlocking` is the one "key refused -> ask -> try again" loop: the window (a dialog) and the
CLI (the terminal) supply only the asking.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from app.errors import FILE_ERRORS, PlanFileError
from app.keys import key_file as keys
from app.keys import keystore
from app.keys.errors import (
    InsecureKeyring,
    KeyChangeCutShort,
    KeyFileDamaged,
    KeyFileOfAnotherPlan,
    KeyUnavailable,
    NoKeyring,
    PassphraseRequired,
    WrongKey,
    WrongPassphrase,
)
from app.keys.key_file import KeyFile
from app.planfile import companions
from db import connection
from db.errors import SQLITE_NOTADB, NotAPlan, PlanCorrupt, PlanNotFound, PlanTruncated

RECOVERY_KEY_FILE_ENV = "CRISISCELL_RECOVERY_KEY_FILE"
PAGE_SIZE = 4096  # SQLCipher 4's default page size
_NOT_HEX = re.compile(r"[\s\-:]")


@dataclass(frozen=True)
class Unlock:
    """What the user gave to open or create a plan: a passphrase and/or a recovery key."""

    passphrase: str | None = None
    recovery_key: bytes | None = None

    def __repr__(self) -> str:  # never show a secret in a traceback or log
        return (f"Unlock(passphrase={'***' if self.passphrase else None}, "
                f"recovery_key={'***' if self.recovery_key else None})")


@dataclass(frozen=True)
class OpenedKey:
    """How a plan was opened: its key (None for a plain file), key file and the way in."""

    key: bytes | None
    key_file: KeyFile | None
    via: str  # "keyring", "passphrase", "recovery", "plain"
    pending: bool = False  # the new key of a rekey interrupted before it finished


#: The refusals a person can answer with a passphrase or a recovery key (a damaged key file
#: too: the recovery key opens the plan without it). Any other refusal is told, never asked
#: about: a damaged or cut-short file, and another plan's key file beside this one (no key
#: typed can help: that file must be moved out first).
ASKABLE: tuple[type[PlanFileError], ...] = (
    PassphraseRequired, WrongPassphrase, KeyUnavailable, WrongKey, NoKeyring, InsecureKeyring)
TOLD: tuple[type[PlanFileError], ...] = (KeyFileOfAnotherPlan,)


@dataclass(frozen=True)
class KeyQuestion:
    """Why a plan's key is asked: the refusal to answer (None: the user chose to give the
    recovery key up front) and what was given before it."""

    refusal: PlanFileError | None
    given: Unlock | None = None

    @property
    def recovery(self) -> bool:
        """The recovery key is the way in: asked for it, no key here, or a key was wrong."""
        return self.refusal is None or isinstance(self.refusal, (KeyUnavailable, WrongKey))

    @property
    def retyped(self) -> Unlock | None:
        """What was typed, when it is what was refused (kept, so that a typo can be fixed)."""
        return self.given if isinstance(self.refusal, (WrongPassphrase, WrongKey)) else None


#: Asks for the key: returns what the user gave, None when they give up, or raises (the
#: refusal itself, usually) when there is no one to ask or nothing more to ask.
Ask = Callable[[KeyQuestion], Unlock | None]

T = TypeVar("T")


def unlocking(attempt: Callable[[Unlock | None], T], ask: Ask, unlock: Unlock | None = None,
              *, recovery_first: bool = False) -> T | None:
    """Run `attempt` (an open that needs the plan's key) with `unlock`, and as long as it is
    refused for want of the right passphrase or recovery key (ASKABLE), ask and try again.

    `recovery_first`: the user chose to open with the recovery key; it is asked before the
    first attempt. None when `ask` gives up; every other refusal propagates, told apart.
    """
    if recovery_first:
        unlock = ask(KeyQuestion(None))
        if unlock is None:
            return None
    while True:
        try:
            return attempt(unlock)
        except TOLD:
            raise
        except ASKABLE as refusal:
            unlock = ask(KeyQuestion(refusal, unlock))
            if unlock is None:
                return None


def parse_recovery_key(text: str, path: str = "") -> bytes:
    """A key typed or read from a sheet: 64 hex digits, in groups, or as x'…'."""
    cleaned = text.strip()
    if cleaned.lower().startswith("x'") and cleaned.endswith("'"):
        cleaned = cleaned[2:-1]
    cleaned = _NOT_HEX.sub("", cleaned).lower()
    if not re.fullmatch(r"[0-9a-f]{64}", cleaned):
        raise WrongKey(path, "a recovery key is 64 hexadecimal digits (0-9, a-f)")
    return bytes.fromhex(cleaned)


def read_recovery_key_file(key_path: str | Path, plan_path: str = "") -> bytes:
    """The recovery key written in a text file."""
    try:
        text = Path(key_path).read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise KeyUnavailable(str(key_path), error.strerror or str(error)) from None
    return parse_recovery_key(text, plan_path)


def _with_environment(unlock: Unlock | None, path: str, key_file: KeyFile | None) -> Unlock:
    """`unlock`, or the key named by CRISISCELL_RECOVERY_KEY_FILE when it is this plan's
    (a key file that names another key means the variable is meant for another plan)."""
    unlock = unlock or Unlock()
    if unlock.recovery_key is None and os.environ.get(RECOVERY_KEY_FILE_ENV):
        key = read_recovery_key_file(os.environ[RECOVERY_KEY_FILE_ENV], path)
        check = keys.key_check(key)
        if key_file is None or check in (key_file.key_check, key_file.pending_check):
            return Unlock(passphrase=unlock.passphrase, recovery_key=key)
    return unlock


def check_file_shape(path: Path) -> bool:
    """Refuse an empty or cut-short file before any driver touches it; True when plain SQLite."""
    if not path.is_file():
        raise PlanNotFound(str(path))
    size = path.stat().st_size
    if size == 0:
        raise NotAPlan(str(path), "empty file (not a first start: the file exists)")
    if connection.is_plain_sqlite(path):
        with open(path, "rb") as handle:
            header = handle.read(100)
        page_size = int.from_bytes(header[16:18], "big") if len(header) >= 18 else 0
        page_size = 65536 if page_size == 1 else page_size
        if len(header) < 100 or not page_size or size % page_size:
            raise PlanTruncated(str(path), f"{size} bytes is not a whole number of pages")
        return True
    if size % PAGE_SIZE:
        # An encrypted plan is whole 4096-byte pages; anything else is cut short or foreign.
        if not keys.key_file_path(path).exists():
            raise NotAPlan(str(path), "neither a plan nor an encrypted database")
        raise PlanTruncated(str(path), f"{size} bytes is not a whole number of pages")
    return False


def key_candidates(path: Path, key_file: KeyFile | None, unlock: Unlock
                   ) -> list[tuple[bytes, str, bool]]:
    """The keys to try, in order: (key, via, is the pending key of an interrupted rekey)."""
    where = str(path)
    if unlock.recovery_key is not None:
        key = unlock.recovery_key
        if key_file is not None and not key_file.matches(key):
            if key_file.pending_check and keys.key_check(key) == key_file.pending_check:
                return [(key, "recovery", True)]
            raise WrongKey(where, "this recovery key is not the key of this plan")
        return [(key, "recovery", False)]
    if key_file is None:
        raise KeyUnavailable(where, f"no key file ({keys.key_file_path(path).name}) beside "
                                    "the plan: open it with its recovery key")
    found: list[tuple[bytes, str, bool]] = []
    if unlock.passphrase is not None and key_file.slots:
        for pending in (False, True) if key_file.pending_check else (False,):
            with contextlib.suppress(*FILE_ERRORS):
                found.append((keys.unwrap_any(key_file, unlock.passphrase, where,
                                              pending=pending), "passphrase", pending))
        if key_file.pending_check and key_file.mode_after_rekey == "keyring":
            found.extend(_pending_in_keyring(key_file, where))
        if not found:
            raise WrongPassphrase(where, "the passphrase opens no key slot of this plan")
        return found
    if key_file.mode == "passphrase":
        if key_file.pending_check and key_file.mode_after_rekey == "keyring":
            found = _pending_in_keyring(key_file, where)  # moving to the keyring, cut short
            if found:
                return found
        reason = keystore.keyring_problem() or "this plan is protected by a passphrase"
        raise PassphraseRequired(where, reason)
    key = keystore.load_key(key_file.plan_id, path=where)
    if key_file.matches(key):
        found.append((key, "keyring", False))
    elif key_file.pending_check and keys.key_check(key) == key_file.pending_check:
        return [(key, "keyring", True)]  # cut short while promoting the new key
    else:
        # A copy of this plan from before a rekey of another copy (a backup copied out, a
        # second copy on this laptop): the keyring keeps the key it had as a retired entry.
        try:
            key = keystore.load_key(key_file.plan_id, key_check=key_file.key_check,
                                    path=where)
        except FILE_ERRORS:
            raise WrongKey(where, "the keyring's key for this plan id is not this plan's "
                                  "key") from None
        if not key_file.matches(key):
            raise WrongKey(where, "the keyring's key for this plan id is not this plan's key")
        found.append((key, "keyring", False))
    if key_file.pending_check:
        found.extend(_pending_in_keyring(key_file, where))
    return found


def _pending_in_keyring(key_file: KeyFile, where: str) -> list[tuple[bytes, str, bool]]:
    """The pending key of an interrupted rekey as the keyring keeps it (none: [])."""
    assert key_file.pending_check is not None
    try:
        key = keystore.load_key(key_file.plan_id, key_check=key_file.pending_check, path=where)
    except FILE_ERRORS:
        return []
    return [(key, "keyring", True)] if keys.key_check(key) == key_file.pending_check else []


def open_database(path: str | Path, unlock: Unlock | None = None,
                  check: Callable[[connection.PlanDatabase], None] | None = None,
                  ) -> tuple[connection.PlanDatabase, OpenedKey]:
    """Open the plan file with its key, refusing (unchanged) whatever is wrong with it.

    `check` runs on the decrypted file before anything may write to it (connection.connect).
    """
    path = Path(path)
    plain = check_file_shape(path)
    where = str(path)
    try:
        key_file = keys.read(path)
    except KeyFileDamaged:
        # A plain plan needs no key file; without a readable one the recovery key still
        # opens an encrypted plan.
        if not plain and _with_environment(unlock, where, None).recovery_key is None:
            raise
        key_file = None

    def checks(db: connection.PlanDatabase) -> None:
        _refuse_truncated(db, path)
        if check is not None:
            check(db)

    if plain:
        # A key file beside a plain plan is left by an encryption cut short: the plain file
        # is still the plan, and encrypting it again replaces the key file.
        db = connection.connect(path, check=checks)
        return db, OpenedKey(None, None, "plain")
    given = _with_environment(unlock, where, key_file)
    if key_file is not None and given.recovery_key is not None:
        _refuse_foreign_key_file(path, key_file, given.recovery_key)
    candidates = key_candidates(path, key_file, given)
    last_error: NotAPlan | None = None
    for key, via, pending in candidates:
        try:
            db = connection.connect(path, key=key, check=checks)
        except NotAPlan as error:  # SQLCipher's SQLITE_NOTADB: a wrong key, or no plan
            if error.sqlite_code is None or error.sqlite_code & 0xFF != SQLITE_NOTADB:
                raise  # decrypted, but refused by `check`
            last_error = error
            continue
        except PlanCorrupt:
            _refuse_truncated_raw(path, key)  # a missing page reads as "malformed": say why
            raise
        return db, OpenedKey(key, key_file, via, pending)
    assert last_error is not None
    if key_file is None:
        raise WrongKey(where, "this key does not open the file (no key file beside it to tell "
                              "a wrong key from a damaged file)")
    if key_file.pending_check:
        _refuse_other_side_of_key_change(where, key_file, {c[2] for c in candidates})
    if not any(_decrypts_pages(path, key) for key, _via, _pending in candidates):
        raise KeyFileOfAnotherPlan(
            where, f"id {key_file.plan_id}; its key decrypts no page of this file: another "
                   "plan's key file, or an older one of this plan from before a key change")
    raise PlanCorrupt(where, "the key is right but the file does not decrypt: it is damaged")


def _refuse_foreign_key_file(path: Path, key_file: KeyFile, recovery_key: bytes) -> None:
    """KeyFileOfAnotherPlan when the recovery key is not the key file's but opens the file
    (tried on the main file alone, immutable: not even a -wal or -shm is made finding out)."""
    if keys.key_check(recovery_key) in (key_file.key_check, key_file.pending_check):
        return
    try:
        from urllib.parse import quote

        conn = connection.raw_connect(f"file:{quote(str(path))}?mode=ro&immutable=1",
                                      recovery_key, uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except (*FILE_ERRORS, *connection.DB_ERRORS):
        raise WrongKey(str(path), "this recovery key is not the key of this plan") from None
    raise KeyFileOfAnotherPlan(
        str(path), f"id {key_file.plan_id}; the recovery key given opens this plan: move "
                   f"{keys.key_file_path(path).name} out of the folder, then open the plan "
                   "with its recovery key")


def _refuse_other_side_of_key_change(where: str, key_file: KeyFile, tried: set[bool]) -> None:
    """KeyChangeCutShort when only keys from one side of an interrupted change were tried."""
    after = ("its new passphrase" if key_file.mode_after_rekey == "passphrase"
             else "the keyring")
    if tried == {False}:
        raise KeyChangeCutShort(
            where, "a key change of this plan was interrupted after the data was re-keyed: "
                   f"it now opens with {after} (or the new recovery key), which completes "
                   "the change")
    if tried == {True}:
        raise KeyChangeCutShort(
            where, "a key change of this plan was interrupted before it took effect: it "
                   "still opens with its old passphrase or key, which drops the change")


def _decrypts_pages(path: Path, key: bytes) -> bool:
    """Whether `key` decrypts this file's pages (so a failure to open is damage, not another
    plan's key): page 1 decrypts to a SQLite header, or most of pages 2-9 to page types.

    SQLCipher 4 pages: AES-256-CBC with the raw key, the IV among the 80 reserved bytes at
    the end of each page; page 1 keeps its first 16 bytes (the salt) in clear.
    """
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    def decrypt(page: bytes, skip: int) -> bytes:
        iv = page[PAGE_SIZE - 80:PAGE_SIZE - 64]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return decryptor.update(page[skip:PAGE_SIZE - 80]) + decryptor.finalize()

    with open(path, "rb") as handle:
        pages = [handle.read(PAGE_SIZE) for _ in range(9)]
    pages = [page for page in pages if len(page) == PAGE_SIZE]
    if not pages:
        return False
    header = decrypt(pages[0], 16)  # offsets 16..23 of the SQLite header
    if header[0:2] == PAGE_SIZE.to_bytes(2, "big") and header[2:4] in (b"\1\1", b"\2\2") \
            and header[4:8] == bytes((80, 64, 32, 32)):
        return True
    rest = pages[1:]
    # A b-tree page starts with its type (2, 5, 10, 13); overflow and freelist pages with a
    # page number (0 first for any plan under 16 million pages). Random bytes rarely do.
    plausible = sum(decrypt(page, 0)[0] in (0, 2, 5, 10, 13) for page in rest)
    return bool(rest) and plausible * 2 > len(rest)


def _refuse_truncated_raw(path: Path, key: bytes | None) -> None:
    """PlanTruncated when page 1's header counts more pages than the file holds.

    SQLite itself only says "malformed" for a file cut at a page boundary, so page 1 is
    decrypted here (SQLCipher 4: AES-256-CBC with the raw key, the IV among the 80 reserved
    bytes at the end of the page) to read the database size at header offset 28.
    """
    if key is None or companions.wal_waiting(path):
        return
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    with open(path, "rb") as handle:
        page = handle.read(PAGE_SIZE)
    if len(page) < PAGE_SIZE:
        return
    iv = page[PAGE_SIZE - 80:PAGE_SIZE - 64]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page[16:PAGE_SIZE - 80]) + decryptor.finalize()
    pages = int.from_bytes(plain[28 - 16:32 - 16], "big")
    size = path.stat().st_size
    if pages * PAGE_SIZE > size:
        raise PlanTruncated(str(path), f"{size} bytes hold {size // PAGE_SIZE} of its "
                                       f"{pages} pages")


def _refuse_truncated(db: Any, path: Path) -> None:
    if companions.wal_waiting(path):
        return  # pages may still live in the WAL
    try:
        pages = int(db.execute("PRAGMA page_count").fetchone()[0])
        page_size = int(db.execute("PRAGMA page_size").fetchone()[0])
    except connection.DB_ERRORS:
        raise PlanCorrupt(str(path), "the database header cannot be read") from None
    size = path.stat().st_size
    if pages * page_size > size:
        raise PlanTruncated(str(path), f"{size} bytes hold {size // page_size} of its "
                                       f"{pages} pages")
