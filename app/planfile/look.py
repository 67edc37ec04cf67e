"""Read-only looks at a plan (`verify`, `summary`, printing, a backup) that change no byte.

SQLite cannot read a WAL database without touching it: a read-only connection still
creates or rewrites the `-shm` (and creates a `-wal`), and the last connection to close
checkpoints the log into the file and deletes it — after a crash, the evidence of what the
log held. So a look reads a private copy instead: the plan, its `-wal` and `.keys` copied
into a fresh 0700 folder of the system's temporary space (files 0600, still encrypted),
opened there as usual (SQLite may replay and checkpoint the copy), and removed when the look
ends. The copy is taken while the sources hold still (their size and time are the same
before and after it), so a window writing meanwhile makes it copy again, not read a mix.
Cost: one sequential read and write of the file (measured in the report on the 100,000-entry
plan), paid only by the commands that look.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from app.planfile import atomic
from app.planfile.companions import KEYS, WAL, companion
from db.errors import PlanLocked, PlanNotFound

ATTEMPTS = 5
_CHUNK = 1 << 20


def _state(paths: list[Path]) -> list[tuple[int, int] | None]:
    states: list[tuple[int, int] | None] = []
    for path in paths:
        try:
            stat = path.stat()
        except FileNotFoundError:
            states.append(None)
        else:
            states.append((stat.st_size, stat.st_mtime_ns))
    return states


def _copy(source: Path, target: Path) -> None:
    with open(source, "rb") as reader:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as writer:
            shutil.copyfileobj(reader, writer, _CHUNK)


class PrivateCopy:
    """A private copy of a plan and its companions, removed on close."""

    def __init__(self, plan_path: str | Path) -> None:
        self.source = Path(plan_path)
        self.folder = Path(tempfile.mkdtemp(prefix="crisiscell-look-"))  # 0700
        self.path = self.folder / self.source.name
        try:
            self._take()
        except BaseException:
            self.close()
            raise

    def _take(self) -> None:
        sources = [self.source, companion(self.source, WAL), companion(self.source, KEYS)]
        for _attempt in range(ATTEMPTS):
            before = _state(sources)
            if before[0] is None:
                raise PlanNotFound(str(self.source))
            for source, state in zip(sources, before, strict=True):
                target = self.folder / source.name
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
                if state is not None:
                    try:
                        _copy(source, target)
                    except FileNotFoundError:
                        break  # gone meanwhile (a checkpoint deleted the -wal): again
                    except OSError as error:
                        # The private copy's folder (a full /tmp) or the plan's own file.
                        raise atomic.storage_error(error, error.filename or source) from error
            else:
                if _state(sources) == before:
                    return
        raise PlanLocked(str(self.source), "the plan kept changing while it was read")

    def close(self) -> None:
        """Remove the copy."""
        shutil.rmtree(self.folder, ignore_errors=True)
