"""Correcting a log entry: the correction is a new entry linked to it; both stay visible."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from app.incidents.journal import JournalEntry
from ui.widgets.submit_dialog import SubmitDialog


class CorrectionDialog(SubmitDialog):
    """Shows the entry as logged and a prefilled text to correct it."""

    def __init__(self, entry: JournalEntry, submit: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Correct an entry"))
        original = QLabel(self.tr("Logged by {author}: {text}").format(
            author=entry.author, text=entry.text))
        original.setWordWrap(True)
        note = QLabel(self.tr("The log is never erased: the correction is added as a new "
                              "entry linked to this one."))
        note.setWordWrap(True)
        self.text_edit = QPlainTextEdit(entry.text)
        self.text_edit.setAccessibleName(self.tr("Corrected text"))
        self.body.addWidget(original)
        self.body.addWidget(note)
        self.body.addWidget(self.text_edit)
        self.setMinimumSize(560, 300)

    def values(self) -> dict[str, Any]:
        """The corrected text."""
        return {"text": self.text_edit.toPlainText()}
