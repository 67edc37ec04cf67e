"""The one place that names a plan's companion files.

A plan is its file **and** the files SQLite and we keep beside it: the write-ahead log
(`-wal`), its shared-memory index (`-shm`), the key file (`.keys`), the instance lock
(`.lock`) and the writers lock (`.writers`). Code that needs one of them asks here instead of
gluing a suffix on a path itself.

It lives in db/, the lowest layer, because db/ needs the names too (a read-only open looks
for a waiting -wal; a migration's safety copy takes the key file with it); app/ reaches it
through app/planfile/companions.py.
"""

from __future__ import annotations

from pathlib import Path

WAL = "-wal"
SHM = "-shm"
KEYS = ".keys"
LOCK = ".lock"
WRITERS = ".writers"
#: Every companion suffix, in the order a listing shows them.
SUFFIXES = (WAL, SHM, KEYS, LOCK, WRITERS)


def companion(plan_path: str | Path, suffix: str) -> Path:
    """The companion of `plan_path` with this suffix (one of SUFFIXES)."""
    if suffix not in SUFFIXES:
        raise ValueError(f"not a plan companion: {suffix!r}")
    plan_path = Path(plan_path)
    return plan_path.with_name(plan_path.name + suffix)


def wal_path(plan_path: str | Path) -> Path:
    """The plan's write-ahead log."""
    return companion(plan_path, WAL)


def shm_path(plan_path: str | Path) -> Path:
    """The write-ahead log's shared-memory index."""
    return companion(plan_path, SHM)


def key_file_path(plan_path: str | Path) -> Path:
    """The plan's key file."""
    return companion(plan_path, KEYS)


def companions(plan_path: str | Path) -> list[Path]:
    """Every companion path of the plan (whether it exists or not)."""
    return [companion(plan_path, suffix) for suffix in SUFFIXES]


def wal_waiting(plan_path: str | Path) -> bool:
    """Whether the plan's write-ahead log holds commits not yet checkpointed into the file
    (a -wal that exists and is not empty)."""
    try:
        return wal_path(plan_path).stat().st_size > 0
    except OSError:
        return False
