"""Kill at every step of a key change, as SQLite's crash tests do: a child process runs the
command with CRISISCELL_CRASH_AT_STEP=k (app/planfile/crash_points.py) and dies at its k-th
step, for k = 1, 2, … until the command completes.

After each crash: the plan opens with the old key/passphrase or the new one (the old one
before the data was replaced, the new one from then on, never neither), verifies and holds
every journal entry; once the change has taken effect the old passphrase (or key) no longer
opens it; and every partial file left behind is owner-only and removed by the next run.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

from app.errors import FILE_ERRORS
from app.keys import key_file as keys
from app.keys.management import rekey, set_passphrase, use_keyring
from app.keys.unlock import Unlock
from app.plan import Plan
from app.planfile import crash_points
from tests.file_keyring import ENV as SHARED_KEYRING_ENV
from tests.file_keyring import SharedFileKeyring
from tests.raw_plan import plan_key

OLD = "cellule de crise 2026"
NEW = "une autre phrase secrète"
ROOT = Path(__file__).resolve().parents[2]
#: The steps before the plan file is replaced: a crash there leaves the old key in force.
BEFORE_REPLACE = ("pending_key_stored", "staged", "exported")

# The child calls the key management itself, not the CLI: a third of the start-up time
# (the CLI's wording is tested in test_key_management.py).
CHILD = textwrap.dedent("""
    import os, sys
    import keyring
    from tests.file_keyring import SharedFileKeyring
    keyring.set_keyring(SharedFileKeyring())
    from app.keys.management import rekey, set_passphrase, use_keyring
    from app.keys.unlock import Unlock
    change, path = sys.argv[1], sys.argv[2]
    old = Unlock(passphrase=os.environ["CC_OLD"]) if sys.argv[3] == "passphrase" else None
    if change == "rekey":
        rekey(path, old)
    elif change == "passphrase":
        assert set_passphrase(path, os.environ["CC_NEW"], old)
    else:
        assert use_keyring(path, old)
    print("completed")
