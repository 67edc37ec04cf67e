"""The table every tab lists its records in: whole rows selected one at a time, read-only
(editing happens in a dialog that validates), no row numbers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView


def record_table(model: QAbstractItemModel, accessible_name: str = "") -> QTableView:
    """A QTableView over `model`, set up as the tabs list their records."""
    table = QTableView()
    table.setModel(model)
    if accessible_name:
        table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table
