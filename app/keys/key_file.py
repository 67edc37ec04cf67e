"""The key file beside a plan (`<plan>.keys`): what must be known before decrypting it.

A plan file is a SQLCipher 4 database keyed with a random 256-bit raw key. The key file is
small JSON, written atomically (temporary file, fsync, rename, fsync of the folder), and holds
nothing secret on its own:

- `plan_id`: the plan's id, the keyring account of its key;
- `mode`: "keyring" (the key lives in the OS keyring) or "passphrase" (in key slots here);
- `key_check`: the first 16 bytes of HMAC-SHA256(key, "crisiscell key check v1"), so that a
  wrong key is told apart from a damaged file before SQLCipher is even asked;
- `slots`: LUKS-like key slots, each the same key wrapped by a passphrase (scrypt, then
  AES-256-GCM with the plan id and key check as associated data); changing the passphrase
  re-keys the plan (app/keys/management.py), so that an old copy of this file with the old
  passphrase opens nothing of today's plan;
- `pending_check` (only during a rekey): the check of the new key, whose slots carry
  `"pending": true`, or whose keyring entry is `<plan id>/<pending check>`; `pending_mode`
  when the rekey also moves the key (passphrase -> keyring). After a crash midway, whichever
  of the two keys opens the file wins and the rekey is completed or dropped;
- `retired`: the plan's earlier keys (before rekeys and passphrase changes), each wrapped by
  the current key (AES-256-GCM), so that whoever opens the plan today also opens its older
  backups, while an old key, passphrase or key file opens nothing of today's plan.

Everything read from the file is bounded before it is used: the scrypt cost a slot asks for
(n, r, p and memory within what we write), the lengths of salts, nonces and wrapped keys,
and the number of slots and retired keys. Anything else is refused as damaged (KeyFileDamaged),
never attempted.

Without its key file a plan still opens with its recovery key (printed on the recovery sheet).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.keys.errors import KeyFileDamaged, WrongPassphrase
from app.planfile import atomic, companions
from db.errors import PlanTooNew

FORMAT = "crisiscell-keys"
VERSION = 1
SUFFIX = companions.KEYS
MODES = ("keyring", "passphrase")
#: scrypt cost: 128 MiB of memory, a few tenths of a second (OWASP's recommended minimum).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MIN_PASSPHRASE_LENGTH = 8
#: What a slot read from a key file may ask of scrypt: n a power of two within these, r and
#: p no more than we write, memory (128 * n * r * p bytes) at most 256 MiB. Anything more is a
#: damaged or hostile file (n = 2**40 is a MemoryError, 2**20 costs 1.1 GB and seconds).
MIN_SCRYPT_N, MAX_SCRYPT_N = 2**14, SCRYPT_N
MAX_SCRYPT_R, MAX_SCRYPT_P = SCRYPT_R, 2
MAX_SCRYPT_MEMORY = 256 * 2**20
#: Tests set this to a power of two in [MIN_SCRYPT_N, SCRYPT_N] to write cheaper slots; it
#: can only lower the cost down to what reading accepts, and is never set by the app.
SCRYPT_N_ENV = "CRISISCELL_TEST_SCRYPT_N"
SALT_BYTES, NONCE_BYTES, KEY_BYTES, TAG_BYTES = 16, 12, 32, 16
MAX_SLOTS = 8
#: Retired keys kept: more than the key changes the kept backups (20 + 30 days) can span.
MAX_RETIRED = 32
_MAX_ID_LENGTH = 100


def scrypt_n() -> int:
    """The scrypt cost new slots are written with (SCRYPT_N unless a test lowers it)."""
    value = os.environ.get(SCRYPT_N_ENV, "")
    if value.isdigit():
        n = int(value)
        if MIN_SCRYPT_N <= n <= SCRYPT_N and n & (n - 1) == 0:
            return n
    return SCRYPT_N


def new_key() -> bytes:
    """A random 256-bit plan key."""
    return secrets.token_bytes(32)


def key_check(key: bytes) -> str:
    """The non-secret check value of a key (32 hex digits)."""
    return hmac.new(key, b"crisiscell key check v1", hashlib.sha256).hexdigest()[:32]


def key_file_path(plan_path: str | Path) -> Path:
    """Where the key file of `plan_path` lives."""
    return companions.key_file_path(plan_path)


@dataclass(frozen=True)
class KeySlot:
    """The plan key wrapped by one passphrase."""

    salt: str
    nonce: str
    wrapped: str
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P
    pending: bool = False

    def as_json(self) -> dict[str, Any]:
        """For the key file."""
        return {"kdf": "scrypt", "n": self.n, "r": self.r, "p": self.p, "salt": self.salt,
                "nonce": self.nonce, "wrapped": self.wrapped, "pending": self.pending}


@dataclass(frozen=True)
class RetiredKey:
    """An earlier key of the plan (`check`), wrapped by the key whose check is `by`."""

    check: str
    by: str
    nonce: str
    wrapped: str

    def as_json(self) -> dict[str, Any]:
        """For the key file."""
        return {"check": self.check, "by": self.by, "nonce": self.nonce,
                "wrapped": self.wrapped}


@dataclass(frozen=True)
class KeyFile:
    """The contents of a plan's key file."""

    plan_id: str
    mode: str
    key_check: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)
    pending_check: str | None = None
    retired: tuple[RetiredKey, ...] = field(default_factory=tuple)
    #: The mode the key file takes when the pending key is promoted (None: `mode`).
    pending_mode: str | None = None

    def as_json(self) -> dict[str, Any]:
        """For writing."""
        data: dict[str, Any] = {
            "format": FORMAT, "version": VERSION, "plan_id": self.plan_id, "mode": self.mode,
            "key_check": self.key_check, "slots": [s.as_json() for s in self.slots]}
        if self.pending_check:
            data["pending_check"] = self.pending_check
        if self.pending_mode:
            data["pending_mode"] = self.pending_mode
        if self.retired:
            data["retired"] = [r.as_json() for r in self.retired]
        return data

    @property
    def mode_after_rekey(self) -> str:
        """The mode once the pending key is promoted."""
        return self.pending_mode or self.mode

    def matches(self, key: bytes) -> bool:
        """Whether `key` is this plan's current key."""
        return hmac.compare_digest(key_check(key), self.key_check)

    def current_slots(self) -> tuple[KeySlot, ...]:
        """The slots of the current key."""
        return tuple(s for s in self.slots if not s.pending)

    def with_slot(self, key: bytes, passphrase: str, *, pending: bool = False) -> KeyFile:
        """A copy with a slot wrapping `key` by `passphrase` added."""
        return replace(self, slots=(*self.slots, wrap(self.plan_id, key, passphrase, pending)))


