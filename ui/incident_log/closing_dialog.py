"""Closing an incident: what is still open, settled one by one, and the closing statement.

Each action not done is carried to the plan tasks, marked done or dropped with a reason; the
information still to verify is named (the closure says how many stay so); a line typed but not
logged is logged first or discarded, knowingly. Nothing is written until OK, and then all of it
in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.incidents.incidents import Incident
from app.plan import Plan
from ui.incident_log.journal_model import entry_time
from ui.incident_log.side_panels import owner_name
from ui.widgets.submit_dialog import SubmitDialog

#: What can become of an action not done, in the order offered (the first is the default:
#: nothing is lost).
ACTION_CHOICES = ("carry", "done", "drop")  # app.incidents.incidents.SETTLE_CHOICES


class ClosingDialog(SubmitDialog):
    """The closing form of an active incident."""

    TITLE, OWNER, CHOICE, REASON = range(4)

    def __init__(self, plan: Plan, incident: Incident, typed: str,
                 submit: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Close the incident — {title}").format(title=incident.title))
        items = plan.incidents.open_items(incident.id)
        self._actions = items.actions
        self.body.addWidget(self._heading(self.tr("Actions not done ({n})").format(
            n=len(items.actions))))
        self.actions_table = QTableWidget(len(items.actions), 4)
        self._action_rows: list[tuple[QComboBox, QLineEdit]] = []  # each row's editors
        self.actions_table.setAccessibleName(self.tr("Actions not done"))
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("What becomes of it"),
             self.tr("Reason (to drop it)")])
        self.actions_table.verticalHeader().hide()
        header = self.actions_table.horizontalHeader()
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.OWNER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.REASON, QHeaderView.ResizeMode.Stretch)
        words = {"carry": self.tr("Carry to the plan tasks"), "done": self.tr("Mark done"),
                 "drop": self.tr("Drop")}
        for row, action in enumerate(items.actions):
            owner = owner_name(plan, action.owner_id)
            for column, text in ((self.TITLE, action.title), (self.OWNER, owner)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.actions_table.setItem(row, column, cell)
            choice = QComboBox()
            choice.setAccessibleName(self.tr("What becomes of it"))
            for code in ACTION_CHOICES:
                choice.addItem(words[code], code)
            reason = QLineEdit()
            reason.setAccessibleName(self.tr("Reason (to drop it)"))
            reason.setEnabled(False)
            choice.currentIndexChanged.connect(
                lambda _i, c=choice, r=reason: r.setEnabled(c.currentData() == "drop"))
            self.actions_table.setCellWidget(row, self.CHOICE, choice)
            self.actions_table.setCellWidget(row, self.REASON, reason)
            self._action_rows.append((choice, reason))
        self.actions_table.resizeColumnToContents(self.CHOICE)
        self.actions_table.setVisible(bool(items.actions))
        self.body.addWidget(self.actions_table)

        self.body.addWidget(self._heading(self.tr("Information still to verify ({n})").format(
            n=len(items.to_verify))))
        self.to_verify_list = QListWidget()
        self.to_verify_list.setAccessibleName(self.tr("Information still to verify"))
        for entry in items.to_verify:
            self.to_verify_list.addItem(f"{entry_time(entry)} — {entry.text}")
        self.to_verify_list.setVisible(bool(items.to_verify))
        self.to_verify_list.setMaximumHeight(110)
        self.body.addWidget(self.to_verify_list)
        if items.to_verify:
            note = QLabel(self.tr("They stay “to verify” in the log; the closure says how many. "
                                  "Cancel to set their status first."))
            note.setWordWrap(True)
            self.body.addWidget(note)

        self._typed = typed
        self.typed_box = QCheckBox(self.tr("Log the line typed but not logged before closing "
                                           "(unticked: it is discarded)"))
        self.typed_box.setChecked(True)
        self.typed_label = QLabel(self.tr("“{text}”").format(text=typed))
        self.typed_label.setWordWrap(True)
        for widget in (self.typed_box, self.typed_label):
            widget.setVisible(bool(typed))
            self.body.addWidget(widget)

        self.body.addWidget(self._heading(self.tr("Closing statement")))
        self.statement_edit = QPlainTextEdit()
        self.statement_edit.setAccessibleName(self.tr("Closing statement"))
        self.statement_edit.setPlaceholderText(self.tr(
            "Why the incident ends, its state, what remains (logged as the closure)"))
        self.statement_edit.setTabChangesFocus(True)
        self.statement_edit.setMaximumHeight(110)
        self.body.addWidget(self.statement_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Close the incident"))
        self.setMinimumWidth(960)  # fits a 1280-pixel screen, titles and choices whole
        self.statement_edit.setFocus()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold; margin-top: 6px;")
        return label

    def action_widgets(self, row: int) -> tuple[QComboBox, QLineEdit]:
        """The choice and reason editors of an action's row."""
        return self._action_rows[row]

    def values(self) -> dict[str, Any]:
        """The statement, what becomes of each action (by id), the typed line to log."""
        actions = {}
        for row, action in enumerate(self._actions):
            choice, reason = self.action_widgets(row)
            actions[action.id] = (choice.currentData(), reason.text())
        return {"statement": self.statement_edit.toPlainText().strip(), "actions": actions,
                "log_typed": self._typed if self._typed and self.typed_box.isChecked() else ""}

    def problem(self) -> str | None:
        """What the form still needs, said in words (None: it can be sent)."""
        values = self.values()
        for action in self._actions:
            choice, reason = values["actions"][action.id]
            if choice == "drop" and not reason.strip():
                return self.tr("Give the reason for dropping “{title}”.").format(
                    title=action.title)
        if not values["statement"]:
            return self.tr("Write the closing statement: it is the last entry of the log.")
        return None

    def try_accept(self) -> None:
        """Close only with every action settled and a statement."""
        problem = self.problem()
        if problem:
            self.show_problem(problem)
            return
        super().try_accept()
