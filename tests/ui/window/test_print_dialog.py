"""File → Print…: the document chosen is written as a PDF off the GUI thread and handed to the
viewer (a recorder here: no viewer starts); an unwritable folder is said, nothing is written,
and the dialog keeps its choices."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.plan import Plan
from app.printing import PrintOptions
from ui.background.tasks import JobContext, Tasks
from ui.window.main_window import MainWindow
from ui.window.print_dialog import PrintDialog, file_name, print_job


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def tasks(qapp: object) -> Iterator[Tasks]:
    """Background tasks of the test's own (their jobs waited for at the end)."""
    own = Tasks()
    yield own
    own.shutdown()


def dialog_for(qtbot, plan: Plan, tasks: Tasks, target: Path | None,  # type: ignore[no-untyped-def]
               opened: list[Path], asked: list[Path] | None = None) -> PrintDialog:
    def choose(parent, suggested: Path) -> Path | None:
        if asked is not None:
            asked.append(suggested)
        return target

    dialog = PrintDialog(plan, opener=opened.append, choose_path=choose, tasks=tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_contact_sheet_is_written_then_opened(qtbot, demo_plan: Plan, tmp_path: Path,
                                                  tasks: Tasks) -> None:
    opened: list[Path] = []
    asked: list[Path] = []
    target = tmp_path / "annuaire.pdf"
    dialog = dialog_for(qtbot, demo_plan, tasks, target, opened, asked)
    dialog.select("contacts")
    assert not dialog.incident_combo.isVisible()  # only a log asks for its incident
    with qtbot.waitSignal(dialog.printed, timeout=30000) as printed:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        assert dialog.busy_bar.isVisible() and not dialog.print_button.isEnabled()
        assert [task.name for task in tasks.running] == ["print"]  # a job of the tasks given
    assert printed.args == [str(target)]
    assert opened == [target]
    assert tasks.running == []
    assert asked[0].name == f"Annuaire de crise {date.today().isoformat()}.pdf"
    assert demo_plan.info.get().organisation in pdf_text(target)
    assert dialog.result() == PrintDialog.DialogCode.Accepted


def test_the_wall_copy_leaves_personal_numbers_out(qtbot, demo_plan: Plan, tmp_path: Path,
                                                   tasks: Tasks) -> None:
    opened: list[Path] = []
    dialog = dialog_for(qtbot, demo_plan, tasks, tmp_path / "mur.pdf", opened)
    dialog.select("wall_copy")
    dialog.page_combo.setCurrentIndex(dialog.page_combo.findData("Letter"))
    assert dialog.options().redacted and dialog.options().page_size == "Letter"
    with qtbot.waitSignal(dialog.printed, timeout=30000):
        dialog.print_button.click()
    text = pdf_text(tmp_path / "mur.pdf")
    assert "copie murale" in text
    width, height = PdfReader(str(tmp_path / "mur.pdf")).pages[0].mediabox.upper_right
    assert sorted((round(float(width)), round(float(height)))) == [612, 792]  # US Letter


def test_the_incident_report_defaults_to_the_active_or_latest_incident(
        qtbot, demo_plan: Plan, tmp_path: Path, tasks: Tasks) -> None:
    expected = demo_plan.incidents.active() or demo_plan.incidents.latest()
    assert expected is not None
    opened: list[Path] = []
    dialog = dialog_for(qtbot, demo_plan, tasks, tmp_path / "rapport", opened)
    dialog.select("journal")
    assert dialog.incident_combo.isVisible()
    assert dialog.options().incident_id == expected.id
    with qtbot.waitSignal(dialog.printed, timeout=60000):
        dialog.print_button.click()
    assert opened == [tmp_path / "rapport.pdf"]  # ".pdf" added to a bare name
    assert expected.title in pdf_text(opened[0]).replace("\n", " ")


def test_an_unwritable_folder_is_said_nothing_is_written_and_the_choices_stay(
        qtbot, demo_plan: Plan, tmp_path: Path, tasks: Tasks) -> None:
    opened: list[Path] = []
    target = tmp_path / "absent" / "annuaire.pdf"
    dialog = dialog_for(qtbot, demo_plan, tasks, target, opened)
    dialog.select("calltree")
    dialog.page_combo.setCurrentIndex(dialog.page_combo.findData("Letter"))
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.problem_label.isVisible(), timeout=30000)
    assert "cannot be written" in dialog.problem_label.text()
    assert str(target) in dialog.problem_label.text()
    assert opened == [] and not (tmp_path / "absent").exists()
    assert dialog.isVisible() and dialog.print_button.isEnabled()
    assert dialog.choice().code == "calltree" and dialog.page_combo.currentData() == "Letter"


