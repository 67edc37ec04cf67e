"""What this laptop last verified of a plan file, so an unchanged file is not read twice.

Checking every page (`quick_check`, `cipher_integrity_check`) reads and decrypts the whole
file: half a second on a plan of 100,000 journal entries, more than the whole start-up
budget. A live plan is closed with a backup that reads every page through SQLCipher (which
checks each page's HMAC as it decrypts it) and is then verified itself; after that close
the file's size, modification time and inode are noted here, in this laptop's config
folder. The next open skips the full check only when the file still has exactly that
state and no write-ahead log is waiting: any change, crash, copy or restore makes it check
again. A page damaged later still fails its HMAC when it is read.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path

from app import paths
from app.errors import FILE_ERRORS
from app.planfile import atomic, companions


def _note_path(plan_path: Path) -> Path:
    digest = hashlib.sha256(str(plan_path.resolve()).encode("utf-8")).hexdigest()[:32]
    return paths.config_dir() / "verified" / f"{digest}.json"


def _state(plan_path: Path) -> dict[str, int] | None:
    try:
        stat = plan_path.stat()
    except OSError:
        return None
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "inode": stat.st_ino}


def note_verified(plan_path: Path) -> None:
    """Remember the plan file's state now, after it was verified and closed."""
    state = _state(plan_path)
    if state is None or companions.wal_waiting(plan_path):
        return
    note = _note_path(plan_path)
    # Only a saving of time: never fail a close for it.
    with contextlib.suppress(OSError, *FILE_ERRORS):
        atomic.private_folder(note.parent)
        atomic.write_bytes(note, json.dumps(state).encode("utf-8"))


def unchanged_since_verified(plan_path: Path) -> bool:
    """True when the file is exactly as this laptop last verified it."""
    try:
        noted = json.loads(_note_path(plan_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return noted == _state(plan_path) and not companions.wal_waiting(plan_path)
