"""One language per plan: chosen when the plan is made (the window's), changed in Settings →
Plan settings…, followed by the log's automatic entries and the print dialog's file names."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.plan import Plan
from app.plan_settings import change_settings
from app.planfile.companions import KEYS, WAL, companion
from ui.startup import main
from ui.window.main_window import MainWindow
from ui.window.plan_settings_dialog import PlanSettingsDialog
from ui.window.print_dialog import PrintDialog
from ui.window.settings import Settings


def digests(path: Path) -> list[str]:
    """The plan's bytes: its file, its write-ahead log and its key file."""
    files = [path, companion(path, WAL), companion(path, KEYS)]
    return [hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else "" for f in files]


@pytest.fixture
def windows() -> Iterator[list[MainWindow]]:
    """Windows a test opens; each is put back in English after it (the suite's default)."""
    opened: list[MainWindow] = []
    yield opened
    for window in opened:
        window.translations.install("en")


def save(qtbot, dialog: PlanSettingsDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(("language", "words"), [("fr", "Ouverture de l'incident"),
                                                 ("en", "Incident “Fuite” opened")])
def test_the_demo_written_at_first_start_follows_the_window_language(
        qtbot, tmp_path: Path, settings_path: Path, language: str, words: str,
        windows: list[MainWindow]) -> None:
    target = tmp_path / "data" / "plan.crisiscell"
    window = main(["--plan", str(target), "--demo-if-missing", "--settings", str(settings_path),
                   "--language", language], exec_=False)
    windows.append(window)
    qtbot.addWidget(window)
    assert window.plan is not None and window.plan.info.get().language == language
    incident = window.plan.incidents.active() or window.plan.incidents.latest()
    if incident is not None and incident.is_active:
        window.plan.incidents.close(incident.id, author="Test", reason="")
    opened = window.plan.incidents.open("Fuite", author="Test")
    first = window.plan.journal.entries(opened.id)[0]
    assert words in first.text
    window.close()


def test_a_plan_made_from_the_start_page_takes_the_language_switched_to(
        qtbot, tmp_path: Path, settings_path: Path, monkeypatch: pytest.MonkeyPatch,
        windows: list[MainWindow]) -> None:
    from ui.opening.recovery_sheet_offer import RecoverySheetOffer

    monkeypatch.setattr(RecoverySheetOffer, "ask", classmethod(lambda cls, parent: False))
    target = tmp_path / "new" / "plan.crisiscell"
    window = main(["--plan", str(target), "--settings", str(settings_path), "--language", "en"],
                  exec_=False)
    windows.append(window)
    qtbot.addWidget(window)
    window.language_actions["fr"].trigger()
    page = window.start_page
    qtbot.keyClicks(page.author_edit, "Claire Dubois")
    qtbot.keyClicks(page.organisation_edit, "Biscuiterie Nantaise")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert window.plan is not None and window.plan.info.get().language == "fr"
    window.close()


def test_plan_settings_change_the_language_the_log_and_the_file_names_follow(
        qtbot, demo_plan: Plan) -> None:
    assert demo_plan.info.get().language == "fr"
    dialog = PlanSettingsDialog(demo_plan)
    qtbot.addWidget(dialog)
    assert dialog.organisation_edit.text() == demo_plan.info.get().organisation
    assert dialog.language_combo.currentData() == "fr"
    assert dialog.region_edit.text() == "FR"
    dialog.organisation_edit.setText("Conserveries Réunies")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.region_edit.setText("be")
    save(qtbot, dialog)
    assert dialog.result() == PlanSettingsDialog.DialogCode.Accepted
    assert dialog.change is not None
    assert dialog.change.changed == ("organisation", "language", "region")
    meta = demo_plan.info.get()
    assert (meta.organisation, meta.language, meta.region) == (
        "Conserveries Réunies", "en", "BE")
    # Numbers typed from now on are read for Belgium.
    added = demo_plan.contacts.add("Test", group="crisis_cell", phones={"mobile": "0470 12 34 56"})
    assert added.phones["mobile"] == "+32470123456"
    active = demo_plan.incidents.active()
    if active is not None:
        demo_plan.incidents.close(active.id, author="Test", reason="")
    opened = demo_plan.incidents.open("Leak", author="Test")
    assert demo_plan.journal.entries(opened.id)[0].text.startswith("Incident “Leak” opened")
    printing = PrintDialog(demo_plan)
    qtbot.addWidget(printing)
    assert printing.language_combo.currentData() == "en"
    assert printing.suggested_path().name.startswith("Crisis contact sheet ")


@pytest.mark.parametrize(("field", "value", "words"), [
    ("region", "ZZ", "Country: “ZZ” is not a country code"),
    ("organisation", "", "Organisation: This field is required."),
])
def test_a_refused_setting_is_said_and_nothing_is_saved(
        qtbot, demo_plan: Plan, field: str, value: str, words: str) -> None:
    before_meta = demo_plan.info.get()
    before = digests(demo_plan.path)
    dialog = PlanSettingsDialog(demo_plan)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    {"region": dialog.region_edit, "organisation": dialog.organisation_edit}[field].setText(value)
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert words in dialog.error_label.text()
    assert demo_plan.info.get() == before_meta  # the valid language change was not saved either
    assert digests(demo_plan.path) == before


def test_saving_unchanged_settings_writes_nothing(demo_plan: Plan) -> None:
    meta = demo_plan.info.get()
    before = digests(demo_plan.path)
    change = change_settings(demo_plan, organisation=meta.organisation, language=meta.language,
                             region=meta.region.lower())
    assert change.changed == ()
    assert digests(demo_plan.path) == before


def test_the_settings_menu_opens_plan_settings_and_says_what_changed(
        qtbot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        settings_path: Path) -> None:
    def ask(cls, parent, plan):  # type: ignore[no-untyped-def]
        return change_settings(plan, organisation="Conserveries Réunies", language="en",
                               region="FR")

    monkeypatch.setattr(PlanSettingsDialog, "ask", classmethod(ask))
    assert main_window.plan_settings_action.isEnabled()
    assert main_window.plan_settings_action.text() == "Plan settings…"
    main_window.plan_settings_action.trigger()
    assert "Plan settings saved: Conserveries Réunies" in main_window.notice_bar.text()
    assert "English" in main_window.notice_bar.text()
    assert main_window.windowTitle() == "Crisis Cell — Conserveries Réunies"
    assert main_window.header.organisation_label.text() == "Conserveries Réunies"
    assert Settings(settings_path).language == "en"  # the window's own language is apart


def test_the_plan_settings_dialog_follows_a_language_switch_while_open(
        qtbot, demo_plan: Plan, qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.words.i18n import Translations

    translations = Translations(qapp)
    dialog = PlanSettingsDialog(demo_plan)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Plan settings"
    try:
        translations.install("fr")
        QCoreApplication.processEvents()  # LanguageChange is posted to every widget
        assert dialog.windowTitle() == "Paramètres du plan"
        assert dialog.region_label.text() == "&Pays"
    finally:
        translations.install("en")
    QCoreApplication.processEvents()
    assert dialog.windowTitle() == "Plan settings"


def test_window_settings_live_in_the_configuration_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CRISISCELL_CONFIG_DIR (or platformdirs) holds them on every system, never the registry:
    a portable copy and a test keep their own."""
    from ui.window.settings import AUTHOR, FILE_NAME, Settings

    monkeypatch.setenv("CRISISCELL_CONFIG_DIR", str(tmp_path / "cfg"))
    settings = Settings()
    settings.set(AUTHOR, "Claire Dubois")
    assert (tmp_path / "cfg" / FILE_NAME).read_text(encoding="utf-8").count("Claire Dubois") == 1
