"""Adding an action item: what, who (a contact), by when."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QFormLayout, QLineEdit, QWidget

from app.plan import Plan
from ui.submit_dialog import SubmitDialog


class ActionItemDialog(SubmitDialog):
    """The form for a new action item (its creation is logged by the service)."""

    def __init__(self, plan: Plan, submit: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Add an action"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Action"))
        self.owner_combo = QComboBox()
        self.owner_combo.setAccessibleName(self.tr("Owner"))
        self.owner_combo.addItem(self.tr("— nobody yet —"), None)
        # The cell and management first: they own most actions.
        contacts = plan.contacts.list()
        contacts.sort(key=lambda c: (c.group not in ("crisis_cell", "management"),
                                     c.name.casefold()))
        for contact in contacts:
            self.owner_combo.addItem(contact.name, contact.id)
        self.due_edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.due_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setAccessibleName(self.tr("Due"))
        self.no_due_box = QCheckBox(self.tr("No due time"))
        self.no_due_box.toggled.connect(lambda on: self.due_edit.setEnabled(not on))
        form = QFormLayout()
        form.addRow(self.tr("Action"), self.title_edit)
        form.addRow(self.tr("Owner"), self.owner_combo)
        form.addRow(self.tr("Due"), self.due_edit)
        form.addRow("", self.no_due_box)
        self.body.addLayout(form)
        self.setMinimumWidth(520)

    def values(self) -> dict[str, Any]:
        """Title, owner id, due time (aware local datetime or None)."""
        due = None if self.no_due_box.isChecked() else (
            self.due_edit.dateTime().toPython().astimezone())
        return {"title": self.title_edit.text(), "owner_id": self.owner_combo.currentData(),
                "due_at": due}
