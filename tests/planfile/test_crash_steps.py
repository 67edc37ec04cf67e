"""Kill at every step (as SQLite's crash tests do): backup, restore and export-plain.

A child process runs the operation with CRISISCELL_CRASH_AT_STEP=k and dies (os._exit, no
clean-up, as a SIGKILL leaves it) at its k-th step; k goes up until the child completes.
After each crash: all or nothing — the plan opens and verifies with every journal entry
(restore: it is wholly the old plan or wholly the backup), no backup or export sits under
its final name unless it verifies — and no readable leftover: whatever is left is 0600, and
the next run of the same command removes it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.keys.management import export_plain
from app.keys.unlock import OpenedKey, Unlock
from app.plan import Plan
from app.planfile import atomic, companions, crash_points
from app.planfile.backups import Backups, verify_file
from app.planfile.locks import replacing

ROOT = Path(__file__).resolve().parents[2]
#: No operation here has that many steps: a loop that reaches it never completes.
MAX_STEPS = 40

pytestmark = pytest.mark.slow


def run_until_complete(script: str, *args: str, check: object) -> int:
    """Run `script` crashing at step k = 1, 2, … (`check(k)` after each crash) until it
    completes; returns how many crash points it has."""
    for k in range(1, MAX_STEPS):
        child = subprocess.run(
            [sys.executable, "-c", script, *args], cwd=ROOT, capture_output=True, text=True,
            env={**os.environ, crash_points.ENV: str(k)}, timeout=120)
        if child.returncode == 0:
            return k - 1
        assert child.returncode == crash_points.EXIT_STATUS, child.stderr
        assert f"crash point {k}:" in child.stderr
        check(k)  # type: ignore[operator]
    raise AssertionError(f"still crashing after {MAX_STEPS} steps")


def make_plan(path: Path, entries: int) -> tuple[bytes, list[str]]:
    with Plan.create(path, organisation="Maréval") as plan:
        incident = plan.incidents.open("Inondation", author="Hélène")
        ids = [plan.journal.append(incident.id, f"Entrée {i}", author="Hélène").id
               for i in range(entries)]
        assert plan.key.key is not None
        return plan.key.key, ids


def entries_of(path: Path, unlock: Unlock | None = None) -> list[str]:
    """The ids of the journal, after checking the plan opens and its chains verify."""
    with Plan.open(path, unlock=unlock) as plan:
        incident = plan.incidents.active()
        assert incident is not None
        assert plan.journal.verify().ok
        assert plan.integrity_problems() == []
        return [e.id for e in plan.journal.entries(incident.id)]


def loose(paths: list[Path]) -> list[str]:
    """Those of `paths` that someone other than their owner could read."""
    return [p.name for p in paths if stat.S_IMODE(p.stat().st_mode) & 0o077]


# --- backup -----------------------------------------------------------------------------------

BACKUP_CHILD = textwrap.dedent("""
    import sys
    from app.keys import key_file as keys
    from app.planfile.backups import Backups
    from app.keys.unlock import OpenedKey
    path = sys.argv[1]
    Backups(path, OpenedKey(bytes.fromhex(sys.argv[2]), keys.read(path), "recovery")).make()
""")


def test_a_backup_killed_at_every_step(tmp_path: Path) -> None:
    path = tmp_path / "p.crisiscell"
    key, ids = make_plan(path, entries=3)
    backups = Backups(path, OpenedKey(key, None, "recovery"))
    pattern = atomic.backup_name_pattern(path)

    def check(k: int) -> None:
        assert entries_of(path)[1:] == ids  # the plan: every entry (the first opened it)
        for backup in backups.list():  # under a final name: only a backup that verifies
            assert verify_file(backup.path, key) == [], (k, backup.path.name)
        # A backup's key file and heads record belong to it; without it they are leftovers.
        others = [p for p in backups.folder.iterdir()
                  if not pattern.match(p.name.removesuffix(".keys").removesuffix(".heads"))
                  or (p.name.endswith((".keys", ".heads"))
                      and not p.with_name(p.name.rsplit(".", 1)[0]).exists())]
        assert loose(others) == [], k
        backups.make("manual")  # the next backup clears what this one left
        for leftover in others:
            assert not leftover.exists(), (k, leftover.name)

    steps = run_until_complete(BACKUP_CHILD, str(path), key.hex(), check=check)
    assert steps >= 7  # folder, temp, copy, sync, verify, key file, rename, …
    assert all(verify_file(b.path, key) == [] for b in backups.list())


# --- restore ----------------------------------------------------------------------------------

APPEND_AND_DIE = textwrap.dedent("""
    import os, sys
    from app.plan import Plan
    from app.keys.unlock import Unlock
    plan = Plan.open(sys.argv[1], unlock=Unlock(recovery_key=bytes.fromhex(sys.argv[2])))
    incident = plan.incidents.active()
    for n in range(2):
        entry = plan.journal.append(incident.id, f"Après la sauvegarde {n}", author="Hélène")
        print(entry.id)
    sys.stdout.flush()
    os._exit(0)  # killed: the two entries stay in the -wal, never checkpointed
