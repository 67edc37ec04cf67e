"""The window's background jobs: results, progress and errors reach the GUI thread through
Qt signals; a cancelled job stops between steps; the window waits for its jobs at close."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from app.plan import Plan
from db.errors import StorageError
from ui.background.tasks import CANCELLED, FAILED, FINISHED, JobContext, PlanAccess, Tasks
from ui.window.main_window import MainWindow


@pytest.fixture
def tasks(qapp: object) -> Iterator[Tasks]:
    """A task manager of the test's own (its jobs waited for at the end)."""
    own = Tasks()
    yield own
    own.shutdown()


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def task_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("crisiscell-task-")]


def test_a_job_s_progress_and_result_arrive_on_the_gui_thread(qtbot, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[object, bool]] = []

    def job(context: JobContext) -> int:
        context.progress(1, 2, "half way")
        context.progress(2, 2)
        return threading.get_ident()

    task = tasks.run("count", job)
    task.progressed.connect(lambda done, total, text: seen.append(((done, total, text),
                                                                   on_gui_thread())))
    task.finished.connect(lambda result: seen.append((result, on_gui_thread())))
    with qtbot.waitSignal(task.finished, timeout=10000) as finished:
        pass
    worker = finished.args[0]
    assert worker != threading.get_ident()  # computed on another thread
    assert seen == [((1, 2, "half way"), True), ((2, 2, ""), True), (worker, True)]
    assert task.state == FINISHED and task.outcome == worker and task.done
    assert tasks.running == [] and task_threads() == []


def test_an_error_arrives_as_an_error(qtbot, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    finished: list[object] = []

    def job(context: JobContext) -> None:
        raise StorageError("/tmp/plan.crisiscell", "disk full")

    task = tasks.run("fail", job)
    task.finished.connect(finished.append)
    with qtbot.waitSignal(task.failed, timeout=10000) as failed:
        pass
    error = failed.args[0]
    assert isinstance(error, StorageError) and "disk full" in str(error)
    assert task.state == FAILED and task.outcome is error
    assert finished == []


def test_cancel_stops_a_job_between_steps_and_reports_it(qtbot, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    reached, go_on = threading.Event(), threading.Event()
    steps: list[int] = []
    finished: list[object] = []

    def job(context: JobContext) -> str:
        steps.append(1)
        reached.set()
        go_on.wait()
        context.check()  # between step 1 and step 2
        steps.append(2)
        return "all steps"

    task = tasks.run("two steps", job)
    task.finished.connect(finished.append)
    assert reached.wait(10)
    task.cancel()
    with qtbot.waitSignal(task.cancelled, timeout=10000):
        go_on.set()
    assert steps == [1]
    assert task.state == CANCELLED and finished == []
    assert task_threads() == []


def test_a_job_opens_the_plan_on_its_own_connection_closed_when_it_ends(  # type: ignore[no-untyped-def]
        qtbot, tasks: Tasks, demo_plan: Plan) -> None:
    opened: list[Plan] = []

    def job(context: JobContext) -> str:
        plan = context.open_plan()
        opened.append(plan)
        assert context.open_plan() is plan  # one connection per job
        return plan.info.get().organisation

    task = tasks.run("read", job, plan=demo_plan)
    with qtbot.waitSignal(task.finished, timeout=30000) as finished:
        pass
    assert finished.args == [demo_plan.info.get().organisation]
    assert opened[0] is not demo_plan
    with pytest.raises(Exception):  # noqa: B017, PT011 - closed: any use fails
        opened[0].info.get()
    assert demo_plan.info.get().organisation  # the window's own connection is untouched


def test_a_job_started_without_the_plan_cannot_open_it(qtbot, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    task = tasks.run("no plan", lambda context: context.open_plan())
    with qtbot.waitSignal(task.failed, timeout=10000) as failed:
        pass
    assert "started without the plan" in str(failed.args[0])


def test_plan_access_carries_the_key_the_plan_was_opened_with(demo_plan: Plan) -> None:
    access = PlanAccess.of(demo_plan)
    assert access.path == demo_plan.path and access.key == demo_plan.key.key
    unlock = access.unlock()
    assert unlock is not None and unlock.recovery_key == demo_plan.key.key


def test_pause_wakes_at_once_when_the_job_is_cancelled(qtbot, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    waiting = threading.Event()

    def job(context: JobContext) -> None:
        waiting.set()
        context.pause()  # until cancelled: never returns on its own

    task = tasks.run("patient", job)
    assert waiting.wait(10)
    with qtbot.waitSignal(task.cancelled, timeout=10000):
        task.cancel()


def test_closing_the_window_with_a_job_running_cancels_it_and_leaves_no_thread(  # type: ignore[no-untyped-def]
        qtbot, main_window: MainWindow) -> None:
    waiting = threading.Event()
    outcome: list[str] = []

    def job(context: JobContext) -> None:
        context.open_plan()
        waiting.set()
        context.pause()  # until the window cancels it

    task = main_window.tasks.run("long", job, plan=main_window.plan)
    task.cancelled.connect(lambda: outcome.append("cancelled"))
    assert waiting.wait(30)
    main_window.close()
    assert outcome == ["cancelled"]  # delivered before close returned: nothing comes later
    assert task.state == CANCELLED
    assert main_window.plan is None and main_window.tasks.running == []
    assert task_threads() == []


def test_tasks_refuse_to_start_off_the_gui_thread(tasks: Tasks) -> None:
    errors: list[BaseException] = []

    def start() -> None:
        try:
            tasks.run("from a thread", lambda context: None)
        except RuntimeError as error:
            errors.append(error)

    thread = threading.Thread(target=start)
    thread.start()
    thread.join()
    assert len(errors) == 1 and "GUI thread" in str(errors[0])


def test_waiting_for_one_job_does_not_wait_for_the_others(qtbot, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    other_waiting = threading.Event()

    def patient(context: JobContext) -> None:
        other_waiting.set()
        context.pause()

    other = tasks.run("patient", patient)
    quick = tasks.run("quick", lambda context: "done")
    assert other_waiting.wait(10)
    tasks.wait(quick)  # returns with the quick one's outcome delivered; the other runs on
    assert quick.state == FINISHED and quick.outcome == "done"
    assert tasks.running == [other] and not other.done
    other.cancel()
    tasks.wait(other)
    assert other.state == CANCELLED and tasks.running == []
