"""The risk register as a Qt table model over plan.risks (hundreds of rows: read whole)."""

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

from app.errors import RecordNotFound
from app.incidents.search_text import fold
from app.plan import Plan
from app.risks.register import Risk
from ui.words.dates import day_text
from ui.words.labels import BAND_COLOURS, band_label, category_label

_Index = QModelIndex | QPersistentModelIndex

SCORE, TITLE, CATEGORY, OWNER, NEXT_REVIEW = range(5)
_HEADERS = (
    QT_TRANSLATE_NOOP("RiskRegisterModel", "Score"),
    QT_TRANSLATE_NOOP("RiskRegisterModel", "Title"),
    QT_TRANSLATE_NOOP("RiskRegisterModel", "Category"),
    QT_TRANSLATE_NOOP("RiskRegisterModel", "Owner"),
    QT_TRANSLATE_NOOP("RiskRegisterModel", "Next review"),
)


class RiskRegisterModel(QAbstractTableModel):
    """Risks of the plan, optionally only those of one matrix cell; sortable on every column."""

    def __init__(self, plan: Plan, parent: Any = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._risks: list[Risk] = []
        self._owners: dict[str, str] = {}
        self._cell: tuple[int, int] | None = None
        self._sort: tuple[int, Qt.SortOrder] = (SCORE, Qt.SortOrder.DescendingOrder)

    # --- loading -----------------------------------------------------------------------------
    def set_cell(self, cell: tuple[int, int] | None) -> None:
        """Show only the risks of one (likelihood, impact) cell, or all of them."""
        self._cell = cell
        self.reload()

    @property
    def cell(self) -> tuple[int, int] | None:
        """The matrix cell filtering the register, if any."""
        return self._cell

    def reload(self) -> None:
        """Read the register again (after a change)."""
        self.beginResetModel()
        if self._cell is None:
            self._risks = self._plan.risks.list()
        else:
            self._risks = self._plan.risks.list(likelihood=self._cell[0], impact=self._cell[1])
        self._owners = {}
        for owner_id in {r.owner_id for r in self._risks if r.owner_id}:
            try:
                self._owners[owner_id] = self._plan.contacts.get(owner_id).name
            except RecordNotFound:
                self._owners[owner_id] = ""
        self._sort_rows()
        self.endResetModel()

    def risk(self, row: int) -> Risk:
        """The risk shown on a row."""
        return self._risks[row]

    def row_of(self, risk_id: str) -> int | None:
        """The row showing a risk, if shown."""
        for row, risk in enumerate(self._risks):
            if risk.id == risk_id:
                return row
        return None

    def owner_name(self, risk: Risk) -> str:
        """The owner's name as shown."""
        return self._owners.get(risk.owner_id or "", "")

    # --- sorting -----------------------------------------------------------------------------
    def _key(self, column: int) -> Any:
        keys = {
            SCORE: lambda r: (r.score, r.impact),
            # Accent-blind, as a French reader sorts ("Émeute" before "Zone").
            TITLE: lambda r: (fold(r.title), r.title),
            CATEGORY: lambda r: (fold(category_label(r.category)), r.category),
            OWNER: lambda r: (fold(self.owner_name(r)), self.owner_name(r)),
            NEXT_REVIEW: lambda r: r.next_review or "9999",
        }
        return keys[column]

    def _sort_rows(self) -> None:
        column, order = self._sort
        self._risks.sort(key=self._key(column),
                         reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows()
        self.layoutChanged.emit()

    # --- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._risks)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(_HEADERS)):
            return QCoreApplication.translate("RiskRegisterModel", _HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._risks):
            return None
        risk = self._risks[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == SCORE:
                return f"{risk.score} — {band_label(risk.band)}"
            if column == TITLE:
                return risk.title
            if column == CATEGORY:
                return category_label(risk.category)
            if column == OWNER:
                return self.owner_name(risk)
            if column == NEXT_REVIEW:
                return day_text(risk.next_review)
        if role == Qt.ItemDataRole.BackgroundRole and column == SCORE:
            return QColor(BAND_COLOURS[risk.band])
        if role == Qt.ItemDataRole.ForegroundRole and column == SCORE:
            return QColor("#000000")
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return risk.description or None
        if role == Qt.ItemDataRole.UserRole:
            return risk.id
        return None

    def retranslate(self) -> None:
        """Re-word headers and labels after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        if self._risks:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._risks) - 1, len(_HEADERS) - 1))

