"""File → Print…: choose a document, save it as a PDF, see it in the system's viewer.

The PDF is written off the GUI thread, as a job of the window's background tasks
(ui/background/tasks.py): the job opens the plan on a connection of its own, with the key the
window already holds, and writes the PDF all or nothing (app.printing). While it works the
dialog shows a busy bar; an error is said in the dialog, which keeps every choice so the user
can pick another folder and retry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.clock import to_local
from app.plan import Plan
from app.printing import PAGE_SIZE_NAMES, PrintOptions, print_document
from app.printing.words import word
from ui.background.tasks import Job, JobContext, Task, Tasks
from ui.widgets.wrapped_text import fit_height
from ui.window.viewer import Opener, open_in_viewer
from ui.words.dates import day_text
from ui.words.error_messages import error_text

#: Opens a written PDF (tests give a recorder: no viewer is ever started by a test).
#: Asks where to save: (parent, suggested path) -> chosen path or None.
PathChooser = Callable[[QWidget | None, Path], Path | None]


@dataclass(frozen=True)
class Choice:
    """One document the dialog offers: the printing kind and whether it is a wall copy."""

    code: str
    kind: str
    redacted: bool = False


CHOICES = (
    Choice("contacts", "contacts"),
    Choice("wall_copy", "contacts", redacted=True),
    Choice("calltree", "calltree"),
    Choice("journal", "journal"),
    Choice("plan", "plan"),
    Choice("card", "card"),
    Choice("recovery", "recovery"),
)
#: The printed title each document carries, used for its file name (plan's language).
_TITLE_WORDS = {"contacts": "title_contacts", "wall_copy": "title_contacts_redacted",
                "calltree": "title_calltree", "journal": "title_journal", "plan": "title_plan",
                "card": "title_card"}
_RECOVERY_TITLE = {"fr": "Feuille de secours du plan", "en": "Plan recovery sheet"}
_LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE"})


def ask_print_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """The standard save dialog, for a PDF."""
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PrintDialog", "Save the PDF"), str(suggested),
        "PDF (*.pdf)")
    return Path(name) if name else None


def documents_folder() -> Path:
    """The user's Documents folder (home when the system has none)."""
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def file_name(choice: Choice, language: str, day: date) -> str:
    """`Annuaire de crise 2026-11-21.pdf`: the document's printed title and the day."""
    if choice.code == "recovery":
        title = _RECOVERY_TITLE.get(language, _RECOVERY_TITLE["en"])
    else:
        title = word(_TITLE_WORDS[choice.code], language)
    title = title.replace("/", "-").replace("\\", "-")
    return f"{title} {day.isoformat()}.pdf"


def print_job(kind: str, output: Path, options: PrintOptions) -> Job:
    """The job writing one PDF: open the plan (its own connection), then print."""
    def job(context: JobContext) -> Path:
        context.progress(0, 2)
        plan = context.open_plan()
        context.check()  # cancelled (the window closing): nothing written
        context.progress(1, 2)
        return print_document(plan, kind, output, options)
    return job


