"""Activating the call tree: a checklist of who to call, each outcome logged, the time shown."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.call_tree_activation import CallTreeActivation, format_duration
from app.clock import to_local
from app.errors import PlanError
from app.plan import Plan
from db.errors import StorageError
from ui.labels import role_label
from ui.room_errors import room_error_text


class CallTreeActivationDialog(QDialog):
    """Non-modal: the cell keeps logging while the calls are made."""

    NAME, ROLE, PHONE, OUTCOME, BUTTONS = range(5)

    def __init__(self, plan: Plan, incident_id: str, author: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Call tree activation"))
        self.activation = CallTreeActivation(plan, incident_id, author)
        self._plan = plan
        self._outcome_words = {"reached": self.tr("Reached"), "no_answer": self.tr("No answer"),
                               "message_left": self.tr("Message left")}
        self.elapsed_label = QLabel()
        self.elapsed_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.progress_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Contact"), self.tr("Role"), self.tr("Phone"),
                                   self.tr("Outcome"), ""])
        self.tree.setAccessibleName(self.tr("Call tree checklist"))
        self.items: dict[str, QTreeWidgetItem] = {}
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        roles = {}
        for role in plan.cell.roles():
            for person in (role.holder_id, role.deputy_id):
                if person:
                    roles.setdefault(person, role.code)
        parents: dict[int, QTreeWidgetItem] = {}
        for depth, node in plan.cell.call_tree().walk():
            contact = plan.contacts.get(node.contact_id)
            number = next((contact.phones[k] for k in ("mobile", "office", "other", "home")
                           if k in contact.phones), None)
            item = QTreeWidgetItem([
                contact.name, role_label(roles.get(contact.id)) or contact.function,
                plan.contacts.display_phone(number) if number else "",
                self.tr("Not called yet"), ""])
            if depth == 0:
                self.tree.addTopLevelItem(item)
            else:
                parents[depth - 1].addChild(item)
            parents[depth] = item
            self.items[contact.id] = item
            self.tree.setItemWidget(item, self.BUTTONS, self._outcome_buttons(contact.id))
        self.tree.expandAll()
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.elapsed_label)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.tree)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.resize(1000, 640)
        self.activation.start()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)  # the clock on screen only; nothing is read from the plan
        self._timer.timeout.connect(self.refresh_labels)
        self._timer.start()
        self.refresh_labels()

    def _outcome_buttons(self, contact_id: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for outcome, word in self._outcome_words.items():
            button = QPushButton(word)
            button.setAccessibleName(word)
            button.clicked.connect(lambda _=False, c=contact_id, o=outcome: self.record(c, o))
            row.addWidget(button)
            self.buttons[(contact_id, outcome)] = button
        return box

    def record(self, contact_id: str, outcome: str) -> None:
        """Log one call's outcome (each tick is a call entry with its time)."""
        try:
            entries = self.activation.record(contact_id, outcome)
        except (PlanError, StorageError) as error:
            self.error_label.setText(room_error_text(error))
            return
        self.error_label.clear()
        item = self.items[contact_id]
        item.setText(self.OUTCOME, f"{self._outcome_words[outcome]} — "
                     f"{to_local(entries[0].logged_at).strftime('%H:%M:%S')}")
        mark = {"reached": "✔", "no_answer": "✖", "message_left": "✉"}[outcome]
        item.setText(self.NAME, f"{mark} {self._plan.contacts.get(contact_id).name}")
        if outcome == "reached":
            for other in self._outcome_words:
                self.buttons[(contact_id, other)].setEnabled(False)
        self.refresh_labels()

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

    def closeEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        """Stop the clock."""
        self._timer.stop()
        super().closeEvent(event)

