"""The message library as a Qt table: the filtered list of prepared messages."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.messages.library import PreparedMessage
from app.plan import Plan
from ui.words.labels import audience_label, channel_label, language_label, message_status_label

Index = QModelIndex | QPersistentModelIndex


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(message: PreparedMessage, query: str) -> bool:
    """Every word of `query` is in the title or body (accents and case ignored)."""
    haystack = _folded(f"{message.title}\n{message.body}")
    return all(word in haystack for word in _folded(query).split())


class MessageModel(QAbstractTableModel):
    """Prepared messages by title, filtered by the service's filters and a text search."""

    TITLE, CHANNEL, AUDIENCE, LANGUAGE, STATUS, LENGTH = range(6)

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._filters: dict[str, str | None] = {}
        self._query = ""
        self._rows: list[PreparedMessage] = []
        #: The active incident's risk: its messages come first (None: no incident on a risk).
        self.first_scenario: str | None = None
        self._headers: tuple[str, ...] = ()
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        """Column titles and cells in the window's language (after a language switch)."""
        self._headers = (self.tr("Title"), self.tr("Channel"), self.tr("Audience"),
                         self.tr("Language"), self.tr("Status"), self.tr("Length"))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(self._headers) - 1))

    def set_filters(self, query: str = "", **filters: str | None) -> None:
        """Scenario, audience, channel, language, status (None: any) and a text search."""
        self._filters = filters
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Read the library again."""
        self.beginResetModel()
        rows = self._plan.messages.list(**self._filters)
        rows = [m for m in rows if matches(m, self._query)] if self._query.strip() else rows
        active = self._plan.incidents.active()
        self.first_scenario = active.risk_id if active else None
        if self.first_scenario:
            # The playbook of the crisis being run first; by title within each part (stable).
            rows.sort(key=lambda m: m.scenario_id != self.first_scenario)
        self._rows = rows
        self.endResetModel()

    def message(self, row: int) -> PreparedMessage:
        """The message on a row."""
        return self._rows[row]

    def row_of(self, message_id: str) -> int | None:
        """The row showing a message, if it passes the filters."""
        return next((i for i, m in enumerate(self._rows) if m.id == message_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Messages shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Title, channel, audience, language, status, length."""
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 6):
            return self._headers[section]
        return None

    def status_text(self, message: PreparedMessage) -> str:
        """Draft / Approved / ⚠ Expired (short: the column is narrow; the tooltip says more)."""
        if message.approval_expired():
            return self.tr("⚠ Expired")
        return message_status_label(message.status)

    def length_text(self, message: PreparedMessage) -> str:
        """`312 / 280 ⚠` or `312`."""
        if message.limit is None:
            return str(len(message.body))
        mark = " ⚠" if message.over_limit else ""
        return f"{len(message.body)} / {message.limit}{mark}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a cell shows."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        message = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.LANGUAGE:  # the code (FR, EN) keeps the column narrow
                return (message.language or "").upper()
            title = message.title
            if self.first_scenario and message.scenario_id == self.first_scenario:
                title = f"★ {title}"  # the active incident's risk (said above the table)
            return (title, channel_label(message.channel),
                    audience_label(message.audience), "",
                    self.status_text(message), self.length_text(message))[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column == self.STATUS and message.approval_expired()) or (
                    column == self.LENGTH and message.over_limit):
                return QBrush(QColor("#b00020"))
            if column == self.STATUS and message.status == "approved":
                return QBrush(QColor("#1b5e20"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.LANGUAGE:
                return language_label(message.language)
            if column == self.STATUS and message.approval_expired():
                return self.tr("⚠ Approval expired")
            return self.data(index, Qt.ItemDataRole.DisplayRole)  # the full text when elided
        if role == Qt.ItemDataRole.UserRole:
            return message.id
        return None