def test_a_plan_without_incident_has_no_report_to_print(qtbot, plan: Plan, tmp_path: Path,
                                                       tasks: Tasks) -> None:
    asked: list[Path] = []
    dialog = dialog_for(qtbot, plan, tasks, tmp_path / "x.pdf", [], asked)
    dialog.select("journal")
    dialog.print_button.click()
    assert "no incident yet" in dialog.problem_label.text()
    assert asked == [] and not (tmp_path / "x.pdf").exists()


def test_cancelling_the_save_dialog_writes_nothing(qtbot, demo_plan: Plan, tmp_path: Path,
                                                   tasks: Tasks) -> None:
    opened: list[Path] = []
    dialog = dialog_for(qtbot, demo_plan, tasks, None, opened)
    dialog.print_button.click()
    assert not dialog.busy and dialog.isVisible() and opened == []


def test_file_names_carry_the_printed_title_and_the_day() -> None:
    from ui.window.print_dialog import CHOICES

    day = date(2026, 11, 21)
    names = {c.code: file_name(c, "fr", day) for c in CHOICES}
    assert names["contacts"] == "Annuaire de crise 2026-11-21.pdf"
    assert names["recovery"] == "Feuille de secours du plan 2026-11-21.pdf"
    assert file_name(CHOICES[0], "en", day) == "Crisis contact sheet 2026-11-21.pdf"
    assert len(set(names.values())) == len(CHOICES)


def test_file_print_and_ctrl_p_open_the_dialog_with_the_window_opener(
        qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Plan, object]] = []
    given_tasks: list[object] = []

    def ask(cls, plan, parent=None, *, opener, tasks):  # type: ignore[no-untyped-def]
        calls.append((plan, opener))
        given_tasks.append(tasks)
        return tmp_path / "done.pdf"

    monkeypatch.setattr(PrintDialog, "ask", classmethod(ask))
    main_window.document_opener = lambda path: None
    assert main_window.print_action.isEnabled()
    main_window.print_action.trigger()
    assert calls == [(main_window.plan, main_window.document_opener)]
    assert given_tasks == [main_window.tasks]  # the PDF is written as one of the window's jobs
    assert "done.pdf" in main_window.notice_bar.text()
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(calls) == 2
    main_window.close_plan()
    assert not main_window.print_action.isEnabled()


def test_the_language_combo_defaults_to_the_plan_s_and_prints_in_the_other(
        qtbot, demo_plan: Plan, tmp_path: Path, tasks: Tasks) -> None:
    opened: list[Path] = []
    asked: list[Path] = []
    target = tmp_path / "sheet.pdf"
    dialog = dialog_for(qtbot, demo_plan, tasks, target, opened, asked)
    assert demo_plan.info.get().language == "fr"
    assert dialog.language_combo.currentData() == "fr"
    dialog.select("contacts")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.options().language == "en"
    with qtbot.waitSignal(dialog.printed, timeout=30000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    # The file name and the document follow the language chosen; the plan keeps its own.
    assert asked[0].name == f"Crisis contact sheet {date.today().isoformat()}.pdf"
    text = pdf_text(target)
    assert "Crisis contact sheet" in text and "Annuaire de crise" not in text
    assert demo_plan.info.get().language == "fr"


def test_a_print_job_cancelled_before_its_plan_is_open_writes_nothing(
        qtbot, demo_plan: Plan, tmp_path: Path, tasks: Tasks) -> None:
    target = tmp_path / "annuaire.pdf"
    progress: list[tuple[int, int]] = []
    gate = threading.Event()

    def held(context: JobContext) -> object:
        gate.wait()  # cancelled while held: the print job's check after opening sees it
        return print_job("contacts", target, PrintOptions())(context)

    task = tasks.run("print", held, plan=demo_plan)
    task.progressed.connect(lambda done, total, text: progress.append((done, total)))
    task.cancel()
    with qtbot.waitSignal(task.cancelled, timeout=30000):
        gate.set()
    assert not target.exists() and list(tmp_path.glob("*.pdf")) == []
    assert progress in ([], [(0, 2)])  # stopped before its second step
