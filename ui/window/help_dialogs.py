"""Help → Keyboard shortcuts (read from the window's live QShortcut and QAction objects, so the
list cannot drift from what the keys do) and Help → About (version, plan file, licences)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ShortcutEntry:
    """One key combination, what it does, and where it works."""

    keys: str
    does: str
    where: str


def key_text(sequence: QKeySequence) -> str:
    """A key sequence as this system writes it ("Ctrl+P")."""
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def shortcuts_of(root: QWidget, where: dict[int, str], everywhere: str) -> list[ShortcutEntry]:
    """Every enabled QShortcut and QAction with keys under `root`: an action says what it does
    by its text, a shortcut by its whatsThis; `where` maps a widget's id to the place named."""
    entries: list[ShortcutEntry] = []

    def place(obj: QShortcut | QAction) -> str:
        parent = obj.parent()
        while parent is not None:
            if id(parent) in where:
                return where[id(parent)]
            parent = parent.parent()
        return everywhere

    for action in root.findChildren(QAction):
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                entries.append(ShortcutEntry(key_text(sequence),
                                             action.text().replace("&", ""), everywhere))
    for shortcut in root.findChildren(QShortcut):
        if shortcut.isEnabled() and not shortcut.key().isEmpty():
            entries.append(ShortcutEntry(key_text(shortcut.key()), shortcut.whatsThis(),
                                         place(shortcut)))
    return entries


class ShortcutsDialog(QDialog):
    """A table: keys, what they do, where."""

    def __init__(self, entries: list[ShortcutEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(entries), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Keys"), self.tr("What it does"), self.tr("Where")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, entry in enumerate(entries):
            for column, text in enumerate((entry.keys, entry.does, entry.where)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def rows(self) -> list[tuple[str, str, str]]:
        """The table's rows as shown."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.table.rowCount())]


def licence_notices() -> str:
    """The shipped notices of the software Crisis Cell uses (resources/licences/NOTICES.txt)."""
    return (resources.files("resources") / "licences" / "NOTICES.txt").read_text(
        encoding="utf-8")


class AboutDialog(QDialog):
    """The version, the plan file open and the licences of what is shipped."""

    def __init__(self, version: str, plan_path: Path | None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Crisis Cell"))
        self.version_label = QLabel(self.tr("Crisis Cell, version {version}").format(
            version=version))
        font = self.version_label.font()
        font.setBold(True)
        self.version_label.setFont(font)
        self.plan_label = QLabel(
            self.tr("Plan file: {path}").format(path=plan_path) if plan_path is not None
            else self.tr("No plan is open."))
        self.plan_label.setWordWrap(True)
        self.licences_label = QLabel(self.tr("Licences of the software shipped with it:"))
        self.licences_text = QPlainTextEdit(licence_notices())
        self.licences_text.setReadOnly(True)
        self.licences_text.setAccessibleName(self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.version_label, self.plan_label, self.licences_label,
                       self.licences_text, buttons):
            layout.addWidget(widget)
        self.resize(760, 560)
