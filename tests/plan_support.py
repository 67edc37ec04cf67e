"""What many tests share: running the CLI in-process, a plan's bytes on disk, a real tmpfs."""

from __future__ import annotations

import contextlib
import hashlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.main import main
from app.planfile.companions import KEYS, companion, wal_path


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`crisiscell ARGV` in this process: (exit status, stdout, stderr)."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def fingerprint(plan_path: Path) -> dict[str, str | None]:
    """SHA-256 of the plan, its -wal and its .keys, by file name (None: not there)."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
            for path in (plan_path, wal_path(plan_path), companion(plan_path, KEYS))}


@contextlib.contextmanager
def mounted_tmpfs(point: Path, size: str) -> Iterator[Path]:
    """A real tmpfs of `size` (e.g. "1m") mounted at `point`, unmounted afterwards; the test
    is skipped where this process may not mount one."""
    point.mkdir(exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(point)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)