""")


@dataclass(frozen=True)
class Change:
    """One key change: what the child runs, and how the plan opens before and after it."""

    name: str
    child: str
    before: Unlock | None
    after: Unlock | None

    def run_again(self, path: Path, unlock: Unlock | None) -> None:
        """The next run of the same command, in this process, from where the crash left it."""
        if self.child == "passphrase":
            set_passphrase(path, NEW if unlock == self.before else OLD, unlock)
        elif self.child == "keyring":
            if unlock is not None:  # the move had not taken effect
                use_keyring(path, unlock)
        else:
            rekey(path, unlock)


CHANGES = [
    Change("rekey, keyring", "rekey", None, None),
    Change("rekey, passphrase", "rekey", Unlock(passphrase=OLD), Unlock(passphrase=OLD)),
    Change("passphrase change", "passphrase", Unlock(passphrase=OLD), Unlock(passphrase=NEW)),
    Change("passphrase to keyring", "keyring", Unlock(passphrase=OLD), None),
]


def make_template(folder: Path, change: Change) -> tuple[Path, Path, set[str]]:
    """A small plan (and the keyring file holding its key), made once per change."""
    folder.mkdir()
    shared = folder / "keyring.json"
    shared.write_text("{}")  # a passphrase plan puts nothing in it
    keyring.set_keyring(SharedFileKeyring(shared))
    path = folder / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval", unlock=change.before) as plan:
        incident = plan.incidents.open("Exercice", author="Hélène")
        ids = {plan.journal.append(incident.id, f"Entrée {i}", author="Hélène").id
               for i in range(3)}
    return path, shared, ids


def partial_files(folder: Path) -> list[Path]:
    """Files a key change writes under temporary names (dot-names beside the plan)."""
    return [p for p in folder.iterdir() if p.name.startswith(".") and p.is_file()]


def opens_with(path: Path, unlock: Unlock | None, ids: set[str]) -> bool:
    """Whether `unlock` opens the plan (settling an interrupted change), checking its log."""
    try:
        plan = Plan.open(path, unlock=unlock)
    except FILE_ERRORS:
        return False
    with plan:
        assert plan.journal.verify().ok
        incident = plan.incidents.active()
        assert incident is not None
        assert ids <= {e.id for e in plan.journal.entries(incident.id)}
    return True


def assert_revoked(path: Path, template: Path, change: Change, ids: set[str]) -> None:
    """The key file from before the change (a backup's copy, say) put back beside the plan
    with the old passphrase or keyring entry opens nothing, and changes no byte."""
    current = keys.key_file_path(path).read_bytes()
    keys.key_file_path(path).write_bytes(keys.key_file_path(template).read_bytes())
    plan_bytes = path.read_bytes()
    try:
        assert not opens_with(path, change.before, ids)
        assert path.read_bytes() == plan_bytes
    finally:
        keys.key_file_path(path).write_bytes(current)


@pytest.mark.slow
@pytest.mark.parametrize("change", CHANGES, ids=[c.name for c in CHANGES])
def test_a_crash_at_every_step_of_a_key_change_leaves_one_key_that_opens(
        tmp_path: Path, change: Change) -> None:
    template, template_keyring, ids = make_template(tmp_path / "template", change)
    old_key = plan_key(template, change.before)
    env = {**os.environ, "CC_OLD": OLD, "CC_NEW": NEW}
    steps: list[str] = []
    for k in range(1, 20):
        folder = tmp_path / f"crash-{k}"
        folder.mkdir()
        path = keys.copy_plan(template, folder / template.name)
        shared = folder / "keyring.json"
        shutil.copyfile(template_keyring, shared)
        keyring.set_keyring(SharedFileKeyring(shared))
        child = subprocess.run(
            [sys.executable, "-c", CHILD, change.child, str(path),
             "passphrase" if change.before else "keyring"], cwd=ROOT,
            env={**env, crash_points.ENV: str(k), SHARED_KEYRING_ENV: str(shared)},
            capture_output=True, text=True, timeout=120)
        if child.returncode == 0:
            assert "completed" in child.stdout
            assert opens_with(path, change.after, ids)
            assert plan_key(path, change.after) != old_key
            assert_revoked(path, template, change, ids)
            break
        assert child.returncode == crash_points.EXIT_STATUS, child.stderr
        step = child.stderr.strip().splitlines()[-1].split("after ", 1)[1]
        steps.append(step)

        # Whatever the crash left under a temporary name is readable by its owner only.
        for leftover in partial_files(folder):
            assert stat.S_IMODE(leftover.stat().st_mode) & 0o077 == 0, (step, leftover)

        # The old key before the data was replaced, the new one from then on.
        took_effect = step not in BEFORE_REPLACE
        if change.before is None and change.after is None:  # keyring: the key tells
            assert opens_with(path, None, ids), step
            assert (plan_key(path) != old_key) == took_effect, step
        elif took_effect:
            assert opens_with(path, change.after, ids), step
            if change.after is not None and change.before != change.after:
                assert not opens_with(path, change.before, ids), step  # the old passphrase
        else:
            assert opens_with(path, change.before, ids), step
            if change.after is not None and change.after != change.before:
                assert not opens_with(path, change.after, ids), step
        if took_effect:
            assert_revoked(path, template, change, ids)
        side = keys.read(path)
        assert side is not None and side.pending_check is None, step  # settled on open
        now = plan_key(path, change.after if took_effect else change.before)
        assert now is not None and side.key_check == keys.key_check(now)
        if took_effect:
            assert now != old_key
            with pytest.raises(FILE_ERRORS):
                Plan.open(path, unlock=Unlock(recovery_key=old_key))  # the old sheet

        # The next run of the command removes what this one left, and goes through.
        change.run_again(path, change.after if took_effect else change.before)
        assert partial_files(folder) == [], step
    else:
        pytest.fail(f"{change.name} never completed: {steps}")
    assert "replaced" in steps and steps[-1] != "replaced", steps  # steps on both sides
