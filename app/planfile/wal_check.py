"""Reading a plan's `-wal` ourselves, before SQLite touches it: does it stop short?

SQLite replays a write-ahead log up to its first frame whose salts or cumulative checksum
fail, silently dropping every later frame, and on the last close it checkpoints and deletes
the log. A torn *last* frame is the normal trace of a crash mid-write; a bad frame followed
by more frames of the same generation (same salts) is damage: commits acknowledged after
that point are lost if SQLite is let at it. SQLCipher encrypts the page data, but frame
headers and checksums are plain and computed over the stored bytes, so this check needs no
key. Format: https://www.sqlite.org/fileformat2.html#walformat
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from app.planfile import atomic
from app.planfile.companions import wal_path

HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
MAGIC_LE, MAGIC_BE = 0x377F0682, 0x377F0683
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalDamage:
    """Where a WAL stops being readable, and what lies after that point."""

    frames: int  # whole frames in the file
    readable_frames: int  # frames SQLite will replay (up to the last good commit)
    bad_frame: int  # 1-based number of the first frame that fails
    reason: str  # "checksum" | "salt"
    frames_after: int  # frames of the same generation after the bad one
    commits_after: int  # commit frames among them (each one an acknowledged transaction)

    def describe(self) -> str:
        """One line for messages: what fails and how many commits cannot be read."""
        return (f"frame {self.bad_frame} of {self.frames} fails its {self.reason}; "
                f"{self.commits_after} commit(s) after it cannot be read")


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    it = iter(words)
    for a, b in zip(it, it, strict=False):  # SQLite's walChecksumBytes, two words at a time
        s0 = (s0 + a + s1) & _MASK
        s1 = (s1 + b + s0) & _MASK
    return s0, s1


def check(plan_path: str | Path) -> WalDamage | None:
    """The damage in the plan's WAL, or None when there is none (or no WAL at all).

    A break with nothing of the same generation after it (a torn last frame, a log reused
    after a checkpoint whose older frames carry other salts) is not damage.
    """
    path = wal_path(plan_path)
    damage = None
    for _attempt in range(3):
        try:
            before = path.stat()
            with open(path, "rb") as handle:
                data = handle.read()
            after = path.stat()
        except (FileNotFoundError, IsADirectoryError):
            return None
        damage = _check_bytes(data)
        # A live writer may have been appending or restarting the log while it was read:
        # damage counts only when the file held still (else a mix could look like damage).
        if damage is None or (before.st_size, before.st_mtime_ns) == (after.st_size,
                                                                      after.st_mtime_ns):
            return damage
    return damage


def _check_bytes(data: bytes) -> WalDamage | None:
    if len(data) < HEADER_BYTES:
        return None  # empty, or a header torn before the first commit: nothing committed
    magic, _version, page_size, _ckpt, salt1, salt2, c1, c2 = struct.unpack(
        ">8I", data[:HEADER_BYTES])
    if magic not in (MAGIC_LE, MAGIC_BE) or page_size < 512 or page_size & (page_size - 1):
        return None  # SQLite ignores (and resets) such a log: it never held our commits
    big = magic == MAGIC_BE
    if _checksum(data[:24], big, 0, 0) != (c1, c2):
        return None  # a bad header: SQLite ignores the whole log, as it would an empty one
    frame_bytes = FRAME_HEADER_BYTES + page_size
    frames = (len(data) - HEADER_BYTES) // frame_bytes
    s0, s1 = c1, c2
    readable = 0
    for index in range(frames):
        start = HEADER_BYTES + index * frame_bytes
        header = data[start:start + FRAME_HEADER_BYTES]
        _page, commit, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            reason = "salt"
        else:
            s0, s1 = _checksum(header[:8] + data[start + FRAME_HEADER_BYTES:start + frame_bytes],
                               big, s0, s1)
            if (s0, s1) == (f1, f2):
                if commit:
                    readable = index + 1
                continue
            reason = "checksum"
        return _after_break(frames, frame_bytes, data, index, readable, reason,
                            (salt1, salt2))
    return None


def _after_break(frames: int, frame_bytes: int, data: bytes, bad: int, readable: int,
                 reason: str, salts: tuple[int, int]) -> WalDamage | None:
    """Count the frames of the same generation after frame `bad` (0-based)."""
    after = commits = 0
    for index in range(bad + 1, frames):
        start = HEADER_BYTES + index * frame_bytes
        _page, commit, f_salt1, f_salt2 = struct.unpack(">4I", data[start:start + 16])
        if (f_salt1, f_salt2) != salts:
            break  # an older generation (the log was reused): not ours to count
        after += 1
        commits += 1 if commit else 0
    if after == 0:
        return None  # a torn last frame: the normal trace of a crash mid-write
    return WalDamage(frames, readable, bad + 1, reason, after, commits)


def set_aside(plan_path: str | Path, stamp: str) -> Path:
    """Copy the WAL to `<plan>-wal.damaged-<stamp>` (0600) before SQLite replays and
    deletes it: the evidence is kept, the readable part is used. Written whole or not at
    all (atomic.replacing_file), never over an existing file."""
    source = wal_path(plan_path)
    target = source.with_name(f"{source.name}.damaged-{stamp}")
    data = source.read_bytes()
    with atomic.replacing_file(target, plan=plan_path, tag="damaged", exclusive=True) as temp:
        temp.write_bytes(data)
    return target
