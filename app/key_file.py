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
  rewrites the slots and no data;
- `pending_check` (only during a rekey): the check of the new key, whose slots carry
  `"pending": true`, or whose keyring entry is `<plan id>/<pending check>`. After a crash
  midway, whichever of the two keys opens the file wins and the rekey is completed or dropped.

Without its key file a plan still opens with its recovery key (printed on the recovery sheet).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.planfile import atomic
from db.errors import NotAPlan, PlanReadOnly, PlanTooNew, WrongPassphrase

FORMAT = "crisiscell-keys"
VERSION = 1
SUFFIX = ".keys"
MODES = ("keyring", "passphrase")
#: scrypt cost: 128 MiB of memory, a few tenths of a second (OWASP's recommended minimum).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MIN_PASSPHRASE_LENGTH = 8


def new_key() -> bytes:
    """A random 256-bit plan key."""
    return secrets.token_bytes(32)


def key_check(key: bytes) -> str:
    """The non-secret check value of a key (32 hex digits)."""
    return hmac.new(key, b"crisiscell key check v1", hashlib.sha256).hexdigest()[:32]


def key_file_path(plan_path: str | Path) -> Path:
    """Where the key file of `plan_path` lives."""
    plan_path = Path(plan_path)
    return plan_path.with_name(plan_path.name + SUFFIX)


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
class KeyFile:
    """The contents of a plan's key file."""

    plan_id: str
    mode: str
    key_check: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)
    pending_check: str | None = None

    def as_json(self) -> dict[str, Any]:
        """For writing."""
        data: dict[str, Any] = {
            "format": FORMAT, "version": VERSION, "plan_id": self.plan_id, "mode": self.mode,
            "key_check": self.key_check, "slots": [s.as_json() for s in self.slots]}
        if self.pending_check:
            data["pending_check"] = self.pending_check
        return data

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

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(
        nonce, key, _aad(plan_id, key_check(key)))
    return KeySlot(salt.hex(), nonce.hex(), sealed.hex(), pending=pending)


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


def read(plan_path: str | Path) -> KeyFile | None:
    """The key file of a plan, or None when there is none. NotAPlan/PlanTooNew when unreadable."""
    path = key_file_path(plan_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise PlanReadOnly(str(path), error.strerror or str(error)) from error
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError("not a Crisis Cell key file")
        if int(data.get("version", 0)) > VERSION:
            raise PlanTooNew(str(path), f"key file version {data['version']}")
        if data["mode"] not in MODES:
            raise PlanTooNew(str(path), f"key mode {data['mode']!r}")
        slots = tuple(
            KeySlot(salt=s["salt"], nonce=s["nonce"], wrapped=s["wrapped"], n=int(s["n"]),
                    r=int(s["r"]), p=int(s["p"]), pending=bool(s.get("pending", False)))
            for s in data.get("slots", []))
        return KeyFile(plan_id=str(data["plan_id"]), mode=data["mode"],
                       key_check=str(data["key_check"]), slots=slots,
                       pending_check=data.get("pending_check"))
    except PlanTooNew:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise NotAPlan(str(path), f"the key file is damaged ({error})") from None


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
