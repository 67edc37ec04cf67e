"""The post-crisis review: what worked, what did not, what to change, and the plan tasks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from app.incidents.incidents import Incident
from app.plan import Plan
from app.review.plan_tasks import TaskDraft
from ui.widgets.submit_dialog import SubmitDialog


class ReviewDialog(SubmitDialog):
    """The review form of a closed incident; each task row becomes a plan task."""

    def __init__(self, plan: Plan, incident: Incident, submit: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self._contacts = sorted(plan.contacts.list(), key=lambda c: (
            c.group not in ("crisis_cell", "management"), c.name.casefold()))
        self.setWindowTitle(self.tr("Post-crisis review — {title}").format(title=incident.title))
        review = incident.review
        self.worked_edit = QPlainTextEdit(review.worked if review else "")
        self.failed_edit = QPlainTextEdit(review.failed if review else "")
        self.changes_edit = QPlainTextEdit(review.changes if review else "")
        form = QFormLayout()
        for label, edit in ((self.tr("What worked"), self.worked_edit),
                            (self.tr("What did not work"), self.failed_edit),
                            (self.tr("What to change"), self.changes_edit)):
            edit.setAccessibleName(label)
            edit.setTabChangesFocus(True)
            form.addRow(label, edit)
        self.body.addLayout(form)
        self.body.addWidget(QLabel(self.tr("Plan tasks (each with an owner and a review date)")))
        self.tasks_table = QTableWidget(0, 3)
        self._task_rows: list[tuple[QLineEdit, QComboBox, QDateEdit]] = []  # each row's editors
        self.tasks_table.setHorizontalHeaderLabels(
            [self.tr("Task"), self.tr("Owner"), self.tr("Review date")])
        self.tasks_table.horizontalHeader().setStretchLastSection(False)
        self.tasks_table.setColumnWidth(0, 380)
        self.tasks_table.setColumnWidth(1, 220)
        self.tasks_table.setColumnWidth(2, 140)
        self.tasks_table.setAccessibleName(self.tr("Plan tasks"))
        add = QPushButton(self.tr("Add a task"))
        add.clicked.connect(lambda: self.add_task_row())
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        self.body.addWidget(self.tasks_table)
        self.body.addLayout(row)
        self.add_task_row()
        self.setMinimumSize(820, 640)

    def add_task_row(self, title: str = "", owner_id: str | None = None,
                     review_date: QDate | None = None) -> int:
        """A new, editable task row; returns its index."""
        row = self.tasks_table.rowCount()
        self.tasks_table.insertRow(row)
        title_edit = QLineEdit(title)
        title_edit.setAccessibleName(self.tr("Task"))
        owner = QComboBox()
        owner.setAccessibleName(self.tr("Owner"))
        owner.addItem(self.tr("— choose —"), None)  # a task needs its owner
        for contact in self._contacts:
            owner.addItem(contact.name, contact.id)
        if owner_id:
            owner.setCurrentIndex(max(0, owner.findData(owner_id)))
        date = QDateEdit(review_date or QDate.currentDate().addMonths(1))
        date.setCalendarPopup(True)
        date.setDisplayFormat("dd/MM/yyyy")
        date.setAccessibleName(self.tr("Review date"))
        self.tasks_table.setCellWidget(row, 0, title_edit)
        self.tasks_table.setCellWidget(row, 1, owner)
        self.tasks_table.setCellWidget(row, 2, date)
        self._task_rows.append((title_edit, owner, date))
        return row

    def task_widgets(self, row: int) -> tuple[QLineEdit, QComboBox, QDateEdit]:
        """The editors of a task row."""
        return self._task_rows[row]

    def problem(self) -> str | None:
        """What the form still needs (None: it can be saved): each task needs an owner."""
        for row in range(self.tasks_table.rowCount()):
            title, owner, _date = self.task_widgets(row)
            if title.text().strip() and owner.currentData() is None:
                return self.tr("Choose who owns the task “{title}”: each task needs an "
                               "owner.").format(title=title.text().strip())
        return None

    def try_accept(self) -> None:
        """Save only when every task has its owner."""
        problem = self.problem()
        if problem:
            self.show_problem(problem)
            return
        super().try_accept()

    def values(self) -> dict[str, Any]:
        """The three answers and the tasks that have a title (as TaskDraft)."""
        tasks = []
        for row in range(self.tasks_table.rowCount()):
            title, owner, date = self.task_widgets(row)
            if title.text().strip():
                tasks.append(TaskDraft(title.text(), owner.currentData(),
                                       date.date().toPython()))
        return {"worked": self.worked_edit.toPlainText(),
                "failed": self.failed_edit.toPlainText(),
                "changes": self.changes_edit.toPlainText(), "tasks": tasks}
