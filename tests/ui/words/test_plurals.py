"""Counted words agree with their number in both languages ("1 minute", "5 minutes")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.planfile.backups import Backup
from ui.opening.plan_opening import restore_question
from ui.words.i18n import Translations


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations(qapp)
    yield installed
    installed.install("en")  # the window's default here: English sources (+ its plurals)


@pytest.mark.parametrize(("language", "one", "many"), [
    ("en", "1 minute before", "5 minutes before"),
    ("fr", "1 minute avant", "5 minutes avant"),
])
def test_the_restore_question_counts_minutes_in_words(
        translations: Translations, language: str, one: str, many: str) -> None:
    assert translations.install(language)
    backup = Backup(Path("plan-backup.crisiscell"), datetime(2026, 11, 21, 9, 30, tzinfo=UTC),
                    "close")
    assert one in restore_question(Path("plan.crisiscell"), backup, 1)
    assert many in restore_question(Path("plan.crisiscell"), backup, 5)


@pytest.mark.parametrize(("language", "written"), [("fr", "20/11/2026 14:05"),
                                                   ("en", "20 Nov 2026 14:05")])
def test_a_backup_of_another_day_is_dated_as_the_window_language_writes(
        translations: Translations, language: str, written: str) -> None:
    from ui.opening.plan_opening import moment_text

    translations.install(language)
    assert moment_text(datetime(2026, 11, 20, 14, 5).astimezone()) == written
