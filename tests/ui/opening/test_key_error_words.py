"""The key errors added for damaged, foreign and interrupted key files and for backups made
before a key change have their own words, in English and French, in the window and the CLI."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.cli.common import describe_error
from app.errors import PlanFileError
from app.keys.errors import (
    BackupKeyUnavailable,
    KeyChangeCutShort,
    KeyFileDamaged,
    KeyFileOfAnotherPlan,
)
from ui.words.error_messages import error_text
from ui.words.i18n import Translations

ERRORS = [KeyFileDamaged("p.keys", "binary"), KeyFileOfAnotherPlan("p", "id 0190"),
          KeyChangeCutShort("p", "it now opens with its new passphrase"),
          BackupKeyUnavailable("b", "taken 2026-11-30")]


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations(qapp)
    yield installed
    installed.install("en")


@pytest.mark.parametrize(("language", "generic", "words"), [
    ("en", "could not be used", ["key file", "another plan", "interrupted", "not damaged"]),
    ("fr", "n'a pas pu", ["fichier de clés", "autre plan", "interrompu", "pas endommagée"]),
])
def test_the_window_words_each_key_error(translations: Translations, language: str,
                                         generic: str, words: list[str]) -> None:
    assert translations.install(language)
    for error, word in zip(ERRORS, words, strict=True):
        text = error_text(error)
        assert word in text and generic not in text, text


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: e.code)
def test_the_cli_words_each_key_error(error: PlanFileError) -> None:
    text = describe_error(error)
    assert text != f"{error.path}: {error.detail}"  # not the generic wording
    assert "nothing was changed" in text or "the file was not changed" in text
