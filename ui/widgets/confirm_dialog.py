"""The question asked before every destructive action (tests replace `ask`)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class ConfirmDialog:
    """Asks yes/no before deleting; `ask` is a classmethod so tests can answer for the user."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, question: str) -> bool:
        """True when the user confirmed."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          parent)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes
