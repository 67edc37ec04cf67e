"""Beside the log: the incident's action items, its incoming information, the plan tasks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import parse_utc, to_local, utc_now
from app.errors import PlanError
from app.plan import Plan
from app.vocabulary import INFO_STATUSES
from ui.incident_log.journal_model import STATUS_COLOURS, entry_time
from ui.words.dates import day_text, short_moment_text
from ui.words.labels import info_status_label

#: How many of the latest pieces of information the panel lists (the log's kind filter
#: shows them all): each row carries three buttons, and widgets cost.
INFO_SHOWN = 50


def owner_name(plan: Plan, owner_id: str | None) -> str:
    """The name of who owns an action or a task ("—" when nobody, or a deleted contact)."""
    if not owner_id:
        return "—"
    try:
        return plan.contacts.get(owner_id).name
    except PlanError:
        return "—"


class ActionItemsPanel(QGroupBox):
    """Open and done actions; ticking an open one marks it done (one click)."""

    add_requested = Signal()
    done_requested = Signal(str)

    TITLE, OWNER, DUE = range(3)

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._shown: tuple[str | None, bool] | None = None  # what show_incident was given
        self._overdue = 0
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        # The action's title gets the room; owner and due date are elided past their usual
        # width (the tooltip says all).
        self.tree.itemChanged.connect(self._on_item_changed)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._filling = False
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the window's language; the rows are read again in it."""
        # A short header: "Action (tick when done)" was cut at 1280x720; the tick is said
        # in the header's tooltip and the panel's tooltip.
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Owner"), self.tr("Due")])
        self.tree.headerItem().setToolTip(self.TITLE, self.tr("Tick an action when it is done"))
        self.tree.setToolTip(self.tr("Tick an action when it is done"))
        self.tree.setAccessibleName(self.tr("Action items"))
        metrics = self.tree.fontMetrics()
        self.tree.setColumnWidth(self.OWNER, metrics.horizontalAdvance("Anne-Sophie R.") + 12)
        self.tree.setColumnWidth(self.DUE, metrics.horizontalAdvance(
            self.tr("Done {time}").format(time="00 Mmm 00:00")) + 16)
        self.add_button.setText(self.tr("Add an action…"))
        if self._shown is not None:
            self.show_incident(*self._shown)
        else:
            self._set_title()

    def _set_title(self) -> None:
        self.setTitle(self.tr("Action items") + (
            "  —  " + self.tr("⚠ %n OVERDUE", "", self._overdue) if self._overdue else ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """A language switch re-translates the panel."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_incident(self, incident_id: str | None, writable: bool) -> None:
        """List the actions of an incident."""
        self._shown = (incident_id, writable)
        self._filling = True
        self.tree.clear()
        now = parse_utc(utc_now())
        items = []
        overdue = 0
        for action in self._plan.incidents.actions(incident_id) if incident_id else []:
            due = short_moment_text(to_local(action.due_at)) if action.due_at else "—"
            item = QTreeWidgetItem([action.title, owner_name(self._plan, action.owner_id), due])
            item.setData(self.TITLE, Qt.ItemDataRole.UserRole, action.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if action.done_at:
                item.setCheckState(self.TITLE, Qt.CheckState.Checked)
                item.setText(self.DUE, self.tr("Done {time}").format(
                    time=short_moment_text(to_local(action.done_at))))
                item.setForeground(self.TITLE, QBrush(QColor("#666666")))
            else:
                item.setCheckState(self.TITLE, Qt.CheckState.Unchecked)
                if writable:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                if writable and action.is_overdue(now):  # a closed incident is over
                    overdue += 1
                    item.setText(self.DUE, f"⚠ {due}")  # the word is in the panel's title
                    item.setForeground(self.DUE, QBrush(QColor("#b00020")))
            item.setFlags(flags)
            for column in (self.TITLE, self.OWNER):
                item.setToolTip(column, item.text(column))
            item.setToolTip(self.DUE, self.tr("⚠ OVERDUE {time}").format(time=due)
                            if item.text(self.DUE).startswith("⚠") else item.text(self.DUE))
            items.append(item)
        self.tree.addTopLevelItems(items)  # at once: the columns are measured once
        self._overdue = overdue  # only counted while writable: a closed incident is over
        self._set_title()
        self.add_button.setEnabled(writable)
        self._filling = False

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != self.TITLE:
            return
        if item.checkState(self.TITLE) == Qt.CheckState.Checked:
            self.done_requested.emit(item.data(self.TITLE, Qt.ItemDataRole.UserRole))


class InformationPanel(QGroupBox):
    """Incoming information with its status: three buttons a row, always the same three in the
    same place, the current one checked; one click sets another. Rows keep their place: the
    oldest first, new ones arrive at the bottom."""

    status_requested = Signal(str, str)  # entry id, status

    STATUS, TEXT, BUTTONS = range(3)

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._shown: tuple[str | None, bool, dict[str, str]] | None = None
        self.source_edit = QLineEdit()
        self.source_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # Widths from the words shown, never measured over the rows (that is quadratic while
        # rows are added to a tree on screen).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Stretch)
        self._words: dict[str, str] = {}
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_edit)
        layout.addWidget(self.tree)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the window's language; the rows are read again in it."""
        self.setTitle(self.tr("Incoming information"))
        self.source_edit.setAccessibleName(self.tr("Source of the check"))
        self.source_edit.setPlaceholderText(self.tr("Source (optional), then click a status"))
        self.source_edit.setToolTip(self.tr(
            "Who or what confirmed it (a call, a site, a person): recorded with the next "
            "status you click, with your name"))
        # "Status (one click)" was cut at 1280x720: the buttons say it, the tooltip too.
        self.tree.setHeaderLabels([self.tr("Status"), self.tr("Information"),
                                   self.tr("Set status")])
        self.tree.headerItem().setToolTip(self.BUTTONS, self.tr("One click sets the status"))
        metrics = self.tree.fontMetrics()
        words = [info_status_label(code) for code in INFO_STATUSES]
        self.tree.setColumnWidth(self.STATUS, max(
            metrics.horizontalAdvance(w) for w in [*words, self.tr("Status")]) + 16)
        self._words = {"to_verify": self.tr("To verify"), "verified": self.tr("Verified"),
                       "false": self.tr("False")}
        self.tree.setColumnWidth(self.BUTTONS, max(sum(
            metrics.horizontalAdvance(w) + 18 for w in self._words.values()) + 10,
            metrics.horizontalAdvance(self.tr("Set status")) + 16))
        self.tree.setAccessibleName(self.tr("Incoming information"))
        if self._shown is not None:
            self.show_incident(*self._shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """A language switch re-translates the panel."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_incident(self, incident_id: str | None, writable: bool,
                      statuses: dict[str, str]) -> None:
        """List the latest information entries with their current status."""
        self._shown = (incident_id, writable, statuses)
        # Painting is held while rows are added: a tree that is on screen would otherwise lay
        # itself out again after each row.
        bar = self.tree.verticalScrollBar()
        at_bottom, kept = bar.value() >= bar.maximum(), bar.value()
        self.tree.setUpdatesEnabled(False)
        try:
            self._fill(incident_id, writable, statuses)
        finally:
            self.tree.setUpdatesEnabled(True)
        if at_bottom:
            self.tree.scrollToBottom()
        else:
            bar.setValue(kept)

    def _fill(self, incident_id: str | None, writable: bool,
              statuses: dict[str, str]) -> None:
        self.tree.clear()
        self.buttons.clear()
        # Writable, the checked button says the status; read-only, the status column does.
        self.tree.setColumnHidden(self.BUTTONS, not writable)
        self.tree.setColumnHidden(self.STATUS, writable)
        self.source_edit.setVisible(writable)
        if not incident_id:
            return
        journal = self._plan.journal
        total = journal.count(incident_id, kinds=("information",))
        entries = journal.entries(incident_id, kinds=("information",), limit=INFO_SHOWN,
                                  offset=max(0, total - INFO_SHOWN))
        corrected = {e.corrects_id for e in entries if e.corrects_id}
        history: dict[str, list[str]] = {}
        for change in journal.entries(incident_id, kinds=("status_change",)):
            if change.refers_to_id:
                history.setdefault(change.refers_to_id, []).append(
                    f"{entry_time(change)} {change.author} — {change.text}")
        shown = [e for e in entries if e.id not in corrected]  # oldest first
        items = []
        for entry in shown:
            status = statuses.get(entry.id, entry.info_status or "to_verify")
            # The minutes are enough beside the text (the log has the seconds): room for it.
            item = QTreeWidgetItem([info_status_label(status),
                                    f"{to_local(entry.logged_at):%H:%M} {entry.text}"])
            item.setToolTip(self.TEXT, "\n".join([entry.text, *history.get(entry.id, [])]))
            item.setBackground(self.STATUS, QBrush(QColor(STATUS_COLOURS[status])))
            item.setForeground(self.STATUS, QBrush(QColor("#000000")))
            item.setData(self.STATUS, Qt.ItemDataRole.UserRole, entry.id)
            items.append((item, entry.id, status))
        self.tree.addTopLevelItems([item for item, _id, _status in items])
        for item, entry_id, status in items:
            if not writable:
                break
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(2)
            for code in INFO_STATUSES:
                button = QPushButton(self._words[code])
                button.setCheckable(True)
                button.setChecked(code == status)
                button.setAccessibleName(self._words[code])
                button.setStyleSheet(
                    "QPushButton { padding: 1px 4px; } QPushButton:checked { "
                    f"background: {STATUS_COLOURS[code]}; color: #000000; "
                    "border: 2px solid #333333; }")
                button.clicked.connect(
                    lambda _=False, e=entry_id, c=code, b=button, s=status:
                    self._clicked(e, c, s, b))
                row.addWidget(button)
                self.buttons[(entry_id, code)] = button
            self.tree.setItemWidget(item, self.BUTTONS, box)

    def _clicked(self, entry_id: str, code: str, status: str, button: QPushButton) -> None:
        if code == status:
            button.setChecked(True)  # already its status: a click changes nothing
            return
        button.setChecked(False)  # checked when the log says so (the panel is read again)
        self.status_requested.emit(entry_id, code)


class PlanTasksPanel(QGroupBox):
    """The plan tasks decided in reviews, with their review dates (open ones)."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._read = False
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        # Long titles ("Imprimer l'arbre d'appel…") are elided in the middle: their start and
        # end both show, the tooltip has them whole.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # The title gets the room; owner and date have the width of their usual words
        # (sized to contents, they pushed the date past the panel's edge at 1280x720).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the window's language (dates too)."""
        self.setTitle(self.tr("Plan tasks (from reviews)"))
        self.tree.setHeaderLabels([self.tr("Task"), self.tr("Owner"), self.tr("Review date")])
        self.tree.setAccessibleName(self.tr("Plan tasks"))
        metrics = self.tree.fontMetrics()
        self.tree.setColumnWidth(1, metrics.horizontalAdvance("Anne-Sophie R.") + 12)
        self.tree.setColumnWidth(2, max(metrics.horizontalAdvance(t) for t in (
            self.tr("Review date"), day_text("2026-12-30"))) + 16)
        if self._read:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """A language switch re-translates the panel."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Read the open plan tasks again."""
        self._read = True
        self.tree.clear()
        items = []
        for task in self._plan.review.tasks(open_only=True):
            day = day_text(task.review_date) or "—"
            item = QTreeWidgetItem([task.title, owner_name(self._plan, task.owner_id), day])
            for column in range(3):
                item.setToolTip(column, item.text(column))
            items.append(item)
        self.tree.addTopLevelItems(items)
