"""Contacts tab: search as you type, group filter, table and detail, the cell's roles and call
tree, stale contacts flagged with a one-click "Verified today"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.cell.contacts import Contact
from app.errors import PlanError
from app.plan import Plan
from app.store import PlanChange
from app.vocabulary import CONTACT_GROUPS
from db.errors import StorageError
from ui.contacts.cell_panel import CellPanel
from ui.contacts.contact_dialog import ContactDialog
from ui.contacts.detail_pane import ContactDetailPane
from ui.contacts.model import FUNCTION, GROUP, NAME, ORGANISATION, PHONE, VERIFIED, ContactsModel
from ui.widgets.confirm_dialog import ConfirmDialog
from ui.widgets.plan_tab import PlanTab
from ui.widgets.record_table import record_table
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session
from ui.words.error_messages import error_text
from ui.words.labels import group_label


class ContactsTab(PlanTab):
    """Everyone the cell may call, and how the cell itself is organised."""

    def __init__(self, plan: Plan, signals: PlanSignals, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._session = session

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.group_combo = QComboBox()
        self.group_combo.addItem("", None)
        for code in CONTACT_GROUPS:
            self.group_combo.addItem(group_label(code), code)
        self.group_combo.currentIndexChanged.connect(self._apply_filter)
        self.count_label = QLabel()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_contact)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_contact)

        self.model = ContactsModel(plan, self)
        self.table = record_table(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_contact())
        self.detail = ContactDetailPane(plan)
        self.detail.verify_requested.connect(self.mark_verified)
        self.cell_panel = CellPanel(plan)
        self.cell_panel.contact_requested.connect(self.show_contact)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.group_combo, 1)
        buttons = QHBoxLayout()  # under the table: the search box keeps its room
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.status_label)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.detail)
        right.addWidget(self.cell_panel)
        # The selected contact's numbers come first: that is what a caller is looking for.
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([300, 420])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([780, 520])  # the cell panel's buttons need ~500 px
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        signals.changed.connect(self._plan_changed)
        self.retranslate()
        # Built only when first shown (ui/widgets/tab_slot.py): reading now costs start-up nothing.
        self._apply_filter()
        self.cell_panel.reload()

    def _size_columns(self) -> None:
        """The name is as wide as a usual full name (it is what is looked for: at 1280 px three
        equal columns cut "Anne-Sophie …"); function and organisation share the room left;
        group, phone and verification are as wide as their usual text (never measured over
        the rows). Cut texts are elided and shown whole in the tooltip and the detail pane."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (FUNCTION, ORGANISATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        group_width = max(metrics.horizontalAdvance(group_label(c)) for c in CONTACT_GROUPS)
        for column, width in ((NAME, metrics.horizontalAdvance("Anne-Sophie Rey")),
                              (GROUP, min(group_width, 120)),
                              (PHONE, metrics.horizontalAdvance("00 00 00 00 00")),
                              (VERIFIED, metrics.horizontalAdvance("⚠ 0000-00-00"))):
            self.table.setColumnWidth(column, width + 16)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

    def _apply_filter(self) -> None:
        selected = self.selected_contact()
        self.model.set_filter(group=self.group_combo.currentData(),
                              search=self.search_edit.text())
        self._update_count()
        if selected is None or not self._select_row(selected.id):
            self.detail.show_contact(None)
        self._update_buttons()

    def _plan_changed(self, change: PlanChange) -> None:
        if not (change.contacts or change.cell or change.call_tree):
            return
        self._apply_filter()
        self.cell_panel.reload()
        contact = self.selected_contact()
        self.detail.show_contact(contact)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n contact(s)", None, self.model.total))

    # --- selection ---------------------------------------------------------------------------
    def selected_contact(self) -> Contact | None:
        """The contact selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.contact(rows[0].row()) if rows else None

    def _select_row(self, contact_id: str) -> bool:
        row = self.model.row_of(contact_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def show_contact(self, contact_id: str) -> None:
        """Select a contact, clearing the filters when they hide it."""
        if self._select_row(contact_id):
            return
        self.search_edit.clear()
        self.group_combo.setCurrentIndex(0)
        self._select_row(contact_id)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.detail.show_contact(self.selected_contact())
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_contact() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # --- actions -----------------------------------------------------------------------------
    def mark_verified(self, contact_id: str) -> None:
        """Record that the contact's details were checked today."""
        try:
            contact = self._plan.contacts.mark_verified(contact_id)
        except (PlanError, StorageError) as error:
            self.status_label.setText(error_text(error))
            return
        self.status_label.setText(self.tr("{name}: verified today").format(name=contact.name))

    def add_contact(self) -> None:
        """Open the form for a new contact."""
        contact = ContactDialog.ask(self, self._plan, None)
        if contact is not None:
            self.show_contact(contact.id)
            self.status_label.setText(self.tr("Saved: {name}").format(name=contact.name))

    def edit_contact(self) -> None:
        """Open the form on the selected contact."""
        contact = self.selected_contact()
        if contact is None:
            return
        saved = ContactDialog.ask(self, self._plan, contact)
        if saved is not None:
            self.show_contact(saved.id)
            self.status_label.setText(self.tr("Saved: {name}").format(name=saved.name))

    def delete_contact(self) -> None:
        """Delete the selected contact after asking."""
        contact = self.selected_contact()
        if contact is None:
            return
        if not ConfirmDialog.ask(self, self.tr("Delete the contact"),
                                 self.tr("Delete the contact “{name}”?").format(
                                     name=contact.name)):
            return
        try:
            self._plan.contacts.delete(contact.id)
        except (PlanError, StorageError) as error:
            self.status_label.setText(error_text(error))
            return
        self.status_label.setText(self.tr("Deleted: {name}").format(name=contact.name))

    def focus_search(self) -> None:
        """Ctrl+F: type to search contacts."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.search_edit.setPlaceholderText(
            self.tr("Search: name, organisation, role, phone digits…"))
        self.search_edit.setAccessibleName(self.tr("Search contacts"))
        self.group_combo.setItemText(0, self.tr("All groups"))
        for i, code in enumerate(CONTACT_GROUPS, start=1):
            self.group_combo.setItemText(i, group_label(code))
        self.group_combo.setAccessibleName(self.tr("Group"))
        self.add_button.setText(self.tr("New contact…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.table.setAccessibleName(self.tr("Contacts"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


