"""Name a role the plan adds itself, or rename one."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.cell.roles import CellRole
from app.errors import PlanError
from app.plan import Plan
from db.errors import StorageError
from ui.widgets.form_parts import problem_label, save_cancel_buttons
from ui.words.error_messages import error_text


class RoleNameDialog(QDialog):
    """One name field; `saved_role` holds the added or renamed role."""

    def __init__(self, plan: Plan, role: CellRole | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._role = role
        self.saved_role: CellRole | None = None
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit((role.custom_name or "") if role else "")
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.error_label = problem_label()
        self.buttons = save_cancel_buttons(self)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("New role") if self._role is None
                            else self.tr("Rename the role"))
        self.name_label.setText(self.tr("Role &name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Spokesperson, Logistics"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        """Save through the service; on refusal say why and keep the name typed."""
        try:
            if self._role is None:
                self.saved_role = self._plan.cell.add_role(self.name_edit.text())
            else:
                self.saved_role = self._plan.cell.rename_role(self._role.id,
                                                              self.name_edit.text())
        except (PlanError, StorageError) as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan, role: CellRole | None = None
            ) -> CellRole | None:
        """Open the dialog; the saved role, or None when cancelled (tests replace this)."""
        dialog = cls(plan, role, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_role
        return None
