"""The window's automatic backups: the opening one, and every 10 minutes one while an incident
is active, each a job of the window's background tasks (ui/background/tasks.py).

The period is a Qt timer on the GUI thread; each backup runs as a job, which looks whether an
incident is active on a connection of its own and lets `Backups.make` copy the plan on
another (app/planfile/backups.py: temporary file, verified, renamed: never half-written). A
round that comes while the last one still runs is skipped, not queued. What each backup
gives — the files written, or the error — reaches the window as a signal on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.plan import Plan
from app.planfile.backups import PERIOD_SECONDS, Backups, incident_active_in
from ui.background.tasks import Job, JobContext, PlanAccess, Task, Tasks


def backup_job(backups: Backups, access: PlanAccess, reason: str) -> Job:
    """The job taking one backup; a "periodic" one only while an incident is active (None
    when there was none: nothing taken)."""
    def job(context: JobContext) -> list[Path] | None:
        if reason == "periodic":
            context.progress(0, 2)
            if not incident_active_in(access.path, access.key):  # its own connection
                return None
            context.check()
        context.progress(1, 2)
        written = backups.make(reason)
        context.progress(2, 2)
        return written
    return job


class BackupSchedule(QObject):
    """The opening backup and the periodic ones of one open plan."""

    #: A backup was taken: the files written (one per backup folder).
    taken = Signal(list)
    #: A backup (or the look at whether one is due) failed: the error.
    failed = Signal(object)

    def __init__(self, tasks: Tasks, plan: Plan, period: float = PERIOD_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.backups = plan.backups
        self.access = PlanAccess.of(plan)
        #: Why the last backup failed (None when it worked, or none ran yet).
        self.last_error: Exception | None = None
        #: The backup job under way, if any.
        self.job: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(round(period * 1000))
        self.timer.timeout.connect(self.round)

    def start(self, first: str | None = "open") -> BackupSchedule:
        """Start the period; `first` (e.g. "open") takes one backup at once, as a job."""
        if first:
            self.take(first)
        self.timer.start()
        return self

    def round(self) -> Task | None:
        """One period is over: a backup when an incident is active (skipped while the last
        backup still runs)."""
        return self.take("periodic")

    def take(self, reason: str) -> Task | None:
        """Start a backup job (None: one is under way already)."""
        if self.job is not None:
            return None
        job = self.tasks.run(f"backup-{reason}", backup_job(self.backups, self.access, reason))
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.job = job
        return job

    def stop(self) -> None:
        """No more rounds; the backup under way is cancelled at its next check and waited for
        (the plan's closing backup follows)."""
        self.timer.stop()
        if self.job is not None:
            self.job.cancel()
            self.tasks.wait(self.job)

    @property
    def running(self) -> bool:
        """Whether rounds are being counted or a backup is under way."""
        return self.timer.isActive() or self.job is not None

    def _finished(self, written: list[Path] | None) -> None:
        self.job = None
        if written is None:
            return  # no incident active: nothing to back up this round
        self.last_error = None
        self.taken.emit(written)

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.last_error = error
        self.failed.emit(error)

    def _cancelled(self) -> None:
        self.job = None
