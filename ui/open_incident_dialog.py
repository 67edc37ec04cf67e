"""Opening an incident: title, crisis level, linked risk, exercise or real."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from app.plan import Plan
from app.vocabulary import CRISIS_LEVELS
from ui.labels import level_label
from ui.submit_dialog import SubmitDialog


class OpenIncidentDialog(SubmitDialog):
    """The form that opens an incident (the service refuses a second active one)."""

    def __init__(self, plan: Plan, submit: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
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
        for risk in sorted(plan.risks.list(), key=lambda r: r.title.casefold()):
            self.risk_combo.addItem(risk.title, risk.id)
        self.exercise_box = QCheckBox(self.tr("This is an exercise (simulation)"))
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Level"), self.level_combo)
        form.addRow(self.tr("Linked risk"), self.risk_combo)
        form.addRow("", self.exercise_box)
        self.body.addLayout(form)
        self.setMinimumWidth(520)
        # The buttons are made first (SubmitDialog): without this, OK would hold the cursor.
        self.title_edit.setFocus()

    def values(self) -> dict[str, Any]:
        """Title, level, risk id, is_exercise."""
        return {"title": self.title_edit.text(), "level": self.level_combo.currentData(),
                "risk_id": self.risk_combo.currentData(),
                "is_exercise": self.exercise_box.isChecked()}
