"""A tab slot builds its tab with a factory, once, when first shown; nothing in the code
imports a module named in a string (a freezer such as PyInstaller cannot follow one)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from ui.widgets.tab_slot import TabSlot

ROOT = Path(__file__).resolve().parents[3]


def string_imports(path: Path, root: Path = ROOT) -> list[str]:
    """`importlib.import_module(...)`, `import_module(...)` and `__import__(...)` calls."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = (node.func.attr if isinstance(node.func, ast.Attribute)
                    else node.func.id if isinstance(node.func, ast.Name) else "")
            if name in {"import_module", "__import__"}:
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_no_module_is_imported_by_a_name_string() -> None:
    files = [p for package in ("app", "db", "ui") for p in sorted((ROOT / package).rglob("*.py"))]
    assert len(files) > 50
    assert [hit for path in files for hit in string_imports(path)] == []


def test_the_scan_finds_a_string_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import importlib\nm = importlib.import_module('ui.risks.tab')\n"
                      "n = __import__('json')\n")
    assert string_imports(sample, tmp_path) == ["sample.py:2", "sample.py:3"]


def test_the_factory_runs_once_when_the_slot_is_first_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []

    def build() -> QLabel:
        calls.append(1)
        return QLabel("the tab")

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    first = TabSlot("QLabel", lambda: QLabel("first"))
    second = TabSlot("QLabel", build)
    tabs.addTab(first, "1")
    tabs.addTab(second, "2")
    tabs.show()
    qtbot.waitExposed(tabs)
    assert first.built and not second.built and calls == []
    tabs.setCurrentWidget(second)
    assert second.built and calls == [1]
    label = second.content()
    assert isinstance(label, QLabel) and label.text() == "the tab" and label.isVisible()
    tabs.setCurrentWidget(first)
    tabs.setCurrentWidget(second)
    assert second.content() is label and calls == [1]


def test_a_factory_that_builds_another_class_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    slot = TabSlot("ContactsTab", QWidget)
    qtbot.addWidget(slot)
    with pytest.raises(TypeError, match="ContactsTab slot's factory built a QWidget"):
        slot.content()
    assert not slot.built