""")

RESTORE_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from app.keys import key_file as keys
    from app.planfile.backups import Backups
    from app.planfile.locks import replacing
    from app.keys.unlock import OpenedKey
    path = Path(sys.argv[1])
    with replacing(path):
        Backups(path, OpenedKey(bytes.fromhex(sys.argv[2]), keys.read(path), "recovery")
                ).restore(Path(sys.argv[3]))
""")


def test_a_restore_killed_at_every_step(tmp_path: Path) -> None:
    template = tmp_path / "template"
    template.mkdir()
    key, backed_up = make_plan(template / "p.crisiscell", entries=2)
    (backup,) = Backups(template / "p.crisiscell", OpenedKey(key, None, "recovery")).make()
    with Plan.open(template / "p.crisiscell") as plan:  # one entry in the main file, after it
        incident = plan.incidents.active()
        assert incident is not None
        in_main = [plan.journal.append(incident.id, "Checkpointed", author="Hélène").id]
    child = subprocess.run([sys.executable, "-c", APPEND_AND_DIE,
                            str(template / "p.crisiscell"), key.hex()],
                           cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert child.returncode == 0, child.stderr
    in_wal = child.stdout.split()
    assert companions.wal_path(template / "p.crisiscell").stat().st_size > 0
    # The old plan is its main file and its -wal: never the one without the other.
    old = backed_up + in_main + in_wal
    runs: dict[int, Path] = {}

    def fresh(k: int) -> Path:
        folder = tmp_path / f"run{k}"
        shutil.copytree(template, folder, symlinks=True)
        runs[k] = folder / "p.crisiscell"
        return runs[k]

    def check(k: int) -> None:
        path = runs[k]
        folder = path.parent
        now = entries_of(path)[1:]  # opening finishes a restore that was decided
        assert now in (old, backed_up), k  # wholly the old plan, or wholly the backup
        if now == backed_up:  # the old one, -wal and all, is kept aside
            (aside,) = folder.glob("p.crisiscell.replaced-*[0-9]Z")
            assert entries_of(aside, Unlock(recovery_key=key))[1:] == old
        left = [p for p in folder.iterdir() if p.name.startswith(".")]
        assert loose(left) == [], k
        with replacing(path):  # the next restore clears what this one left
            Backups(path, OpenedKey(key, None, "recovery")).restore(
                folder / "backups" / backup.name)
        assert [p for p in folder.iterdir() if p.name.startswith(".")] == [], k
        assert entries_of(path)[1:] == backed_up

    # Each k crashes on a fresh copy of the plan and its -wal.
    steps = 0
    for k in range(1, MAX_STEPS):
        path = fresh(k)
        child = subprocess.run(
            [sys.executable, "-c", RESTORE_CHILD, str(path), key.hex(),
             str(path.parent / "backups" / backup.name)],
            cwd=ROOT, capture_output=True, text=True,
            env={**os.environ, crash_points.ENV: str(k)}, timeout=120)
        if child.returncode == 0:
            steps = k - 1
            assert entries_of(path)[1:] == backed_up
            break
        assert child.returncode == crash_points.EXIT_STATUS, child.stderr
        check(k)
    assert steps >= 6  # temp, copy, sync, decided, aside, -wal aside, replaced


# --- export-plain -----------------------------------------------------------------------------

EXPORT_CHILD = textwrap.dedent("""
    import sys
    from app.keys.management import export_plain
    from app.keys.unlock import Unlock
    export_plain(sys.argv[1], sys.argv[2], Unlock(recovery_key=bytes.fromhex(sys.argv[3])))
""")


def journal_count(plain_copy: Path) -> int:
    with contextlib.closing(sqlite3.connect(plain_copy)) as plain:
        return int(plain.execute("SELECT count(*) FROM journal_entries").fetchone()[0])


def test_an_export_plain_killed_at_every_step(tmp_path: Path) -> None:
    path = tmp_path / "p.crisiscell"
    key, ids = make_plan(path, entries=3)
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    output = out_folder / "copy.db"

    def check(k: int) -> None:
        assert entries_of(path)[1:] == ids
        if output.exists():  # under its final name: a whole copy
            assert journal_count(output) == 4
            output.unlink()
        left = list(out_folder.iterdir())
        assert loose(left) == [], k  # personal data in clear: never readable by others
        export_plain(path, out_folder / "next.db", Unlock(recovery_key=key))
        assert sorted(p.name for p in out_folder.iterdir()) == ["next.db"], k
        (out_folder / "next.db").unlink()

    steps = run_until_complete(EXPORT_CHILD, str(path), str(output), key.hex(), check=check)
    assert steps >= 4
    assert journal_count(output) == 4
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
