"""The window's automatic backups go through its background tasks: the opening backup off the
GUI thread, a periodic one only while an incident is active, each result told as a signal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.plan import Plan
from ui.background.backups import BackupSchedule
from ui.background.tasks import FINISHED, Tasks


@pytest.fixture
def tasks(qapp: object) -> Iterator[Tasks]:
    """Background tasks of the test's own (their jobs waited for at the end)."""
    own = Tasks()
    yield own
    own.shutdown()


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    """A plan with some log, no incident active, closed."""
    path = tmp_path / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval") as plan:
        incident = plan.incidents.open("Rappel de lot", author="Hélène")
        for i in range(20):
            plan.journal.append(incident.id, f"Entrée {i} " + "détail " * 40, author="Hélène")
        plan.incidents.close(incident.id, author="Hélène")
    return path


def test_the_opening_backup_is_taken_off_the_calling_thread(  # type: ignore[no-untyped-def]
        qtbot, plan_path: Path, tasks: Tasks) -> None:
    with Plan.open(plan_path, live=True, backup_on_open=False) as plan:
        assert plan.backups.list() == []
        schedule = BackupSchedule(tasks, plan).start(first="open")
        job = schedule.job
        assert job is not None and not job.done  # a job of the tasks, not this thread's work
        with qtbot.waitSignal(schedule.taken, timeout=30000) as taken:
            pass
        schedule.stop()  # no periodic one (period not reached)
        assert [b.reason for b in plan.backups.list()] == ["open"]
        assert len(taken.args[0]) == 1 and taken.args[0][0].exists()
        assert schedule.last_error is None and not schedule.running


def test_each_result_is_told_as_a_signal(qtbot, plan_path: Path, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    taken: list[list[Path]] = []
    failures: list[Exception] = []
    with Plan.open(plan_path, live=True, backup_on_open=False) as plan:
        first = BackupSchedule(tasks, plan)
        first.taken.connect(taken.append)
        first.failed.connect(failures.append)
        with qtbot.waitSignal(first.taken, timeout=30000):
            first.start(first="open")
        first.stop()
        assert len(taken) == 1 and failures == []  # the opening backup worked
        (plan_path.parent / "backups").rename(plan_path.parent / "moved")
        (plan_path.parent / "backups").write_text("a file where the folder should be")
        second = BackupSchedule(tasks, plan)
        second.taken.connect(taken.append)
        second.failed.connect(failures.append)
        with qtbot.waitSignal(second.failed, timeout=30000):
            second.start(first="open")
        second.stop()
        # ENOTDIR: the folder is not there as a folder — not "read-only" (atomic.storage_error)
        assert failures[-1].code == "plan_cannot_open"  # type: ignore[attr-defined]
        assert second.last_error is failures[-1] and len(taken) == 1


def test_a_round_backs_up_only_while_an_incident_is_active(  # type: ignore[no-untyped-def]
        qtbot, plan_path: Path, tasks: Tasks) -> None:
    with Plan.open(plan_path, live=True, backup_on_open=False) as plan:
        schedule = BackupSchedule(tasks, plan)
        quiet = schedule.round()
        assert quiet is not None
        with qtbot.waitSignal(quiet.finished, timeout=30000):
            pass
        assert quiet.state == FINISHED and quiet.outcome is None
        assert plan.backups.list() == []  # no incident: nothing to back up
        plan.incidents.open("Rupture d'approvisionnement", author="Claire")
        with qtbot.waitSignal(schedule.taken, timeout=30000):
            busy = schedule.round()
            assert busy is not None
            assert schedule.round() is None  # the last round still runs: skipped, not queued
        assert [b.reason for b in plan.backups.list()] == ["periodic"]
        schedule.stop()


def test_the_period_starts_rounds_on_the_gui_thread(  # type: ignore[no-untyped-def]
        qtbot, plan_path: Path, tasks: Tasks) -> None:
    with Plan.open(plan_path, live=True, backup_on_open=False) as plan:
        plan.incidents.open("Inondation", author="Claire")
        schedule = BackupSchedule(tasks, plan, period=0.05).start(first=None)
        assert schedule.job is None and schedule.running  # counting, nothing taken yet
        with qtbot.waitSignal(schedule.taken, timeout=30000):
            pass
        schedule.stop()
        assert not schedule.running
        assert {b.reason for b in plan.backups.list()} == {"periodic"}
