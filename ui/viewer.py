"""Showing a written document in the system's viewer (a local file: nothing leaves the computer)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

#: Shows a written PDF; injectable so tests never start a viewer.
Opener = Callable[[Path], object]


def open_in_viewer(path: Path) -> bool:
    """Show the PDF in the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
