"""Risks tab: the 5×5 matrix, the register it filters, the detail of the selected risk."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import PlanError
from app.plan import Plan
from app.risks.register import Risk
from app.store import PlanChange
from app.vocabulary import LEVEL_BANDS, RISK_CATEGORIES
from db.errors import StorageError
from ui.risks.detail_pane import RiskDetailPane
from ui.risks.matrix_widget import RiskMatrixWidget
from ui.risks.register_model import CATEGORY, NEXT_REVIEW, OWNER, SCORE, TITLE, RiskRegisterModel
from ui.risks.risk_dialog import RiskDialog
from ui.widgets.confirm_dialog import ConfirmDialog
from ui.widgets.plan_tab import PlanTab
from ui.widgets.record_table import record_table
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session
from ui.words.error_messages import error_text
from ui.words.labels import band_label, category_label


class RiskMatrixTab(PlanTab):
    """The risk register around its matrix; emits `message_requested(id)` for a linked message."""


    def __init__(self, plan: Plan, signals: PlanSignals, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._session = session

        self.matrix = RiskMatrixWidget()
        self.matrix.cell_clicked.connect(self._filter_cell)
        self.matrix.selection_cleared.connect(lambda: self._filter_cell(None, None))
        self.model = RiskRegisterModel(plan, self)
        self.table = record_table(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_risk())
        self.detail = RiskDetailPane(plan)
        self.detail.message_requested.connect(self.message_requested)

        self.filter_label = QLabel()
        self.show_all_button = QPushButton()
        self.show_all_button.clicked.connect(lambda: self.matrix.select(None))
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_risk)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_risk)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_risk)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.filter_label, 1)
        buttons.addWidget(self.show_all_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        register = QWidget()
        register_layout = QVBoxLayout(register)
        register_layout.setContentsMargins(0, 0, 0, 0)
        register_layout.addLayout(buttons)
        register_layout.addWidget(self.table, 1)
        register_layout.addWidget(self.status_label)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.matrix)
        left.addWidget(register)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 520])
        left.setSizes([360, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        signals.changed.connect(self._plan_changed)
        self.retranslate()
        # Built only when first shown (ui/widgets/tab_slot.py): reading now costs start-up nothing.
        self.reload()

    def _size_columns(self) -> None:
        """The title gets the room; the other columns are as wide as their usual words (from
        the vocabulary, never measured over the register). Cut texts are elided."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()

        def widest(texts: list[str], column: int) -> int:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            return max(metrics.horizontalAdvance(t) for t in [*texts, title]) + 24

        self.table.setColumnWidth(SCORE, widest(
            [f"25 — {band_label(b)}" for b, _upper in LEVEL_BANDS], SCORE))
        self.table.setColumnWidth(CATEGORY, min(widest(
            [category_label(c) for c in RISK_CATEGORIES], CATEGORY), 150))
        self.table.setColumnWidth(OWNER, widest(["Anne-Sophie Rey"], OWNER))
        self.table.setColumnWidth(NEXT_REVIEW, widest(["0000-00-00"], NEXT_REVIEW))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

    def reload(self) -> None:
        """Read the matrix and the register again, keeping the selected risk."""
        selected = self.selected_risk()
        self.matrix.set_counts(self._plan.risks.matrix())
        self.model.reload()
        if selected is not None:
            self.select_risk(selected.id)
        else:
            self.detail.show_risk(None)
        self._update_filter_label()
        self._update_buttons()

    def _plan_changed(self, change: PlanChange) -> None:
        # The register shows risks, their owners (contacts) and their linked messages.
        if change.risks or change.contacts or change.messages:
            self.reload()

    # --- selection ---------------------------------------------------------------------------
    def _filter_cell(self, likelihood: int | None, impact: int | None) -> None:
        cell = None if likelihood is None or impact is None else (likelihood, impact)
        self.model.set_cell(cell)
        self.detail.show_risk(None)
        self._update_filter_label()
        self._update_buttons()

    def selected_risk(self) -> Risk | None:
        """The risk selected in the register."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.risk(rows[0].row()) if rows else None

    def select_risk(self, risk_id: str) -> bool:
        """Select a risk in the register (if shown)."""
        row = self.model.row_of(risk_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.detail.show_risk(self.selected_risk())
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_risk() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.show_all_button.setEnabled(self.model.cell is not None)

    def _update_filter_label(self) -> None:
        cell = self.model.cell
        n = self.model.rowCount(QModelIndex())
        if cell is None:
            self.filter_label.setText(self.tr("All risks ({n})").format(n=n))
        else:
            self.filter_label.setText(
                self.tr("Likelihood {l} × impact {i}: %n risk(s)", None, n).format(
                    l=cell[0], i=cell[1]))

    # --- actions -----------------------------------------------------------------------------
    def add_risk(self) -> None:
        """Open the form for a new risk."""
        risk = RiskDialog.ask(self, self._plan, None)
        if risk is not None:
            self._after_save(risk)

    def edit_risk(self) -> None:
        """Open the form on the selected risk."""
        risk = self.selected_risk()
        if risk is None:
            return
        saved = RiskDialog.ask(self, self._plan, risk)
        if saved is not None:
            self._after_save(saved)

    def _after_save(self, risk: Risk) -> None:
        self.reload()
        if not self.select_risk(risk.id):
            self.matrix.select(None)
            self.select_risk(risk.id)
        self.status_label.setText(self.tr("Saved: {title}").format(title=risk.title))

    def delete_risk(self) -> None:
        """Delete the selected risk after asking."""
        risk = self.selected_risk()
        if risk is None:
            return
        if not ConfirmDialog.ask(self, self.tr("Delete the risk"),
                                 self.tr("Delete the risk “{title}”?").format(title=risk.title)):
            return
        try:
            self._plan.risks.delete(risk.id)
        except (PlanError, StorageError) as error:
            self.status_label.setText(error_text(error))
            return
        self.table.clearSelection()
        self.reload()
        self.status_label.setText(self.tr("Deleted: {title}").format(title=risk.title))

    def focus_search(self) -> None:
        """Ctrl+F: the register is filtered by the matrix, so focus goes to the register."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.show_all_button.setText(self.tr("Show all risks"))
        self.add_button.setText(self.tr("New risk…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.table.setAccessibleName(self.tr("Risk register"))
        self.model.retranslate()
        self._update_filter_label()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
