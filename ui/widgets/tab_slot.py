"""A tab's place in the window, holding the real tab once it is first needed.

The window starts with four slots; only the one shown is built (its module imported, its
widgets made, its queries run). The others are built when first selected, or when another
part of the window asks for them (`content()`), so start-up pays for one tab, not four.

A slot builds its tab with a factory (a callable), never by importing a module named in a
string: the factory's own `import` statement is what a freezer such as PyInstaller follows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.widgets.plan_tab import PlanTab


class TabSlot(QWidget):
    """An empty page that builds its tab with `build()` on first show."""

    def __init__(self, class_name: str, build: Callable[[], PlanTab],
                 on_built: Callable[[PlanTab], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The class `build` makes, by name: how the window finds a tab before it is built.
        self.class_name = class_name
        self._build = build
        self._on_built = on_built
        self._content: PlanTab | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        """True once the real tab exists."""
        return self._content is not None

    def content(self) -> PlanTab:
        """The real tab, built now if it was not yet."""
        if self._content is None:
            content = self._build()
            if type(content).__name__ != self.class_name:
                raise TypeError(f"the {self.class_name} slot's factory built a "
                                f"{type(content).__name__}")
            self._content = content
            self._layout.addWidget(content)
            if self.isVisible():
                content.show()
            if self._on_built is not None:
                self._on_built(content)
        return self._content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Shown for the first time: build the real tab."""
        self.content()
        super().showEvent(event)
