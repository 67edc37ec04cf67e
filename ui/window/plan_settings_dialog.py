"""Settings → Plan settings…: the plan's organisation, language and region, saved together."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import PlanError, ValidationError
from app.plan import Plan
from app.plan_settings import SettingsChange, change_settings
from db.errors import StorageError
from ui.widgets.form_parts import problem_label, save_cancel_buttons
from ui.widgets.wrapped_text import fit_height
from ui.words.error_messages import error_text


class PlanSettingsDialog(QDialog):
    """Three fields and Save; a refusal is said in the dialog and nothing is saved."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self.change: SettingsChange | None = None
        meta = plan.info.get()
        self.setMinimumWidth(560)
        self.organisation_edit = QLineEdit(meta.organisation)
        self.organisation_label = QLabel()
        self.organisation_label.setBuddy(self.organisation_edit)
        self.language_combo = QComboBox()
        for code, name in (("fr", "Français"), ("en", "English")):
            self.language_combo.addItem(name, code)  # each language named in itself
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(meta.language)))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.region_edit = QLineEdit(meta.region)
        self.region_edit.setMaxLength(2)
        self.region_label = QLabel()
        self.region_label.setBuddy(self.region_edit)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.error_label = problem_label()
        self.buttons = save_cancel_buttons(self)
        form = QFormLayout()
        form.addRow(self.organisation_label, self.organisation_edit)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.region_label, self.region_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Plan settings"))
        self.organisation_label.setText(self.tr("&Organisation"))
        self.language_label.setText(self.tr("Plan &language"))
        self.region_label.setText(self.tr("&Country"))
        self.region_edit.setPlaceholderText(self.tr("FR"))
        self.region_edit.setToolTip(self.tr(
            "Two-letter country code (FR, BE, CH, CA…): phone numbers typed without "
            "+ are read for this country."))
        self.hint.setText(self.tr(
            "The plan's language is the language of the log's automatic entries, of printed "
            "documents and of their file names, on every computer. The window's own language "
            "is chosen in Settings → Language / Langue. Entries already logged keep their words."))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        """Save every field in one transaction; on refusal say which and keep what was typed."""
        try:
            self.change = change_settings(
                self._plan, organisation=self.organisation_edit.text(),
                language=self.language_combo.currentData(), region=self.region_edit.text())
        except (PlanError, StorageError) as error:
            self.show_problem(error)
            return
        super().accept()

    def show_problem(self, error: Exception) -> None:
        """Say what was refused, naming the field."""
        text = error_text(error)
        if isinstance(error, ValidationError):
            labels = {"organisation": self.tr("Organisation"), "region": self.tr("Country"),
                      "language": self.tr("Plan language")}
            if error.field in labels:
                # French puts a space before the colon: the pattern is translated too.
                text = self.tr("{field}: {problem}").format(field=labels[error.field],
                                                            problem=text)
        self.error_label.setText(text)
        self.error_label.show()
        fit_height(self)

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan) -> SettingsChange | None:
        """Open the dialog; the change saved, or None when cancelled (tests replace this)."""
        dialog = cls(plan, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.change
        return None
