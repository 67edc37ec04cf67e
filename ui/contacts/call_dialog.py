"""Add a call to the call tree, or change who makes one and when: caller, callee, place."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.cell.roles import CallTreeLink
from app.errors import PlanError, RecordNotFound
from app.plan import Plan
from db.errors import StorageError
from ui.widgets.contact_picker import ContactPicker
from ui.widgets.form_parts import problem_label, save_cancel_buttons
from ui.words.error_messages import error_text


class CallDialog(QDialog):
    """New call (`link` None: a callee picker) or a call moved (`link`: its callee is fixed).

    `saved_link` holds the result once the service accepted it; a loop or someone called
    twice is refused with the reason under the fields, nothing saved.
    """

    def __init__(self, plan: Plan, *, caller_id: str | None = None,
                 link: CallTreeLink | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._link = link
        self.saved_link: CallTreeLink | None = None
        self.setMinimumWidth(520)
        self.caller_combo = QComboBox()
        self.caller_combo.addItem("", None)
        for _depth, node in plan.cell.call_tree().walk():  # in calling order
            try:
                name = plan.contacts.get(node.contact_id).name
            except RecordNotFound:
                continue
            self.caller_combo.addItem(name, node.contact_id)
        if caller_id is None and link is not None:
            caller_id = link.caller_id
        self.caller_combo.setCurrentIndex(max(0, self.caller_combo.findData(caller_id)))
        self.callee_picker: ContactPicker | None = None
        self.callee_label = QLabel()
        if link is None:
            self.callee_picker = ContactPicker(plan, allow_none=False)
        else:
            self.callee_label.setText(plan.contacts.get(link.callee_id).name)
        self.place_spin = QSpinBox()
        self.place_spin.setRange(0, 999)  # 0: last (its special text)
        self.place_spin.setValue(link.position if link is not None else 0)
        self.error_label = problem_label()
        self.buttons = save_cancel_buttons(self)
        self._form = QFormLayout()
        self._labels = [QLabel(), QLabel(), QLabel()]
        self._form.addRow(self._labels[0], self.caller_combo)
        self._form.addRow(self._labels[1], self.callee_picker or self.callee_label)
        self._form.addRow(self._labels[2], self.place_spin)
        self._labels[0].setBuddy(self.caller_combo)
        self._labels[1].setBuddy(self.callee_picker.search_edit if self.callee_picker
                                 else self.callee_label)
        self._labels[2].setBuddy(self.place_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        if self.callee_picker is not None:
            self.callee_picker.search_edit.setFocus()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Add a call") if self._link is None
                            else self.tr("Change who makes the call"))
        self.caller_combo.setItemText(0, self.tr("Whoever raises the alert (first calls)"))
        self._labels[0].setText(self.tr("&Caller"))
        self._labels[1].setText(self.tr("Calls &whom"))
        self._labels[2].setText(self.tr("&Place in the caller's list"))
        self.place_spin.setSpecialValueText(self.tr("last"))
        self.caller_combo.setAccessibleName(self.tr("Caller"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        """Save through the service; on refusal say why and keep the choices."""
        caller_id = self.caller_combo.currentData()
        position = self.place_spin.value() or None
        try:
            if self._link is None:
                assert self.callee_picker is not None
                callee_id = self.callee_picker.chosen_id()
                if callee_id is None:
                    self.error_label.setText(self.tr("Choose who is called."))
                    self.error_label.show()
                    return
                self.saved_link = self._plan.cell.add_call(caller_id, callee_id,
                                                           position=position)
            else:
                self.saved_link = self._plan.cell.move_call(
                    self._link.id, caller_id=caller_id, position=position)
        except (PlanError, StorageError) as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan, *, caller_id: str | None = None,
            link: CallTreeLink | None = None) -> CallTreeLink | None:
        """Open the dialog; the saved call, or None when cancelled (tests replace this)."""
        dialog = cls(plan, caller_id=caller_id, link=link, parent=parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_link
        return None
