"""Who is at this laptop: a member of the plan's cell picked from a list, or a name typed.

Asked when a plan is opened on this computer for the first time (the answer is remembered per
plan in the settings) and from Settings → Who am I?; the name signs every entry logged.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cell.contacts import Contact
from app.plan import Plan
from ui.words.labels import role_label


def cell_members(plan: Plan) -> list[tuple[Contact, str | None, bool]]:
    """The cell's people as (contact, role code, as deputy): role holders and deputies first
    (in the roles' order), then the rest of the crisis-cell group by name (role None)."""
    contacts = {c.id: c for c in plan.contacts.list()}
    members: list[tuple[Contact, str | None, bool]] = []
    seen: set[str] = set()
    for role in plan.cell.roles():
        for contact_id, deputy in ((role.holder_id, False), (role.deputy_id, True)):
            if contact_id in contacts and contact_id not in seen:
                seen.add(contact_id)
                members.append((contacts[contact_id], role.code, deputy))
    for contact in contacts.values():
        if contact.group == "crisis_cell" and contact.id not in seen:
            seen.add(contact.id)
            members.append((contact, None, False))
    return members


class WhoAmIDialog(QDialog):
    """A list of the cell's members and a name field; picking a member fills the field."""

    def __init__(self, plan: Plan, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?"))
        self.intro_label = QLabel(self.tr(
            "Your name signs every entry you log in this plan ({organisation}). Pick yourself "
            "in the cell, or type your name.").format(organisation=plan.info.get().organisation))
        self.intro_label.setWordWrap(True)
        self.members_list = QListWidget()
        self.members_list.setAccessibleName(self.tr("Members of the cell"))
        for contact, code, deputy in cell_members(plan):
            what = contact.function if code is None else (
                self.tr("{role} (deputy)").format(role=role_label(code)) if deputy
                else role_label(code))
            item = QListWidgetItem(f"{contact.name} — {what}" if what else contact.name)
            item.setData(Qt.ItemDataRole.UserRole, contact.name)
            self.members_list.addItem(item)
        self.members_list.currentItemChanged.connect(self._picked)
        self.members_list.itemDoubleClicked.connect(lambda _item: self._accept_if_named())
        self.name_edit = QLineEdit(current)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("Your name, as the cell knows you"))
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        self.problem_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        if self.members_list.count():
            layout.addWidget(QLabel(self.tr("Members of the cell")))
            layout.addWidget(self.members_list, 1)
        else:
            self.members_list.hide()
        layout.addWidget(QLabel(self.tr("Your name")))
        layout.addWidget(self.name_edit)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.name_edit.setFocus()

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.name_edit.setText(str(item.data(Qt.ItemDataRole.UserRole)))

    def pick(self, name: str) -> None:
        """Select the member called `name` in the list (as a click would)."""
        for row in range(self.members_list.count()):
            item = self.members_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.members_list.setCurrentItem(item)
                return
        raise LookupError(name)

    def name(self) -> str:
        """The name given, trimmed."""
        return " ".join(self.name_edit.text().split())

    def _accept_if_named(self) -> None:
        if not self.name():
            self.problem_label.setText(self.tr("Pick yourself in the list or type your name."))
            self.problem_label.show()
            self.name_edit.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan, current: str = "") -> str | None:
        """The name chosen, or None when cancelled (tests replace this)."""
        dialog = cls(plan, current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name()
