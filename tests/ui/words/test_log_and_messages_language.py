"""The log tab, its side panels and the messages tab in the window's language: counts in
plural forms, times in the language's day format, a switch that keeps what is selected,
words that fit at 1280x720, no overdue warning on a closed incident, one call-tree dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from app.clock import utc_now
from app.plan import Plan
from ui.incident_log.journal_model import JournalModel
from ui.incident_log.tab import IncidentLogTab
from ui.messages.tab import MessageLibraryTab
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session
from ui.words.dates import day_text, short_moment_text
from ui.words.i18n import Translations
from ui.words.labels import kind_label

AUTHOR = "Hélène Martin"


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations(qapp)
    yield installed
    installed.install("en")  # the suite's default


def build_log(qtbot, plan: Plan) -> IncidentLogTab:  # noqa: ANN001
    tab = IncidentLogTab(plan, PlanSignals(plan), Session(AUTHOR))
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    qtbot.waitExposed(tab)
    tab.fill_side_panels()
    return tab


def switch(translations: Translations, language: str) -> None:
    translations.install(language)  # posts LanguageChange to every widget
    QCoreApplication.processEvents()


@pytest.mark.parametrize(("language", "one", "two"), [("fr", "1 entrée", "2 entrées"),
                                                      ("en", "1 entry", "2 entries")])
def test_the_log_counts_its_entries_in_words(qtbot, plan: Plan, translations: Translations,
                                             language: str, one: str, two: str) -> None:  # noqa: ANN001
    translations.install(language)
    incident = plan.incidents.open("Rumeur", author=AUTHOR)
    tab = build_log(qtbot, plan)
    count = plan.journal.count(incident.id)
    assert count == 1  # the opening
    assert tab.count_label.text() == one
    plan.journal.append(incident.id, "Appel client", kind="observation", author=AUTHOR)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert tab.count_label.text() == two


def test_a_switch_rewords_the_log_tab_and_keeps_its_choices(
        qtbot, plan: Plan, translations: Translations) -> None:  # noqa: ANN001
    translations.install("en")
    plan.incidents.open("Rumeur", author=AUTHOR, level="alerte")
    tab = build_log(qtbot, plan)
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("level_change"))
    tab.choose_kind("decision")
    assert tab.log_button.text() == "Log"
    switch(translations, "fr")
    assert tab.log_button.text() == "Consigner"
    assert tab.kind_filter.currentData() == "level_change"
    assert tab.kind_filter.currentText() == kind_label("level_change")
    assert tab.kind_combo.currentData() == "decision"
    assert tab.kind_combo.currentText().startswith(kind_label("decision"))
    assert tab.level_combo.currentData() == "alerte"
    assert tab.model.headerData(JournalModel.KIND, Qt.Orientation.Horizontal) == "Type"
    assert tab.incident_caption.text() == "Incident :"
    switch(translations, "en")
    assert tab.log_button.text() == "Log"
    assert tab.kind_filter.currentText() == "Level change"


@pytest.mark.parametrize(("language", "written"), [("fr", "30/11 14:05"),
                                                   ("en", "30 Nov 14:05")])
def test_times_of_another_day_are_in_the_window_language(
        translations: Translations, language: str, written: str) -> None:
    translations.install(language)
    assert short_moment_text(datetime(2026, 11, 30, 14, 5)) == written
    assert short_moment_text(datetime(2026, 11, 30, 14, 5), with_day=False) == "14:05"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_kind_column_fits_its_longest_kind_word(
        qtbot, plan: Plan, translations: Translations, language: str) -> None:  # noqa: ANN001
    translations.install(language)
    tab = build_log(qtbot, plan)
    metrics = tab.table.fontMetrics()
    width = tab.table.columnWidth(JournalModel.KIND)
    assert all(metrics.horizontalAdvance(kind_label(kind)) + 8 <= width
               for kind in ("level_change", "communication", "information", "closure"))


def test_a_closed_incident_shows_no_overdue_warning(
        qtbot, plan: Plan, translations: Translations) -> None:  # noqa: ANN001
    translations.install("fr")
    incident = plan.incidents.open("Rumeur", author=AUTHOR)
    past = (datetime.fromisoformat(utc_now().replace("Z", "+00:00"))
            - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    action = plan.incidents.add_action(incident.id, "Appeler l'assureur", author=AUTHOR,
                                       due_at=past)
    tab = build_log(qtbot, plan)
    assert "1 EN RETARD" in tab.actions_panel.title()  # active: the warning is there
    plan.incidents.close(incident.id, author=AUTHOR, statement="Fin",
                         settle={action.id: ("drop", "plus utile")})
    qtbot.waitUntil(lambda: tab.incident is not None and not tab.incident.is_active)
    panel = tab.actions_panel
    texts = [panel.title()] + [panel.tree.topLevelItem(i).text(c)
                               for i in range(panel.tree.topLevelItemCount())
                               for c in range(3)]
    assert not any("RETARD" in t or "⚠" in t for t in texts)


def test_the_actions_header_is_short_and_the_tick_explained(
        qtbot, plan: Plan, translations: Translations) -> None:  # noqa: ANN001
    translations.install("fr")
    plan.incidents.open("Rumeur", author=AUTHOR)  # active: the status buttons show
    tab = build_log(qtbot, plan)
    header = tab.actions_panel.tree.headerItem()
    assert header.text(0) == "Action"
    assert "Cochez" in header.toolTip(0)
    info_header = tab.info_panel.tree.headerItem()
    assert info_header.text(2) == "Statut"
    assert tab.info_panel.tree.columnWidth(2) >= tab.info_panel.tree.fontMetrics(
    ).horizontalAdvance("Statut")


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_a_second_call_tree_activation_raises_the_open_dialog(
        qtbot, plan: Plan, translations: Translations) -> None:  # noqa: ANN001
    translations.install("en")
    boss = plan.contacts.add("Claire Dubois", group="management")
    plan.cell.add_call(None, boss.id)
    incident = plan.incidents.open("Rumeur", author=AUTHOR)
    tab = build_log(qtbot, plan)
    first = tab.activate_call_tree()
    assert first is not None
    qtbot.addWidget(first)
    entries = plan.journal.count(incident.id)
    assert tab.activate_call_tree() is first and first.isVisible()
    assert plan.journal.count(incident.id) == entries  # no second activation logged
    first.close()
    again = tab.activate_call_tree()
    assert again is not None and again is not first
    qtbot.addWidget(again)


@pytest.mark.parametrize(("language", "one"), [("fr", "1 message"), ("en", "1 message")])
def test_the_messages_tab_counts_in_words_and_keeps_its_filters_on_a_switch(
        qtbot, demo_plan: Plan, translations: Translations, language: str, one: str) -> None:  # noqa: ANN001
    translations.install(language)
    tab = MessageLibraryTab(demo_plan, PlanSignals(demo_plan), Session(AUTHOR))
    qtbot.addWidget(tab)
    n = tab.model.rowCount()
    assert n > 1 and tab.count_label.text() == f"{n} messages"
    tab.channel_filter.setCurrentIndex(tab.channel_filter.findData("sms"))
    other = "en" if language == "fr" else "fr"
    before = tab.channel_filter.currentText()
    switch(translations, other)
    assert tab.channel_filter.currentData() == "sms"
    assert tab.new_button.text() == ("Nouveau message" if other == "fr" else "New message")
    switch(translations, language)
    assert tab.channel_filter.currentText() == before
    tab.search_edit.setText(demo_plan.messages.list()[0].title)
    tab.apply_filters()
    if tab.model.rowCount() == 1:
        assert tab.count_label.text() == one


@pytest.mark.parametrize("language", ["fr", "en"])
def test_plan_tasks_keep_their_date_whole_and_elide_long_titles_in_the_middle(
        qtbot, plan: Plan, translations: Translations, language: str) -> None:  # noqa: ANN001
    translations.install(language)
    title = "Imprimer l'arbre d'appel pour la salle de crise et le standard de l'usine"
    plan.review.add_task(title, review_date="2026-12-30")
    tab = build_log(qtbot, plan)
    tree = tab.tasks_panel.tree
    item = tree.topLevelItem(0)
    assert item.text(2) == day_text("2026-12-30") and item.toolTip(0) == title
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert tree.columnWidth(2) >= tree.fontMetrics().horizontalAdvance(item.text(2)) + 8
    assert tree.columnWidth(2) >= tree.fontMetrics().horizontalAdvance(
        tree.headerItem().text(2))


@pytest.mark.parametrize(("language", "one", "many"), [
    ("fr", "1 caractère (pas de limite sur ce canal)", "2 caractères (pas de limite"),
    ("en", "1 character (no limit on this channel)", "2 characters (no limit")])
def test_the_editor_counts_characters_in_words(
        qtbot, demo_plan: Plan, translations: Translations, language: str, one: str,
        many: str) -> None:  # noqa: ANN001
    translations.install(language)
    tab = MessageLibraryTab(demo_plan, PlanSignals(demo_plan), Session(AUTHOR))
    qtbot.addWidget(tab)
    editor = tab.editor
    editor.channel_combo.setCurrentIndex(editor.channel_combo.findData("email"))
    editor.body_edit.setPlainText("a")
    assert editor.counter_label.text() == one
    editor.body_edit.setPlainText("ab")
    assert editor.counter_label.text().startswith(many)
