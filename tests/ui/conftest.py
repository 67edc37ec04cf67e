"""UI fixtures: settings in tmp_path, the whole window on a private copy of the demo plan."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from app.keys.key_file import copy_plan
from app.plan import Plan
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session
from ui.window.settings import Settings


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    """Where this test's window settings live (an INI file)."""
    return tmp_path / "settings" / "crisiscell.ini"


@pytest.fixture
def settings(settings_path: Path) -> Settings:
    """Window settings kept in tmp_path, never the developer's."""
    return Settings(settings_path)


@pytest.fixture(autouse=True)
def _qsettings_in_tmp(tmp_path: Path) -> None:
    """Any default-constructed QSettings also writes under tmp_path."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))


@pytest.fixture
def demo_plan_path(demo_plan_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo plan file (not open)."""
    copy = tmp_path / "demo-copy.crisiscell"
    copy_plan(demo_plan_file, copy)  # a plan is its file and its key file
    return copy


@pytest.fixture
def plan_signals(demo_plan: Plan, qapp: object) -> Iterator[PlanSignals]:
    """PlanSignals over the demo plan copy."""
    signals = PlanSignals(demo_plan)
    yield signals
    signals.detach()


@pytest.fixture
def signals(plan: Plan, qapp: object) -> Iterator[PlanSignals]:
    """The change signal over the `plan` fixture's plan (a fresh one, not the demo)."""
    installed = PlanSignals(plan)
    yield installed
    installed.detach()


@pytest.fixture
def session() -> Session:
    """The person at the laptop."""
    return Session(author="Claire Dubois")


@pytest.fixture
def main_window(qtbot, demo_plan_path: Path, settings_path: Path):  # type: ignore[no-untyped-def]
    """The whole window on a copy of the demo plan, in English, built by the composition root."""
    from ui.startup import main

    window = main(["--plan", str(demo_plan_path), "--settings", str(settings_path),
                   "--language", "en"], exec_=False)
    qtbot.addWidget(window)
    yield window
    window.close_plan()
    QCoreApplication.processEvents()


def _unexpected_dialog(*args: object, **kwargs: object) -> None:
    raise AssertionError("a modal dialog was opened that this test did not expect")


@pytest.fixture(autouse=True)
def no_unexpected_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would wait forever offscreen: each test replaces the ones it expects."""
    from ui.opening.plan_opening import RestoreOffer, WalDamageChoice
    from ui.opening.recovery_sheet_offer import RecoverySheetOffer
    from ui.opening.unlock_dialog import UnlockDialog
    from ui.window.plan_settings_dialog import PlanSettingsDialog
    from ui.window.print_dialog import PrintDialog

    for cls in (RestoreOffer, WalDamageChoice, PrintDialog, RecoverySheetOffer, UnlockDialog,
                PlanSettingsDialog):
        monkeypatch.setattr(cls, "ask", classmethod(_unexpected_dialog))


#: Who the tests say they are when a window opens a plan for the first time.
TESTER = "Claire Dubois"


@pytest.fixture(autouse=True)
def who_am_i_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The first-open "Who are you?" question (a modal dialog) answered with TESTER; the list
    holds the organisation of each plan it was asked for."""
    from ui.opening.who_am_i_dialog import WhoAmIDialog

    asked: list[str] = []

    def answer(cls: type, parent: object, plan: Plan, current: str = "") -> str:
        asked.append(plan.info.get().organisation)
        return TESTER
    monkeypatch.setattr(WhoAmIDialog, "ask", classmethod(answer))
    return asked


@pytest.fixture(autouse=True)
def _no_widget_outlives_its_test(qapp: object) -> Iterator[None]:
    """Widgets a test left behind are deleted, not kept until the garbage collector: a
    closed tab of a closed plan must not answer the next test's language switch (it
    read the closed database)."""
    yield
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def open_window(qtbot, settings_path: Path):  # type: ignore[no-untyped-def]
    """Builds the window on a plan file through the composition root (in English); closes
    each one afterwards."""
    from ui.startup import main

    windows = []

    def build(path: Path):  # type: ignore[no-untyped-def]
        window = main(["--plan", str(path), "--settings", str(settings_path),
                       "--language", "en"], exec_=False)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.close_plan()
