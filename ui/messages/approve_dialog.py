"""Approving a prepared message: who approves, on which day, until when."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLineEdit, QWidget

from ui.widgets.submit_dialog import SubmitDialog


class ApproveDialog(SubmitDialog):
    """The approval form (the service refuses a text over its channel's limit)."""

    def __init__(self, approver: str, submit: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Approve the message"))
        self.approver_edit = QLineEdit(approver)
        self.approver_edit.setAccessibleName(self.tr("Approved by"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.expiry_edit = QDateEdit(QDate.currentDate().addYears(1))
        for edit, name in ((self.date_edit, self.tr("Approval date")),
                           (self.expiry_edit, self.tr("Approval expires"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("Approved by"), self.approver_edit)
        form.addRow(self.tr("Approval date"), self.date_edit)
        form.addRow(self.tr("Expires"), self.expiry_edit)
        self.body.addLayout(form)
        self.setMinimumWidth(420)

    def values(self) -> dict[str, Any]:
        """Approver, approval day, expiry day."""
        return {"approved_by": self.approver_edit.text(),
                "approved_on": self.date_edit.date().toPython(),
                "expires": self.expiry_edit.date().toPython()}
