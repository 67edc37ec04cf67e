"""The window as a whole: composition root, header, shortcuts, settings, language, start page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from app.plan import Plan
from app.vocabulary import CELL_ROLES
from ui.contacts.tab import ContactsTab
from ui.opening.recovery_sheet_offer import RecoverySheetOffer
from ui.opening.start_page import StartPage
from ui.risks.tab import RiskMatrixTab
from ui.startup import main
from ui.window.header import elapsed_text
from ui.window.main_window import MainWindow
from ui.window.settings import Settings


def test_main_builds_the_application_and_the_window_on_the_plan(main_window: MainWindow,
                                                                 demo_plan_path: Path) -> None:
    app = QApplication.instance()
    assert app.organizationName() == "CrisisCell"
    assert app.applicationName() == "Crisis Cell"
    assert app.desktopFileName() == "org.crisiscell.CrisisCell"
    assert app.font().pointSize() >= 11
    assert main_window.plan is not None and main_window.plan.path == demo_plan_path
    assert main_window.stack.currentWidget() is main_window.workspace
    assert main_window.tab(RiskMatrixTab) is not None
    assert main_window.tab(ContactsTab) is not None
    assert "Maréval" in main_window.windowTitle()


def test_header_shows_organisation_author_and_offline_state(main_window: MainWindow) -> None:
    header = main_window.header
    assert header.organisation_label.text() == main_window.plan.info.get().organisation
    assert "Offline — everything is stored on this computer" in header.offline_label.text()
    assert main_window.session.author in header.author_label.text()


def test_header_shows_the_active_incident_with_its_level_written(
        qtbot, main_window: MainWindow) -> None:
    plan = main_window.plan
    if plan.incidents.active() is None:
        plan.incidents.open("Rupture d'approvisionnement", level="alerte",
                            author=main_window.session.author)
    incident = plan.incidents.active()
    header = main_window.header
    assert incident.title in header.incident_label.text()
    assert header.level_badge.isVisible()
    assert header.level_badge.text() != ""  # the level is written, not only coloured
    before = header.offline_label.text()
    plan.incidents.change_level(incident.id, "crise_majeure", author="Claire Dubois")
    assert "MAJOR CRISIS" in header.level_badge.text()
    assert header.offline_label.text() != before or "last save" in before
    assert ":" in header.elapsed_label.text()


def test_elapsed_time_wording() -> None:
    assert elapsed_text(0) == "0:00:00"
    assert elapsed_text(3 * 3600 + 5 * 60 + 9) == "3:05:09"
    assert elapsed_text(2 * 86400 + 61) == "2 d 0:01:01"


def test_ctrl_digits_switch_tabs_and_ctrl_f_focuses_the_contact_search(
        qtbot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    contacts = main_window.tab(ContactsTab)
    index = [s.class_name for s in main_window.tab_slots].index("ContactsTab")
    main_window.switch_to(1)
    qtbot.keyClick(main_window, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_tab() is contacts
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is contacts.search_edit


def test_tabs_are_in_the_agreed_order(main_window: MainWindow) -> None:
    names = [type(main_window.tab(slot.class_name)).__name__ for slot in main_window.tab_slots]
    assert names == ["IncidentLogTab", "RiskMatrixTab", "ContactsTab", "MessageLibraryTab"]
    assert main_window.tabs.count() == 4


def test_only_the_tab_shown_is_built_at_start_the_others_on_first_show(
        qtbot, main_window: MainWindow) -> None:
    qtbot.waitExposed(main_window)
    built = [slot.built for slot in main_window.tab_slots]
    assert built == [True, False, False, False]
    assert main_window.current_tab().entry_line.isVisible()  # the log is usable at once
    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    messages = main_window.current_tab()
    assert type(messages).__name__ == "MessageLibraryTab"
    assert messages.isVisible() and messages.model.rowCount() > 0
    assert [slot.built for slot in main_window.tab_slots] == [True, False, False, True]


def test_the_window_fits_a_1366_by_768_laptop_screen(qtbot, main_window: MainWindow) -> None:
    for number in range(1, 5):  # every tab built: each one's minimum counts
        main_window.switch_to(number)
        QCoreApplication.processEvents()
    hint = main_window.minimumSizeHint()
    assert hint.width() <= 1366, hint
    assert hint.height() <= 768 - 40, hint  # room for a task bar
    assert main_window.width() <= 1366 and main_window.height() <= 768 - 60  # title bar, panel


def test_linked_message_click_opens_the_messages_tab(qtbot, main_window: MainWindow) -> None:
    plan = main_window.plan
    risks = main_window.tab(RiskMatrixTab)
    main_window.switch_to(2)
    linked = next(r for r in plan.risks.list() if plan.messages.list(scenario_id=r.id))
    message = plan.messages.list(scenario_id=linked.id)[0]
    risks.select_risk(linked.id)
    item = risks.detail.messages_list.item(0)
    qtbot.mouseClick(risks.detail.messages_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=risks.detail.messages_list.visualItemRect(item).center())
    assert type(main_window.current_tab()).__name__ == "MessageLibraryTab"
    assert message.title in [w.text() for w in main_window.current_tab().findChildren(
        QLineEdit)] or message.body[:20] in _all_text(main_window.current_tab())


def _all_text(widget: QWidget) -> str:
    texts = [w.toPlainText() for w in widget.findChildren(QPlainTextEdit)]
    texts += [w.toPlainText() for w in widget.findChildren(QTextEdit)]
    return "\n".join(texts)


def test_who_am_i_changes_the_author_and_is_remembered(
        main_window: MainWindow, settings_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "ask_author", classmethod(lambda cls, p, cur: "Paul Girard"))
    main_window.author_action.trigger()
    assert main_window.session.author == "Paul Girard"
    assert "Paul Girard" in main_window.header.author_label.text()
    assert Settings(settings_path).author == "Paul Girard"


def test_language_switch_retranslates_at_once_and_is_remembered(
        qtbot, main_window: MainWindow, settings_path: Path) -> None:
    contacts = main_window.tab(ContactsTab)
    qtbot.keyClicks(contacts.search_edit, "Mor")
    main_window.language_actions["fr"].trigger()
    try:
        QCoreApplication.processEvents()
        assert "Hors ligne — tout est enregistré sur cet ordinateur" in \
            main_window.header.offline_label.text()
        assert main_window.tabs.tabText(2) == "3 · Contacts"
        assert contacts.group_combo.itemText(0) == "Tous les groupes"
        assert contacts.search_edit.text() == "Mor"  # nothing typed is lost
        assert Settings(settings_path).language == "fr"
    finally:
        main_window.language_actions["en"].trigger()
    QCoreApplication.processEvents()
    assert "Offline" in main_window.header.offline_label.text()


def test_geometry_is_saved_on_close_and_restored(qtbot, demo_plan_path: Path,
                                                 settings_path: Path) -> None:
    window = main(["--plan", str(demo_plan_path), "--settings", str(settings_path),
                   "--language", "en"], exec_=False)
    qtbot.addWidget(window)
    assert Settings(settings_path).geometry.isEmpty()
    window.close()
    saved = Settings(settings_path).geometry
    assert not saved.isEmpty()
    again = main(["--plan", str(demo_plan_path), "--settings", str(settings_path),
                  "--language", "en"], exec_=False)
    qtbot.addWidget(again)
    # The offscreen screen is small, so Qt clamps the size; the bytes must still be accepted.
    assert again.restoreGeometry(saved)
    again.close()


def test_start_page_when_there_is_no_plan_creates_one(qtbot, tmp_path: Path,
                                                      settings_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[bool] = []
    monkeypatch.setattr(RecoverySheetOffer, "ask",
                        classmethod(lambda cls, parent: offered.append(True) and False))
    target = tmp_path / "new" / "plan.crisiscell"
    window = main(["--plan", str(target), "--settings", str(settings_path), "--language", "en"],
                  exec_=False)
    qtbot.addWidget(window)
    page = window.start_page
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.author_edit, "Claire Dubois")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "organisation" in page.error_label.text().lower()
    assert not target.exists()
    qtbot.keyClicks(page.organisation_edit, "Biscuiterie Nantaise")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert window.stack.currentWidget() is window.workspace
    assert window.header.organisation_label.text() == "Biscuiterie Nantaise"
    assert Settings(settings_path).author == "Claire Dubois"
    assert offered == [True]  # the recovery sheet was offered; postponed, the bar reminds
    assert "File → Save recovery sheet…" in window.notice_bar.text()
    window.close()
    with Plan.open(target) as plan:
        assert plan.info.get().owner == "Claire Dubois"
        # The cell's standard roles are there, vacant, waiting to be assigned.
        assert [r.code for r in plan.cell.roles()] == list(CELL_ROLES)
        assert all(r.holder_id is None for r in plan.cell.roles())


def test_start_page_says_why_a_file_is_not_a_plan(qtbot, tmp_path: Path, settings_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    bogus = tmp_path / "notes.crisiscell"
    bogus.write_text("not a database, just notes\n" * 100)
    window = main(["--plan", str(tmp_path / "none.crisiscell"), "--settings", str(settings_path),
                   "--language", "en"], exec_=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(StartPage, "choose_file", classmethod(lambda cls, parent: bogus))
    qtbot.mouseClick(window.start_page.open_button, Qt.MouseButton.LeftButton)
    assert "is not a Crisis Cell plan" in window.start_page.error_label.text()
    assert window.stack.currentWidget() is window.start_page
    assert bogus.read_text().startswith("not a database")
    window.close()


def test_start_page_opens_the_demo_plan(qtbot, tmp_path: Path, settings_path: Path) -> None:
    window = main(["--plan", str(tmp_path / "none.crisiscell"), "--settings", str(settings_path),
                   "--language", "en"], exec_=False)
    qtbot.addWidget(window)
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    assert window.plan.risks.count() > 0
    window.close()


def test_settings_types_and_defaults(settings: Settings) -> None:
    assert settings.author == "" and settings.language == ""
    assert settings.geometry.isEmpty()
    settings.author = "  Hélène Martin "
    settings.language = "fr"
    assert (settings.author, settings.language) == ("Hélène Martin", "fr")
    with pytest.raises(TypeError):
        settings.language = 3  # type: ignore[assignment]


def test_the_window_has_the_shipped_icon(main_window: MainWindow) -> None:
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).isNull()  # the SVG in resources/icons draws
