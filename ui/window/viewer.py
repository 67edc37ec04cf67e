"""Showing a written document in the system's viewer (a local file: nothing leaves the computer).

The system may have no viewer to start (no xdg-open, no desktop, no PDF application):
QDesktopServices.openUrl then returns False, and only prints "Unable to detect a launcher" on
a terminal nobody reads; the window says so itself (MainWindow.show_in_viewer).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

#: Shows a written PDF; injectable so tests never start a viewer. False: it could not.
Opener = Callable[[Path], object]


def open_in_viewer(path: Path) -> bool:
    """Show the PDF in the system's viewer; False when none could be started."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> bool:
    """Show the folder holding `path` in the system's file manager; False when none started."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
