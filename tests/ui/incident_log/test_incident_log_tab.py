"""The incident log tab, driven as the scribe drives it: typing, Enter, shortcuts, clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.incidents.entry_draft import EntryDraft
from app.plan import Plan
from ui.incident_log.journal_model import JournalModel
from ui.incident_log.tab import IncidentLogTab
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session
from ui.words.dates import day_text

AUTHOR = "Hélène Martin"


def build(qtbot, plan: Plan) -> IncidentLogTab:  # noqa: ANN001
    tab = IncidentLogTab(plan, PlanSignals(plan), Session(AUTHOR))
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    # The side panels are read just after the first paint; a user sees them before clicking
    # (a loaded machine showed the race: a click looked for a button not built yet).
    qtbot.waitUntil(lambda: tab.side_panels_filled)
    return tab


def rows(tab: IncidentLogTab) -> list[list[str]]:
    model = tab.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


@pytest.fixture
def active(plan: Plan) -> Plan:
    plan.incidents.open("Rumeur produit", author=AUTHOR, level="alerte")
    return plan


def type_text(qtbot, line, text: str) -> None:  # noqa: ANN001
    """Type as a user; QTest only synthesises ASCII keys, so accents are inserted."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(line, char)
        else:
            line.insert(char)


def type_and_enter(qtbot, tab: IncidentLogTab, text: str) -> None:  # noqa: ANN001
    type_text(qtbot, tab.entry_line, text)
    qtbot.keyClick(tab.entry_line, Qt.Key.Key_Return)


