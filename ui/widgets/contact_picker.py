"""Choose one contact (or nobody) by typing part of a name, a role or phone digits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from app.cell.contacts import Contact
from app.errors import RecordNotFound
from app.plan import Plan

#: How many matches the list shows: typing narrows it; nobody scrolls through 5,000 names.
SHOWN = 200

_Index = QModelIndex | QPersistentModelIndex


class ContactPickerModel(QAbstractListModel):
    """Row 0 is "nobody" (when allowed), then the live contacts matching the search, by name;
    the contact chosen before stays listed first so that the choice is always visible."""

    def __init__(self, plan: Plan, *, allow_none: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._allow_none = allow_none
        self._contacts: list[Contact] = []
        self._pinned: Contact | None = None
        self._search = ""
        self.matches: list[Contact] = []
        self.none_text = ""

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        return 0 if parent.isValid() else len(self._contacts) + int(self._allow_none)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        contact = self.contact(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if contact is None:
                return self.none_text
            details = ", ".join(p for p in (contact.function, contact.organisation) if p)
            return f"{contact.name} — {details}" if details else contact.name
        if role == Qt.ItemDataRole.UserRole:
            return contact.id if contact else None
        return None

    def contact(self, row: int) -> Contact | None:
        """The contact on that row (None for the "nobody" row)."""
        row -= int(self._allow_none)
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    def row_of(self, contact_id: str | None) -> int | None:
        """The row showing that contact (the "nobody" row for None), None when not listed."""
        if contact_id is None:
            return 0 if self._allow_none else None
        for row, contact in enumerate(self._contacts):
            if contact.id == contact_id:
                return row + int(self._allow_none)
        return None

    def set_search(self, text: str, pinned_id: str | None = None) -> None:
        """List the contacts matching `text`, with `pinned_id` (the current choice) first."""
        self.beginResetModel()
        self._search = text
        found = self._plan.contacts.list(search=text, limit=SHOWN)
        #: What the search itself found (the pinned choice aside).
        self.matches = list(found)
        self._pinned = None
        if pinned_id:
            try:
                self._pinned = self._plan.contacts.get(pinned_id)
            except RecordNotFound:
                self._pinned = None
        if self._pinned is not None:
            found = [self._pinned, *(c for c in found if c.id != pinned_id)]
        self._contacts = found
        self.endResetModel()

    def set_none_text(self, text: str) -> None:
        """The words of the "nobody" row (set by the picker in the current language)."""
        self.none_text = text
        if self._allow_none:
            self.dataChanged.emit(self.index(0), self.index(0))


class ContactPicker(QWidget):
    """A search box over a short list; `chosen_id()` is the selected contact (None: nobody)."""

    chosen = Signal(object)  # contact id or None

    def __init__(self, plan: Plan, *, allow_none: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContactPickerModel(plan, allow_none=allow_none, parent=self)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setUniformItemSizes(True)
        # A long function is cut with "…" and read whole in the tooltip.
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setMinimumHeight(self.list_view.sizeHintForRow(0) * 5 + 8
                                        if self.model.rowCount() else 120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list_view, 1)
        self._chosen: str | None = None
        self.model.set_search("")
        self.search_edit.textChanged.connect(self._search)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        # Down arrow from the search box goes into the list, as in a completer.
        self.search_edit.installEventFilter(self)
        self.retranslate()
        self._select(None)

    def chosen_id(self) -> str | None:
        """The chosen contact's id, or None for nobody."""
        return self._chosen

    def choose(self, contact_id: str | None) -> None:
        """Choose a contact (None: nobody), listed first whatever the search."""
        self._chosen = contact_id
        self.model.set_search(self.search_edit.text(), pinned_id=contact_id)
        self._select(contact_id)

    def _search(self, text: str) -> None:
        self.model.set_search(text, pinned_id=self._chosen)
        # Typing picks the first match (then Enter saves) unless the choice still fits.
        if text.strip() and not self._fits(self._chosen, text):
            first = next((c for c in (self.model.contact(r) for r in range(
                self.model.rowCount())) if c is not None and self._fits(c.id, text)), None)
            # Nothing fits: nobody is chosen, rather than an earlier half-typed match.
            self._chosen = first.id if first is not None else None
            self.model.set_search(text, pinned_id=self._chosen)
        self._select(self._chosen)

    def _fits(self, contact_id: str | None, text: str) -> bool:
        """Whether the contact is among the matches of the search (the service's own)."""
        return contact_id is not None and any(c.id == contact_id for c in self.model.matches)

    def _select(self, contact_id: str | None) -> None:
        row = self.model.row_of(contact_id)
        if row is None:
            return
        index = self.model.index(row)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list_view.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        contact = self.model.contact(current.row())
        new = contact.id if contact else None
        if new != self._chosen:
            self._chosen = new
        self.chosen.emit(self._chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self.search_edit and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.search_edit.setPlaceholderText(self.tr("Name, function or phone digits…"))
        self.model.set_none_text(self.tr("— nobody (vacant) —"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