class PrintDialog(QDialog):
    """The document, its incident (for a log), the page size; Print… saves and shows it."""

    #: Emitted with the PDF's path once it is written and handed to the viewer.
    printed = Signal(str)

    def __init__(self, plan: Plan, parent: QWidget | None = None, *,
                 opener: Opener = open_in_viewer, choose_path: PathChooser = ask_print_path,
                 tasks: Tasks | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.opener = opener
        self.choose_path = choose_path
        #: Where the PDF is written: the window's background tasks, or the dialog's own.
        self.tasks = tasks if tasks is not None else Tasks(self)
        self._own_tasks = tasks is None
        self.written: Path | None = None
        self._job: Task | None = None
        meta = plan.info.get()
        self.language = meta.language
        self.setWindowTitle(self.tr("Print"))

        self.kind_combo = QComboBox()
        names = {
            "contacts": self.tr("Contact sheet"),
            "wall_copy": self.tr("Wall copy (contact sheet without personal numbers)"),
            "calltree": self.tr("Call tree"),
            "journal": self.tr("Incident report (the incident's log)"),
            "plan": self.tr("Plan binder (the whole plan)"),
            "card": self.tr("Pocket cards"),
            "recovery": self.tr("Recovery sheet (the plan's key: keep it in a safe)"),
        }
        for choice in CHOICES:
            self.kind_combo.addItem(names[choice.code], choice.code)
        self.kind_combo.setAccessibleName(self.tr("Document"))
        self.incident_combo = QComboBox()
        self.incident_combo.setAccessibleName(self.tr("Incident"))
        self.incident_label = QLabel(self.tr("Incident"))
        active = plan.incidents.active() or plan.incidents.latest()
        for incident in plan.incidents.list():
            opened = day_text(to_local(incident.opened_at).date().isoformat())
            state = self.tr("active") if incident.is_active else self.tr("closed")
            self.incident_combo.addItem(f"{incident.title} — {opened} ({state})", incident.id)
        if active is not None:
            self.incident_combo.setCurrentIndex(self.incident_combo.findData(active.id))
        self.page_combo = QComboBox()
        for name in PAGE_SIZE_NAMES:
            self.page_combo.addItem(name, name)
        self.page_combo.setAccessibleName(self.tr("Page size"))
        self.page_combo.setCurrentIndex(
            self.page_combo.findData("Letter" if meta.region in _LETTER_REGIONS else "A4"))
        # The document's language: the plan's by default, the other one for a foreign reader.
        self.language_combo = QComboBox()
        for code, name in (("fr", "Français"), ("en", "English")):
            self.language_combo.addItem(name, code)  # each language named in itself
        self.language_combo.setAccessibleName(self.tr("Language of the document"))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(meta.language)))

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no percentage to show: a moving bar says "working"
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        self.problem_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.print_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.print_button.setText(self.tr("Print…"))
        self.buttons.accepted.connect(self.start_printing)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Document"), self.kind_combo)
        form.addRow(self.incident_label, self.incident_combo)
        form.addRow(self.tr("Page size"), self.page_combo)
        form.addRow(self.tr("Language of the document"), self.language_combo)
        hint = QLabel(self.tr("The PDF is saved where you choose, then opened in your PDF "
                              "viewer to print. It holds personal data: keep it safe."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.setMinimumWidth(560)

    # --- choices -------------------------------------------------------------------------
    def choice(self) -> Choice:
        """The document chosen."""
        code = self.kind_combo.currentData()
        return next(c for c in CHOICES if c.code == code)

    def select(self, code: str) -> None:
        """Choose a document by its code (e.g. "wall_copy")."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(code))

    def options(self) -> PrintOptions:
        """The print options chosen."""
        choice = self.choice()
        incident = self.incident_combo.currentData() if choice.kind == "journal" else None
        return PrintOptions(page_size=self.page_combo.currentData(), redacted=choice.redacted,
                            incident_id=incident, language=self.language_combo.currentData())

    def suggested_path(self, today: date | None = None) -> Path:
        """Where the save dialog starts: Documents/`<title> <day>.pdf`."""
        return documents_folder() / file_name(self.choice(), self.language_combo.currentData(),
                                              today or date.today())

    def _kind_changed(self) -> None:
        journal = self.choice().kind == "journal"
        self.incident_combo.setVisible(journal)
        self.incident_label.setVisible(journal)
        # A row shown once the dialog is up: grow, or the three combos are squashed into the
        # height two had (seen in French at 1280×720).
        self.layout().activate()
        fit_height(self)
        needed = self.sizeHint().height()
        if self.isVisible() and needed > self.height():
            self.resize(self.width(), needed)

    # --- printing --------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Whether a PDF is being written."""
        return self._job is not None

    def start_printing(self) -> None:
        """Ask where, then write the PDF off the GUI thread."""
        if self.busy:
            return
        if self.choice().kind == "journal" and self.incident_combo.count() == 0:
            self.show_problem(self.tr("This plan has no incident yet: there is no log to "
                                      "print."))
            return
        target = self.choose_path(self, self.suggested_path())
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.problem_label.hide()
        self._set_busy(True, self.tr("Writing {name}…").format(name=target.name))
        job = self.tasks.run("print", print_job(self.choice().kind, target, self.options()),
                             plan=self.plan)
        job.finished.connect(self._written)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self._job = job

    def _set_busy(self, busy: bool, status: str = "") -> None:
        self.busy_bar.setVisible(busy)
        self.status_label.setText(status)
        for widget in (self.kind_combo, self.incident_combo, self.page_combo,
                       self.language_combo, self.print_button):
            widget.setEnabled(not busy)

    def _written(self, path: Path) -> None:
        self._job = None
        self._set_busy(False)
        self.written = Path(path)
        self.opener(self.written)
        self.printed.emit(str(path))
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._job = None
        self._set_busy(False)
        self.show_problem(error_text(error))

    def _cancelled(self) -> None:
        self._job = None
        self._set_busy(False)

    def show_problem(self, text: str) -> None:
        """Say why nothing was printed; every choice stays as it was."""
        self.problem_label.setText(text)
        self.problem_label.show()
        fit_height(self)

    def reject(self) -> None:
        """Cancel, except while a PDF is being written (it is short; leaving would lose it)."""
        if not self.busy:
            super().reject()

    def done(self, result: int) -> None:
        """Closed: the dialog's own tasks (when the window gave none) end with it."""
        if self._own_tasks:
            self.tasks.shutdown()
        super().done(result)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Tall enough for the wrapped texts (French sentences are longer)."""
        super().showEvent(event)
        fit_height(self)

    @classmethod
    def ask(cls, plan: Plan, parent: QWidget | None = None, *,
            opener: Opener = open_in_viewer, tasks: Tasks | None = None) -> Path | None:
        """Show the dialog; the PDF written (already opened), or None (tests replace this)."""
        dialog = cls(plan, parent, opener=opener, tasks=tasks)
        dialog.exec()
        return dialog.written
