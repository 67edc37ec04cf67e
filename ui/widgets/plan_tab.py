"""What the window asks of every tab of a plan, said once as a base class.

A tab takes the open plan, its change signal and who is at this laptop; it puts its search
field in focus on Ctrl+F; it may ask the window to show a prepared message (the risks' linked
messages do); and it lists the entry-kind shortcuts it owns for Help → Keyboard shortcuts
(only the incident log has some).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QWidget


class PlanTab(QWidget):
    """Base of the window's four tabs."""

    #: Show this prepared message (its id) in the message library.
    message_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Entry kind → its shortcut, for the shortcuts list; the incident log fills it.
        self.kind_shortcuts: dict[str, QShortcut] = {}

    def focus_search(self) -> None:
        """Ctrl+F: put the tab's search field in focus, its text selected."""
        raise NotImplementedError(f"{type(self).__name__} has no focus_search")
