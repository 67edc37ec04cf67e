"""Background work for the window: one way to run a job off the GUI thread.

Printing, backups and (next) sync and imports run as jobs of the window's `Tasks` (after
Anki's qt/aqt/taskman.py). A job is a function of a `JobContext`, run on a thread of its own:

- it opens the plan on a connection of its own, in its thread (`context.open_plan()`, from the
  plan's path and the key the window holds; closed when the job ends) — SQLite connections are
  never shared between threads, and a job never uses the window's `Plan`;
- it says how far it is (`context.progress(done, total, text)`) and checks between steps
  whether it was cancelled (`context.check()` raises `Cancelled`): a cancelled job stops at
  its next check, before the next step, and what it writes it writes atomically
  (app/planfile/atomic.py), so nothing is left half-written;
- it never touches a widget: what it returns, raises or reports reaches the window through
  its `Task`'s Qt signals, emitted on the GUI thread.

A job that returns is `finished` with what it returned, even when a cancel came too late to
stop it (its work is done and whole); one that raises `Cancelled` is `cancelled`; one that
raises anything else has `failed` with the error. The window cancels and waits for every job
before it closes its plan (`shutdown()`): no job thread outlives the plan it worked on.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from app.keys.unlock import Unlock
from app.plan import Plan

RUNNING, FINISHED, FAILED, CANCELLED = "running", "finished", "failed", "cancelled"


class Cancelled(Exception):
    """Raised inside a job, at a check, once its cancel was asked."""


@dataclass(frozen=True)
class PlanAccess:
    """What a job needs to open the plan itself: the file and the key the window opened it
    with (never the window's connection)."""

    path: Path
    key: bytes | None

    @classmethod
    def of(cls, plan: Plan) -> PlanAccess:
        """The way into an open plan, for a job of its own."""
        return cls(plan.path, plan.key.key)

    def unlock(self) -> Unlock | None:
        """The key as an unlock (None for a plain file)."""
        return Unlock(recovery_key=self.key) if self.key else None


class JobContext:
    """What a running job may use: progress, cancellation, the plan on its own connection."""

    def __init__(self, name: str, access: PlanAccess | None, cancel: threading.Event,
                 report: Callable[[str, object], None]) -> None:
        self.name = name
        self._access = access
        self._cancel = cancel
        self._report = report
        self._plan: Plan | None = None
        self._closing = contextlib.ExitStack()

    @property
    def cancelled(self) -> bool:
        """Whether the job's cancel was asked."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Between two steps: stop here (raise Cancelled) when the job was cancelled."""
        if self._cancel.is_set():
            raise Cancelled(self.name)

    def pause(self, seconds: float | None = None) -> None:
        """Wait `seconds` (None: until cancelled) and stop if cancelled meanwhile — a job that
        waits (a retry, a turn) wakes at once when the window closes."""
        if self._cancel.wait(seconds):
            raise Cancelled(self.name)

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Say how far the job is (`done` of `total` steps), shown on the GUI thread."""
        self._report("progress", (done, total, text))

    def open_plan(self, *, look: bool = False) -> Plan:
        """The plan, opened now in this thread on a connection of the job's own (a `look`
        reads a private copy: app/planfile/look.py); closed when the job ends."""
        if self._access is None:
            raise RuntimeError(f"job {self.name!r} was started without the plan")
        if self._plan is None:
            plan = Plan.open(self._access.path, unlock=self._access.unlock(), look=look)
            self._plan = self._closing.enter_context(plan)
        return self._plan

    def close(self) -> None:
        """Close what the job opened (its plan)."""
        self._plan = None
        self._closing.close()


#: A job: runs on its own thread with its context; what it returns is its result.
Job = Callable[[JobContext], object]


class Task(QObject):
    """One job started by `Tasks.run`; its signals arrive on the GUI thread."""

    #: (done, total, text) as the job reports it.
    progressed = Signal(int, int, str)
    #: The job's result.
    finished = Signal(object)
    #: The exception the job raised.
    failed = Signal(object)
    #: The job stopped at a check after `cancel()`.
    cancelled = Signal()

    def __init__(self, name: str, task_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.task_id = task_id
        #: RUNNING until the outcome arrives, then FINISHED, FAILED or CANCELLED.
        self.state = RUNNING
        #: The result (FINISHED) or the error (FAILED).
        self.outcome: object = None
        self._cancel = threading.Event()

    @property
    def done(self) -> bool:
        """Whether the job's outcome has arrived."""
        return self.state != RUNNING

    def cancel(self) -> None:
        """Ask the job to stop at its next check (nothing happens once it is done)."""
        self._cancel.set()


