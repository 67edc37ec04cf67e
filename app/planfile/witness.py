"""This laptop's witness of a plan's chain heads, kept outside the plan file.

The plan file alone cannot prove that nothing is missing from it: a deleted `-wal`, a copy
of the main file without its log, a file rolled back to an older copy or entries cut from
a chain's end all leave a file whose chains verify. So every laptop keeps, in its own data
folder (`data_dir()/witness/<plan id>.heads`), the head (seq, hash, entry id) of every chain
(incident, device) it wrote or first saw, and an open or a `verify` compares the file with
it: a chain that ends before its witnessed head, or whose entry at that seq differs, is
named — never "ok".

Cheap enough for the append path (DESIGN: a durable append ≤ 1.5 × a bare commit): the
witness is an append-only log of JSON lines, one `os.write` on an `O_APPEND` descriptor
after each journal COMMIT has returned, and its fsync is deferred (at most every
SYNC_SECONDS while appending, at every backup and at close). A power cut can therefore
lose the last few seconds of witness lines, never the entries: the witness can only lag
behind the file (it is written after COMMIT, so it never claims an entry that was not
committed). Several processes (the window and `crisiscell log`) may append at once: lines
are merged by the highest seq per chain. The log is compacted when a process opens it
alone (an exclusive flock on `<plan id>.lock`, held shared by every open witness, so no
process appends to a file renamed away under it). After a restore the user chose, a
`rebase` line resets the heads to the restored file's: only the lines after the last one
count. Files 0600, folder 0700.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app import paths
from app.errors import FILE_ERRORS
from app.planfile import atomic

FOLDER = "witness"
#: The longest time a written witness line waits for its fsync while entries are appended.
SYNC_SECONDS = 5.0
#: Compact the log when it holds this many more lines than chains.
COMPACT_SLACK = 256

Chain = tuple[str, str]  # (incident_id, device_id)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


@dataclass(frozen=True)
class Head:
    """The last entry of one chain: its position, hash and id."""

    incident_id: str
    device_id: str
    seq: int
    hash: str
    entry_id: str

    @property
    def chain(self) -> Chain:
        """(incident_id, device_id)."""
        return (self.incident_id, self.device_id)

    def as_json(self) -> dict[str, object]:
        """The compact line form."""
        return {"i": self.incident_id, "d": self.device_id, "s": self.seq, "h": self.hash,
                "e": self.entry_id}

    @classmethod
    def from_json(cls, value: dict[str, object]) -> Head:
        """Back from the line form (KeyError/TypeError/ValueError when it is not one)."""
        seq = value["s"]
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise ValueError("seq")
        fields = [value["i"], value["d"], value["h"], value["e"]]
        if not all(isinstance(f, str) for f in fields):
            raise TypeError("field")
        return cls(str(value["i"]), str(value["d"]), seq, str(value["h"]), str(value["e"]))


def folder() -> Path:
    """This laptop's witness folder."""
    return paths.data_dir() / FOLDER


def log_path(plan_id: str) -> Path:
    """The witness log of one plan."""
    if not plan_id or any(c in plan_id for c in "/\\.\0"):
        raise ValueError("not a plan id")
    return folder() / f"{plan_id}.heads"


def merge(heads: Iterable[Head], into: dict[Chain, Head] | None = None) -> dict[Chain, Head]:
    """The highest head of each chain."""
    merged = {} if into is None else into
    for head in heads:
        known = merged.get(head.chain)
        if known is None or head.seq > known.seq:
            merged[head.chain] = head
    return merged


def _parse(data: bytes) -> tuple[dict[Chain, Head], int]:
    """The heads after the last rebase line, and how many lines the log holds."""
    heads: dict[Chain, Head] = {}
    lines = data.split(b"\n")
    for line in lines:
        if not line.strip():
            continue
        try:
            value = json.loads(line)
            if value.get("rebase"):
                heads = {}
                continue
            merge([Head.from_json(value)], heads)
        except (ValueError, TypeError, KeyError, AttributeError):
            continue  # a line torn by a power cut: the witness only lags
    return heads, len(lines)


