"""Adding an action item: what, who (a contact), by when.

The due time is typed as a French user writes it ("04/12/2026 14:00", "demain 9h", "+4h") or set
with one click (+1 h, +4 h, +24 h, +72 h); the line under it says how it was read, and warns
(never refuses) when that moment is already past.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.clock import parse_utc
from app.errors import PlanError
from app.moments import parse_moment
from app.plan import Plan
from ui.widgets.submit_dialog import SubmitDialog
from ui.widgets.wrapped_text import fit_height

#: The one-click delays offered beside the due time, in hours.
QUICK_DELAYS = (1, 4, 24, 72)
#: How a due time is written back into the field (what a French user types too).
DUE_FORMAT = "%d/%m/%Y %H:%M"


def read_due(text: str, now: datetime | None = None) -> datetime | None:
    """The local moment `text` names ("04/12/2026 14:00", "demain 9h", "+4h"), or None."""
    current = (now or datetime.now().astimezone()).astimezone()
    try:
        return parse_utc(parse_moment(text, now=current, field="due_at")).astimezone()
    except PlanError:
        return None


class ActionItemDialog(SubmitDialog):
    """The form for a new action item (its creation is logged by the service)."""

    def __init__(self, plan: Plan, submit: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None, *, now: Callable[[], datetime] | None = None
                 ) -> None:
        super().__init__(submit, parent)
        self._now = now or (lambda: datetime.now().astimezone())
        self.setWindowTitle(self.tr("Add an action"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Action"))
        self.owner_combo = QComboBox()
        self.owner_combo.setAccessibleName(self.tr("Owner"))
        self.owner_combo.addItem(self.tr("— nobody yet —"), None)
        # The cell and management first: they own most actions.
        contacts = plan.contacts.list()
        contacts.sort(key=lambda c: (c.group not in ("crisis_cell", "management"),
                                     c.name.casefold()))
        for contact in contacts:
            self.owner_combo.addItem(contact.name, contact.id)
        self.due_edit = QLineEdit()
        self.due_edit.setAccessibleName(self.tr("Due"))
        self.due_edit.setPlaceholderText(self.tr("04/12/2026 14:00, demain 9h, +4h…"))
        self.due_edit.textChanged.connect(self._show_reading)
        self.quick_buttons: dict[int, QPushButton] = {}
        quick = QHBoxLayout()
        quick.setContentsMargins(0, 0, 0, 0)
        for hours in QUICK_DELAYS:
            button = QPushButton(self.tr("+{n} h").format(n=hours))
            button.setAccessibleName(self.tr("Due in {n} hours").format(n=hours))
            button.setAutoDefault(False)  # Enter in a field saves the form, never adds hours
            button.clicked.connect(lambda _checked=False, h=hours: self.due_in(h))
            quick.addWidget(button)
            self.quick_buttons[hours] = button
        quick.addStretch(1)
        self.reading_label = QLabel()
        self.reading_label.setWordWrap(True)
        self.reading_label.setAccessibleName(self.tr("Due time as read"))
        due_column = QVBoxLayout()
        due_column.setContentsMargins(0, 0, 0, 0)
        due_column.addWidget(self.due_edit)
        due_column.addLayout(quick)
        due_column.addWidget(self.reading_label)
        self.no_due_box = QCheckBox(self.tr("No due time"))
        self.no_due_box.toggled.connect(self._no_due_toggled)
        form = QFormLayout()
        form.addRow(self.tr("Action"), self.title_edit)
        form.addRow(self.tr("Owner"), self.owner_combo)
        form.addRow(self.tr("Due"), due_column)
        form.addRow("", self.no_due_box)
        self.body.addLayout(form)
        self.setMinimumWidth(560)
        self.due_in(1)
        self.title_edit.setFocus()

    # --- the due time ------------------------------------------------------------------------
    def due_in(self, hours: int) -> None:
        """One click: due `hours` from now, written as the user would type it."""
        moment = self._now() + timedelta(hours=hours)
        self.due_edit.setText(moment.strftime(DUE_FORMAT))

    def due_moment(self) -> datetime | None:
        """The local moment the due field names, or None when it cannot be read."""
        return read_due(self.due_edit.text(), self._now())

    def _no_due_toggled(self, on: bool) -> None:
        self.due_edit.setEnabled(not on)
        for button in self.quick_buttons.values():
            button.setEnabled(not on)
        self._show_reading()

    def _show_reading(self) -> None:
        """Say how the typed due time is read; a past one is said plainly, in red."""
        self._say_reading()
        fit_height(self)  # the warning wraps on two lines (three in French): never clipped

    def _say_reading(self) -> None:
        if self.no_due_box.isChecked():
            self.reading_label.clear()
            return
        moment = self.due_moment()
        if moment is None:
            text = self.due_edit.text().strip()
            self.reading_label.setStyleSheet("color: #b00020;")
            self.reading_label.setText(
                self.tr("Type a date and time such as 04/12/2026 14:00, demain 9h or +4h.")
                if not text else
                self.tr("“{text}” is not a date and time: type e.g. 04/12/2026 14:00, "
                        "demain 9h or +4h.").format(text=text))
            return
        shown = moment.strftime(DUE_FORMAT)
        if moment <= self._now():
            self.reading_label.setStyleSheet("color: #b00020; font-weight: bold;")
            self.reading_label.setText(self.tr(
                "⚠ {moment} is already past: the action will show as overdue. "
                "Keep it only if that is what you mean.").format(moment=shown))
        else:
            self.reading_label.setStyleSheet("color: #555;")
            self.reading_label.setText(self.tr("Due {moment}").format(moment=shown))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Tall enough for the wrapped texts (French sentences are longer)."""
        super().showEvent(event)
        fit_height(self)

    def past_warning(self) -> str:
        """The warning shown for a due time already past ("" when it is not)."""
        moment = self.due_moment()
        if self.no_due_box.isChecked() or moment is None or moment > self._now():
            return ""
        return self.reading_label.text()

    def try_accept(self) -> None:
        """Save, unless the due time cannot be read (said in the dialog, nothing lost)."""
        if not self.no_due_box.isChecked() and self.due_moment() is None:
            self.show_problem(self.tr(
                "The due time “{text}” cannot be read: type e.g. 04/12/2026 14:00, demain 9h "
                "or +4h, or tick “No due time”.").format(text=self.due_edit.text().strip()))
            self.due_edit.setFocus()
            return
        super().try_accept()

    def values(self) -> dict[str, Any]:
        """Title, owner id, due time (aware local datetime or None)."""
        due = None if self.no_due_box.isChecked() else self.due_moment()
        return {"title": self.title_edit.text(), "owner_id": self.owner_combo.currentData(),
                "due_at": due}
