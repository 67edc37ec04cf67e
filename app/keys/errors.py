"""The errors of the plan's key: a key or passphrase that does not open it, a key that is not
on this computer, a damaged or foreign key file, a key change cut short, a keyring refused.

They are app/'s judgement, not the storage layer's: SQLCipher says only "file is not a
database" (SQLITE_NOTADB) for a wrong key, and it is the key file and the recovery key's
check that tell a wrong key from a file that is no plan (app/keys/unlock.py). One module for
the package, because most are raised from two of its modules (keystore.py and unlock.py,
key_file.py and unlock.py) and by app/planfile/backups.py for a backup's key.
"""

from __future__ import annotations

from app.errors import PlanFileError


class WrongKey(PlanFileError):
    """The key (recovery key or keyring entry) does not open this plan."""

    code = "wrong_key"


class WrongPassphrase(PlanFileError):
    """The passphrase does not unlock any key slot of this plan."""

    code = "wrong_passphrase"


class PassphraseRequired(PlanFileError):
    """The plan's key is wrapped by a passphrase and none was given; `detail` says why."""

    code = "passphrase_required"


class KeyUnavailable(PlanFileError):
    """The plan's key is not where it should be (keyring entry or key file missing)."""

    code = "key_unavailable"


class KeyFileDamaged(KeyUnavailable):
    """The key file beside the plan cannot be read as one (not UTF-8 or JSON, wrong types,
    values out of bounds); the recovery key still opens the plan."""

    code = "key_file_damaged"


class KeyFileOfAnotherPlan(KeyUnavailable):
    """The key file beside the plan belongs to another plan; `detail` names its plan id."""

    code = "key_file_of_another_plan"


class KeyChangeCutShort(WrongPassphrase):
    """A rekey or passphrase change was interrupted: the key given was the one on the other
    side of it; `detail` says which one opens the plan now."""

    code = "key_change_cut_short"


class NoKeyring(PlanFileError):
    """No usable OS keyring on this computer (none, or only the fail backend); `detail` why."""

    code = "no_keyring"


class InsecureKeyring(PlanFileError):
    """The keyring backend stores secrets in plain files (keyrings.alt): refused."""

    code = "insecure_keyring"


class BackupKeyUnavailable(PlanFileError):
    """A backup was made with an earlier key of the plan that no key given or kept opens;
    `detail` names the backup and what would open it. The backup itself is not damaged."""

    code = "backup_key_unavailable"


class PlanNotEncrypted(PlanFileError):
    """The plan is a plain SQLite file made before encryption: it has no key to rekey, put
    behind a passphrase or print on a recovery sheet; encrypt it first."""

    code = "plan_not_encrypted"