def _aad(plan_id: str, check: str) -> bytes:
    return f"{FORMAT}|{plan_id}|{check}".encode()


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # cryptography is imported here, not with the module: only passphrase slots need it.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def wrap(plan_id: str, key: bytes, passphrase: str, pending: bool = False) -> KeySlot:
    """Wrap `key` with `passphrase` into a new slot (fresh salt and nonce)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    n = scrypt_n()
    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(_kek(passphrase, salt, n, SCRYPT_R, SCRYPT_P)).encrypt(
        nonce, key, _aad(plan_id, key_check(key)))
    return KeySlot(salt.hex(), nonce.hex(), sealed.hex(), n=n, pending=pending)


def unwrap(plan_id: str, slot: KeySlot, passphrase: str, check: str) -> bytes | None:
    """The key in `slot` if `passphrase` opens it (None otherwise)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        kek = _kek(passphrase, bytes.fromhex(slot.salt), slot.n, slot.r, slot.p)
        return AESGCM(kek).decrypt(bytes.fromhex(slot.nonce), bytes.fromhex(slot.wrapped),
                                   _aad(plan_id, check))
    except (InvalidTag, ValueError):
        return None


def unwrap_any(key_file: KeyFile, passphrase: str, path: str, *, pending: bool = False) -> bytes:
    """The key opened by `passphrase` from the current (or pending) slots; WrongPassphrase."""
    check = key_file.pending_check if pending else key_file.key_check
    for slot in key_file.slots:
        if slot.pending != pending or check is None:
            continue
        key = unwrap(key_file.plan_id, slot, passphrase, check)
        if key is not None:
            return key
    raise WrongPassphrase(path, "the passphrase opens no key slot of this plan")


