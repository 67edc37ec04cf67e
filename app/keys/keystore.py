"""The one module that talks to the OS keyring: a plan's key under service `crisiscell`.

The account is the plan's id (read from the key file beside the plan, before decrypting).
A retired key (after a rekey) stays under `<plan id>/<key check>` so that backups made
before the rekey still open. Keys are kept as hex text, never logged.

Refused backends: keyring's `fail` and `null` backends (no keyring at all: headless Linux,
locked-down PCs) raise NoKeyring, and keyrings.alt's backends, which keep secrets in plain
or weakly protected files, raise InsecureKeyring — never used silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.keys.errors import InsecureKeyring, KeyUnavailable, NoKeyring

if TYPE_CHECKING:
    import keyring.backend

# `keyring` is imported when a key is first asked for, not with this module: with its
# backends it costs ~55 ms, and a plan opened by passphrase or recovery key never needs it.

SERVICE = "crisiscell"
_NO_KEYRING_MODULES = ("keyring.backends.fail", "keyring.backends.null")
_INSECURE_MODULES = ("keyrings.alt",)


def _leaves(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    """The concrete backends behind `backend` (the chainer holds several)."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        return [leaf for b in backend.backends for leaf in _leaves(b)]
    return [backend]


def _module(backend: object) -> str:
    return type(backend).__module__


def check_keyring(path: str = "") -> keyring.backend.KeyringBackend:
    """The usable keyring backend, or NoKeyring / InsecureKeyring saying why not."""
    import keyring

    try:
        backend = keyring.get_keyring()
    except Exception as error:  # noqa: BLE001 - a broken backend may raise anything loading
        raise NoKeyring(path, f"the keyring failed to load ({type(error).__name__})") from None
    leaves = _leaves(backend)
    insecure = [b for b in leaves if _module(b).startswith(_INSECURE_MODULES)]
    if insecure:
        raise InsecureKeyring(
            path, f"{type(insecure[0]).__name__} from keyrings.alt stores secrets in plain files")
    usable = [b for b in leaves if not _module(b).startswith(_NO_KEYRING_MODULES)]
    if not usable:
        raise NoKeyring(path, "no keyring service runs on this computer (headless or locked "
                              "down); a passphrase protects the key instead")
    return backend


def keyring_problem() -> str | None:
    """Why the keyring cannot hold keys here, or None when it can."""
    try:
        check_keyring()
    except (NoKeyring, InsecureKeyring) as error:
        return error.detail
    return None


def _account(plan_id: str, key_check: str | None) -> str:
    return plan_id if key_check is None else f"{plan_id}/{key_check}"


def store_key(plan_id: str, key: bytes, *, key_check: str | None = None, path: str = "") -> None:
    """Keep `key` for `plan_id` (or, with `key_check`, as a retired or pending key)."""
    from keyring.errors import KeyringError

    backend = check_keyring(path)
    try:
        backend.set_password(SERVICE, _account(plan_id, key_check), key.hex())
    except KeyringError as error:
        raise NoKeyring(path, f"the keyring refused to store the key ({error})") from None


def load_key(plan_id: str, *, key_check: str | None = None, path: str = "") -> bytes:
    """The key kept for `plan_id`; KeyUnavailable when the keyring has no entry for it."""
    from keyring.errors import KeyringError

    backend = check_keyring(path)
    try:
        value = backend.get_password(SERVICE, _account(plan_id, key_check))
    except KeyringError as error:
        raise NoKeyring(path, f"the keyring could not be read ({error})") from None
    if value is None:
        raise KeyUnavailable(path, f"the keyring holds no key for plan {plan_id}")
    try:
        key = bytes.fromhex(value)
    except ValueError:
        raise KeyUnavailable(path, f"the keyring entry of plan {plan_id} is not a key") from None
    if len(key) != 32:
        raise KeyUnavailable(path, f"the keyring entry of plan {plan_id} is not a key")
    return key


def forget_key(plan_id: str, *, key_check: str | None = None) -> None:
    """Remove the entry (no error when it is already gone or no keyring works)."""
    from keyring.errors import KeyringError

    try:
        backend = check_keyring()
        backend.delete_password(SERVICE, _account(plan_id, key_check))
    except (KeyringError, NoKeyring, InsecureKeyring):
        pass  # PasswordDeleteError is a KeyringError: already gone
