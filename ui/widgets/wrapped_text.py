"""Dialogs with word-wrapped labels: tall enough for their text.

A top-level window's minimum size ignores its labels' height-for-width, so a long wrapped
sentence (longer in French) is clipped; `fit_height` grows the window to what its layout
needs at its current width. Call it when shown and whenever a wrapped text changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_height(window: QWidget) -> None:
    """Grow `window` to the height its wrapped texts need at its width (never shrinks it)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = max(window.width(), window.minimumWidth())
    needed = window.heightForWidth(width)
    if needed > window.height():
        window.resize(width, needed)
