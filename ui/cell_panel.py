"""The crisis cell at a glance: each role with holder and deputy, and the call tree."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.contacts import Contact
from app.errors import RecordNotFound
from app.plan import Plan
from ui.contacts_model import first_phone
from ui.labels import role_label


class CellPanel(QWidget):
    """Roles and call tree; a click on a person emits `contact_requested(contact_id)`."""

    contact_requested = Signal(str)

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self.roles_label = QLabel()
        self.roles_table = QTableWidget(0, 3)
        self.roles_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roles_table.verticalHeader().hide()
        self.roles_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.roles_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.roles_table.cellClicked.connect(self._role_clicked)
        self.tree_label = QLabel()
        self.call_tree = QTreeWidget()
        self.call_tree.setColumnCount(2)
        self.call_tree.itemClicked.connect(self._tree_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.roles_label)
        layout.addWidget(self.roles_table, 1)
        layout.addWidget(self.tree_label)
        layout.addWidget(self.call_tree, 1)
        self.retranslate()

    def _contact(self, contact_id: str | None) -> Contact | None:
        if not contact_id:
            return None
        try:
            return self._plan.contacts.get(contact_id)
        except RecordNotFound:
            return None

    def reload(self) -> None:
        """Read the roles and the call tree again."""
        roles = self._plan.cell.roles()
        self.roles_table.setRowCount(len(roles))
        for row, role in enumerate(roles):
            self.roles_table.setItem(row, 0, QTableWidgetItem(role_label(role.code)))
            for column, contact_id in ((1, role.holder_id), (2, role.deputy_id)):
                contact = self._contact(contact_id)
                item = QTableWidgetItem(contact.name if contact else self.tr("— vacant —"))
                item.setData(Qt.ItemDataRole.UserRole, contact.id if contact else None)
                self.roles_table.setItem(row, column, item)
        self.call_tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        callers = {link.id: link.caller_id for link in self._plan.cell.links()}
        for depth, node in self._plan.cell.call_tree().walk():
            contact = self._contact(node.contact_id)
            if contact is None:
                continue
            parent_item = None
            if depth:
                parent_item = items.get(callers.get(node.link_id) or "")
            phone = self._plan.contacts.display_phone(first_phone(contact))
            item = QTreeWidgetItem([contact.name, phone])
            item.setData(0, Qt.ItemDataRole.UserRole, contact.id)
            if parent_item is None:
                self.call_tree.addTopLevelItem(item)
            else:
                parent_item.addChild(item)
            items[contact.id] = item
        self.call_tree.expandAll()
        self.call_tree.resizeColumnToContents(0)

    def _role_clicked(self, row: int, column: int) -> None:
        item = self.roles_table.item(row, column)
        contact_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if contact_id:
            self.contact_requested.emit(str(contact_id))

    def _tree_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        contact_id = item.data(0, Qt.ItemDataRole.UserRole)
        if contact_id:
            self.contact_requested.emit(str(contact_id))

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.roles_label.setText(self.tr("The cell: roles, holders and deputies"))
        self.roles_table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Holder"), self.tr("Deputy")])
        self.roles_table.setAccessibleName(self.tr("Cell roles"))
        self.tree_label.setText(self.tr("Call tree (who calls whom)"))
        self.call_tree.setHeaderLabels([self.tr("Contact"), self.tr("Phone")])
        self.call_tree.setAccessibleName(self.tr("Call tree"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)
