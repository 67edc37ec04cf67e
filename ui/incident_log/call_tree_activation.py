"""Activating the call tree: a checklist of who to call, each outcome logged, the time shown.

The dialog shows the incident's run as its log tells it (app.cell.activation): closing
and reopening it, or restarting the app, finds the calls where they stood. Starting again is
its own button; a wrong outcome is corrected from the row's "Correct" menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cell.activation import OUTCOMES, CallTreeActivation, format_duration
from app.cell.contacts import Contact
from app.clock import to_local
from app.errors import PlanError
from app.plan import Plan
from db.errors import StorageError
from ui.words.labels import role_label
from ui.words.room_errors import room_error_text

_MARKS = {"reached": "✔", "no_answer": "✖", "message_left": "✉"}


class CallTreeActivationDialog(QDialog):
    """Non-modal: the cell keeps logging while the calls are made."""

    NAME, ROLE, PHONE, OUTCOME, TIME, BUTTONS = range(6)

    def __init__(self, plan: Plan, incident_id: str, author: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activation = CallTreeActivation.resume(plan, incident_id, author)
        self._plan = plan
        self._outcome_words = self._words()
        self.elapsed_label = QLabel()
        self.elapsed_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.progress_label = QLabel()
        self.deputy_label = QLabel()
        self.deputy_label.setWordWrap(True)
        self.deputy_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(self.BUTTONS + 1)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.deputy_items: dict[str, QTreeWidgetItem] = {}  # deputy outside the tree → row
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        self.correct_buttons: dict[str, QToolButton] = {}
        self.correct_actions: dict[tuple[str, str], QAction] = {}
        self._button_boxes: list[QWidget] = []
        self._roles: dict[str, str] = {}
        for role in plan.cell.roles():
            for person in (role.holder_id, role.deputy_id):
                if person:
                    self._roles.setdefault(person, role.code)
        self._build_rows()
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(self.BUTTONS + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.start_again_button = QPushButton()
        self.start_again_button.clicked.connect(self.start_again)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.addButton(self.start_again_button, QDialogButtonBox.ButtonRole.ResetRole)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.elapsed_label)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.tree)
        layout.addWidget(self.deputy_label)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.resize(1180, 640)
        self.retranslate()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)  # the clock on screen only; nothing is read from the plan
        self._timer.timeout.connect(self.refresh_labels)
        if not self.activation.is_started:
            self._guarded(self.activation.start)
        self.refresh_rows()
        self._timer.start()

    # --- building ------------------------------------------------------------------------------
    def _build_rows(self) -> None:
        parents: dict[int, QTreeWidgetItem] = {}
        run = self.activation
        for depth, node in self._plan.cell.call_tree().walk():
            contact = self._plan.contacts.get(node.contact_id)
            item = QTreeWidgetItem([""] * 6)
            if depth == 0:
                self.tree.addTopLevelItem(item)
            else:
                parents[depth - 1].addChild(item)
            parents[depth] = item
            self._fill(item, contact, role_label(self._roles.get(contact.id))
                       or contact.function)
            self.items[contact.id] = item
            deputy_id = run.deputy_of(contact.id)
            if deputy_id and deputy_id not in run.contact_ids \
                    and deputy_id not in self.deputy_items:
                deputy = self._plan.contacts.get(deputy_id)
                row = QTreeWidgetItem([""] * 6)
                item.addChild(row)
                self._fill(row, deputy, "")
                row.setHidden(True)  # shown once the holder does not answer
                self.deputy_items[deputy_id] = row

    def _fill(self, item: QTreeWidgetItem, contact: Contact, role_text: str) -> None:
        number = next((contact.phones[k] for k in ("mobile", "office", "other", "home")
                       if k in contact.phones), None)
        item.setText(self.NAME, contact.name)
        item.setText(self.ROLE, role_text)
        item.setText(self.PHONE, self._plan.contacts.display_phone(number) if number else "")
        self.tree.setItemWidget(item, self.BUTTONS, self._outcome_buttons(contact.id))

    def _outcome_buttons(self, contact_id: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for outcome in self._outcome_words:
            button = QPushButton()
            # Never squeezed below its text ("Joint / e répo / age l" was seen).
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, c=contact_id, o=outcome: self.record(c, o))
            row.addWidget(button)
            self.buttons[(contact_id, outcome)] = button
        correct = QToolButton()
        correct.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(correct)
        for outcome in self._outcome_words:
            action = menu.addAction("")
            action.triggered.connect(
                lambda _=False, c=contact_id, o=outcome: self.correct(c, o))
            self.correct_actions[(contact_id, outcome)] = action
        correct.setMenu(menu)
        row.addWidget(correct)
        self.correct_buttons[contact_id] = correct
        self._button_boxes.append(box)
        return box

    def _words(self) -> dict[str, str]:
        return {"reached": self.tr("Reached"), "no_answer": self.tr("No answer"),
                "message_left": self.tr("Message left")}

    def retranslate(self) -> None:
        """Every text in the window's language (also when it switches while open)."""
        self.setWindowTitle(self.tr("Call tree activation"))
        self._outcome_words = self._words()
        self.tree.setHeaderLabels([self.tr("Contact"), self.tr("Role"), self.tr("Phone"),
                                   self.tr("Outcome"), self.tr("Time to reach"), ""])
        self.tree.setAccessibleName(self.tr("Call tree checklist"))
        self.start_again_button.setText(self.tr("Start a new activation"))
        self.start_again_button.setToolTip(self.tr(
            "Logs a new activation: everyone is to call again and the clock restarts. The "
            "calls made so far stay in the log."))
        for (contact_id, outcome), button in self.buttons.items():
            button.setText(self._outcome_words[outcome])
            button.setAccessibleName(self._outcome_words[outcome])
            self.correct_actions[(contact_id, outcome)].setText(self._outcome_words[outcome])
        for correct in self.correct_buttons.values():
            correct.setText(self.tr("Correct"))
            correct.setToolTip(self.tr("The outcome logged was wrong: log a correction"))
        for contact_id, item in self.items.items():
            contact = self._plan.contacts.get(contact_id)
            item.setText(self.ROLE, role_label(self._roles.get(contact_id)) or contact.function)
        for deputy_id, row in self.deputy_items.items():
            holder = self.activation.holder_covered_by(deputy_id)
            row.setText(self.ROLE, self.tr("Deputy of {name}").format(
                name=self._plan.contacts.get(holder).name if holder else ""))
        for box in self._button_boxes:
            # Never narrower than its buttons' words, in this language.
            box.setMinimumWidth(0)
            box.setMinimumWidth(box.sizeHint().width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A language switch re-sets every text."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh_rows()
        super().changeEvent(event)

    # --- acting --------------------------------------------------------------------------------
    def _guarded(self, action) -> object | None:  # noqa: ANN001 - a service call
        try:
            result = action()
        except (PlanError, StorageError) as error:
            self.error_label.setText(room_error_text(error))
            return None
        self.error_label.clear()
        return result

    def record(self, contact_id: str, outcome: str) -> None:
        """Log one call's outcome (each tick is a call entry with its time)."""
        if self._guarded(lambda: self.activation.record(contact_id, outcome)) is not None:
            self.refresh_rows()

    def correct(self, contact_id: str, outcome: str) -> None:
        """Log a correction of the last outcome logged for this person."""
        if self._guarded(lambda: self.activation.correct(contact_id, outcome)) is not None:
            self.refresh_rows()

    def start_again(self) -> None:
        """A new activation: everyone is to call again, the clock restarts."""
        if self._guarded(self.activation.start) is not None:
            self._timer.start()
            self.refresh_rows()

    # --- showing -------------------------------------------------------------------------------
    def refresh_rows(self) -> None:
        """Each row's outcome, time to reach and buttons, from the activation's state."""
        run = self.activation
        times = run.times_to_reach()
        offers = run.offered_deputies()
        for contact_id, item in {**self.items, **self.deputy_items}.items():
            record = run.calls.get(contact_id)
            name = self._plan.contacts.get(contact_id).name
            if record is None:
                item.setText(self.NAME, name)
                item.setText(self.OUTCOME, self.tr("Not called yet"))
            else:
                item.setText(self.NAME, f"{_MARKS[record.outcome]} {name}")
                item.setText(self.OUTCOME, f"{self._outcome_words[record.outcome]} — "
                             f"{to_local(record.at).strftime('%H:%M:%S')}")
            item.setText(self.TIME, format_duration(times[contact_id])
                         if contact_id in times else "")
            reached = record is not None and record.outcome == "reached"
            for outcome in OUTCOMES:
                self.buttons[(contact_id, outcome)].setEnabled(not reached)
                self.correct_actions[(contact_id, outcome)].setEnabled(
                    record is not None and record.outcome != outcome)
            self.correct_buttons[contact_id].setEnabled(record is not None)
        for deputy_id, row in self.deputy_items.items():
            row.setHidden(deputy_id not in offers.values() and deputy_id not in run.calls)
        self.deputy_label.setText("\n".join(
            self.tr("{holder} did not answer: call the deputy, {deputy}{phone}.").format(
                holder=self._plan.contacts.get(holder).name,
                deputy=self._plan.contacts.get(deputy).name,
                phone=self._phone_suffix(deputy))
            for holder, deputy in offers.items()
            if run.outcomes.get(deputy) != "reached"))
        self.refresh_labels()

    def _phone_suffix(self, contact_id: str) -> str:
        text = self.items.get(contact_id) or self.deputy_items.get(contact_id)
        number = text.text(self.PHONE) if text is not None else ""
        return f" ({number})" if number else ""

    def refresh_labels(self) -> None:
        """Elapsed time and how many have been reached."""
        run = self.activation
        duration = format_duration(run.elapsed_seconds())
        if run.completed_at:
            self._timer.stop()
            self.elapsed_label.setText(
                self.tr("Everyone reached in {duration}").format(duration=duration))
        else:
            self.elapsed_label.setText(
                self.tr("Elapsed since activation: {duration}").format(duration=duration))
        self.progress_label.setText(self.tr("Reached: {n} of {total}").format(
            n=run.reached, total=len(self.items)))

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        """Stop the clock."""
        self._timer.stop()
        super().closeEvent(event)