class Tasks(QObject):
    """Runs jobs on threads of their own and brings what they report to the GUI thread.

    Create it on the GUI thread with a parent that outlives its jobs (the window).
    """

    #: A job's thread put reports in the queue (queued to the GUI thread: drain it).
    _reported = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        #: Started and not yet done, by id (only the GUI thread reads or changes it).
        self._tasks: dict[int, Task] = {}
        self._threads: dict[int, threading.Thread] = {}
        #: (task id, kind, payload) put by job threads, taken by the GUI thread in order.
        self._reports: deque[tuple[int, str, object]] = deque()
        self._reported.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> list[Task]:
        """The jobs started whose outcome has not arrived yet."""
        return list(self._tasks.values())

    def run(self, name: str, job: Job, *, plan: PlanAccess | Plan | None = None) -> Task:
        """Start `job` on a thread of its own; `plan`: what it may open (`open_plan`).

        Connect to the task's signals right away: nothing is delivered before control
        returns to the event loop.
        """
        self._on_gui_thread()
        access = PlanAccess.of(plan) if isinstance(plan, Plan) else plan
        task_id = next(self._ids)
        task = Task(name, task_id)
        self._tasks[task_id] = task
        cancel = task._cancel

        def report(kind: str, payload: object) -> None:
            self._reports.append((task_id, kind, payload))
            self._reported.emit()

        def work() -> None:
            context = JobContext(name, access, cancel, report)
            try:
                try:
                    context.check()  # cancelled before it began: not begun at all
                    result = job(context)
                finally:
                    context.close()  # the job's connection is closed before it reports
            except Cancelled:
                report(CANCELLED, None)
            except Exception as error:  # noqa: BLE001 - every failure must reach the window
                report(FAILED, error)
            else:
                report(FINISHED, result)

        thread = threading.Thread(target=work, name=f"crisiscell-task-{name}", daemon=True)
        self._threads[task_id] = thread
        thread.start()
        return task

    def cancel_all(self) -> None:
        """Ask every running job to stop at its next check."""
        for task in self._tasks.values():
            task.cancel()

    def wait(self, *tasks: Task) -> None:
        """Wait for these jobs (none named: every running one) to end, and deliver what they
        reported (on this, the GUI thread) before returning: afterwards nothing of theirs is
        still to come."""
        self._on_gui_thread()
        ids = [task.task_id for task in tasks] if tasks else list(self._threads)
        for task_id in ids:
            thread = self._threads.get(task_id)
            if thread is not None:
                thread.join()
        self._drain()

    def shutdown(self) -> None:
        """Cancel every job and wait for them (the window, before its plan closes)."""
        self.cancel_all()
        self.wait()

    @Slot()
    def _drain(self) -> None:
        while self._reports:
            task_id, kind, payload = self._reports.popleft()
            task = self._tasks.get(task_id)
            if task is None:
                continue
            if kind == "progress":
                done, total, text = cast(tuple[int, int, str], payload)
                task.progressed.emit(done, total, text)
                continue
            del self._tasks[task_id]
            self._threads.pop(task_id).join()  # its last act was this report: ends at once
            task.state = kind
            if kind == FINISHED:
                task.outcome = payload
                task.finished.emit(payload)
            elif kind == FAILED:
                task.outcome = payload
                task.failed.emit(payload)
            else:
                task.cancelled.emit()

    def _on_gui_thread(self) -> None:
        if QThread.currentThread() is not self.thread():
            raise RuntimeError("Tasks are started and waited for on the GUI thread")
