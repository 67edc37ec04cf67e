"""A form dialog that saves through a service and stays open, text intact, when refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.errors import PlanError
from db.errors import StorageError
from ui.widgets.wrapped_text import fit_height
from ui.words.room_errors import room_error_text


class SubmitDialog(QDialog):
    """Calls `submit(values)` on OK; a refusal is shown in the dialog, nothing is lost."""

    def __init__(self, submit: Callable[[dict[str, Any]], Any], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.result_value: Any = None
        self.body = QVBoxLayout()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        """What the form holds (subclasses fill it in)."""
        return {}

    def show_problem(self, text: str) -> None:
        """Say why the form cannot be saved."""
        self.error_label.setText(text)
        self.error_label.show()
        fit_height(self)  # a long refusal wraps: grow rather than clip it

    def try_accept(self) -> None:
        """Save; close only when the service accepted."""
        try:
            self.result_value = self._submit(self.values())
        except (PlanError, StorageError) as error:
            self.show_problem(room_error_text(error))
            return
        self.accept()
