"""Turns the plan's plain-Python change notices into a Qt signal for the widgets."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.plan import Plan
from app.store import PlanChange


class PlanSignals(QObject):
    """Emits `changed(PlanChange)` once after every committed transaction of the plan; a
    slot tests the topics it shows (`change.risks`, `change.journal`, …)."""

    changed = Signal(object)

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = plan.subscribe(self._on_change)

    def _on_change(self, change: PlanChange) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        """Stop listening (before the plan closes)."""
        self._unsubscribe()
