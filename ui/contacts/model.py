"""Contacts as a Qt table model: windowed reads (fetchMore) so 5,000 contacts cost nothing
until scrolled to; filtering and sorting are done by the service in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.cell.contacts import Contact
from app.plan import Plan
from app.vocabulary import PHONE_KINDS
from ui.words.dates import day_text
from ui.words.labels import group_label

_Index = QModelIndex | QPersistentModelIndex

NAME, FUNCTION, ORGANISATION, GROUP, PHONE, VERIFIED = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("ContactsModel", "Name"),
    QT_TRANSLATE_NOOP("ContactsModel", "Function"),
    QT_TRANSLATE_NOOP("ContactsModel", "Organisation"),
    QT_TRANSLATE_NOOP("ContactsModel", "Group"),
    QT_TRANSLATE_NOOP("ContactsModel", "Phone"),
    QT_TRANSLATE_NOOP("ContactsModel", "Verified"),
)
_SORT_KEYS = ("name", "function", "organisation", "group", "phone", "last_verified")
BATCH = 200


translate = QCoreApplication.translate

def first_phone(contact: Contact) -> str | None:
    """The number to dial first: mobile, then office, home, other."""
    return next((contact.phones[k] for k in PHONE_KINDS if k in contact.phones), None)


class ContactsModel(QAbstractTableModel):
    """Live contacts matching a group and a search, BATCH rows at a time."""

    def __init__(self, plan: Plan, parent: Any = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._rows: list[Contact] = []
        self._total = 0
        self._group: str | None = None
        self._search = ""
        self._order = ("name", False)

    # --- filtering and loading ---------------------------------------------------------------
    def set_filter(self, *, group: str | None, search: str) -> None:
        """Show the contacts of `group` (None: all) matching `search`."""
        self._group = group or None
        self._search = search
        self.reload()

    def reload(self) -> None:
        """Count the matches again and read the first window."""
        self.beginResetModel()
        self._total = self._plan.contacts.count(group=self._group, search=self._search)
        self._rows = self._read(0)
        self.endResetModel()

    def _read(self, offset: int) -> list[Contact]:
        order_by, descending = self._order
        return self._plan.contacts.list(group=self._group, search=self._search, limit=BATCH,
                                        offset=offset, order_by=order_by, descending=descending)

    @property
    def total(self) -> int:
        """How many contacts match (loaded or not)."""
        return self._total

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = self._read(len(self._rows))
        more = more[: self._total - len(self._rows)]
        if not more:
            self._total = len(self._rows)  # someone deleted rows meanwhile
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def contact(self, row: int) -> Contact:
        """The contact on a loaded row."""
        return self._rows[row]

    def row_of(self, contact_id: str) -> int | None:
        """The row of a contact, loading further windows until found (or all are loaded)."""
        while True:
            for row, contact in enumerate(self._rows):
                if contact.id == contact_id:
                    return row
            if not self.canFetchMore(QModelIndex()):
                return None
            self.fetchMore(QModelIndex())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_SORT_KEYS):
            return
        self._order = (_SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        self.reload()

    # --- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(_HEADERS)):
            return translate("ContactsModel", _HEADERS[section])
        return None

    def verified_text(self, contact: Contact) -> str:
        """The verification column: the date, and the flag when stale (not colour alone);
        short, so that it fits its column at 1280 px (the sentence is in stale_text)."""
        if contact.is_stale():
            return "⚠ " + (day_text(contact.last_verified) or translate("ContactsModel", "never"))
        return day_text(contact.last_verified)

    def stale_text(self, contact: Contact) -> str:
        """The stale flag in words (the verification cell's tooltip)."""
        when = day_text(contact.last_verified) or translate("ContactsModel", "never")
        return translate("ContactsModel", "⚠ To verify (last: {date})").format(date=when)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == NAME:
                return contact.name
            if column == FUNCTION:
                return contact.function
            if column == ORGANISATION:
                return contact.organisation
            if column == GROUP:
                return group_label(contact.group)
            if column == PHONE:
                return self._plan.contacts.display_phone(first_phone(contact))
            if column == VERIFIED:
                return self.verified_text(contact)
        if role == Qt.ItemDataRole.ToolTipRole and column == VERIFIED and contact.is_stale():
            return self.stale_text(contact)
        if role == Qt.ItemDataRole.ToolTipRole and column != PHONE:
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None  # whole when elided
        if role == Qt.ItemDataRole.ForegroundRole and column == VERIFIED and contact.is_stale():
            return QColor("#b71c1c")
        if role == Qt.ItemDataRole.UserRole:
            return contact.id
        return None

    def retranslate(self) -> None:
        """Re-word headers and labels after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(_HEADERS) - 1))
