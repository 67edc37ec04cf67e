"""Opening an incident: title, crisis level, linked risk, exercise or real; the risk's checklist
offered as action items, each with an owner and a due time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.incidents.regulatory_clocks import duration_text
from app.plan import Plan
from app.risks.playbook import DUE_HOURS, PlannedAction, checklist_actions
from app.vocabulary import CRISIS_LEVELS
from ui.widgets.submit_dialog import SubmitDialog
from ui.words.labels import level_label


class OpenIncidentDialog(SubmitDialog):
    """The form that opens an incident (the service refuses a second active one)."""

    STEP, OWNER, DUE = range(3)

    def __init__(self, plan: Plan, submit: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self._plan = plan
        self._language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        self.setWindowTitle(self.tr("Open an incident"))
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Incident title"))
        self.title_edit.setPlaceholderText(self.tr("What is happening, in a few words"))
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(self.tr("Crisis level"))
        for level in CRISIS_LEVELS:
            self.level_combo.addItem(level_label(level), level)
        self.risk_combo = QComboBox()
        self.risk_combo.setAccessibleName(self.tr("Linked risk"))
        self.risk_combo.addItem(self.tr("— no linked risk —"), None)
        self._risks = {risk.id: risk for risk in plan.risks.list()}
        for risk in sorted(self._risks.values(), key=lambda r: r.title.casefold()):
            self.risk_combo.addItem(risk.title, risk.id)
        self.exercise_box = QCheckBox(self.tr("This is an exercise (simulation)"))
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Level"), self.level_combo)
        form.addRow(self.tr("Linked risk"), self.risk_combo)
        form.addRow("", self.exercise_box)
        self.body.addLayout(form)
        self._contacts = [(c.id, c.name) for c in plan.contacts.list()]
        self.checklist_label = QLabel()
        self.checklist_label.setWordWrap(True)
        self.checklist_table = QTableWidget(0, 3)
        self.checklist_table.setAccessibleName(self.tr("The risk's checklist"))
        self.checklist_table.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Owner"), self.tr("Due in")])
        self.checklist_table.verticalHeader().hide()
        header = self.checklist_table.horizontalHeader()
        header.setSectionResizeMode(self.STEP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.OWNER, QHeaderView.ResizeMode.Interactive)
        # A name's start is enough to recognise the owner; the step gets the room.
        self.checklist_table.setColumnWidth(
            self.OWNER, self.fontMetrics().horizontalAdvance("Anne-Sophie Rey-Martin") + 30)
        header.setSectionResizeMode(self.DUE, QHeaderView.ResizeMode.ResizeToContents)
        self.clocks_label = QLabel()
        self.clocks_label.setWordWrap(True)
        self.body.addWidget(self.checklist_label)
        self.body.addWidget(self.checklist_table, 1)
        self.body.addWidget(self.clocks_label)
        self.risk_combo.currentIndexChanged.connect(lambda _i: self._show_playbook())
        self._show_playbook()
        self.setMinimumWidth(720)
        # The buttons are made first (SubmitDialog): without this, OK would hold the cursor.
        self.title_edit.setFocus()

    def _show_playbook(self) -> None:
        """The chosen risk's checklist as action items to create, and its deadlines."""
        risk = self._risks.get(self.risk_combo.currentData())
        planned = checklist_actions(risk) if risk else []
        self.checklist_table.setRowCount(0)
        for row, action in enumerate(planned):
            self.checklist_table.insertRow(row)
            step = QTableWidgetItem(action.title)
            step.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            step.setCheckState(Qt.CheckState.Checked)
            step.setToolTip(action.title)
            self.checklist_table.setItem(row, self.STEP, step)
            owner = QComboBox()
            owner.setAccessibleName(self.tr("Owner of “{step}”").format(step=action.title))
            owner.addItem("—", None)
            for contact_id, name in self._contacts:
                owner.addItem(name, contact_id)
            owner.setCurrentIndex(max(0, owner.findData(action.owner_id)))
            self.checklist_table.setCellWidget(row, self.OWNER, owner)
            due = QSpinBox()
            due.setAccessibleName(self.tr("Due in (hours) for “{step}”").format(step=action.title))
            due.setRange(DUE_HOURS.start, DUE_HOURS[-1])
            due.setPrefix("+")
            due.setSuffix(" h")
            due.setValue(action.due_in_hours)
            self.checklist_table.setCellWidget(row, self.DUE, due)
        shown = bool(planned)
        self.checklist_table.setVisible(shown)
        self.checklist_label.setVisible(shown)
        self.checklist_label.setText(self.tr(
            "The risk's checklist: each ticked step becomes an action item of the incident, "
            "with its owner and a due time counted from the opening (untick what does not "
            "apply)."))
        clocks = risk.regulatory_clocks if risk else []
        self.clocks_label.setVisible(bool(clocks))
        self.clocks_label.setText(self.tr("Regulatory deadlines start at the opening: {list}")
                                  .format(list="; ".join(
                                      f"{c.title} ({duration_text(c.hours, self._language)})"
                                      for c in clocks)))

    def planned_actions(self) -> list[PlannedAction]:
        """The ticked checklist steps with the owner and due time chosen."""
        out = []
        for row in range(self.checklist_table.rowCount()):
            step = self.checklist_table.item(row, self.STEP)
            if step is None or step.checkState() != Qt.CheckState.Checked:
                continue
            owner = self.checklist_table.cellWidget(row, self.OWNER)
            due = self.checklist_table.cellWidget(row, self.DUE)
            out.append(PlannedAction(
                step.text(), owner.currentData() if isinstance(owner, QComboBox) else None,
                due.value() if isinstance(due, QSpinBox) else 1))
        return out

    def values(self) -> dict[str, Any]:
        """Title, level, risk id, is_exercise, the actions to create."""
        return {"title": self.title_edit.text(), "level": self.level_combo.currentData(),
                "risk_id": self.risk_combo.currentData(),
                "is_exercise": self.exercise_box.isChecked(),
                "actions": self.planned_actions()}
