"""One instance of the app per plan: an OS lock on `<plan>.lock`, held while the plan is open.

The window (live use) and the key-management commands (rekey, restore, encrypt, …) take the
lock exclusively; a second window on the same plan gets PlanInUse. The CLI's one-shot commands
(`log`, `summary`, `print`, `verify`, …) take no lock: they are useful during a crisis while
the window is open, and SQLite's own WAL locking keeps their short transactions safe beside it.
The lock is the OS's (flock / msvcrt.locking), so a crashed instance never leaves it held.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from db.errors import PlanInUse, PlanReadOnly

SUFFIX = ".lock"


def lock_path(plan_path: str | Path) -> Path:
    """The lock file of a plan."""
    plan_path = Path(plan_path)
    return plan_path.with_name(plan_path.name + SUFFIX)


class PlanLock:
    """An exclusive lock on a plan, for as long as the instance uses it."""

    def __init__(self, plan_path: str | Path) -> None:
        self.plan_path = Path(plan_path)
        self.path = lock_path(plan_path)
        self._fd: int | None = None

    def acquire(self) -> PlanLock:
        """Take the lock at once, or raise PlanInUse (read-only media: nothing to lock)."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            if self.plan_path.exists() and not os.access(self.plan_path.parent, os.W_OK):
                return self  # read-only folder: nobody can write there, so nothing to guard
            raise PlanReadOnly(str(self.path), error.strerror or str(error)) from error
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise PlanInUse(str(self.plan_path),
                            "another Crisis Cell window has this plan open") from None
        self._fd = fd
        return self

    def release(self) -> None:
        """Let another instance open the plan."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def __enter__(self) -> PlanLock:
        return self.acquire()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
