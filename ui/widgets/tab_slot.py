"""A tab's place in the window, holding the real tab once it is first needed.

The window starts with four slots; only the one shown is built (its module imported, its
widgets made, its queries run). The others are built when first selected, or when another
part of the window asks for them (`content()`), so start-up pays for one tab, not four.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class TabSlot(QWidget):
    """An empty page that builds `module.class_name(*args)` on first show."""

    def __init__(self, module: str, class_name: str, args: tuple,
                 on_built: Callable[[QWidget], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.module = module
        self.class_name = class_name
        self._args = args
        self._on_built = on_built
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        """True once the real tab exists."""
        return self._content is not None

    def content(self) -> QWidget:
        """The real tab, built now if it was not yet."""
        if self._content is None:
            cls = getattr(importlib.import_module(self.module), self.class_name)
            self._content = cls(*self._args)
            self._layout.addWidget(self._content)
            if self.isVisible():
                self._content.show()
            if self._on_built is not None:
                self._on_built(self._content)
        return self._content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Shown for the first time: build the real tab."""
        self.content()
        super().showEvent(event)
