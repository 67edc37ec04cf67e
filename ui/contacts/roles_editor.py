"""The roles of one contact, in the contact form: which roles they hold or deputise, changed
there and saved with the contact (one transaction)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QWidget,
)

from app.cell.roles import CellRole
from app.errors import RecordNotFound
from app.plan import Plan
from ui.words.labels import role_label

#: A contact's place in a role, as the combo offers it.
PLACES = (None, "holder", "deputy")


class ContactRolesEditor(QWidget):
    """One line per role: "—", "Holder" or "Deputy" for this contact; `apply()` saves the
    changes through plan.cell (call it inside the transaction that saves the contact)."""

    def __init__(self, plan: Plan, contact_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._roles: list[CellRole] = plan.cell.roles()
        self._combos: dict[str, QComboBox] = {}
        self._others: dict[str, QLabel] = {}
        self._initial: dict[str, str | None] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        self._names: list[QLabel] = []
        for row, role in enumerate(self._roles):
            place = None
            if contact_id and role.holder_id == contact_id:
                place = "holder"
            elif contact_id and role.deputy_id == contact_id:
                place = "deputy"
            self._initial[role.id] = place
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for code in PLACES:
                combo.addItem("", code)
            combo.setCurrentIndex(PLACES.index(place))
            combo.currentIndexChanged.connect(lambda _i, r=role: self._show_other(r))
            name = QLabel(role_label(role.code))
            name.setBuddy(combo)
            other = QLabel()
            other.setStyleSheet("color: #555;")
            self._combos[role.id] = combo
            self._others[role.id] = other
            self._names.append(name)
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(other, row, 2)
        self._contact_id = contact_id
        self.retranslate()

    def place(self, role_id: str) -> str | None:
        """The place chosen for this contact in the role."""
        return self._combos[role_id].currentData()

    def set_place(self, role_id: str, place: str | None) -> None:
        """Choose the contact's place in a role (None: none)."""
        self._combos[role_id].setCurrentIndex(PLACES.index(place))

    def changes(self) -> dict[str, str | None]:
        """role id → new place, for the roles changed here."""
        return {role_id: self.place(role_id) for role_id, first in self._initial.items()
                if self.place(role_id) != first}

    def apply(self, contact_id: str) -> None:
        """Write the changes for this contact (inside the caller's transaction)."""
        for role_id, place in self.changes().items():
            self._plan.cell.set_member(role_id, contact_id, place)

    def _show_other(self, role: CellRole) -> None:
        """Say whom the choice replaces: a role has one holder and one deputy."""
        place = self.place(role.id)
        current = {"holder": role.holder_id, "deputy": role.deputy_id}.get(place or "")
        label = self._others[role.id]
        if place is None or not current or current == self._contact_id:
            label.setText("")
            return
        try:
            name = self._plan.contacts.get(current).name
        except RecordNotFound:  # deleted meanwhile (another laptop): nothing to say
            label.setText("")
            return
        label.setText(self.tr("instead of {name}").format(name=name))

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        for role, combo, name in zip(self._roles, self._combos.values(), self._names,
                                     strict=True):
            combo.setItemText(0, "—")
            combo.setItemText(1, self.tr("Holder"))
            combo.setItemText(2, self.tr("Deputy"))
            name.setText(role_label(role.code))
            combo.setAccessibleName(self.tr("{role}: this contact's place").format(
                role=role_label(role.code)))
            self._show_other(role)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
