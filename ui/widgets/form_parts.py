"""The parts every form dialog of the window shares: its problem line and its buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

#: The colour of a refusal (with bold: never colour alone, the text says what is wrong).
PROBLEM_STYLE = "color: #b71c1c; font-weight: bold;"


def problem_label() -> QLabel:
    """A hidden, wrapping line that says why a form cannot be saved."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    label.hide()
    return label


def save_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """Save and Cancel, wired to the dialog's accept() and reject()."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
