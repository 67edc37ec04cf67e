"""No half-written file lingers: a print, a create or a rekey killed midway leaves its
temporary file 0600 (never readable by others, whatever the umask), the target as it was,
and the next run of the same command removes the leftover.

(Backups, restores and export-plain are killed at every step in tests/planfile/test_crash_steps.py.)
"""

from __future__ import annotations

import hashlib
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import pytest

from app.keys.management import rekey
from app.keys.unlock import Unlock
from app.plan import Plan
from app.planfile import crash_points
from app.printing import print_document
from tests.file_keyring import ENV as SHARED_KEYRING_ENV
from tests.file_keyring import SharedFileKeyring
from tests.plan_support import mounted_tmpfs

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def hidden(folder: Path) -> list[Path]:
    """The temporary files (`.NAME.…`) in `folder`."""
    return sorted(p for p in folder.iterdir() if p.name.startswith("."))


def assert_owner_only(paths: list[Path]) -> None:
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in paths
            if stat.S_IMODE(p.stat().st_mode) != 0o600} == {}


def run(script: str, *args: str, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})})


PRINT_CHILD = textwrap.dedent("""
    import os, sys
    os.umask(0o022)
    from app.plan import Plan
    from app.printing import print_document
    from app.keys.unlock import Unlock
    with Plan.open(sys.argv[1], unlock=Unlock(recovery_key=bytes.fromhex(sys.argv[2]))) as plan:
        print_document(plan, "contacts", sys.argv[3])
""")


