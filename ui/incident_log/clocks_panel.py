"""Beside the log: the incident's regulatory deadlines, counting down, overdue said in words."""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import to_local
from app.errors import PlanError
from app.incidents.regulatory_clocks import IncidentClock, duration_text, remaining_text
from app.plan import Plan
from app.store import PlanChange
from db.errors import StorageError
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session
from ui.words.room_errors import room_error_text


def window_language() -> str:
    """The window's language (set by ui/words/i18n.py as the default locale)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


#: How often the countdown is redrawn (no database read: the clocks are kept).
TICK_MS = 30_000


class RegulatoryClocksPanel(QGroupBox):
    """The clocks of the shown incident; hidden when it has none. Each clock is two lines: its
    title across the panel, then its due time and the time left (the side panel is narrow)."""

    DUE, LEFT = range(2)
    TITLE = DUE  # the title line spans the row

    def __init__(self, plan: Plan, signals: PlanSignals, session: Session,
                 selected_entry: Callable[[], str | None], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._session = session
        # Weakly: the panel outlives no tab (a strong reference kept the tab's wrapper alive
        # through the plan's signal after the tab was deleted).
        self._selected_entry = (weakref.WeakMethod(selected_entry)
                                if inspect.ismethod(selected_entry) else lambda: selected_entry)
        self._incident_id: str | None = None
        self._writable = False
        self.clocks: list[IncidentClock] = []
        #: Clock id → its title line and its times line.
        self.rows: dict[str, tuple[QTreeWidgetItem, QTreeWidgetItem]] = {}
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(2)
        self.tree.setIndentation(0)
        self.tree.setItemsExpandable(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(self.DUE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.mark_selected_done)
        self.restart_button = QPushButton()
        self.restart_button.clicked.connect(self.count_selected_from_entry)
        self.feedback_label = QLabel()
        self.feedback_label.setWordWrap(True)
        self.feedback_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        row.addWidget(self.done_button)
        row.addWidget(self.restart_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.feedback_label)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.redraw)
        signals.changed.connect(self._on_plan_changed)
        self.retranslate()
        self.hide()

    # --- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text in the window's language."""
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Time left")])
        self.tree.setAccessibleName(self.tr("Regulatory deadlines"))
        self.done_button.setText(self.tr("Mark as met"))
        self.done_button.setToolTip(self.tr("The obligation was fulfilled: stop the clock "
                                            "(logged)"))
        self.restart_button.setText(self.tr("Count from the selected entry"))
        self.restart_button.setToolTip(self.tr(
            "The deadline runs from the moment the cell knew: select that entry in the log, "
            "then click here (logged)"))
        self.redraw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- showing -----------------------------------------------------------------------------
    def show_incident(self, incident_id: str | None, writable: bool) -> None:
        """Read the incident's clocks (hidden when there are none)."""
        self._incident_id = incident_id
        self._writable = writable
        self.clocks = self._plan.incidents.clocks.list(incident_id) if incident_id else []
        self.setVisible(bool(self.clocks))
        # A closed incident's clocks are read, not acted on: the buttons would only take the
        # room its rows need (seen at 1280×720: drawn over the second clock).
        self.done_button.setVisible(writable)
        self.restart_button.setVisible(writable)
        if self.clocks and writable:
            self._timer.start()
        else:
            self._timer.stop()
        self.redraw()
        # Every clock seen without scrolling, up to five (the splitter gives the room asked).
        if self.clocks:
            line = max(self.tree.sizeHintForRow(0), self.tree.fontMetrics().height())
            header = self.tree.header().sizeHint().height()
            self.tree.setMinimumHeight(min(len(self.clocks), 2) * 2 * line + header + 6)

    def redraw(self) -> None:
        """Write each clock's due time and time left (or how late, or when met)."""
        current = self.tree.currentItem()
        current_id = current.data(self.TITLE, Qt.ItemDataRole.UserRole) if current else None
        self.tree.clear()
        self.rows = {}
        overdue = 0
        language = window_language()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for clock in self.clocks:
            due = to_local(clock.due_at).strftime("%d/%m %H:%M")
            state = clock.state() if self._writable or clock.done_at else "stopped"
            if state == "done":
                left = self.tr("✔ Met {time}").format(
                    time=to_local(clock.done_at).strftime("%d/%m %H:%M"))
            elif state == "overdue":
                overdue += 1
                left = self.tr("⚠ OVERDUE by {time}").format(
                    time=remaining_text(clock.remaining(), language))
            elif state == "running":
                left = self.tr("{time} left").format(
                    time=remaining_text(clock.remaining(), language))
            else:
                left = self.tr("Not met (incident closed)")
            title = f"{clock.title} ({duration_text(clock.hours, language)})"
            tip = self.tr("{title} — counted from {start}").format(
                title=title, start=to_local(clock.started_at).strftime("%d/%m/%Y %H:%M"))
            item = QTreeWidgetItem([title])
            item.setFont(self.TITLE, bold)
            item.setToolTip(self.TITLE, tip)
            times = QTreeWidgetItem([due, left])
            for line in (item, times):
                line.setData(self.TITLE, Qt.ItemDataRole.UserRole, clock.id)
            times.setToolTip(self.DUE, tip)
            times.setToolTip(self.LEFT, left)
            if state == "overdue":
                times.setForeground(self.LEFT, QBrush(QColor("#b00020")))
                times.setFont(self.LEFT, bold)
            elif state == "done":
                item.setForeground(self.TITLE, QBrush(QColor("#1b5e20")))
                times.setForeground(self.LEFT, QBrush(QColor("#1b5e20")))
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(times)
            if clock.id == current_id:
                self.tree.setCurrentItem(item)
            self.rows[clock.id] = (item, times)
        title = self.tr("Regulatory deadlines")
        if overdue:
            title += "  —  " + self.tr("⚠ {n} OVERDUE").format(n=overdue)
        self.setTitle(title)
        self._update_buttons()

    def _selected_clock(self) -> IncidentClock | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        clock_id = item.data(self.TITLE, Qt.ItemDataRole.UserRole)
        return next((c for c in self.clocks if c.id == clock_id), None)

    def _update_buttons(self) -> None:
        clock = self._selected_clock()
        running = self._writable and clock is not None and clock.done_at is None
        self.done_button.setEnabled(running)
        self.restart_button.setEnabled(running)

    # --- acting ------------------------------------------------------------------------------
    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (PlanError, StorageError) as error:
            self.feedback_label.setText(room_error_text(error))
            self.feedback_label.show()
            return False
        self.feedback_label.hide()
        return True

    def mark_selected_done(self) -> None:
        """The selected deadline was met: stop its clock (logged)."""
        clock = self._selected_clock()
        if clock is not None:
            self._run(lambda: self._plan.incidents.clocks.mark_done(
                clock.id, author=self._session.author))

    def count_selected_from_entry(self) -> None:
        """Count the selected deadline from the entry selected in the log."""
        clock = self._selected_clock()
        if clock is None:
            return
        read = self._selected_entry()
        entry_id = read() if read is not None else None
        if entry_id is None:
            self.feedback_label.setText(self.tr(
                "Select in the log the entry the deadline runs from, then click again."))
            self.feedback_label.show()
            return
        self._run(lambda: self._plan.incidents.clocks.start_from_entry(
            clock.id, entry_id, author=self._session.author))

    def _on_plan_changed(self, change: PlanChange) -> None:
        if (change.clocks or change.incidents) and self._incident_id is not None:
            try:
                incident = self._plan.incidents.get(self._incident_id)
            except PlanError:
                self.show_incident(None, False)
                return
            self.show_incident(incident.id, incident.is_active)
