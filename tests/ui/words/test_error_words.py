"""Every error class has a stable code of its own, and every code its own words: in the
window (English, and French from the .ts) and in the CLI — found by walking app/ and db/, so
an error added tomorrow (sync, imports) without words fails here."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import app
import db
from app.cli.common import describe_error
from app.errors import FILE_ERRORS, PlanError, PlanFileError, ValidationError
from db.errors import StorageError
from ui.words.error_messages import error_text
from ui.words.i18n import Translations

PATH = "/plans/p.crisiscell"
DETAIL = "why"
#: The roots: never raised themselves, they name the family.
ROOTS = {PlanError, PlanFileError, StorageError}


def _every_module() -> None:
    for package in (app, db):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if not module.name.endswith("__main__"):
                importlib.import_module(module.name)


def _subclasses(root: type) -> Iterator[type]:
    for cls in root.__subclasses__():
        yield cls
        yield from _subclasses(cls)


def error_classes() -> list[type[Exception]]:
    """Every error class of app/ and db/ (each module imported first, so none is missed)."""
    _every_module()
    found = {cls for root in (PlanError, StorageError) for cls in _subclasses(root)}
    return sorted((cls for cls in found if cls.__module__.split(".")[0] in ("app", "db")),
                  key=lambda cls: cls.__name__)


FILE_CLASSES = [cls for cls in error_classes()
                if issubclass(cls, FILE_ERRORS) and cls not in ROOTS]


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations(qapp)
    yield installed
    installed.install("en")


def test_the_walk_finds_the_classes_where_they_live() -> None:
    where = {cls.__name__: cls.__module__ for cls in error_classes()}
    assert where["WrongPassphrase"] == "app.keys.errors"
    assert where["PlanInUse"] == "app.planfile.errors"
    assert where["OutputNotWritable"] == "app.printing"
    assert where["DiskError"] == "db.errors"
    assert len(FILE_CLASSES) >= 30


def test_every_code_is_its_own() -> None:
    codes = [cls.code for cls in error_classes()]
    assert len(codes) == len(set(codes)), sorted(codes)
    assert all(cls.code != cls.__mro__[1].code for cls in error_classes())  # none inherited


def test_db_keeps_only_what_the_storage_reports() -> None:
    """Keys, locks, folders, backups and outputs are app/'s; SQLite's refusals db/'s."""
    storage = {cls.code for cls in error_classes() if issubclass(cls, StorageError)}
    assert storage == {"plan_not_found", "not_a_plan", "plan_too_new", "plan_corrupt",
                       "plan_truncated", "plan_locked", "plan_read_only", "disk_full",
                       "disk_error", "plan_cannot_open"}
    assert not any(issubclass(cls, StorageError) and issubclass(cls, PlanError)
                   for cls in error_classes())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_window_words_every_code(translations: Translations, language: str) -> None:
    assert translations.install(language)
    generic = error_text(StorageError(PATH, DETAIL))
    texts = {cls.code: error_text(cls(PATH, DETAIL)) for cls in FILE_CLASSES}
    unworded = sorted(code for code, text in texts.items() if text == generic)
    assert unworded == []
    assert len(set(texts.values())) == len(texts)  # no two codes share words
    assert all(PATH in text or "{path}" not in text for text in texts.values())


def test_french_words_every_code_in_french(translations: Translations) -> None:
    """The French comes from the .ts: a text missing there would stay English."""
    assert translations.install("en")
    english = {cls.code: error_text(cls(PATH, DETAIL)) for cls in FILE_CLASSES}
    assert translations.install("fr")
    french = {cls.code: error_text(cls(PATH, DETAIL)) for cls in FILE_CLASSES}
    assert sorted(code for code in english if english[code] == french[code]) == []


def test_the_cli_words_every_code() -> None:
    texts = {cls.code: describe_error(cls(PATH, DETAIL)) for cls in FILE_CLASSES}
    unworded = sorted(code for code, text in texts.items() if text == f"{PATH}: {DETAIL}")
    assert unworded == []
    assert len(set(texts.values())) == len(texts)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_other_errors_are_worded_by_their_reason(translations: Translations,
                                                     language: str) -> None:
    """ValidationError, RecordNotFound and InvalidState carry a reason (or a kind) beside their
    code: the window and the CLI word each of them, not the bare code."""
    assert translations.install(language)
    others = [cls for cls in error_classes() if cls not in FILE_CLASSES and cls not in ROOTS]
    assert {cls.__name__ for cls in others} == {"ValidationError", "RecordNotFound",
                                                "InvalidState"}
    samples = [ValidationError("name", "required"), *(
        cls("contact", "0190") if cls.__name__ == "RecordNotFound" else cls("incident_closed")
        for cls in others if cls is not ValidationError)]
    bare = error_text(PlanError())
    for error in samples:
        assert error_text(error) != bare, error
        assert error.code not in describe_error(error), error


def test_ui_words_no_file_error_code_outside_its_one_place() -> None:
    """No two places of ui/ word the same code: only ui/words/error_messages.py names them
    (the unlock dialog tells apart the refusals it answers by class)."""
    root = Path(__file__).resolve().parents[3] / "ui"
    codes = {cls.code for cls in FILE_CLASSES}
    found = [f"{path.relative_to(root)}: {code}" for path in sorted(root.rglob("*.py"))
             if path.name != "error_messages.py"
             for code in codes if f'"{code}"' in path.read_text(encoding="utf-8")]
    assert found == []