def test_a_killed_print_leaves_the_old_pdf_and_the_next_print_clears_its_leftover(
        plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "pdfs"
    out.mkdir()
    target = out / "contacts.pdf"
    print_document(plan, "contacts", target)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    assert plan.key.key is not None
    # Step 1 of a print: the new PDF is complete and synced, not yet renamed.
    child = run(PRINT_CHILD, str(plan.path), plan.key.key.hex(), str(target),
                env={crash_points.ENV: "1"})
    assert child.returncode == crash_points.EXIT_STATUS, child.stderr
    (leftover,) = hidden(out)
    assert leftover.name.startswith(".contacts.pdf.") and leftover.name.endswith(".printing")
    assert_owner_only([leftover])  # under umask 022 all the same
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    print_document(plan, "contacts", target)
    assert hidden(out) == []


CREATE_CHILD = textwrap.dedent("""
    import os, signal, sys
    os.umask(0o022)
    import keyring
    from tests.file_keyring import SharedFileKeyring
    keyring.set_keyring(SharedFileKeyring())
    from app.plan import Plan

    def fill(plan):
        incident = plan.incidents.open("Exercice", author="Hélène")
        plan.journal.append(incident.id, "Entrée", author="Hélène")
        os.kill(os.getpid(), signal.SIGKILL)  # midway through filling the new plan

    Plan.create(sys.argv[1], organisation="Maréval", fill=fill)
""")


def test_a_killed_create_leaves_no_plan_and_the_next_create_clears_its_leftovers(
        tmp_path: Path) -> None:
    shared = SharedFileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(shared)
    folder = tmp_path / "plans"
    folder.mkdir()
    path = folder / "p.crisiscell"
    child = run(CREATE_CHILD, str(path), env={SHARED_KEYRING_ENV: str(shared.path)})
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert not path.exists()
    left = hidden(folder)
    assert left and all(".creating" in p.name for p in left), left
    assert_owner_only(left)  # the half-made plan, its -wal and -shm: 0600 under umask 022
    Plan.create(path, organisation="Maréval").close()
    assert hidden(folder) == []


REKEY_CHILD = textwrap.dedent("""
    import os, signal, sys
    os.umask(0o022)
    import keyring
    from tests.file_keyring import SharedFileKeyring
    keyring.set_keyring(SharedFileKeyring())
    from app.keys.management import rekey

    rekey(sys.argv[1])  # SIGKILLed once the copy is exported (CRISISCELL_CRASH_AT)
""")


def test_a_killed_rekey_leaves_its_copy_owner_only_and_the_next_rekey_clears_it(
        tmp_path: Path) -> None:
    shared = SharedFileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(shared)
    folder = tmp_path / "plans"
    folder.mkdir()
    path = folder / "p.crisiscell"
    Plan.create(path, organisation="Maréval").close()
    child = run(REKEY_CHILD, str(path), env={SHARED_KEYRING_ENV: str(shared.path),
                                             crash_points.NAMED_ENV: "exported"})
    assert child.returncode == -signal.SIGKILL, child.stderr
    left = [p for p in hidden(folder) if "rekeying" in p.name]
    assert [p.name for p in left] == [".p.crisiscell.rekeying"]
    assert_owner_only(left)  # the whole plan, re-encrypted: 0600 under umask 022
    rekey(path, Unlock())
    assert [p for p in hidden(folder) if "rekeying" in p.name] == []


def test_pruning_leaves_the_temporary_file_of_a_backup_under_way(plan: Plan) -> None:
    from app.planfile import atomic
    from app.planfile.backups import PARTIAL

    folder = plan.backups.folder
    (first,) = plan.backups.make("manual")
    # Another process's backup under way: its temporary file is locked, its key file is
    # already under its final name, its backup not yet.
    name = first.name.replace("-manual", "-periodic")
    under_way = atomic.new_temp(folder / name, PARTIAL)
    (folder / f"{name}.keys").write_bytes(b"{}")
    try:
        plan.backups.prune(folder)
        assert under_way.path.exists() and (folder / f"{name}.keys").exists()
    finally:
        under_way.close()  # that process dies: its lock goes with it
    plan.backups.prune(folder)
    assert not under_way.path.exists() and not (folder / f"{name}.keys").exists()
    assert first.exists()


# --- a full disk: the helper says so, and leaves nothing -------------------------------------

@pytest.fixture
def full_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A 64 KiB tmpfs, filled to the last byte."""
    with mounted_tmpfs(tmp_path / "disk", "64k") as point:
        with open(point / "filler", "wb", buffering=0) as filler, pytest.raises(OSError):
            while True:
                filler.write(b"x" * 512)
        yield point


def test_a_full_disk_is_said_and_leaves_no_partial_file(plan: Plan, full_disk: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    from app.cli.main import main
    from app.planfile import atomic
    from db.errors import DiskFull

    with pytest.raises(DiskFull):
        atomic.write_bytes(full_disk / "notes.txt", b"x" * 65536)
    plan.close()
    assert main(["export-plain", "--plan", str(plan.path), "-o", str(full_disk / "copy.db"),
                 "--yes-i-understand"]) == 2
    assert (f"the disk holding {full_disk / 'copy.db'} is full; nothing was written"
            in capsys.readouterr().err)
    assert main(["print", "contacts", "--plan", str(plan.path), "-o",
                 str(full_disk / "contacts.pdf")]) == 2
    assert "nothing was written" in capsys.readouterr().err
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]


CREATE_STEPS_CHILD = textwrap.dedent("""
    import sys
    import keyring
    from tests.file_keyring import SharedFileKeyring
    keyring.set_keyring(SharedFileKeyring())
    from app.plan import Plan
    Plan.create(sys.argv[1], organisation="Maréval").close()
""")


def test_a_create_killed_at_every_step(tmp_path: Path) -> None:
    shared = SharedFileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(shared)
    env = {SHARED_KEYRING_ENV: str(shared.path)}
    for k in range(1, 20):
        folder = tmp_path / f"run{k}"
        folder.mkdir()
        path = folder / "p.crisiscell"
        child = run(CREATE_STEPS_CHILD, str(path), env={**env, crash_points.ENV: str(k)})
        if child.returncode == 0:
            assert hidden(folder) == []
            break
        assert child.returncode == crash_points.EXIT_STATUS, child.stderr
        assert_owner_only(hidden(folder))
        if path.exists():  # linked: a whole plan, and the window's open clears the rest
            Plan.open(path, live=True, backup_on_open=False).close()
        else:  # not linked: no plan, and the next create clears the rest
            Plan.create(path, organisation="Maréval").close()
        assert hidden(folder) == [], k
    else:
        raise AssertionError("create never completed")
    assert k >= 3  # key file written, plan linked, and the run that completes
