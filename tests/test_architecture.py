"""The layers hold: ui/ -> app/ -> db/, imports downward only; no Qt below ui/, no SQL in ui/.

And the rooms: a private module or name (`_x`) is imported only inside its own package, and
app/ and ui/ grow packages, not new top-level modules.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def python_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def imports(path: Path, root: Path = ROOT) -> list[tuple[int, str, tuple[str, ...]]]:
    """(line, module, names imported from it) for every import in the file, relative ones
    resolved to their package; `import a.b` imports no name."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = path.relative_to(root).parent.parts
    found: list[tuple[int, str, tuple[str, ...]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name, ()) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1])
                module = ".".join(part for part in (base, node.module) if part)
            else:
                module = node.module or ""
            found.append((node.lineno, module, tuple(alias.name for alias in node.names)))
    return found


def imported_modules(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, module) for every import in the file, relative ones resolved to their package;
    `from a import b` gives both a and a.b (b may be a module, or a forbidden name)."""
    found: list[tuple[int, str]] = []
    for line, module, names in imports(path, root):
        found.append((line, module))
        found.extend((line, ".".join(part for part in (module, name) if part)) for name in names)
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


# --- private modules and names stay in their package ---------------------------------------

def module_name(path: Path, root: Path = ROOT) -> str:
    """`app.cell.roles` for app/cell/roles.py, `app.cell` for app/cell/__init__.py."""
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def private(part: str) -> bool:
    return part.startswith("_") and not (part.startswith("__") and part.endswith("__"))


def owner_of(dotted: str, root: Path = ROOT) -> str | None:
    """The package a private module or name belongs to (None: nothing private in `dotted`).

    `app.planfile._x` (a module) belongs to app.planfile; `app.cell.roles._helper` (a name in
    the module app.cell.roles) to app.cell, the package that module is in."""
    parts = dotted.split(".")
    first = next((i for i, part in enumerate(parts) if private(part)), None)
    if first is None:
        return None
    holder = parts[:first]
    if root.joinpath(*holder).with_suffix(".py").is_file():  # a name inside a module
        holder = holder[:-1]
    return ".".join(holder)


def private_import_violations(package: str, root: Path = ROOT) -> list[str]:
    out = []
    for path in sorted((root / package).rglob("*.py")):
        importer = module_name(path, root)
        for line, module, names in imports(path, root):
            if top(module) not in ("app", "db", "ui", "tests"):
                continue
            # A private module is named once, not again for each name taken from it.
            dotted_names = [module] if owner_of(module, root) else [
                f"{module}.{name}" for name in names if name != "*"]
            for dotted in dotted_names:
                owner = owner_of(dotted, root)
                if owner is not None and not (importer == owner
                                              or importer.startswith(owner + ".")):
                    out.append(f"{path.relative_to(root)}:{line} imports {dotted}, private "
                               f"to {owner}")
    return out


@pytest.mark.parametrize("package", ["app", "db", "ui", "tests"])
def test_nothing_imports_another_packages_private_module_or_name(package: str) -> None:
    """A module or name starting with `_` is for its own package: another part uses the
    public seam (make the name public when it really is shared)."""
    assert private_import_violations(package) == []


# --- app/ and ui/ grow packages, not top-level modules ----------------------------------------

#: The modules allowed at the top of app/ and of ui/: the plan and its store, and what every
#: part of the plan shares; the window's entry point and the screenshots tool. Anything else
#: goes into the package of its part (app/risks/, ui/contacts/, …), or a new package.
TOP_LEVEL_MODULES = {
    "app": {"__init__", "clock", "errors", "moments", "paths", "plan", "plan_info",
            "plan_settings", "store", "validation", "vocabulary"},
    "ui": {"__init__", "launcher", "screenshots", "startup"},
}


def top_level_modules(package: str, root: Path = ROOT) -> set[str]:
    return {path.stem for path in (root / package).glob("*.py")}


@pytest.mark.parametrize("package", sorted(TOP_LEVEL_MODULES))
def test_no_new_top_level_module(package: str) -> None:
    """A new module goes into its part's package; the list says what stands at the top (a
    module that moved into a package leaves the list too, so it stays true)."""
    found = top_level_modules(package)
    assert found - TOP_LEVEL_MODULES[package] == set(), "not in the allowed list"
    assert TOP_LEVEL_MODULES[package] - found == set(), "listed, but no longer there"


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


def test_the_private_and_top_level_checks_catch_what_they_look_for(tmp_path: Path) -> None:
    """The scanners themselves, on a small tree: private imports refused across packages
    (absolute, relative, module or name) and allowed inside; a new top-level module found."""
    files = {
        "app/__init__.py": "__version__ = '1'\n",
        "app/cell/__init__.py": "",
        "app/cell/_calls.py": "ORDER = 1\n",
        "app/cell/roles.py": "def _helper() -> None: ...\n",
        "app/cell/contacts.py": ("from app.cell._calls import ORDER\nfrom app.cell.roles import"
                                 " _helper\nfrom . import _calls\nfrom app import __version__\n"),
        "app/cell/tree/__init__.py": "from app.cell.roles import _helper\n",
        "app/risks/__init__.py": "",
        "app/risks/register.py": "from app.cell.roles import _helper\nfrom ..cell import _calls\n",
        "app/stray.py": "",
        "ui/__init__.py": "",
        "ui/tab.py": ("import app.cell._calls\nfrom app.cell import _calls as calls\n"
                      "from app.planfile._atomic import write\n"),
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    assert owner_of("app.cell.roles._helper", tmp_path) == "app.cell"
    assert owner_of("app.cell._calls.ORDER", tmp_path) == "app.cell"
    assert owner_of("app.cell.roles", tmp_path) is None
    assert private_import_violations("app", tmp_path) == [
        "app/risks/register.py:1 imports app.cell.roles._helper, private to app.cell",
        "app/risks/register.py:2 imports app.cell._calls, private to app.cell",
    ]
    assert [v.split(" imports ")[1] for v in private_import_violations("ui", tmp_path)] == [
        "app.cell._calls, private to app.cell",
        "app.cell._calls, private to app.cell",
        "app.planfile._atomic, private to app.planfile",
    ]
    assert top_level_modules("app", tmp_path) - TOP_LEVEL_MODULES["app"] == {"stray"}