def retire(plan_id: str, old_key: bytes, new_key: bytes, earlier: tuple[RetiredKey, ...]
           ) -> tuple[RetiredKey, ...]:
    """The retired keys once `new_key` replaces `old_key`: the old key and every earlier one
    it could unwrap, each wrapped by the new key (newest first, at most MAX_RETIRED)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    old_check, new_check = key_check(old_key), key_check(new_key)
    keys_by_check = {old_check: old_key}
    for entry in earlier:
        key = unwrap_retired(plan_id, entry, old_key)
        if key is not None and entry.check not in keys_by_check:
            keys_by_check[entry.check] = key
    keys_by_check.pop(new_check, None)
    sealer = AESGCM(new_key)
    retired = []
    for check, key in list(keys_by_check.items())[:MAX_RETIRED]:
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = sealer.encrypt(nonce, key, _retired_aad(plan_id, check, new_check))
        retired.append(RetiredKey(check, new_check, nonce.hex(), sealed.hex()))
    return tuple(retired)


def _retired_aad(plan_id: str, check: str, by: str) -> bytes:
    return f"{FORMAT}|{plan_id}|retired|{check}|{by}".encode()


def unwrap_retired(plan_id: str, entry: RetiredKey, by_key: bytes) -> bytes | None:
    """The retired key in `entry` if `by_key` is the key that wraps it (None otherwise)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if key_check(by_key) != entry.by:
        return None
    try:
        key = AESGCM(by_key).decrypt(bytes.fromhex(entry.nonce), bytes.fromhex(entry.wrapped),
                                     _retired_aad(plan_id, entry.check, entry.by))
    except (InvalidTag, ValueError):
        return None
    return key if key_check(key) == entry.check else None


def retired_key(key_file: KeyFile, current_key: bytes, check: str) -> bytes | None:
    """The earlier key of the plan whose check is `check`, unwrapped by the current key."""
    for entry in key_file.retired:
        if entry.check == check:
            key = unwrap_retired(key_file.plan_id, entry, current_key)
            if key is not None:
                return key
    return None


def read(plan_path: str | Path) -> KeyFile | None:
    """The key file of a plan, or None when there is none.

    KeyFileDamaged when it cannot be read as one (not UTF-8, not JSON, wrong types, values
    out of bounds), PlanTooNew when a newer version wrote it, PlanReadOnly (or another
    StorageError, atomic.storage_error) when it cannot be read.
    """
    path = key_file_path(plan_path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise atomic.storage_error(error, path) from error
    return parse(raw, str(path))


def parse(raw: bytes, where: str = "") -> KeyFile:
    """A key file's bytes, checked field by field (see `read`)."""
    if len(raw) > 256 * 1024:  # a few slots and retired keys take a few kB
        raise KeyFileDamaged(where, f"{len(raw)} bytes is far more than a key file holds")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyFileDamaged(where, "binary, not the text of a key file") from None
    try:
        data = json.loads(text)
    except ValueError:
        raise KeyFileDamaged(where, "not the JSON of a key file") from None
    try:
        return _key_file_from(data, where)
    except (PlanTooNew, KeyFileDamaged):
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise KeyFileDamaged(where, str(error) or type(error).__name__) from None


def _key_file_from(data: Any, where: str) -> KeyFile:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KeyFileDamaged(where, "not a Crisis Cell key file")
    version = data.get("version", 0)
    if not _is_int(version):
        raise ValueError("version is not a number")
    if version > VERSION:
        raise PlanTooNew(where, f"key file version {version}")
    if data.get("mode") not in MODES:
        if isinstance(data.get("mode"), str):
            raise PlanTooNew(where, f"key mode {data['mode']!r}")
        raise ValueError("mode is not a key mode")
    pending_mode = data.get("pending_mode")
    if pending_mode is not None and pending_mode not in MODES:
        raise ValueError("pending_mode is not a key mode")
    plan_id = data.get("plan_id")
    if not isinstance(plan_id, str) or not 0 < len(plan_id) <= _MAX_ID_LENGTH:
        raise ValueError("plan_id is not a plan id")
    check = _check(data.get("key_check"), "key_check")
    pending_check = data.get("pending_check")
    if pending_check is not None:
        pending_check = _check(pending_check, "pending_check")
    slots = _list(data.get("slots", []), "slots", MAX_SLOTS)
    retired = _list(data.get("retired", []), "retired", 2 * MAX_RETIRED + 1)
    return KeyFile(plan_id=plan_id, mode=data["mode"], key_check=check,
                   slots=tuple(_slot(s) for s in slots), pending_check=pending_check,
                   retired=tuple(_retired(r) for r in retired), pending_mode=pending_mode)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _list(value: object, name: str, most: int) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"{name} is not a list")
    if len(value) > most:
        raise ValueError(f"{len(value)} {name} (at most {most})")
    return value


