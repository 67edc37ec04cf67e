"""Add or edit a risk: validated by the service before anything is saved; text kept on refusal."""

from __future__ import annotations

from typing import Any, TypedDict

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import PlanError, ValidationError
from app.incidents.regulatory_clocks import HOURS_RANGE
from app.plan import Plan
from app.risks.register import Risk
from app.vocabulary import IMPACT_RANGE, LIKELIHOOD_RANGE, RISK_CATEGORIES, WARNING_SIGNAL_KINDS
from db.errors import StorageError
from ui.widgets.form_parts import problem_label, save_cancel_buttons
from ui.words.error_messages import error_text
from ui.words.labels import category_label


class RiskFields(TypedDict):
    """The form's fields, named as Risks.add and Risks.update take them."""

    title: str
    category: str
    likelihood: int
    impact: int
    owner_id: str | None
    next_review: str | None
    description: str
    checklist: list[str]
    warning_signals: list[dict[str, str]]
    regulatory_clocks: list[dict[str, Any]]


class RiskDialog(QDialog):
    """The risk form; `saved_risk` holds the result once the service accepted it."""

    def __init__(self, plan: Plan, risk: Risk | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._risk = risk
        self.saved_risk: Risk | None = None
        self.setMinimumWidth(640)

        self.title_edit = QLineEdit()
        self.category_combo = QComboBox()
        for code in RISK_CATEGORIES:
            self.category_combo.addItem(category_label(code), code)
        self.likelihood_spin = QSpinBox()
        self.likelihood_spin.setRange(LIKELIHOOD_RANGE.start, LIKELIHOOD_RANGE[-1])
        self.impact_spin = QSpinBox()
        self.impact_spin.setRange(IMPACT_RANGE.start, IMPACT_RANGE[-1])
        self.owner_combo = QComboBox()
        self.owner_combo.addItem("—", None)
        for contact in plan.contacts.list():
            self.owner_combo.addItem(contact.name, contact.id)
        self.next_review_edit = QLineEdit()
        self.next_review_edit.setPlaceholderText("2026-12-31")
        self.description_edit = QPlainTextEdit()
        self.description_edit.setMaximumHeight(80)
        self.checklist_edit = QPlainTextEdit()
        self.checklist_edit.setMaximumHeight(100)
        self.signals_table = QTableWidget(0, 3)
        self.signals_table.setMaximumHeight(140)
        # Columns share the table's width: at their default 100 px "Ce qu'il faut surveiller"
        # was cut at both ends.
        self.signals_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.add_signal_button = QPushButton()
        self.add_signal_button.clicked.connect(lambda: self.add_signal_row())
        self.remove_signal_button = QPushButton()
        self.remove_signal_button.clicked.connect(self._remove_signal_row)
        # The law's deadlines when this risk happens, copied into each incident opened on it.
        self.clocks_table = QTableWidget(0, 2)
        self.clocks_table.setMaximumHeight(120)
        self.clocks_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.clocks_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_clock_button = QPushButton()
        self.add_clock_button.clicked.connect(lambda: self.add_clock_row())
        self.gdpr_button = QPushButton()
        self.gdpr_button.clicked.connect(self._add_gdpr)
        self.nis2_button = QPushButton()
        self.nis2_button.clicked.connect(self._add_nis2)
        self.remove_clock_button = QPushButton()
        self.remove_clock_button.clicked.connect(self._remove_clock_row)
        self.error_label = problem_label()
        self.buttons = save_cancel_buttons(self)

        self._form = QFormLayout()
        self._rows: list[tuple[QWidget, str]] = []
        for widget, label in (
            (self.title_edit, "Title"), (self.category_combo, "Category"),
            (self.likelihood_spin, "Likelihood (1–5)"), (self.impact_spin, "Impact (1–5)"),
            (self.owner_combo, "Owner"), (self.next_review_edit, "Next review"),
            (self.description_edit, "Description"),
            (self.checklist_edit, "Checklist (one step a line)"),
        ):
            self._form.addRow(QLabel(), widget)
            self._rows.append((widget, label))
        signal_buttons = QHBoxLayout()
        signal_buttons.addWidget(self.add_signal_button)
        signal_buttons.addWidget(self.remove_signal_button)
        signal_buttons.addStretch()
        self._signals_label = QLabel()
        clock_buttons = QHBoxLayout()
        for button in (self.add_clock_button, self.gdpr_button, self.nis2_button,
                       self.remove_clock_button):
            clock_buttons.addWidget(button)
        clock_buttons.addStretch()
        self._clocks_label = QLabel()
        self._clocks_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self._signals_label)
        layout.addWidget(self.signals_table)
        layout.addLayout(signal_buttons)
        layout.addWidget(self._clocks_label)
        layout.addWidget(self.clocks_table)
        layout.addLayout(clock_buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        if risk is not None:
            self._fill(risk)

    # --- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        words = {
            "Title": self.tr("Title"), "Category": self.tr("Category"),
            "Likelihood (1–5)": self.tr("Likelihood (1–5)"),
            "Impact (1–5)": self.tr("Impact (1–5)"), "Owner": self.tr("Owner"),
            "Next review": self.tr("Next review (YYYY-MM-DD)"),
            "Description": self.tr("Description"),
            "Checklist (one step a line)": self.tr("Checklist (one step a line)"),
        }
        for widget, label in self._rows:
            text = words[label]
            label_widget = self._form.labelForField(widget)
            if isinstance(label_widget, QLabel):
                label_widget.setText(text)
                label_widget.setBuddy(widget)
            widget.setAccessibleName(text)
        self.setWindowTitle(self.tr("New risk") if self._risk is None else self.tr("Edit risk"))
        self._signals_label.setText(self.tr("Warning signals"))
        self.signals_table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("What to watch"), self.tr("Threshold")])
        self.add_signal_button.setText(self.tr("Add a signal"))
        self.remove_signal_button.setText(self.tr("Remove the signal"))
        self._clocks_label.setText(self.tr(
            "Regulatory deadlines (counted from the opening of an incident on this risk)"))
        self.clocks_table.setHorizontalHeaderLabels(
            [self.tr("What must be done"), self.tr("Within")])
        self.clocks_table.setAccessibleName(self.tr("Regulatory deadlines"))
        self.add_clock_button.setText(self.tr("Add a deadline"))
        self.gdpr_button.setText(self.tr("+ GDPR art. 33"))
        self.gdpr_button.setToolTip(self.tr(
            "Personal-data breach: notify the supervisory authority within 72 hours"))
        self.nis2_button.setText(self.tr("+ NIS2"))
        self.nis2_button.setToolTip(self.tr(
            "Significant incident: early warning 24 h, notification 72 h, final report "
            "within one month"))
        self.remove_clock_button.setText(self.tr("Remove the deadline"))
        for row in range(self.signals_table.rowCount()):
            combo = self.signals_table.cellWidget(row, 0)
            if isinstance(combo, QComboBox):
                for i, code in enumerate(WARNING_SIGNAL_KINDS):
                    combo.setItemText(i, self._signal_kind_word(code))

    def _signal_kind_word(self, code: str) -> str:
        return {"keyword": self.tr("Keyword"), "hashtag": self.tr("Hashtag"),
                "volume": self.tr("Volume"), "other": self.tr("Other")}.get(code, code)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- signals table -----------------------------------------------------------------------
    def add_signal_row(self, kind: str = "keyword", value: str = "", threshold: str = "") -> None:
        """Add a warning signal line to the table."""
        row = self.signals_table.rowCount()
        self.signals_table.insertRow(row)
        combo = QComboBox()
        for code in WARNING_SIGNAL_KINDS:
            combo.addItem(self._signal_kind_word(code), code)
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        self.signals_table.setCellWidget(row, 0, combo)
        self.signals_table.setItem(row, 1, QTableWidgetItem(value))
        self.signals_table.setItem(row, 2, QTableWidgetItem(threshold))

    def _remove_signal_row(self) -> None:
        row = self.signals_table.currentRow()
        if row >= 0:
            self.signals_table.removeRow(row)

    def _signals(self) -> list[dict[str, str]]:
        out = []
        for row in range(self.signals_table.rowCount()):
            combo = self.signals_table.cellWidget(row, 0)
            value = self.signals_table.item(row, 1)
            threshold = self.signals_table.item(row, 2)
            value_text = value.text().strip() if value else ""
            if not value_text:
                continue  # an empty line is a line the user did not fill, not an error
            out.append({"kind": combo.currentData() if isinstance(combo, QComboBox) else "other",
                        "value": value_text,
                        "threshold": threshold.text().strip() if threshold else ""})
        return out

    # --- regulatory clocks -------------------------------------------------------------------
    def add_clock_row(self, title: str = "", hours: int = 72) -> None:
        """Add a deadline line: what must be done, within how many hours."""
        row = self.clocks_table.rowCount()
        self.clocks_table.insertRow(row)
        self.clocks_table.setItem(row, 0, QTableWidgetItem(title))
        spin = QSpinBox()
        spin.setRange(HOURS_RANGE.start, HOURS_RANGE[-1])
        spin.setSuffix(" h")
        spin.setValue(hours)
        spin.setAccessibleName(self.tr("Within (hours)"))
        self.clocks_table.setCellWidget(row, 1, spin)

    def _add_gdpr(self) -> None:
        self.add_clock_row(self.tr("GDPR art. 33 — notify the supervisory authority"), 72)

    def _add_nis2(self) -> None:
        self.add_clock_row(self.tr("NIS2 — early warning to the CSIRT"), 24)
        self.add_clock_row(self.tr("NIS2 — incident notification"), 72)
        self.add_clock_row(self.tr("NIS2 — final report"), 720)

    def _remove_clock_row(self) -> None:
        row = self.clocks_table.currentRow()
        if row >= 0:
            self.clocks_table.removeRow(row)

    def _clocks(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for row in range(self.clocks_table.rowCount()):
            title = self.clocks_table.item(row, 0)
            spin = self.clocks_table.cellWidget(row, 1)
            text = title.text().strip() if title else ""
            if not text:
                continue  # an empty line is a line the user did not fill, not an error
            out.append({"title": text,
                        "hours": spin.value() if isinstance(spin, QSpinBox) else 72})
        return out

    # --- values ------------------------------------------------------------------------------
    def _fill(self, risk: Risk) -> None:
        self.title_edit.setText(risk.title)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(risk.category)))
        self.likelihood_spin.setValue(risk.likelihood)
        self.impact_spin.setValue(risk.impact)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(risk.owner_id)))
        self.next_review_edit.setText(risk.next_review or "")
        self.description_edit.setPlainText(risk.description)
        self.checklist_edit.setPlainText("\n".join(risk.checklist))
        for signal in risk.warning_signals:
            self.add_signal_row(signal.kind, signal.value, signal.threshold)
        for clock in risk.regulatory_clocks:
            self.add_clock_row(clock.title, clock.hours)

    def values(self) -> RiskFields:
        """The form as the service's keyword arguments."""
        steps = [line.strip() for line in self.checklist_edit.toPlainText().splitlines()]
        return {
            "title": self.title_edit.text(),
            "category": self.category_combo.currentData(),
            "likelihood": self.likelihood_spin.value(),
            "impact": self.impact_spin.value(),
            "owner_id": self.owner_combo.currentData(),
            "next_review": self.next_review_edit.text().strip() or None,
            "description": self.description_edit.toPlainText().strip(),
            "checklist": [step for step in steps if step],
            "warning_signals": self._signals(),
            "regulatory_clocks": self._clocks(),
        }

    def _field_word(self, field: str) -> str:
        return {
            "title": self.tr("Title"), "category": self.tr("Category"),
            "likelihood": self.tr("Likelihood"), "impact": self.tr("Impact"),
            "owner_id": self.tr("Owner"), "next_review": self.tr("Next review"),
            "description": self.tr("Description"), "checklist": self.tr("Checklist"),
            "regulatory_clocks": self.tr("Regulatory deadlines"),
        }.get(field.split(".")[0], self.tr("Warning signals"))

    def accept(self) -> None:
        """Save through the service; on refusal say why, keep every field, save nothing."""
        values = self.values()
        try:
            if self._risk is None:
                self.saved_risk = self._plan.risks.add(**values)
            else:
                self.saved_risk = self._plan.risks.update(self._risk.id, **values)
        except ValidationError as error:
            self.show_error(self.tr("{field}: {reason}").format(
                field=self._field_word(error.field), reason=error_text(error)))
            return
        except (PlanError, StorageError) as error:
            self.show_error(error_text(error))
            return
        super().accept()

    def show_error(self, text: str) -> None:
        """Show why the form was refused, under the fields."""
        self.error_label.setText(text)
        self.error_label.show()
        self.error_label.setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan, risk: Risk | None = None) -> Risk | None:
        """Open the form; the saved risk, or None when cancelled (tests replace this)."""
        dialog = cls(plan, risk, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_risk
        return None
