"""The message library tab: prepared messages by scenario, audience, channel, language, status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import PlanError
from app.plan import Plan
from app.store import PlanChange
from app.vocabulary import AUDIENCES, CHANNELS, LANGUAGES, MESSAGE_STATUSES
from ui.messages.editor import MessageEditor
from ui.messages.model import MessageModel
from ui.widgets.plan_tab import PlanTab
from ui.widgets.record_table import record_table
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session
from ui.words.labels import audience_label, channel_label, language_label, message_status_label


class MessageLibraryTab(PlanTab):
    """Filters and list on the left, the editor and preview on the right."""

    def __init__(self, plan: Plan, signals: PlanSignals, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self.model = MessageModel(plan, self)
        self.scenario_filter = QComboBox()
        self.audience_filter = QComboBox()
        self.channel_filter = QComboBox()
        self.language_filter = QComboBox()
        self.status_filter = QComboBox()
        for combo, codes in ((self.audience_filter, AUDIENCES), (self.channel_filter, CHANNELS),
                             (self.language_filter, LANGUAGES),
                             (self.status_filter, MESSAGE_STATUSES)):
            combo.addItem("", None)  # all; worded by retranslate()
            for code in codes:
                combo.addItem(code, code)
        # Sized by a title's start, not the longest risk title: the window fits a laptop.
        self.scenario_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario_filter.setMinimumContentsLength(16)
        self._fill_scenarios()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        filters = QGridLayout()
        self.filter_captions: list[QLabel] = []
        for i, widget in enumerate(self._filter_combos()):
            caption = QLabel()
            self.filter_captions.append(caption)
            filters.addWidget(caption, i // 2, (i % 2) * 2)
            filters.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        self.count_label = QLabel()
        #: Says that the active incident's risk has its messages on top.
        self.first_label = QLabel()
        self.first_label.setWordWrap(True)
        self.first_label.hide()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_message)

        self.table = record_table(self.model, "")
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.model.modelReset.connect(self._update_count)

        self.editor = MessageEditor(plan, session)
        self.editor.message_saved.connect(self.show_message)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.count_label)
        search_row.addWidget(self.new_button)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.first_label)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([820, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        signals.changed.connect(self._on_plan_changed)
        self.retranslate()
        self.apply_filters()
        if self.model.rowCount():  # the editor shows a message from the start, not a blank
            self.show_message(self.model.message(0).id)

    def retranslate(self) -> None:
        """Every text of the tab in the window's language; the filters keep their choice."""
        names = (self.tr("Scenario"), self.tr("Audience"), self.tr("Channel"),
                 self.tr("Language"), self.tr("Status"))
        words = (None, audience_label, channel_label, language_label, message_status_label)
        for combo, caption, name, word in zip(self._filter_combos(), self.filter_captions,
                                              names, words, strict=True):
            combo.setAccessibleName(name)
            caption.setText(name)
            combo.setItemText(0, self.tr("All"))
            for index in range(1, combo.count()):
                if word is not None:  # a scenario is a risk's own title
                    combo.setItemText(index, word(combo.itemData(index)))
        self.search_edit.setPlaceholderText(self.tr("Search titles and texts (Ctrl+F)…"))
        self.search_edit.setAccessibleName(self.tr("Search messages"))
        self.new_button.setText(self.tr("New message"))
        self.table.setAccessibleName(self.tr("Prepared messages"))
        self.model.retranslate()
        self._size_columns()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """A language switch re-translates the tab (the editor does itself)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _size_columns(self) -> None:
        """The title gets the room; the other columns are as wide as their longest word can
        be (from the vocabulary, never by measuring every row), within reason."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MessageModel.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        words = {
            MessageModel.CHANNEL: [channel_label(c) for c in CHANNELS],
            MessageModel.AUDIENCE: [audience_label(c) for c in AUDIENCES],
            MessageModel.LANGUAGE: [c.upper() for c in LANGUAGES],
            MessageModel.STATUS: [message_status_label(c) for c in MESSAGE_STATUSES]
            + [QCoreApplication.translate("MessageModel", "⚠ Expired")],
            MessageModel.LENGTH: ["9999 / 9999"],
        }
        for column, texts in words.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(t) for t in [*texts, title])
            # Long words ("Communiqué de presse") are elided; the
            # tooltip and the editor show them whole.
            self.table.setColumnWidth(column, min(widest + 16, 130))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.scenario_filter, self.audience_filter, self.channel_filter,
                self.language_filter, self.status_filter)

    def _fill_scenarios(self) -> None:
        current = self.scenario_filter.currentData()
        self.scenario_filter.blockSignals(True)
        self.scenario_filter.clear()
        self.scenario_filter.addItem(self.tr("All"), None)
        for risk in sorted(self._plan.risks.list(), key=lambda r: r.title.casefold()):
            self.scenario_filter.addItem(risk.title, risk.id)
        self.scenario_filter.setCurrentIndex(max(0, self.scenario_filter.findData(current)))
        self.scenario_filter.blockSignals(False)

    # --- the contract with the window --------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+F: search titles and texts."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def show_message(self, message_id: str) -> None:
        """Select and show a message (clearing the filters if they hide it)."""
        if self.model.row_of(message_id) is None:
            self.clear_filters()
        row = self.model.row_of(message_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self.editor.show_message(self.model.message(row))

    # --- filtering ---------------------------------------------------------------------------
    def clear_filters(self) -> None:
        """Show every message."""
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filters()

    def apply_filters(self) -> None:
        """Filter the list by the combos and the search text."""
        self._search_timer.stop()
        current = self.editor.message.id if self.editor.message else None
        self.model.set_filters(
            self.search_edit.text(), scenario_id=self.scenario_filter.currentData(),
            audience=self.audience_filter.currentData(),
            channel=self.channel_filter.currentData(),
            language=self.language_filter.currentData(),
            status=self.status_filter.currentData())
        row = self.model.row_of(current) if current else None
        if row is not None:
            self.table.selectRow(row)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n message(s)", "", self.model.rowCount()))
        risk_id = self.model.first_scenario
        if risk_id:
            try:
                title = self._plan.risks.get(risk_id).title
            except PlanError:
                title = "—"
            self.first_label.setText(self.tr(
                "★ Messages for “{risk}”, the risk of the active incident, come first.").format(
                risk=title))
        self.first_label.setVisible(bool(risk_id))

    def new_message(self) -> None:
        """An empty draft in the editor."""
        self.table.clearSelection()
        self.editor.show_message(None)
        self.editor.title_edit.setFocus()

    def _on_row_changed(self, current, _previous) -> None:  # noqa: ANN001 - Qt slot
        if current.isValid():
            self.editor.show_message(self.model.message(current.row()))

    def _on_plan_changed(self, change: PlanChange) -> None:
        if change.messages or change.incidents:  # an incident on a risk puts its messages first
            self.apply_filters()
        if change.risks:
            self._fill_scenarios()
            self.editor.fill_scenarios()
        # The preview fills placeholders from the incident, the cell and the plan's settings.
        if change.incidents or change.contacts or change.cell or change.plan_settings:
            self.editor.refresh_preview()
