"""A plan's open cut short at any step leaves nothing behind: no lock held, no file open.

Each step of `Plan.open` (live, the window's way) and of a look is made to fail in turn:
by a real refusal where one exists (another window, a synced folder), else by making the
step's own function raise. After each: the plan can be replaced (neither of its locks is
held), this process has exactly the files open it had before, and the plan opens again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from app import plan as plan_module
from app.plan import Plan
from app.planfile import atomic, witness
from app.planfile.backups import Backups
from app.planfile.errors import OnSyncedFolder, PlanInUse
from app.planfile.locks import PlanLock, replacing
from db import migrations

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(),
                                reason="counts this process's open files in /proc/self/fd")


class Cut(Exception):
    """The failure injected at a step."""


def open_files() -> list[str]:
    """What this process has open (the targets of its file descriptors)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            found.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            continue  # the descriptor listdir itself used, gone already
    return sorted(found)


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "crise" / "plan.crisiscell"
    path.parent.mkdir()
    with Plan.create(path, organisation="Maréval") as plan:
        plan.incidents.open("Rappel de lot", author="Hélène")
    with Plan.open(path, live=True):  # warm up: what the first open makes once is made
        pass
    return path


def cut(monkeypatch: pytest.MonkeyPatch, owner: object, name: str,
        error: BaseException | None = None) -> None:
    def failing(*args: object, **kwargs: object) -> None:
        raise error if error is not None else Cut(name)
    monkeypatch.setattr(owner, name, failing)


#: (step, how to make it fail, what it raises); each in the order Plan.open runs them.
STEPS: list[tuple[str, Callable[[pytest.MonkeyPatch, Path], None], type[BaseException]]] = [
    ("instance lock", lambda mp, path: None, PlanInUse),  # held by another window: below
    ("synced folder", lambda mp, path: (path.parent / ".stfolder").mkdir(), OnSyncedFolder),
    ("owner-only modes", lambda mp, path: cut(mp, atomic, "tighten"), Cut),
    ("leftovers swept", lambda mp, path: cut(mp, atomic, "sweep"), Cut),
    ("verified state", lambda mp, path: cut(
        mp, plan_module.verified_state, "unchanged_since_verified"), Cut),
    ("database opened", lambda mp, path: cut(mp, plan_module, "open_database"), Cut),
    ("schema migrated", lambda mp, path: cut(mp, migrations, "migrate"), Cut),
    ("device registered", lambda mp, path: cut(mp, Plan, "_register_device"), Cut),
    ("witness compared", lambda mp, path: cut(mp, Plan, "_compare_with_witness"), Cut),
    ("witness written", lambda mp, path: cut(mp, witness.Witness, "record"), Cut),
    ("backup on open", lambda mp, path: cut(mp, Backups, "make"), Cut),
    ("interrupted (Ctrl+C) at the backup", lambda mp, path: cut(
        mp, Backups, "make", KeyboardInterrupt()), KeyboardInterrupt),
]


@pytest.mark.parametrize(("step", "make_it_fail", "raised"), STEPS, ids=[s[0] for s in STEPS])
def test_a_live_open_cut_short_leaves_nothing_held(
        plan_path: Path, monkeypatch: pytest.MonkeyPatch, step: str,
        make_it_fail: Callable[[pytest.MonkeyPatch, Path], None],
        raised: type[BaseException]) -> None:
    if step == "witness written":  # only a plan this laptop has not seen records at once
        witness.log_path(_plan_id(plan_path)).unlink()
    before = open_files()
    other_window = PlanLock(plan_path).acquire() if step == "instance lock" else None
    with monkeypatch.context() as mp:
        make_it_fail(mp, plan_path)
        with pytest.raises(raised):
            Plan.open(plan_path, live=True)
    if other_window is not None:
        other_window.release()
    if (plan_path.parent / ".stfolder").exists():
        (plan_path.parent / ".stfolder").rmdir()
    assert open_files() == before
    with replacing(plan_path):  # neither the instance lock nor the writers lock is held
        pass
    with Plan.open(plan_path, live=True) as plan:
        assert plan.journal.count() == 1


LOOK_STEPS = [("database opened", lambda mp: cut(mp, plan_module, "open_database")),
              ("schema migrated", lambda mp: cut(mp, migrations, "migrate")),
              ("witness compared", lambda mp: cut(mp, Plan, "_compare_with_witness"))]


@pytest.mark.parametrize(("step", "make_it_fail"), LOOK_STEPS, ids=[s[0] for s in LOOK_STEPS])
def test_a_look_cut_short_removes_its_copy(
        plan_path: Path, monkeypatch: pytest.MonkeyPatch, step: str,
        make_it_fail: Callable[[pytest.MonkeyPatch], None]) -> None:
    before = open_files()
    copies_before = _private_copies()
    with monkeypatch.context() as mp:
        make_it_fail(mp)
        with pytest.raises(Cut):
            Plan.open(plan_path, look=True)
    assert open_files() == before
    assert _private_copies() == copies_before  # the private copy is gone
    with replacing(plan_path):
        pass


def _plan_id(path: Path) -> str:
    with Plan.open(path) as plan:
        return plan.plan_id


def _private_copies() -> list[Path]:
    import tempfile

    return sorted(Path(tempfile.gettempdir()).glob("crisiscell-look-*"))
