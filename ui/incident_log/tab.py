"""The incident log tab (*main courante*): the heart of the war room.

An entry line that always has the focus, the log below it, the incident's level, action
items, incoming information and plan tasks beside it; opening, calling and closing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, Qt, QTimer
from PySide6.QtGui import QAction, QFontMetrics, QKeyEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import FILE_ERRORS, PlanError
from app.incidents.entry_draft import EntryDraft
from app.incidents.incidents import Incident
from app.incidents.occurred_prefix import split_occurred
from app.plan import Plan
from app.risks.playbook import open_incident
from app.store import PlanChange
from app.vocabulary import CRISIS_LEVELS, JOURNAL_KINDS, TYPED_KINDS
from db.errors import StorageError
from ui.incident_log.action_item_dialog import ActionItemDialog
from ui.incident_log.call_tree_activation import CallTreeActivationDialog
from ui.incident_log.clocks_panel import RegulatoryClocksPanel
from ui.incident_log.closing_dialog import ClosingDialog
from ui.incident_log.correction_dialog import CorrectionDialog
from ui.incident_log.journal_model import JournalModel
from ui.incident_log.open_incident_dialog import OpenIncidentDialog
from ui.incident_log.review_dialog import ReviewDialog
from ui.incident_log.side_panels import ActionItemsPanel, InformationPanel, PlanTasksPanel
from ui.widgets.plan_tab import PlanTab
from ui.widgets.record_table import record_table
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session
from ui.words.dates import day_text, short_moment_text
from ui.words.labels import LEVEL_COLOURS, LEVEL_TEXT_COLOURS, kind_label, level_label
from ui.words.room_errors import room_error_text

#: Kind of entry → the shortcut that picks it while typing: Alt+digit, in the combo's order,
#: so that Ctrl+A, Ctrl+K… keep editing the line as in every other text field.
KIND_SHORTCUTS: dict[str, QKeyCombination] = {
    kind: QKeyCombination(Qt.KeyboardModifier.AltModifier, Qt.Key(Qt.Key.Key_1.value + number))
    for number, kind in enumerate(TYPED_KINDS)
}

#: How long the draft waits after the last keystroke before it is written (ms).
DRAFT_DELAY_MS = 250
SEARCH_DELAY_MS = 250


class EntryLine(QLineEdit):
    """The line the scribe types into. The tab's kind shortcuts win over any binding the
    line edit might have for them: the override is declined for them."""

    def __init__(self, keys: list[QKeyCombination], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = {combo.toCombined() for combo in keys}

    def event(self, event: QEvent) -> bool:
        """Let the shortcut map handle our kind keys."""
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.keyCombination().toCombined() in self._keys):
            event.ignore()
            return True
        return super().event(event)


class IncidentLogTab(PlanTab):
    """The live log of the active incident, and earlier incidents read-only."""

    def __init__(self, plan: Plan, signals: PlanSignals, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._signals = signals
        self._session = session
        self._incident: Incident | None = None
        self.draft = EntryDraft(plan.info.get().id)
        self.call_tree_dialog: CallTreeActivationDialog | None = None
        self.last_review_dialog: ReviewDialog | None = None  # opened after a closing
        self.model = JournalModel(plan, self)
        # The entry line and the visible rows come first; the side panels and the log's links
        # (one pass over the whole log) are read right after the first paint.
        self.model.links_deferred = True
        self._side_filled = False
        self._side_scheduled = False
        self._build()
        self._wire_shortcuts()
        signals.changed.connect(self._on_plan_changed)
        self.entry_line.setText(self.draft.load())
        self.entry_line.textChanged.connect(lambda _text: self._draft_timer.start())
        self._fill_incidents()
        self.retranslate()
        self.setFocusProxy(self.entry_line)

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.incident_combo = QComboBox()
        # Sized by a title's start, not by the longest title: long ones are elided.
        self.incident_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.incident_combo.setMinimumContentsLength(24)
        self.incident_combo.currentIndexChanged.connect(self._on_incident_selected)
        self.level_badge = QLabel()
        self.level_badge.setMinimumWidth(120)
        self.level_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level_combo = QComboBox()
        for level in CRISIS_LEVELS:
            self.level_combo.addItem(level, level)  # worded by retranslate()
        self.level_combo.activated.connect(self._on_level_chosen)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_incident_dialog)
        self.call_tree_button = QPushButton()
        self.call_tree_button.clicked.connect(self.activate_call_tree)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_incident)
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.open_review_dialog)
        top = QHBoxLayout()
        self.incident_caption = QLabel()
        top.addWidget(self.incident_caption)
        top.addWidget(self.incident_combo, 1)
        top.addWidget(self.level_badge)
        self.level_caption = QLabel()
        top.addWidget(self.level_caption)
        top.addWidget(self.level_combo)

        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setStyleSheet("font-weight: bold;")
        # The state and the incident's actions share a line: the window fits a laptop screen.
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_label, 1)
        for button in (self.open_button, self.call_tree_button, self.close_button,
                       self.review_button):
            state_row.addWidget(button)

        self.kind_filter = QComboBox()
        self.kind_filter.addItem("", None)  # all kinds; worded by retranslate()
        for kind in JOURNAL_KINDS:
            self.kind_filter.addItem(kind, kind)
        self.kind_filter.currentIndexChanged.connect(self._on_kind_filter)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.count_label = QLabel()
        filters = QHBoxLayout()
        self.show_caption = QLabel()
        filters.addWidget(self.show_caption)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.count_label)

        self.table = record_table(self.model, self.tr("Incident log"))
        self.table.setWordWrap(False)
        # Fixed row height: the view never measures 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(JournalModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setStyleSheet(
            "background: palette(alternate-base); padding: 4px; border-radius: 3px;")
        self.detail_label.hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _i: self.start_correction())
        self.model.rowsInserted.connect(self._on_rows_inserted)
        # The table follows the newest entry while its view is at the bottom, whatever
        # changes the range (new rows, a notice bar or the detail line taking height);
        # scrolled up, the reader stays where they are.
        self._following = True
        bar = self.table.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_scroll_range)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._show_selected_entry)
        self.model.dataChanged.connect(lambda *_a: self._show_selected_entry())
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self._show_selected_entry())

        self.kind_combo = QComboBox()
        for kind in TYPED_KINDS:
            self.kind_combo.addItem(kind, kind)  # worded by retranslate()
        self.kind_lock = QCheckBox()
        self.entry_line = EntryLine(list(KIND_SHORTCUTS.values()))
        self.entry_line.setStyleSheet("font-size: 14pt; padding: 4px;")
        self.entry_line.returnPressed.connect(self.log_entry)
        self.log_button = QPushButton()
        self.log_button.clicked.connect(self.log_entry)
        self.correct_button = QPushButton()
        self.correct_button.clicked.connect(self.start_correction)
        # The line has a row of its own: its placeholder (and a long entry) gets the width.
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo)
        kind_row.addWidget(self.kind_lock)
        kind_row.addStretch(1)
        kind_row.addWidget(self.log_button)
        kind_row.addWidget(self.correct_button)
        # How to say when it happened and the keys, said once under the line.
        self.entry_hint = QLabel()
        self.entry_hint.setWordWrap(True)
        self.entry_hint.setStyleSheet("color: palette(placeholder-text);")
        entry_row = QVBoxLayout()
        entry_row.addLayout(kind_row)
        entry_row.addWidget(self.entry_line)
        entry_row.addWidget(self.entry_hint)
        self.feedback_label = QLabel()
        self.feedback_label.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.detail_label)
        left_layout.addLayout(entry_row)
        left_layout.addWidget(self.feedback_label)

        self.actions_panel = ActionItemsPanel(self._plan)
        self.actions_panel.add_requested.connect(self.add_action_dialog)
        self.actions_panel.done_requested.connect(self.complete_action)
        self.info_panel = InformationPanel(self._plan)
        self.info_panel.status_requested.connect(self._on_status_clicked)
        self.tasks_panel = PlanTasksPanel(self._plan)
        self.clocks_panel = RegulatoryClocksPanel(self._plan, self._signals, self._session,
                                                  self.selected_entry_id)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.clocks_panel)  # the law's deadlines first; hidden when none
        side.addWidget(self.actions_panel)
        side.addWidget(self.info_panel)
        side.addWidget(self.tasks_panel)
        side.setSizes([190, 270, 270, 170])
        # The side column scrolls rather than sets the window's height: with the deadlines
        # panel its four panels asked for 875 px, and a 1280×720 screen cut the window.
        side_scroll = QScrollArea()
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(side_scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([800, 500])  # the side panels fit whole in French at 1280 px

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(state_row)
        layout.addWidget(splitter, 1)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)

    def retranslate(self) -> None:
        """Every text of the tab in the window's language; combos keep their selection (their
        items' data), the incident's state and counts are worded again."""
        self.incident_combo.setAccessibleName(self.tr("Incident shown"))
        self.level_badge.setAccessibleName(self.tr("Crisis level"))
        self.level_combo.setAccessibleName(self.tr("Change the crisis level"))
        self.level_combo.setToolTip(self.tr("Change the crisis level (the change is logged)"))
        for index in range(self.level_combo.count()):
            self.level_combo.setItemText(index, level_label(self.level_combo.itemData(index)))
        self.open_button.setText(self.tr("Open an incident…"))
        self.call_tree_button.setText(self.tr("Activate the call tree…"))
        self.close_button.setText(self.tr("Close the incident…"))
        self.review_button.setText(self.tr("Post-crisis review…"))
        self.incident_caption.setText(self.tr("Incident:"))
        self.level_caption.setText(self.tr("Level:"))
        self.kind_filter.setAccessibleName(self.tr("Show entries of kind"))
        self.kind_filter.setItemText(0, self.tr("All kinds"))
        for index in range(1, self.kind_filter.count()):
            self.kind_filter.setItemText(index, kind_label(self.kind_filter.itemData(index)))
        self.search_edit.setPlaceholderText(self.tr("Search the log (Ctrl+F)…"))
        self.search_edit.setAccessibleName(self.tr("Search the log"))
        self.show_caption.setText(self.tr("Show:"))
        self.table.setAccessibleName(self.tr("Incident log"))
        # Widths from sample texts, never measured over the log; the entry text takes the
        # rest. The kind column fits the longest kind word (a level change's level is in
        # the tooltip and the line under the table when it does not fit). What does not fit
        # is elided, and shown whole in the tooltip and the line under the table.
        metrics = self.table.fontMetrics()
        longest_kind = max(JOURNAL_KINDS, key=lambda k: metrics.horizontalAdvance(
            kind_label(k)))
        # The entry's own text is what the room reads: the other columns take what their
        # usual contents need (an event time typed apart shows whole in the tooltip).
        for column, sample in ((JournalModel.TIME, short_moment_text(
                                    datetime(2026, 12, 30, 0, 0))),
                               (JournalModel.KIND, kind_label(longest_kind)),
                               (JournalModel.AUTHOR, "Claire Dubois"),
                               (JournalModel.NOTE, self.tr("Corrected at {time}").format(
                                   time="00/00"))):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.table.setColumnWidth(column, max(
                metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 16)
        self.detail_label.setAccessibleName(self.tr("Selected entry"))
        self.kind_combo.setAccessibleName(self.tr("Kind of entry"))
        for index in range(self.kind_combo.count()):
            kind = self.kind_combo.itemData(index)
            shortcut = QKeySequence(KIND_SHORTCUTS[kind]).toString(
                QKeySequence.SequenceFormat.NativeText)
            self.kind_combo.setItemText(index, f"{kind_label(kind)}  ({shortcut})")
        self.kind_combo.setToolTip(self._shortcut_help())
        self.kind_lock.setText(self.tr("Keep this kind"))
        self.kind_lock.setToolTip(self.tr(
            "Unticked, the kind goes back to Observation after each entry"))
        self.entry_line.setAccessibleName(self.tr("New log entry"))
        self.entry_line.setToolTip(self._shortcut_help())
        self.log_button.setText(self.tr("Log"))
        self.correct_button.setText(self.tr("Correct…"))
        self.correct_button.setToolTip(self.tr("Correct the selected entry (a new linked "
                                               "entry; the original stays visible)"))
        self.entry_hint.setText(self.tr(
            "“02:40 text”: the time it happened · Alt+1…6: kind · Ctrl+L: back here"))
        self.feedback_label.setAccessibleName(self.tr("Message"))
        self.feedback_label.clear()  # a message said in the old language is past
        self.model.retranslate()
        if self.incident_combo.count():  # built: the incidents and the state, worded again
            self._fill_incidents(self._incident.id if self._incident else None,
                                 reselect=False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """A language switch re-translates the tab (the side panels do themselves)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _writable_placeholder(self) -> str:
        return self.tr("Type what happens, then Enter to log it")

    def _set_entry_placeholder(self, text: str) -> None:
        """The line is never narrower than its placeholder."""
        self.entry_line.setPlaceholderText(text)
        font = self.entry_line.font()
        font.setPointSize(14)
        width = QFontMetrics(font).horizontalAdvance(text)
        self.entry_line.setMinimumWidth(width + 24)

    def _shortcut_help(self) -> str:
        lines = [self.tr("Kind of entry:")]
        for kind in TYPED_KINDS:
            keys = QKeySequence(KIND_SHORTCUTS[kind]).toString(
                QKeySequence.SequenceFormat.NativeText)
            lines.append(f"{keys}  {kind_label(kind)}")
        return "\n".join(lines)

    def _wire_shortcuts(self) -> None:
        for kind, combo in KIND_SHORTCUTS.items():
            shortcut = QShortcut(QKeySequence(combo), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind: self.choose_kind(k))
            self.kind_shortcuts[kind] = shortcut

    # --- the contract with the window --------------------------------------------------------
    def focus_entry_line(self) -> None:
        """Ctrl+L: back to the entry line."""
        self.entry_line.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        """Ctrl+F: search the log."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def has_unsaved_draft(self) -> bool:
        """A line is typed but not logged (it is kept as a draft on disk)."""
        return bool(self.entry_line.text().strip())

    # --- incidents ---------------------------------------------------------------------------
    @property
    def incident(self) -> Incident | None:
        """The incident shown."""
        return self._incident

    def _fill_incidents(self, select_id: str | None = None, reselect: bool = True) -> None:
        incidents = self._plan.incidents.list()
        current = select_id or (self._incident.id if self._incident else None)
        if current is None:
            latest = self._plan.incidents.latest()
            current = latest.id if latest else None
        self.incident_combo.blockSignals(True)
        self.incident_combo.clear()
        if not incidents:
            self.incident_combo.addItem(self.tr("No incident yet"), None)
        for incident in incidents:
            state = self.tr("ACTIVE") if incident.is_active else self.tr("closed")
            exercise = self.tr("Exercise") + " · " if incident.is_exercise else ""
            self.incident_combo.addItem(
                f"{incident.title} — {exercise}{day_text(incident.opened_at)} — {state}",
                incident.id)
        index = self.incident_combo.findData(current)
        self.incident_combo.setCurrentIndex(max(0, index))
        self.incident_combo.blockSignals(False)
        if reselect:
            self._on_incident_selected()
        else:  # the same incident: its state worded again, the log left as it is
            self._refresh_incident_state(fill_side=False)

    def _on_incident_selected(self, _index: int = -1) -> None:
        incident_id = self.incident_combo.currentData()
        self._incident = self._plan.incidents.get(incident_id) if incident_id else None
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.model.set_incident(incident_id)
        self._follow_newest()
        self._refresh_incident_state()

    def _refresh_incident_state(self, fill_side: bool = True) -> None:
        incident = self._incident
        writable = incident is not None and incident.is_active
        active = self._plan.incidents.active()
        self.open_button.setEnabled(active is None)
        self.open_button.setToolTip(
            "" if active is None else self.tr("An incident is already active: close it first."))
        for widget in (self.level_combo, self.call_tree_button, self.close_button,
                       self.entry_line, self.kind_combo, self.log_button, self.correct_button):
            widget.setEnabled(writable)
        self.review_button.setEnabled(incident is not None and not incident.is_active)
        if incident is None:
            self.state_label.setText(self.tr("No incident is open. Open one to start the log."))
            self.level_badge.clear()
            self.level_badge.setStyleSheet("")
        else:
            if incident.is_active:
                text = self.tr("Active incident — type below, Enter logs the line.")
                if incident.is_exercise:
                    text = self.tr("EXERCISE — ") + text
            else:
                text = self.tr("This incident is closed: its log is read-only "
                               "(entries can no longer be added).")
            self.state_label.setText(text)
            self.level_combo.setCurrentIndex(self.level_combo.findData(incident.level))
            # Closed, the level is history (in the badge's tooltip), not a control.
            self.level_combo.setVisible(incident.is_active)
            self.level_caption.setVisible(incident.is_active)
            if incident.is_active:
                self.level_badge.setText(level_label(incident.level).upper())
                self.level_badge.setStyleSheet(
                    f"background: {LEVEL_COLOURS.get(incident.level, '#888')}; "
                    f"color: {LEVEL_TEXT_COLOURS.get(incident.level, '#000')}; "
                    "font-weight: bold; padding: 4px 10px; border-radius: 4px;")
            else:  # a closed incident is closed, whatever its last level was
                self.level_badge.setText(self.tr("CLOSED"))
                self.level_badge.setToolTip(self.tr("Closed; last level: {level}").format(
                    level=level_label(incident.level)))
                self.level_badge.setStyleSheet(
                    "background: #616161; color: #ffffff; "
                    "font-weight: bold; padding: 4px 10px; border-radius: 4px;")
        if not writable:
            reason = (self.tr("Open an incident to log entries.") if incident is None
                      else self.tr("Closed incident: read-only."))
            self._set_entry_placeholder(reason)
        else:
            self._set_entry_placeholder(self._writable_placeholder())
        if self._side_filled and fill_side:
            self._fill_side_panels()
        self._update_count()

    @property
    def side_panels_filled(self) -> bool:
        """Whether the actions, information and plan tasks panels have been read."""
        return self._side_filled

    def fill_side_panels(self) -> None:
        """Read the actions, information and plan tasks now (if the first paint has not)."""
        if not self._side_filled:
            self._side_filled = True
            self.tasks_panel.refresh()
            self._fill_side_panels()

    def _fill_side_panels(self) -> None:
        incident = self._incident
        writable = incident is not None and incident.is_active
        incident_id = incident.id if incident else None
        self.actions_panel.show_incident(incident_id, writable)
        self.info_panel.show_incident(incident_id, writable, self.model.links.status)
        self.clocks_panel.show_incident(incident_id, writable)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.model.searching:
            self.count_label.setText(self.tr("%n found", "", n))
        else:
            self.count_label.setText(self.tr("%n entries", "", n))

    def open_incident_dialog(self) -> OpenIncidentDialog:
        """Ask for the new incident's title, level, risk and whether it is an exercise."""
        dialog = OpenIncidentDialog(self._plan, self._open_incident, self)
        dialog.accepted.connect(lambda: self._fill_incidents(dialog.result_value.id))
        dialog.open()
        return dialog

    def _open_incident(self, values: dict[str, Any]) -> Incident:
        return open_incident(
            self._plan, values["title"], author=self._session.author, level=values["level"],
            risk_id=values["risk_id"], is_exercise=values["is_exercise"],
            actions=values.get("actions"))

    def _on_level_chosen(self, _index: int) -> None:
        level = self.level_combo.currentData()
        if self._incident is None or level == self._incident.level:
            return
        if self._guard(lambda: self._plan.incidents.change_level(
                self._incident.id, level, author=self._session.author)) is None:
            self.level_combo.setCurrentIndex(self.level_combo.findData(self._incident.level))
            return
        self._incident = self._plan.incidents.get(self._incident.id)
        self._refresh_incident_state()
        self.focus_entry_line()

    def close_incident(self) -> ClosingDialog | None:
        """Show what is still open and ask for the closing statement; the review follows."""
        incident = self._incident
        if incident is None or not incident.is_active:
            return None
        self.save_draft()
        dialog = ClosingDialog(self._plan, incident, self.entry_line.text().strip(),
                               self._close_with, self)
        dialog.accepted.connect(lambda: self._after_closing(incident.id))
        dialog.open()
        return dialog

    def _close_with(self, values: dict[str, Any]) -> Incident:
        """Settle each open action, log the typed line if asked, then close: all or nothing."""
        assert self._incident is not None
        incident_id, author = self._incident.id, self._session.author
        with self._plan.transaction():
            if values["log_typed"]:
                occurred, text = split_occurred(values["log_typed"])
                self._plan.journal.append(incident_id, text, kind=self.kind_combo.currentData(),
                                          author=author, occurred_at=occurred)
            closed = self._plan.incidents.close(
                incident_id, author=author, statement=values["statement"],
                settle=values["actions"])
        return closed

    def _after_closing(self, incident_id: str) -> None:
        self._clear_entry_line()
        self._fill_incidents(incident_id)
        self.last_review_dialog = self.open_review_dialog()

    def open_review_dialog(self) -> ReviewDialog | None:
        """The post-crisis review form of the incident shown (closed)."""
        if self._incident is None:
            return None
        dialog = ReviewDialog(self._plan, self._incident, self._record_review, self)
        dialog.open()
        return dialog

    def _record_review(self, values: dict[str, Any]) -> None:
        assert self._incident is not None
        incident_id = self._incident.id
        # The review and its tasks in one transaction: a refused task saves none of it.
        self._plan.review.record_review(
            incident_id, worked=values["worked"], failed=values["failed"],
            changes=values["changes"], tasks=values["tasks"])
        self._incident = self._plan.incidents.get(incident_id)
        self.tasks_panel.refresh()

    def activate_call_tree(self) -> CallTreeActivationDialog | None:
        """Show the call tree as a checklist; the activation is logged."""
        if self._incident is None or not self._incident.is_active:
            return None
        open_dialog = self.call_tree_dialog
        if open_dialog is not None and open_dialog.isVisible():
            # One checklist at a time: a second would log a second activation and split the
            # outcomes between two windows.
            open_dialog.raise_()
            open_dialog.activateWindow()
            return open_dialog
        if not self._plan.cell.call_tree().roots:
            self.feedback_label.setText(self.tr("The plan has no call tree yet (Contacts tab)."))
            return None
        dialog = self._guard(lambda: CallTreeActivationDialog(
            self._plan, self._incident.id, self._session.author, self))
        if dialog is not None:
            self.call_tree_dialog = dialog
            dialog.show()
        return dialog

    # --- entries -----------------------------------------------------------------------------
    def choose_kind(self, kind: str) -> None:
        """Pick the kind of the next entry (the shortcuts call this)."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def log_entry(self) -> None:
        """Enter: log the line, clear it and its draft."""
        text = self.entry_line.text().strip()
        if not text:
            self.feedback_label.setText(self.tr("Nothing to log: type the entry first."))
            return
        if self._incident is None or not self._incident.is_active:
            self.feedback_label.setText(self.tr("No active incident: open one to log entries."))
            return
        occurred, text = split_occurred(text)
        entry = self._guard(lambda: self._plan.journal.append(
            self._incident.id, text, kind=self.kind_combo.currentData(),
            author=self._session.author, occurred_at=occurred))
        if entry is None:
            return  # the line keeps its text: nothing typed is lost
        self._clear_entry_line()
        self.feedback_label.clear()
        if not self.kind_lock.isChecked():
            self.choose_kind("observation")
        self._follow_newest()  # one's own entry is shown, even when scrolled up

    def _clear_entry_line(self) -> None:
        self._draft_timer.stop()
        self.entry_line.blockSignals(True)
        self.entry_line.clear()
        self.entry_line.blockSignals(False)
        self.draft.clear()

    def save_draft(self) -> None:
        """Write the typed line to disk now (it is also written shortly after each change)."""
        self._draft_timer.stop()
        try:
            self.draft.save(self.entry_line.text())
        except FILE_ERRORS as error:  # app/planfile/atomic.py: a full or read-only disk
            self.feedback_label.setText(self.tr("The draft could not be kept on disk: {e}")
                                        .format(e=error.detail or error.code))

    def selected_entry_id(self) -> str | None:
        """The entry selected in the log."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()).id if rows else None

    def _show_selected_entry(self) -> None:
        """The whole of the selected entry under the table (the column may cut it)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail_label.clear()
            self.detail_label.hide()
            return
        model, row = self.model, rows[0].row()
        parts = [model.data(model.index(row, column)) or "" for column in (
            JournalModel.TIME, JournalModel.KIND, JournalModel.AUTHOR)]
        note = model.data(model.index(row, JournalModel.NOTE))
        text = model.data(model.index(row, JournalModel.TEXT)) or ""
        self.detail_label.setText(" · ".join(p for p in parts if p) + " — " + text
                                  + (f"  [{note}]" if note else ""))
        self.detail_label.show()

    def start_correction(self) -> CorrectionDialog | None:
        """Correct the selected entry: a new entry linked to it."""
        entry_id = self.selected_entry_id()
        if entry_id is None:
            self.feedback_label.setText(self.tr("Select the entry to correct first."))
            return None
        if self._incident is None or not self._incident.is_active:
            return None
        entry = self._plan.journal.get(entry_id)
        dialog = CorrectionDialog(entry, lambda values: self._plan.journal.correct(
            entry.id, values["text"], author=self._session.author), self)
        dialog.finished.connect(lambda _r: self.focus_entry_line())
        dialog.open()
        return dialog

    def _context_menu(self, position: Any) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        correct = QAction(self.tr("Correct…"), menu)
        correct.setEnabled(self._incident is not None and self._incident.is_active)
        correct.triggered.connect(self.start_correction)
        menu.addAction(correct)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def set_info_status(self, entry_id: str, status: str, source: str = "") -> bool:
        """One click: the information is verified, false or to verify (logged with who
        confirmed it, the session's author, and its source)."""
        return self._guard(lambda: self._plan.journal.set_info_status(
            entry_id, status, author=self._session.author, source=source)) is not None

    def _on_status_clicked(self, entry_id: str, status: str) -> None:
        if self.set_info_status(entry_id, status, self.info_panel.source_edit.text()):
            self.info_panel.source_edit.clear()

    def add_action_dialog(self) -> ActionItemDialog | None:
        """Ask for a new action item."""
        if self._incident is None or not self._incident.is_active:
            return None
        incident_id = self._incident.id
        dialog = ActionItemDialog(self._plan, lambda v: self._plan.incidents.add_action(
            incident_id, v["title"], author=self._session.author, owner_id=v["owner_id"],
            due_at=v["due_at"]), self)
        dialog.open()
        return dialog

    def complete_action(self, action_id: str) -> None:
        """One click: the action is done (logged)."""
        self._guard(lambda: self._plan.incidents.complete_action(
            action_id, author=self._session.author))

    # --- filtering and search ----------------------------------------------------------------
    def _on_kind_filter(self, _index: int) -> None:
        kind = self.kind_filter.currentData()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.model.set_kinds((kind,) if kind else None)
        self._follow_newest()

    def run_search(self) -> None:
        """Full-text search across the shown incident's log (as you type, debounced)."""
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        if not query:
            self.model.clear_search()
            self._follow_newest()
            return
        if self.model.incident_id is None:
            return
        self.model.show_search_results(
            self._plan.journal.search(query, incident_id=self.model.incident_id, limit=500))

    # --- reactions ---------------------------------------------------------------------------
    def _on_plan_changed(self, change: PlanChange) -> None:
        if change.incidents or change.review:
            # The list, the incident's state, its log and its side panels are read again.
            self._fill_incidents(self._incident.id if self._incident else None)
        else:
            self.model.on_plan_changed(change)
            if self._incident is not None and (change.actions or change.journal):
                self._incident = self._plan.incidents.get(self._incident.id)
            if self._side_filled:
                if change.actions or change.contacts:  # an action shows its owner's name
                    self.actions_panel.show_incident(
                        self._incident.id if self._incident else None,
                        bool(self._incident and self._incident.is_active))
                if (change.journal and self._incident is not None
                        and self._touches_information(change.journal)):
                    self.info_panel.show_incident(
                        self._incident.id, self._incident.is_active, self.model.links.status)
        if self._side_filled and change.tasks:
            self.tasks_panel.refresh()

    def _touches_information(self, ids: tuple) -> bool:
        """Whether new entries change the information panel (most entries do not, and the
        panel is not rebuilt for them)."""
        for entry_id in ids:
            try:
                entry = self._plan.journal.get(entry_id)
            except PlanError:
                return True  # unknown: read the panel again rather than show a stale one
            if entry.kind in ("information", "status_change") or entry.corrects_id:
                return True
        return False

    def _on_rows_inserted(self, *_args: object) -> None:
        self._update_count()
        if self._following:
            self.table.scrollToBottom()

    @property
    def following(self) -> bool:
        """Whether the table keeps the newest entry in view (not scrolled up)."""
        return self._following

    def _follow_newest(self) -> None:
        """Show the newest entry and keep following new ones."""
        self._following = True
        self.table.scrollToBottom()

    def _on_scrolled(self, value: int) -> None:
        self._following = value >= self.table.verticalScrollBar().maximum()

    def _on_scroll_range(self, _minimum: int, maximum: int) -> None:
        if self._following:
            self.table.verticalScrollBar().setValue(maximum)

    def _guard(self, action: Any) -> Any:
        """Run a service call; a refusal is said in the tab and nothing else happens."""
        try:
            return action()
        except (PlanError, StorageError) as error:
            self.feedback_label.setText(room_error_text(error))
            return None

    # --- nothing typed is lost ---------------------------------------------------------------
    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Switching tab or closing: write the draft now."""
        self.save_draft()
        super().hideEvent(event)

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Coming to this tab puts the cursor in the entry line."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self.focus_entry_line)  # cancelled if the tab goes

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """After the first paint, fill what waited for it (side panels, the log's links)."""
        super().paintEvent(event)
        if not self._side_scheduled:
            self._side_scheduled = True
            QTimer.singleShot(0, self, self.fill_side_panels)  # not after the plan closed
