"""Assign a role: its holder and its deputy, each chosen by typing part of a name."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.cell.roles import CellRole
from app.errors import PlanError
from app.plan import Plan
from db.errors import StorageError
from ui.widgets.contact_picker import ContactPicker
from ui.widgets.form_parts import problem_label, save_cancel_buttons
from ui.words.error_messages import error_text
from ui.words.labels import role_label


class AssignRoleDialog(QDialog):
    """Holder and deputy side by side; `saved_role` holds the result once the service took it."""

    def __init__(self, plan: Plan, role: CellRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._role = role
        self.saved_role: CellRole | None = None
        self.setMinimumWidth(800)
        self.holder_label = QLabel()
        self.deputy_label = QLabel()
        self.holder_picker = ContactPicker(plan)
        self.deputy_picker = ContactPicker(plan)
        self.holder_picker.choose(role.holder_id)
        self.deputy_picker.choose(role.deputy_id)
        self.holder_label.setBuddy(self.holder_picker.search_edit)
        self.deputy_label.setBuddy(self.deputy_picker.search_edit)
        self.error_label = problem_label()
        self.buttons = save_cancel_buttons(self)
        grid = QGridLayout()
        grid.addWidget(self.holder_label, 0, 0)
        grid.addWidget(self.deputy_label, 0, 1)
        grid.addWidget(self.holder_picker, 1, 0)
        grid.addWidget(self.deputy_picker, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.holder_picker.search_edit.setFocus()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Assign the role: {role}").format(
            role=role_label(self._role.code)))
        self.holder_label.setText(self.tr("&Holder"))
        self.deputy_label.setText(self.tr("&Deputy"))
        self.holder_picker.list_view.setAccessibleName(self.tr("Holder"))
        self.deputy_picker.list_view.setAccessibleName(self.tr("Deputy"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        """Save through the service; on refusal say why and keep the choices."""
        try:
            self.saved_role = self._plan.cell.assign(
                self._role.id, holder_id=self.holder_picker.chosen_id(),
                deputy_id=self.deputy_picker.chosen_id())
        except (PlanError, StorageError) as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan, role: CellRole) -> CellRole | None:
        """Open the dialog; the saved role, or None when cancelled (tests replace this)."""
        dialog = cls(plan, role, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_role
        return None
