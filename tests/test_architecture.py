"""The layers hold: ui/ -> app/ -> db/, imports downward only; no Qt below ui/, no SQL in ui/."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def python_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def imported_modules(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, module) for every import in the file, relative ones resolved to their package."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = path.relative_to(root).parent.parts
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1])
                module = ".".join(part for part in (base, node.module) if part)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            # `from app import ui`-style imports of a forbidden name
            found.extend((node.lineno, ".".join(part for part in (module, alias.name) if part))
                         for alias in node.names)
    return found


def top(module: str) -> str:
    return module.split(".")[0]


def violations(package: str, forbidden: set[str]) -> list[str]:
    out = []
    for path in python_files(package):
        for line, module in imported_modules(path):
            if top(module) in forbidden:
                out.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    return out


def test_the_layers_exist() -> None:
    for package in ("app", "db", "ui"):
        assert python_files(package), f"{package}/ has no Python files"


def test_app_and_db_never_import_qt_or_ui() -> None:
    found = violations("app", {"PySide6", "shiboken6", "ui"}) + violations(
        "db", {"PySide6", "shiboken6", "ui"})
    assert found == []


def test_db_never_imports_app() -> None:
    assert violations("db", {"app"}) == []


def test_ui_never_imports_the_storage_driver() -> None:
    """ui/ may name the storage errors (to word them), nothing else of db/."""
    found = [v for v in violations("ui", {"sqlite3", "sqlite_utils", "sqlcipher3", "db"})
             if not re.search(r" imports db\.errors(\.\w+)?$", v)]
    assert found == []


_SQL = [
    re.compile(r"\bSELECT\b[\s\S]{0,200}?\bFROM\b"),
    re.compile(r"\bINSERT\s+(OR\s+\w+\s+)?INTO\b"),
    re.compile(r"\bUPDATE\s+\w+\s+SET\b"),
    re.compile(r"\bDELETE\s+FROM\b"),
    re.compile(r"\b(CREATE|DROP|ALTER)\s+(TABLE|INDEX|TRIGGER|VIEW)\b"),
    re.compile(r"\bPRAGMA\b"),
    re.compile(r"\.execute(many|script)?\("),
    re.compile(r"\bsqlite3\b"),
    re.compile(r"\._store\b"),
]


@pytest.mark.parametrize("path", python_files("ui"), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_sql_in_ui(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    hits = [f"{path.relative_to(ROOT)}: {pattern.pattern} -> {match.group(0)[:60]!r}"
            for pattern in _SQL for match in pattern.finditer(text)]
    assert hits == []


def test_the_checks_catch_what_they_look_for(tmp_path: Path) -> None:
    """The scanners themselves: forbidden imports (absolute, relative) and SQL are found."""
    (tmp_path / "app").mkdir()
    sample = tmp_path / "app" / "sample.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport ui.window.session\n"
                      "from .. import ui\nx = 'SELECT id FROM contacts'\n")
    names = [module for _, module in imported_modules(sample, root=tmp_path)]
    assert "PySide6.QtWidgets" in names and "ui.window.session" in names and ".ui" not in names
    assert {top(n) for n in names} >= {"PySide6", "ui"}
    assert any(p.search(sample.read_text()) for p in _SQL)