def _check(value: object, name: str) -> str:
    if not isinstance(value, str) or len(value) != 32 or not _is_hex(value):
        raise ValueError(f"{name} is not a key check")
    return value


def _is_hex(value: str) -> bool:
    try:
        bytes.fromhex(value)
    except ValueError:
        return False
    return value.isascii()


def _hex(entry: dict[str, Any], name: str, lengths: tuple[int, ...]) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not _is_hex(value) or len(value) // 2 not in lengths \
            or len(value) % 2:
        raise ValueError(f"{name} is not {' or '.join(map(str, lengths))} bytes of hex")
    return value


def _slot(entry: object) -> KeySlot:
    if not isinstance(entry, dict):
        raise ValueError("a slot is not an object")
    if entry.get("kdf", "scrypt") != "scrypt":
        raise ValueError("a slot's kdf is not scrypt")
    n, r, p = entry.get("n"), entry.get("r"), entry.get("p")
    if not (_is_int(n) and _is_int(r) and _is_int(p)):
        raise ValueError("a slot's scrypt n, r, p are not whole numbers")
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    if not (MIN_SCRYPT_N <= n <= MAX_SCRYPT_N and n & (n - 1) == 0
            and 1 <= r <= MAX_SCRYPT_R and 1 <= p <= MAX_SCRYPT_P
            and 128 * n * r * p <= MAX_SCRYPT_MEMORY):
        raise ValueError(f"a slot asks scrypt for n={n}, r={r}, p={p}, beyond what Crisis "
                         "Cell writes")
    pending = entry.get("pending", False)
    if not isinstance(pending, bool):
        raise ValueError("a slot's pending is not true or false")
    return KeySlot(salt=_hex(entry, "salt", (SALT_BYTES,)),
                   nonce=_hex(entry, "nonce", (NONCE_BYTES,)),
                   wrapped=_hex(entry, "wrapped", (KEY_BYTES + TAG_BYTES,)),
                   n=n, r=r, p=p, pending=pending)


def _retired(entry: object) -> RetiredKey:
    if not isinstance(entry, dict):
        raise ValueError("a retired key is not an object")
    return RetiredKey(check=_check(entry.get("check"), "check"),
                      by=_check(entry.get("by"), "by"),
                      nonce=_hex(entry, "nonce", (NONCE_BYTES,)),
                      wrapped=_hex(entry, "wrapped", (KEY_BYTES + TAG_BYTES,)))


def write_atomic(target: Path, payload: bytes) -> None:
    """Write `payload` to `target` all or nothing, 0600 (app/planfile/atomic.py: temp file,
    fsync, rename, fsync the folder). A key file is a plan companion written on purpose."""
    atomic.write_bytes(target, payload, companion=True)


def sync_folder(folder: Path) -> None:
    """fsync a folder so that a rename in it is durable (no-op where folders cannot be opened)."""
    atomic.sync_folder(folder)


def encode(key_file: KeyFile) -> bytes:
    """The bytes of a key file."""
    return (json.dumps(key_file.as_json(), indent=2) + "\n").encode("utf-8")


def write(plan_path: str | Path, key_file: KeyFile) -> None:
    """Replace the key file of a plan atomically."""
    write_atomic(key_file_path(plan_path), encode(key_file))


def copy_plan(source: str | Path, target: str | Path) -> Path:
    """Copy a closed plan file together with its key file (a plan is both: without its key
    file, only the recovery key opens the copy)."""
    import shutil

    source, target = Path(source), Path(target)
    if not source.is_file():
        raise FileNotFoundError(source)
    for copy_from, copy_to in ((source, target), (key_file_path(source), key_file_path(target))):
        if copy_from.exists():
            if not copy_to.exists():
                atomic.create_private(copy_to)  # 0600 first: copyfile keeps the mode
            shutil.copyfile(copy_from, copy_to)
    return target
