"""Locks on a plan file, the OS's own, so a crash never leaves one held.

They are taken through portalocker: flock on Linux and macOS; on Windows msvcrt.locking for
an exclusive lock and LockFileEx (pywin32, portalocker's `win32` extra, a dependency there
only) for a shared one, which Windows lacked here before.

`PlanLock` — one instance of the app per plan: an OS lock on `<plan>.lock`, held while the
plan is open.

The window (live use) and the key-management commands (rekey, restore, encrypt, …) take it
exclusively; a second window on the same plan gets PlanInUse. The CLI's one-shot commands
(`log`, `summary`, `print`, `verify`, …) do not take it: they are useful during a crisis while
the window is open, and SQLite's own WAL locking keeps their short transactions safe beside
it. They do hold `WritersLock`, below, shared.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import portalocker

from app.planfile import atomic, companions
from app.planfile.errors import PlanBeingReplaced, PlanHasWriters, PlanInUse

SUFFIX = companions.LOCK
WRITERS_SUFFIX = companions.WRITERS


class _FileLock:
    """An OS lock on a file beside the plan, taken at once or not at all, released on close."""

    suffix = ""

    def __init__(self, plan_path: str | Path) -> None:
        self.plan_path = Path(plan_path)
        self.path = companions.companion(self.plan_path, self.suffix)
        self._fd: int | None = None
        self._created = False

    def _take(self, *, shared: bool) -> bool:
        """True when taken (or when nothing can be guarded: a read-only folder, where nobody
        can write); False when someone else holds it."""
        self._created = not self.path.exists()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            if self.plan_path.exists() and not os.access(self.plan_path.parent, os.W_OK):
                return True
            raise atomic.storage_error(error, self.path) from error
        try:
            _lock(fd, shared=shared)
        except (OSError, portalocker.LockException):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        """Let the others in."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError, portalocker.LockException):
            _unlock(fd)
        os.close(fd)

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


class PlanLock(_FileLock):
    """An exclusive lock on a plan, for as long as the instance uses it."""

    suffix = SUFFIX

    def acquire(self) -> PlanLock:
        """Take the lock at once, or raise PlanInUse (read-only media: nothing to lock)."""
        if not self._take(shared=False):
            raise PlanInUse(str(self.plan_path), "another Crisis Cell window has this plan open")
        return self

    def __enter__(self) -> PlanLock:
        return self.acquire()


class WritersLock(_FileLock):
    """Who may write the plan file, against what replaces it.

    Every open plan (the window and every CLI command) holds `<plan>.writers` shared; what
    swaps the file for another (rekey, restore, encrypt) takes it alone. So a `log` can never
    commit into a file that a rekey is about to replace: whichever comes second is refused,
    with its own reason. On Windows too: the shared side is LockFileEx's shared lock.
    """

    suffix = WRITERS_SUFFIX

    def __init__(self, plan_path: str | Path, *, replacing: bool = False) -> None:
        super().__init__(plan_path)
        self.replacing = replacing

    def acquire(self) -> WritersLock:
        """Take the lock at once, or say who holds it (read-only media: nothing to guard)."""
        if self._take(shared=not self.replacing):
            return self
        if self.replacing:
            raise PlanHasWriters(str(self.plan_path), "a window or a command has the plan open")
        raise PlanBeingReplaced(str(self.plan_path), "a key change, restore or encryption is "
                                                     "under way")

    def keep_file(self) -> None:
        """From here `discard` keeps the lock file: the open got as far as a real plan."""
        self._created = False

    def discard(self) -> None:
        """Release after a refused open, leaving no lock file beside a file that was not
        ours (only when this open made it and nobody else holds it)."""
        if self._fd is not None and self._created:
            with contextlib.suppress(OSError, portalocker.LockException):
                _lock(self._fd)  # alone on it: nobody else opened it meanwhile
                self.path.unlink()
        self.release()

    def __enter__(self) -> WritersLock:
        return self.acquire()


@contextlib.contextmanager
def replacing(plan_path: str | Path) -> Iterator[None]:
    """Both locks a file replacement needs: no other instance, and no writer at all."""
    with PlanLock(plan_path), WritersLock(plan_path, replacing=True):
        yield


def _lock(fd: int, shared: bool = False) -> None:
    """Take the lock at once or raise (portalocker.AlreadyLocked when someone holds it)."""
    kind = portalocker.LockFlags.SHARED if shared else portalocker.LockFlags.EXCLUSIVE
    portalocker.lock(fd, kind | portalocker.LockFlags.NON_BLOCKING)


def _unlock(fd: int) -> None:
    portalocker.unlock(fd)