def read(plan_id: str) -> dict[Chain, Head]:
    """The witnessed heads of a plan (empty when this laptop never saw it)."""
    try:
        data = log_path(plan_id).read_bytes()
    except OSError:
        return {}
    return _parse(data)[0]


def known(plan_id: str) -> bool:
    """Whether this laptop has a witness of this plan at all."""
    return log_path(plan_id).exists()


def _line(value: dict[str, object]) -> bytes:
    return (json.dumps(value, separators=(",", ":"), ensure_ascii=False) + "\n").encode()


def _make_folder() -> Path:
    where = folder()
    where.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(where, 0o700)  # mkdir's mode is filtered by the umask
    return where


class Witness:
    """The open witness log of one plan: record heads after commits, sync, rebase."""

    def __init__(self, plan_id: str) -> None:
        self.plan_id = plan_id
        self.path = log_path(plan_id)
        self._fd: int | None = None
        self._lock_fd: int | None = None
        self._unsynced = False
        self._last_sync = time.monotonic()
        #: Whether this laptop had a witness of the plan before this open.
        self.existed = False
        #: The witnessed heads as this open read them while compacting (None: another
        #: process had the log open, so it was not read here; ask read()).
        self.heads: dict[Chain, Head] | None = None

    def open(self) -> Witness:
        """Open for appending (compacting first when no other process has it open)."""
        self.existed = self.path.exists()
        where = _make_folder()
        lock_path = where / f"{self.plan_id}.lock"
        self._lock_fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        if _try_lock(self._lock_fd, exclusive=True):
            self._compact()
        _lock_shared(self._lock_fd)  # a downgrade: the others may append beside us now
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _BINARY, 0o600)
        return self

    def _compact(self) -> None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            self.heads = {}
            return
        heads, lines = _parse(data)
        self.heads = dict(heads)
        if lines <= len(heads) + COMPACT_SLACK:
            return
        # Temporary file, fsync, rename, fsync the folder: a crash keeps the old log whole,
        # and a log that cannot be compacted (a full disk) is still right, only longer.
        with contextlib.suppress(*FILE_ERRORS):
            atomic.write_bytes(self.path, b"".join(_line(h.as_json()) for h in heads.values()),
                               tag="compacting")

    def record(self, heads: Iterable[Head]) -> None:
        """Note heads just committed: one write, its fsync deferred (see the module's doc)."""
        if self._fd is None:
            return
        payload = b"".join(_line(h.as_json()) for h in heads)
        if not payload:
            return
        try:
            os.write(self._fd, payload)
            self._unsynced = True
            if time.monotonic() - self._last_sync >= SYNC_SECONDS:
                self.sync()
        except OSError:
            pass  # a full disk must not undo a committed entry; the witness only lags

    def sync(self) -> None:
        """Make what was recorded durable (at backups, at close, every few seconds)."""
        if self._fd is None or not self._unsynced:
            return
        with contextlib.suppress(OSError):
            os.fsync(self._fd)
            self._unsynced = False
            self._last_sync = time.monotonic()

    def rebase(self, heads: Iterable[Head], reason: str) -> int:
        """Forget the heads witnessed so far and start again from `heads` (after a restore
        the user chose), durably; returns how many witnessed entries are no longer expected."""
        if self._fd is None:
            raise RuntimeError("witness not open")
        heads = list(heads)
        new = {h.chain: h.seq for h in heads}
        dropped = sum(max(0, old.seq - new.get(chain, 0))
                      for chain, old in read(self.plan_id).items())
        marker = _line({"rebase": True, "reason": reason,
                        "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())})
        os.write(self._fd, marker + b"".join(_line(h.as_json()) for h in heads))
        os.fsync(self._fd)
        self._unsynced = False
        return dropped

    def close(self) -> None:
        """Sync and close."""
        self.sync()
        for name in ("_fd", "_lock_fd"):
            fd = getattr(self, name)
            if fd is not None:
                setattr(self, name, None)
                with contextlib.suppress(OSError):
                    os.close(fd)


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    # No shared flock there: never compact (the log stays append-only and is read whole).
    def _try_lock(fd: int, exclusive: bool) -> bool:
        return False

    def _lock_shared(fd: int) -> None:
        return None
else:
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _lock_shared(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_SH)