def test_typing_and_enter_logs_an_entry_at_once(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    assert tab.entry_line.hasFocus()
    type_and_enter(qtbot, tab, "Un client signale un goût anormal")
    last = rows(tab)[-1]
    assert last[JournalModel.KIND] == "Observation"
    assert last[JournalModel.AUTHOR] == AUTHOR
    assert last[JournalModel.TEXT] == "Un client signale un goût anormal"
    assert tab.entry_line.text() == ""
    stored = active.journal.entries(active.incidents.active().id)[-1]
    assert (stored.kind, stored.author, stored.text) == (
        "observation", AUTHOR, "Un client signale un goût anormal")
    assert not tab.has_unsaved_draft()


def test_empty_line_logs_nothing(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    before = active.journal.count()
    type_and_enter(qtbot, tab, "   ")
    assert active.journal.count() == before
    assert "Nothing to log" in tab.feedback_label.text()


@pytest.mark.parametrize(("key", "kind"), [
    (Qt.Key.Key_2, "information"), (Qt.Key.Key_3, "decision"), (Qt.Key.Key_4, "action"),
    (Qt.Key.Key_5, "communication"), (Qt.Key.Key_6, "call"),
])
def test_kind_shortcuts_pick_the_kind_and_leave_the_line(qtbot, active: Plan, key, kind) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    type_text(qtbot, tab.entry_line, "Texte tapé")
    qtbot.keyClick(tab.entry_line, key, Qt.KeyboardModifier.AltModifier)
    assert tab.kind_combo.currentData() == kind
    assert tab.entry_line.text() == "Texte tapé"
    shortcut = f"Alt+{key.value - Qt.Key.Key_0.value}"
    assert shortcut in tab.kind_combo.currentText()  # the keys are shown
    assert shortcut in tab.entry_line.toolTip()
    qtbot.keyClick(tab.entry_line, Qt.Key.Key_Return)
    assert active.journal.entries(active.incidents.active().id)[-1].kind == kind


def test_draft_survives_the_widget(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    type_text(qtbot, tab.entry_line, "Appel du préfet en cours")
    assert tab.has_unsaved_draft()
    draft = EntryDraft(active.info.get().id)
    qtbot.waitUntil(lambda: draft.load() == "Appel du préfet en cours")
    tab.close()
    tab.deleteLater()
    again = build(qtbot, active)
    assert again.entry_line.text() == "Appel du préfet en cours"
    qtbot.keyClick(again.entry_line, Qt.Key.Key_Return)
    assert draft.load() == ""
    assert active.journal.entries(active.incidents.active().id)[-1].text == (
        "Appel du préfet en cours")


def test_hiding_the_tab_writes_the_draft_immediately(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    tab.entry_line.setText("Ligne en cours")
    tab.hide()
    assert EntryDraft(active.info.get().id).load() == "Ligne en cours"


def test_correction_is_linked_and_both_stay(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    type_and_enter(qtbot, tab, "Le serveur est touché")
    row = tab.model.rowCount() - 1
    tab.table.selectRow(row)
    qtbot.mouseClick(tab.correct_button, Qt.MouseButton.LeftButton)
    from ui.incident_log.correction_dialog import CorrectionDialog

    dialog = tab.findChild(CorrectionDialog)
    assert dialog.text_edit.toPlainText() == "Le serveur est touché"
    dialog.text_edit.setPlainText("Le serveur n'est pas touché")
    dialog.try_accept()
    shown = rows(tab)
    assert shown[row][JournalModel.TEXT] == "Le serveur est touché"
    assert shown[row][JournalModel.NOTE].startswith("Corrected at")
    assert shown[-1][JournalModel.TEXT] == "Le serveur n'est pas touché"
    assert shown[-1][JournalModel.NOTE].startswith("Corrects the entry of")
    original = tab.model.entry(row)
    assert active.journal.corrections_of(original.id)[0].text == "Le serveur n'est pas touché"


def test_empty_correction_is_refused_in_the_dialog(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    tab.table.selectRow(0)
    dialog = tab.start_correction()
    dialog.text_edit.setPlainText("   ")
    count = active.journal.count()
    dialog.try_accept()
    assert dialog.isVisible() and dialog.error_label.text() == "This field is required."
    assert active.journal.count() == count


def test_correct_without_selection_says_so(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    assert tab.start_correction() is None
    assert "Select the entry" in tab.feedback_label.text()


def test_kind_filter_and_search(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    type_and_enter(qtbot, tab, "Le préfet appelle")
    qtbot.keyClick(tab.entry_line, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    type_and_enter(qtbot, tab, "On suspend les livraisons")
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("decision"))
    assert [r[JournalModel.TEXT] for r in rows(tab)] == ["On suspend les livraisons"]
    tab.kind_filter.setCurrentIndex(0)
    tab.focus_search()
    assert tab.search_edit.hasFocus()
    qtbot.keyClicks(tab.search_edit, "prefet")
    qtbot.waitUntil(lambda: tab.model.searching)
    assert [r[JournalModel.TEXT] for r in rows(tab)] == ["Le préfet appelle"]
    assert tab.count_label.text() == "1 found"
    tab.search_edit.clear()
    qtbot.waitUntil(lambda: not tab.model.searching)
    assert tab.model.rowCount() == 3


def test_level_change_through_the_control(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    assert tab.level_badge.text() == "ALERT"
    index = tab.level_combo.findData("crise")
    tab.level_combo.setCurrentIndex(index)
    tab.level_combo.activated.emit(index)
    assert active.incidents.active().level == "crise"
    assert tab.level_badge.text() == "CRISIS"
    assert rows(tab)[-1][JournalModel.KIND] == "Level change — Crisis"


def test_second_incident_refused_and_dialog_keeps_text(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    assert not tab.open_button.isEnabled()
    dialog = tab.open_incident_dialog()
    dialog.title_edit.setText("Autre crise")
    dialog.try_accept()
    assert dialog.isVisible()
    assert "already active" in dialog.error_label.text()
    assert dialog.title_edit.text() == "Autre crise"
    assert active.incidents.count() == 1


def test_open_incident_then_close_with_review_and_tasks(qtbot, plan: Plan) -> None:  # noqa: ANN001
    owner = plan.contacts.add("Claire Dubois", group="crisis_cell")
    tab = build(qtbot, plan)
    assert not tab.entry_line.isEnabled()
    dialog = tab.open_incident_dialog()
    dialog.title_edit.setText("Exercice cyber")
    dialog.exercise_box.setChecked(True)
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("crise"))
    dialog.try_accept()
    incident = plan.incidents.active()
    assert (incident.title, incident.is_exercise, incident.level) == (
        "Exercice cyber", True, "crise")
    assert tab.entry_line.isEnabled() and tab.incident.id == incident.id
    assert "EXERCISE" in tab.state_label.text()

    closing = tab.close_incident()
    closing.reject()
    assert plan.incidents.active() is not None
    closing = tab.close_incident()
    closing.statement_edit.setPlainText("Exercice terminé.")
    closing.try_accept()
    review = tab.last_review_dialog
    assert plan.incidents.active() is None
    assert not tab.entry_line.isEnabled() and "read-only" in tab.state_label.text()
    review.worked_edit.setPlainText("Arbre d'appel rapide")
    review.failed_edit.setPlainText("Numéro de la DRH faux")
    review.changes_edit.setPlainText("Tester les numéros chaque trimestre")
    title, owner_combo, _date = review.task_widgets(0)
    title.setText("Vérifier l'annuaire")
    review.try_accept()  # a task needs its owner: refused, nothing saved
    assert review.isVisible() and "owner" in review.error_label.text()
    assert plan.incidents.get(incident.id).review is None and plan.review.tasks() == []
    owner_combo.setCurrentIndex(owner_combo.findData(owner.id))
    review.try_accept()
    stored = plan.incidents.get(incident.id).review
    assert stored.failed == "Numéro de la DRH faux"
    task = plan.review.tasks()[0]
    assert (task.title, task.owner_id, task.incident_id) == (
        "Vérifier l'annuaire", owner.id, incident.id)
    shown = tab.tasks_panel.tree.topLevelItem(0)
    assert shown.text(0) == "Vérifier l'annuaire" and shown.text(1) == "Claire Dubois"
    assert shown.text(2) == day_text(task.review_date)  # the window language's day


def test_a_refused_task_keeps_the_review_unsaved_and_the_form_as_typed(
        qtbot, plan: Plan) -> None:  # noqa: ANN001
    claire = plan.contacts.add("Claire Dubois", group="crisis_cell")
    paul = plan.contacts.add("Paul Durand", group="crisis_cell")
    incident = plan.incidents.open("Exercice cyber", author="Claire", is_exercise=True)
    tab = build(qtbot, plan)
    closing = tab.close_incident()
    closing.statement_edit.setPlainText("Exercice terminé.")
    closing.try_accept()
    review = tab.last_review_dialog
    review.worked_edit.setPlainText("Arbre d'appel rapide")
    title, owner_combo, _date = review.task_widgets(0)
    title.setText("Vérifier l'annuaire")
    owner_combo.setCurrentIndex(owner_combo.findData(claire.id))
    row = review.add_task_row("Refaire un exercice", paul.id)
    plan.contacts.delete(paul.id)  # gone from the plan while the form was open
    review.try_accept()
    # One transaction: the second task refused, neither the review nor the first task saved.
    assert review.isVisible() and review.error_label.text()
    assert plan.incidents.get(incident.id).review is None and plan.review.tasks() == []
    assert review.worked_edit.toPlainText() == "Arbre d'appel rapide"
    assert review.task_widgets(row)[0].text() == "Refaire un exercice"
    assert tab.tasks_panel.tree.topLevelItemCount() == 0


def test_closed_incident_is_read_only(qtbot, demo_plan: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, demo_plan)
    assert not tab.incident.is_active
    assert not tab.entry_line.isEnabled()
    assert tab.entry_line.placeholderText() == "Closed incident: read-only."
    assert tab.model.rowCount() == demo_plan.journal.count(tab.incident.id)
    tab.entry_line.setText("x")
    tab.log_entry()
    assert demo_plan.journal.count(tab.incident.id) == tab.model.rowCount()


def test_actions_added_and_done_in_one_click(qtbot, active: Plan) -> None:  # noqa: ANN001
    owner = active.contacts.add("Nicolas Bertrand", group="crisis_cell")
    tab = build(qtbot, active)
    dialog = tab.add_action_dialog()
    dialog.title_edit.setText("Isoler le réseau")
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(owner.id))
    dialog.try_accept()
    incident_id = active.incidents.active().id
    active.incidents.add_action(incident_id, "Prévenir l'assureur", author=AUTHOR,
                                due_at="2020-01-01T10:00:00.000Z")
    tree = tab.actions_panel.tree
    texts = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in
             range(tree.topLevelItemCount())}
    assert texts["Isoler le réseau"].text(1) == "Nicolas Bertrand"
    overdue = texts["Prévenir l'assureur"]
    assert overdue.text(2).startswith("⚠") and "OVERDUE" in overdue.toolTip(2)
    assert "⚠ 1 OVERDUE" in tab.actions_panel.title()  # said in words, not colour alone
    texts["Isoler le réseau"].setCheckState(0, Qt.CheckState.Checked)
    done = [a for a in active.incidents.actions(incident_id) if a.title == "Isoler le réseau"]
    assert done[0].done_at is not None
    assert rows(tab)[-1][JournalModel.TEXT] == "Action terminée : Isoler le réseau."


def test_information_status_in_one_click(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    qtbot.keyClick(tab.entry_line, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    type_and_enter(qtbot, tab, "Vol de données annoncé")
    info_row = tab.model.rowCount() - 1
    assert rows(tab)[info_row][JournalModel.NOTE] == "To verify"
    entry_id = tab.model.entry(info_row).id
    tab.info_panel.source_edit.setText("Appel au SOC")
    qtbot.mouseClick(tab.info_panel.buttons[(entry_id, "false")], Qt.MouseButton.LeftButton)
    assert active.journal.current_status(entry_id) == "false"
    assert rows(tab)[info_row][JournalModel.NOTE] == "False"
    assert tab.info_panel.tree.topLevelItem(0).text(0) == "False"
    # The same three buttons, the current one checked.
    assert {code: b.isChecked() for (e, code), b in tab.info_panel.buttons.items()
            if e == entry_id} == {"to_verify": False, "verified": False, "false": True}
    assert rows(tab)[-1][JournalModel.KIND] == "Status change"
    change = active.journal.status_history(entry_id)[-1]
    assert change.author == AUTHOR and "(source : Appel au SOC)" in change.text
    assert tab.info_panel.source_edit.text() == ""  # used once


def test_call_tree_activation_logs_calls_and_total_time(qtbot, active: Plan) -> None:  # noqa: ANN001
    boss = active.contacts.add("Paul Lemaire", group="management")
    scribe = active.contacts.add("Inès Haddad", group="crisis_cell")
    active.cell.add_call(None, boss.id)
    active.cell.add_call(boss.id, scribe.id)
    tab = build(qtbot, active)
    dialog = tab.activate_call_tree()
    qtbot.addWidget(dialog)
    assert dialog.progress_label.text() == "Reached: 0 of 2"
    qtbot.mouseClick(dialog.buttons[(boss.id, "no_answer")], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons[(boss.id, "reached")], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons[(scribe.id, "reached")], Qt.MouseButton.LeftButton)
    assert dialog.elapsed_label.text().startswith("Everyone reached in")
    assert not dialog.buttons[(scribe.id, "no_answer")].isEnabled()
    texts = [r[JournalModel.TEXT] for r in rows(tab)]
    assert texts[-5:-1] == [
        "Activation de l'arbre d'appel (2 personnes à joindre).",
        "Arbre d'appel — Paul Lemaire : pas de réponse.",
        "Arbre d'appel — Paul Lemaire : joint(e).",
        "Arbre d'appel — Inès Haddad : joint(e).",
    ]
    assert texts[-1].startswith("Arbre d'appel terminé : les 2 personnes ont été jointes en")
    dialog.close()


def test_call_tree_missing_is_said(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    assert tab.activate_call_tree() is None
    assert "no call tree" in tab.feedback_label.text()


def test_journal_model_passes_the_model_tester(qtbot, qtmodeltester, demo_plan: Plan) -> None:  # noqa: ANN001
    model = JournalModel(demo_plan)
    model.set_incident(demo_plan.incidents.latest().id)
    qtmodeltester.check(model)


def test_large_log_is_paged_not_loaded(qtbot, plan: Plan) -> None:  # noqa: ANN001
    incident = plan.incidents.open("Long", author=AUTHOR)
    for i in range(450):
        plan.journal.append(incident.id, f"entrée {i}", author=AUTHOR)
    model = JournalModel(plan)
    model.set_incident(incident.id)
    assert model.rowCount() == 451
    last = model.index(450, JournalModel.TEXT)
    assert model.data(last) == "entrée 449"
    assert len(model._pages) == 1  # noqa: SLF001 - only the page shown was read
    signals = PlanSignals(plan)
    signals.changed.connect(model.on_plan_changed)
    with qtbot.waitSignal(model.rowsInserted):
        plan.journal.append(incident.id, "nouvelle", author=AUTHOR)
    assert model.data(model.index(451, JournalModel.TEXT)) == "nouvelle"


def test_selected_entry_is_shown_whole_under_the_table(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    long_text = "Le préfet demande un point de situation écrit " * 6
    type_and_enter(qtbot, tab, long_text.strip())
    assert not tab.detail_label.isVisible()  # nothing selected, no room taken
    row = tab.model.rowCount() - 1
    tab.table.selectRow(row)
    assert tab.detail_label.isVisible()
    assert long_text.strip() in tab.detail_label.text()
    assert AUTHOR in tab.detail_label.text()
    text_index = tab.model.index(row, JournalModel.TEXT)
    assert tab.model.data(text_index, Qt.ItemDataRole.ToolTipRole) == long_text.strip()
    # The entry text takes the room the other columns leave.
    header = tab.table.horizontalHeader()
    assert header.sectionSize(JournalModel.TEXT) > header.sectionSize(JournalModel.NOTE)
    assert header.sectionSize(JournalModel.TEXT) > header.sectionSize(JournalModel.AUTHOR)


def test_side_panels_fill_after_the_first_paint(qtbot, active: Plan) -> None:  # noqa: ANN001
    incident_id = active.incidents.active().id
    active.incidents.add_action(incident_id, "Appeler l'assureur", author=AUTHOR)
    tab = IncidentLogTab(active, PlanSignals(active), Session(AUTHOR))
    qtbot.addWidget(tab)
    assert tab.actions_panel.tree.topLevelItemCount() == 0  # not read before it is seen
    assert tab.entry_line.isEnabled()  # the entry line is ready at once
    tab.show()
    qtbot.waitUntil(lambda: tab.actions_panel.tree.topLevelItemCount() == 1)
    assert tab.actions_panel.tree.topLevelItem(0).text(0) == "Appeler l'assureur"
