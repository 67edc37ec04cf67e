"""The plan's companion files, for app/: their names (db/companions.py, the one place that
builds them, re-exported here) and what app/ asks of them.

A plan is its file and the files beside it: the write-ahead log (`-wal`), its shared-memory
index (`-shm`), the key file (`.keys`), the instance lock (`.lock`) and the writers lock
(`.writers`). Nothing else glues a suffix on a plan's path.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from db.companions import (
    KEYS,
    LOCK,
    SHM,
    SUFFIXES,
    WAL,
    WRITERS,
    companion,
    companions,
    key_file_path,
    shm_path,
    wal_path,
    wal_waiting,
)

__all__ = ["KEYS", "LOCK", "SHM", "SUFFIXES", "WAL", "WRITERS", "companion", "companions",
           "key_file_path", "last_written", "shm_path", "wal_path", "wal_waiting"]


def last_written(plan_path: str | Path) -> datetime | None:
    """When the plan was last written (UTC), or None when neither file exists.

    A commit lands in the write-ahead log first and reaches the file only at a checkpoint,
    so the newer of the two says when."""
    times = []
    for path in (Path(plan_path), wal_path(plan_path)):
        try:
            times.append(path.stat().st_mtime)
        except OSError:
            continue
    return datetime.fromtimestamp(max(times), UTC) if times else None
