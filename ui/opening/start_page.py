"""Shown when there is no plan yet: create one, open a plan file, or open the demo plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.errors import PlanError, ValidationError
from db.errors import StorageError
from ui.opening.plan_opening import OpenedPlan, create_for_window, open_for_window
from ui.widgets.form_parts import problem_label
from ui.words.error_messages import error_text


class StartPage(QWidget):
    """Emits `plan_opened(opened, author)` (an OpenedPlan) once a plan is open; errors are
    shown on the page."""

    plan_opened = Signal(object, str)

    def __init__(self, plan_path: Path, language: str, author: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan_path = plan_path
        self._language = language
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title_label.setFont(font)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)

        self.create_box = QGroupBox()
        self.organisation_edit = QLineEdit()
        self.author_edit = QLineEdit(author)
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_plan)
        self.author_edit.returnPressed.connect(self.create_plan)
        self._create_form = QFormLayout(self.create_box)
        self._create_form.addRow(QLabel(), self.organisation_edit)
        self._create_form.addRow(QLabel(), self.author_edit)
        self._create_form.addRow(self.create_button)

        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.open_demo)
        self.recovery_button = QPushButton()
        self.recovery_button.clicked.connect(self.open_file_with_recovery_key)
        self.error_label = problem_label()

        others = QHBoxLayout()
        others.addWidget(self.open_button)
        others.addWidget(self.recovery_button)
        others.addWidget(self.demo_button)
        column = QVBoxLayout()
        column.addWidget(self.title_label)
        column.addWidget(self.intro_label)
        column.addSpacing(16)
        column.addWidget(self.create_box)
        column.addSpacing(8)
        column.addLayout(others)
        column.addWidget(self.error_label)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.retranslate()

    # --- the three ways in -------------------------------------------------------------------
    def create_plan(self) -> None:
        """Create a new plan at the default place with the organisation typed."""
        organisation = self.organisation_edit.text().strip()
        author = self.author_edit.text().strip()
        if not organisation:
            self.show_error(self.tr("Type the organisation's name."))
            self.organisation_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not author:
            self.show_error(self.tr("Type your name: it signs what you log."))
            self.author_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            # A new plan starts with the standard roles of the cell, vacant, to be assigned.
            opened = create_for_window(self._plan_path, self, organisation=organisation,
                                       owner=author, language=self._language,
                                       fill=lambda plan: plan.cell.add_standard_roles())
        except ValidationError as error:
            self.show_error(error_text(error))
            return
        except (PlanError, StorageError, OSError) as error:
            self.show_error(self.failure_text(error))
            return
        if opened is None:  # no passphrase chosen: nothing was created
            self.show_error(self.tr("No plan was created: a passphrase is needed to protect "
                                    "it on this computer."))
            return
        self._emit(opened, author)

    def open_file(self) -> None:
        """Ask for a plan file and open it."""
        chosen = self.choose_file(self)
        if chosen is not None:
            self.open_path(chosen)

    def open_file_with_recovery_key(self) -> None:
        """Ask for a plan file, then its recovery key (from its recovery sheet), and open it."""
        chosen = self.choose_file(self)
        if chosen is not None:
            self.open_path(chosen, recovery=True)

    def open_path(self, path: Path, *, recovery: bool = False) -> None:
        """Open the plan file at `path` (asking its key when needed), or say why not."""
        try:
            opened = open_for_window(path, self, recovery=recovery)
        except (PlanError, StorageError, OSError) as error:
            self.show_error(self.failure_text(error))
            return
        if opened is not None:
            self._emit(opened, self.author_edit.text().strip())

    def _emit(self, opened: OpenedPlan, author: str) -> None:
        self.error_label.hide()
        self.plan_opened.emit(opened, author)

    def open_demo(self) -> None:
        """Open the demo plan, writing it to the data folder the first time."""
        path = paths.data_dir() / f"demo_{self._language}.crisiscell"
        if path.exists():
            self.open_path(path)
            return
        from app.exchange.demo_plan import create_demo_plan  # only when asked: keeps start-up light

        try:
            opened = create_for_window(path, self, create=create_demo_plan, demo=True,
                                       language=self._language)
        except (PlanError, StorageError, OSError) as error:
            self.show_error(self.failure_text(error))
            return
        if opened is None:
            self.show_error(self.tr("The demo plan was not created: a passphrase is needed "
                                    "to protect it on this computer."))
            return
        opened.created = False  # fictitious data: its recovery sheet is not pressed on anyone
        self._emit(opened, self.author_edit.text().strip())

    @classmethod
    def choose_file(cls, parent: QWidget | None) -> Path | None:
        """The plan file the user picked, or None (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("StartPage", "Open a plan"), str(paths.data_dir()),
            "Crisis Cell (*.crisiscell);;* (*)")
        return Path(name) if name else None

    # --- messages ----------------------------------------------------------------------------
    def failure_text(self, error: Exception) -> str:
        """Why a file could not be used, in the user's words."""
        if isinstance(error, OSError) and not isinstance(error, StorageError):
            return self.tr("The file could not be used: {reason}").format(
                reason=error.strerror or str(error))
        return error_text(error)

    def show_error(self, text: str) -> None:
        """Say why nothing opened."""
        self.error_label.setText(text)
        self.error_label.show()

    def set_language(self, language: str) -> None:
        """The language a plan created or a demo written from here gets: the window's."""
        self._language = language

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.title_label.setText(self.tr("Welcome to Crisis Cell"))
        self.intro_label.setText(self.tr(
            "Your crisis plan lives in one file on this computer; nothing needs the internet. "
            "Create your organisation's plan, open a plan file, or explore the demo plan."))
        self.create_box.setTitle(self.tr("Create a new plan"))
        for widget, text in ((self.organisation_edit, self.tr("Organisation")),
                             (self.author_edit, self.tr("Your name"))):
            label = self._create_form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(text)
                label.setBuddy(widget)
            widget.setAccessibleName(text)
        self.create_button.setText(self.tr("Create the plan"))
        self.open_button.setText(self.tr("Open a plan file…"))
        self.demo_button.setText(self.tr("Open the demo plan"))
        self.recovery_button.setText(self.tr("Open with recovery key…"))
        self.recovery_button.setToolTip(self.tr(
            "Open a plan file whose key is not on this computer, with the key printed on its "
            "recovery sheet"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
