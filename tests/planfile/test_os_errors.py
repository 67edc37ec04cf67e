"""OS errors on the plan's files become what they are for the user, in one mapping
(app/planfile/atomic.py `storage_error`): a full disk, a failing disk, a missing folder, a
refusal to write — met for real where they can be, by errno for the rest."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.planfile import atomic
from db.errors import DiskError, DiskFull, PlanCannotOpen, PlanReadOnly, StorageError


@pytest.mark.parametrize(("number", "kind"), [
    (errno.ENOSPC, DiskFull), (errno.EDQUOT, DiskFull),
    (errno.EIO, DiskError),
    (errno.ENOENT, PlanCannotOpen), (errno.ENOTDIR, PlanCannotOpen),
    (errno.EISDIR, PlanCannotOpen),
    (errno.EROFS, PlanReadOnly), (errno.EACCES, PlanReadOnly), (errno.EPERM, PlanReadOnly),
])
def test_each_errno_becomes_its_error(number: int, kind: type[StorageError]) -> None:
    error = atomic.storage_error(OSError(number, os.strerror(number)), "/plans/p.keys")
    assert type(error) is kind
    assert error.path == "/plans/p.keys" and error.detail == os.strerror(number)


def test_writing_into_a_missing_folder_cannot_open_it(tmp_path: Path) -> None:
    """Not "read-only": the folder is not there (ENOENT)."""
    target = tmp_path / "gone" / "x.pdf"
    with pytest.raises(PlanCannotOpen) as caught:
        atomic.write_bytes(target, b"%PDF")
    assert caught.value.path == str(target)
    assert not target.parent.exists()
