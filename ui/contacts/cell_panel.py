"""The crisis cell at a glance, and where it is set up: each role with holder and deputy
(assign, add, rename, remove a role of the plan's own) and the call tree (add a call, move it
up or down, change its caller, take it out). Every write goes through plan.cell; the panel
reloads when the plan says the cell changed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cell.contacts import Contact
from app.cell.roles import CallTreeLink, CellRole
from app.errors import PlanError, RecordNotFound
from app.plan import Plan
from db.errors import StorageError
from ui.contacts.assign_role_dialog import AssignRoleDialog
from ui.contacts.call_dialog import CallDialog
from ui.contacts.model import first_phone
from ui.contacts.role_name_dialog import RoleNameDialog
from ui.widgets.confirm_dialog import ConfirmDialog
from ui.words.error_messages import error_text
from ui.words.labels import role_label

_LINK_ROLE = Qt.ItemDataRole.UserRole + 1


class CellPanel(QWidget):
    """Roles and call tree; a click on a person emits `contact_requested(contact_id)`."""

    contact_requested = Signal(str)

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._roles: list[CellRole] = []
        self.roles_table = QTableWidget(0, 3)
        self.roles_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roles_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roles_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roles_table.verticalHeader().hide()
        self.roles_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.roles_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.roles_table.cellClicked.connect(self._role_clicked)
        self.roles_table.cellDoubleClicked.connect(lambda _r, _c: self.assign_selected_role())
        self.roles_table.itemSelectionChanged.connect(self._update_buttons)
        self.assign_button = QPushButton()
        self.assign_button.clicked.connect(self.assign_selected_role)
        self.add_role_button = QPushButton()
        self.add_role_button.clicked.connect(self.add_role)
        self.rename_role_button = QPushButton()
        self.rename_role_button.clicked.connect(self.rename_selected_role)
        self.remove_role_button = QPushButton()
        self.remove_role_button.clicked.connect(self.remove_selected_role)

        self.call_tree = QTreeWidget()
        self.call_tree.setColumnCount(2)
        self.call_tree.itemClicked.connect(self._tree_clicked)
        self.call_tree.itemSelectionChanged.connect(self._update_buttons)
        self.add_call_button = QPushButton()
        self.add_call_button.clicked.connect(self.add_call)
        self.up_button = QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.clicked.connect(lambda: self._shift(-1))
        self.down_button = QToolButton()
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.clicked.connect(lambda: self._shift(+1))
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.move_selected_call)
        self.remove_call_button = QPushButton()
        self.remove_call_button.clicked.connect(self.remove_selected_call)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        # Keyboard first: Enter assigns the selected role, Alt+↑/↓ reorder the selected call.
        self.shortcuts: dict[str, QShortcut] = {}  # worded in retranslate (Help lists them)
        for widget, keys, slot in ((self.roles_table, "Return", self.assign_selected_role),
                                   (self.call_tree, "Alt+Up", self.move_selected_up),
                                   (self.call_tree, "Alt+Down", self.move_selected_down)):
            shortcut = QShortcut(QKeySequence(keys), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[keys] = shortcut

        role_buttons = QHBoxLayout()
        for button in (self.assign_button, self.add_role_button, self.rename_role_button,
                       self.remove_role_button):
            role_buttons.addWidget(button)
        role_buttons.addStretch(1)
        call_buttons = QHBoxLayout()
        for button in (self.add_call_button, self.up_button, self.down_button,
                       self.move_button, self.remove_call_button):
            call_buttons.addWidget(button)
        call_buttons.addStretch(1)
        # Roles and call tree on two pages: at 1280×720 each needs the panel's whole height.
        self.pages = QTabWidget()
        roles_page = QWidget()
        roles_layout = QVBoxLayout(roles_page)
        roles_layout.addWidget(self.roles_table, 1)
        roles_layout.addLayout(role_buttons)
        tree_page = QWidget()
        tree_layout = QVBoxLayout(tree_page)
        tree_layout.addWidget(self.call_tree, 1)
        tree_layout.addLayout(call_buttons)
        self.pages.addTab(roles_page, "")
        self.pages.addTab(tree_page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status_label)
        self.retranslate()
        self._update_buttons()

    def _contact(self, contact_id: str | None) -> Contact | None:
        if not contact_id:
            return None
        try:
            return self._plan.contacts.get(contact_id)
        except RecordNotFound:
            return None

    def reload(self) -> None:
        """Read the roles and the call tree again (keeping what was selected)."""
        role = self.selected_role()
        link = self.selected_link()
        self._roles = self._plan.cell.roles()
        self.roles_table.setRowCount(len(self._roles))
        for row, each in enumerate(self._roles):
            self.roles_table.setItem(row, 0, QTableWidgetItem(role_label(each.code)))
            for column, contact_id in ((1, each.holder_id), (2, each.deputy_id)):
                contact = self._contact(contact_id)
                item = QTableWidgetItem(contact.name if contact else self.tr("— vacant —"))
                item.setData(Qt.ItemDataRole.UserRole, contact.id if contact else None)
                self.roles_table.setItem(row, column, item)
            if role is not None and each.id == role.id:
                self.roles_table.selectRow(row)
        self.call_tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        callers = {each.id: each.caller_id for each in self._plan.cell.links()}
        for depth, node in self._plan.cell.call_tree().walk():
            contact = self._contact(node.contact_id)
            if contact is None:
                continue
            parent_item = None
            if depth:
                parent_item = items.get(callers.get(node.link_id) or "")
            phone = self._plan.contacts.display_phone(first_phone(contact))
            item = QTreeWidgetItem([f"{node.position}. {contact.name}", phone])
            item.setData(0, Qt.ItemDataRole.UserRole, contact.id)
            item.setData(0, _LINK_ROLE, node.link_id)
            if parent_item is None:
                self.call_tree.addTopLevelItem(item)
            else:
                parent_item.addChild(item)
            items[contact.id] = item
            if link is not None and node.link_id == link.id:
                self.call_tree.setCurrentItem(item)
        self.call_tree.expandAll()
        self.call_tree.resizeColumnToContents(0)
        self._update_buttons()

    # --- selection ---------------------------------------------------------------------------
    def selected_role(self) -> CellRole | None:
        """The role of the selected row."""
        rows = self.roles_table.selectionModel().selectedRows()
        return self._roles[rows[0].row()] if rows and rows[0].row() < len(self._roles) else None

    def select_role(self, role_id: str) -> None:
        """Select a role's row."""
        for row, role in enumerate(self._roles):
            if role.id == role_id:
                self.roles_table.selectRow(row)

    def selected_link(self) -> CallTreeLink | None:
        """The call reaching the selected person of the tree."""
        item = self.call_tree.currentItem()
        if item is None or not item.isSelected():
            return None
        contact_id = item.data(0, Qt.ItemDataRole.UserRole)
        return self._plan.cell.link_to(str(contact_id)) if contact_id else None

    def select_callee(self, contact_id: str) -> None:
        """Select a person in the call tree."""
        for item in self._tree_items():
            if item.data(0, Qt.ItemDataRole.UserRole) == contact_id:
                self.call_tree.setCurrentItem(item)

    def _tree_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []

        def visit(item: QTreeWidgetItem) -> None:
            out.append(item)
            for i in range(item.childCount()):
                visit(item.child(i))

        for i in range(self.call_tree.topLevelItemCount()):
            visit(self.call_tree.topLevelItem(i))
        return out

    def _update_buttons(self) -> None:
        role = self.selected_role()
        self.assign_button.setEnabled(role is not None)
        custom = role is not None and role.custom_name is not None
        self.rename_role_button.setEnabled(custom)
        self.remove_role_button.setEnabled(custom)
        has_call = self.call_tree.currentItem() is not None \
            and self.call_tree.currentItem().isSelected()
        for button in (self.up_button, self.down_button, self.move_button,
                       self.remove_call_button):
            button.setEnabled(has_call)

    def _role_clicked(self, row: int, column: int) -> None:
        item = self.roles_table.item(row, column)
        contact_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if contact_id:
            self.contact_requested.emit(str(contact_id))

    def _tree_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        contact_id = item.data(0, Qt.ItemDataRole.UserRole)
        if contact_id:
            self.contact_requested.emit(str(contact_id))

    # --- roles -------------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.status_label.setText(text)

    def _failed(self, error: Exception) -> None:
        self.status_label.setText(error_text(error))

    def assign_selected_role(self) -> None:
        """Choose the selected role's holder and deputy."""
        role = self.selected_role()
        if role is None:
            return
        saved = AssignRoleDialog.ask(self, self._plan, role)
        if saved is not None:
            self.select_role(saved.id)
            self._done(self.tr("{role}: holder and deputy saved").format(
                role=role_label(saved.code)))

    def add_role(self) -> None:
        """Add a role of the plan's own."""
        saved = RoleNameDialog.ask(self, self._plan, None)
        if saved is not None:
            self.select_role(saved.id)
            self._done(self.tr("Role added: {role}").format(role=role_label(saved.code)))

    def rename_selected_role(self) -> None:
        """Rename the selected role (one the plan added)."""
        role = self.selected_role()
        if role is None or role.custom_name is None:
            return
        saved = RoleNameDialog.ask(self, self._plan, role)
        if saved is not None:
            self._done(self.tr("Role renamed: {role}").format(role=role_label(saved.code)))

    def remove_selected_role(self) -> None:
        """Remove the selected role (one the plan added) after asking."""
        role = self.selected_role()
        if role is None or role.custom_name is None:
            return
        if not ConfirmDialog.ask(self, self.tr("Remove the role"),
                                 self.tr("Remove the role “{role}” from the cell?").format(
                                     role=role_label(role.code))):
            return
        try:
            self._plan.cell.remove_role(role.id)
        except (PlanError, StorageError) as error:
            self._failed(error)
            return
        self._done(self.tr("Role removed: {role}").format(role=role_label(role.code)))

    # --- call tree ---------------------------------------------------------------------------
    def add_call(self) -> None:
        """Add a call; the selected person is proposed as the caller."""
        item = self.call_tree.currentItem()
        caller_id = item.data(0, Qt.ItemDataRole.UserRole) if item and item.isSelected() \
            else None
        saved = CallDialog.ask(self, self._plan, caller_id=caller_id)
        if saved is not None:
            self.select_callee(saved.callee_id)
            self._done(self.tr("Call added: {name}").format(name=self._name(saved.callee_id)))

    def move_selected_call(self) -> None:
        """Have someone else make the selected call (its callees go with it)."""
        link = self.selected_link()
        if link is None:
            return
        saved = CallDialog.ask(self, self._plan, link=link)
        if saved is not None:
            self.select_callee(saved.callee_id)
            self._done(self.tr("Call moved: {name}").format(name=self._name(saved.callee_id)))

    def _shift(self, delta: int) -> None:
        link = self.selected_link()
        if link is None:
            return
        try:
            if delta < 0:
                self._plan.cell.move_up(link.id)
            else:
                self._plan.cell.move_down(link.id)
        except (PlanError, StorageError) as error:
            self._failed(error)
            return
        self.select_callee(link.callee_id)

    def move_selected_up(self) -> None:
        """The selected call one place earlier."""
        self._shift(-1)

    def move_selected_down(self) -> None:
        """The selected call one place later."""
        self._shift(+1)

    def remove_selected_call(self) -> None:
        """Take the selected person out of the tree after asking (their callees move up)."""
        link = self.selected_link()
        if link is None:
            return
        name = self._name(link.callee_id)
        if not ConfirmDialog.ask(self, self.tr("Remove from the call tree"),
                                 self.tr("Take {name} out of the call tree? The people they "
                                         "call will be called by their caller.").format(
                                     name=name)):
            return
        try:
            self._plan.cell.remove_call(link.id)
        except (PlanError, StorageError) as error:
            self._failed(error)
            return
        self._done(self.tr("Out of the call tree: {name}").format(name=name))

    def _name(self, contact_id: str) -> str:
        contact = self._contact(contact_id)
        return contact.name if contact else ""

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.shortcuts["Return"].setWhatsThis(self.tr("Assign the selected role"))
        self.shortcuts["Alt+Up"].setWhatsThis(self.tr("Move the selected call up"))
        self.shortcuts["Alt+Down"].setWhatsThis(self.tr("Move the selected call down"))
        self.pages.setTabText(0, self.tr("Roles: holders and deputies"))
        self.pages.setTabText(1, self.tr("Call tree (who calls whom)"))
        self.roles_table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Holder"), self.tr("Deputy")])
        self.roles_table.setAccessibleName(self.tr("Cell roles"))
        self.assign_button.setText(self.tr("Assign…"))
        self.assign_button.setToolTip(
            self.tr("Choose the selected role's holder and deputy (Enter)"))
        self.add_role_button.setText(self.tr("New role…"))
        self.rename_role_button.setText(self.tr("Rename…"))
        self.remove_role_button.setText(self.tr("Remove…"))
        self.remove_role_button.setToolTip(self.tr("Remove a role the plan added"))
        self.call_tree.setHeaderLabels([self.tr("Contact"), self.tr("Phone")])
        self.call_tree.setAccessibleName(self.tr("Call tree"))
        self.add_call_button.setText(self.tr("Add a call…"))
        self.up_button.setToolTip(self.tr("Call earlier (Alt+↑)"))
        self.up_button.setAccessibleName(self.tr("Call earlier"))
        self.down_button.setToolTip(self.tr("Call later (Alt+↓)"))
        self.down_button.setAccessibleName(self.tr("Call later"))
        self.move_button.setText(self.tr("Change caller…"))
        self.remove_call_button.setText(self.tr("Take out…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)
