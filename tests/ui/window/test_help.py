"""Help → Keyboard shortcuts lists the window's live shortcuts (a new one appears by itself) and
Help → About gives the version, the plan file and the licences of what is shipped."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QKeySequence, QShortcut

from app import __version__
from ui.window.help_dialogs import AboutDialog, ShortcutsDialog
from ui.window.main_window import MainWindow


def test_the_shortcuts_list_is_the_window_s_own(main_window: MainWindow) -> None:
    entries = main_window.shortcut_entries()
    by_keys = {(e.keys, e.does) for e in entries}
    for keys, does in (("Ctrl+P", "Print…"), ("F1", "Keyboard shortcuts"),
                       ("Ctrl+1", "Show tab 1"), ("Ctrl+4", "Show tab 4"),
                       ("Ctrl+F", "Search in the current tab"),
                       ("Ctrl+L", "Back to the incident log's entry line"),
                       ("Alt+Up", "Move the selected call up")):
        assert (keys, does) in by_keys, (keys, does)
    assert any(e.does.startswith("Entry kind: ") and e.where == "1 · Incident log"
               for e in entries)
    assert all(e.keys and e.does for e in entries), [e for e in entries if not e.does]
    shortcuts = [s for s in main_window.findChildren(QShortcut) if s.isEnabled()]
    assert len([e for e in entries if e.keys]) >= len(shortcuts)
    # A shortcut added anywhere shows up: the list is generated, not written by hand.
    extra = QShortcut(QKeySequence("Ctrl+Shift+K"), main_window.tab_slots[2])
    extra.setWhatsThis("Something new")
    again = main_window.shortcut_entries()
    assert ("Ctrl+Shift+K", "Something new", "3 · Contacts") in {
        (e.keys, e.does, e.where) for e in again}


def test_f1_opens_the_shortcuts_dialog(qtbot, main_window: MainWindow) -> None:
    dialog = main_window.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    assert ("Ctrl+L", "Back to the incident log's entry line", "Everywhere") in dialog.rows()
    assert main_window.shortcuts_action.shortcut().toString() == "F1"
    dialog.close()


def test_about_gives_version_plan_and_licences(main_window: MainWindow) -> None:
    dialog = main_window.show_about()
    assert isinstance(dialog, AboutDialog)
    assert __version__ in dialog.version_label.text()
    assert str(main_window.plan.path) in dialog.plan_label.text()
    notices = dialog.licences_text.toPlainText()
    for name in ("PySide6", "LGPL-3.0", "SQLCipher", "ReportLab", "DejaVu", "keyring", "MIT",
                 "phonenumbers", "Apache License 2.0", "platformdirs", "sqlite-utils",
                 "cryptography"):
        assert name in notices, name
    licences = resources.files("resources") / "licences"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (licences / "LGPL-3.0.txt").read_text()
    assert "GNU GENERAL PUBLIC LICENSE" in (licences / "GPL-3.0.txt").read_text()
    assert (resources.files("resources") / "fonts" / "LICENSE").is_file()
    dialog.close()
