"""The playbook comes with the risk: checklist offered as actions at opening, regulatory clocks
beside the log, the risk's messages first, clocks edited in the risk dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QSpinBox

from app.clock import parse_utc
from app.plan import Plan
from ui.incident_log.tab import IncidentLogTab
from ui.messages.tab import MessageLibraryTab
from ui.risks.risk_dialog import RiskDialog
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session

AUTHOR = "Hélène Martin"


def _risk(plan: Plan):
    owner = plan.contacts.add("Claire Dubois", group="crisis_cell")
    plan.contacts.add("Paul Lemaire", group="management")
    return plan.risks.add(
        "Fuite de données clients", category="cyber", likelihood=3, impact=5,
        owner_id=owner.id, checklist=["Isoler les serveurs", "Prévenir l'assureur",
                                      "Qualifier les données touchées"],
        regulatory_clocks=[{"title": "RGPD art. 33 — notifier la CNIL", "hours": 72},
                           {"title": "NIS2 — alerte précoce", "hours": 24}])


def _log_tab(qtbot, plan: Plan) -> IncidentLogTab:  # noqa: ANN001
    tab = IncidentLogTab(plan, PlanSignals(plan), Session(AUTHOR))
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.side_panels_filled)
    return tab


def test_opening_on_a_risk_offers_its_checklist_as_actions(qtbot, plan: Plan) -> None:  # noqa: ANN001
    risk = _risk(plan)
    paul = next(c for c in plan.contacts.list() if c.name == "Paul Lemaire")
    tab = _log_tab(qtbot, plan)
    dialog = tab.open_incident_dialog()
    assert not dialog.checklist_table.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.title_edit, "Rumeur de fuite sur X")
    dialog.risk_combo.setCurrentIndex(dialog.risk_combo.findData(risk.id))
    table = dialog.checklist_table
    assert table.isVisibleTo(dialog) and table.rowCount() == 3
    assert "RGPD art. 33" in dialog.clocks_label.text()
    owner = table.cellWidget(0, dialog.OWNER)
    assert isinstance(owner, QComboBox) and owner.currentData() == risk.owner_id
    owner.setCurrentIndex(owner.findData(paul.id))
    due = table.cellWidget(1, dialog.DUE)
    assert isinstance(due, QSpinBox) and due.text() == "+1 h"
    due.setValue(4)
    table.item(2, dialog.STEP).setCheckState(Qt.CheckState.Unchecked)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # the one click
    incident = plan.incidents.active()
    assert incident is not None and incident.risk_id == risk.id
    actions = plan.incidents.actions(incident.id)
    assert [(a.title, a.owner_id) for a in actions] == [
        ("Isoler les serveurs", paul.id), ("Prévenir l'assureur", risk.owner_id)]
    opened = parse_utc(incident.opened_at)
    assert [round((parse_utc(a.due_at) - opened).total_seconds() / 3600) for a in actions] == [
        1, 4]
    assert tab.actions_panel.tree.topLevelItemCount() == 2

    # The clocks run beside the log, in words.
    panel = tab.clocks_panel
    qtbot.waitUntil(lambda: panel.isVisible())
    clocks = plan.incidents.clocks.list(incident.id)
    assert list(panel.rows) == [c.id for c in clocks]
    title, times = panel.rows[clocks[0].id]
    assert title.text(0) == "RGPD art. 33 — notifier la CNIL (72 h)"
    assert times.text(panel.LEFT).endswith(" left") and times.text(panel.LEFT).startswith(
        ("71 h", "72 h", "2 d"))
    # Counted from a chosen entry, then met: both logged.
    entry = plan.journal.append(incident.id, "Le prestataire confirme l'exfiltration",
                                author=AUTHOR, occurred_at="2026-01-01T08:00:00Z")
    panel.tree.setCurrentItem(panel.rows[clocks[0].id][1])  # either line selects the clock
    qtbot.waitUntil(lambda: tab.model.row_of(entry.id) is not None)
    tab.table.selectRow(tab.model.row_of(entry.id))
    assert tab.selected_entry_id() == entry.id
    qtbot.mouseClick(panel.restart_button, Qt.MouseButton.LeftButton)
    clock = plan.incidents.clocks.list(incident.id)[0]
    assert clock.start_entry_id == entry.id and clock.due_at == "2026-01-04T08:00:00.000Z"
    # Long past: overdue, in words as well as colour.
    title, times = panel.rows[clocks[0].id]
    assert times.text(panel.LEFT).startswith("⚠ OVERDUE by ")
    assert "1 OVERDUE" in panel.title()
    panel.tree.setCurrentItem(title)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert plan.incidents.clocks.list(incident.id)[0].done_at is not None
    assert panel.rows[clocks[0].id][1].text(panel.LEFT).startswith("✔ Met ")
    assert "OVERDUE" not in panel.title()
    texts = [e.text for e in plan.journal.entries(incident.id)]
    assert any(t.startswith("Délai réglementaire « RGPD art. 33") for t in texts)
    assert any(t.startswith("Délai réglementaire dépassé") for t in texts)
    assert not panel.done_button.isEnabled()


def test_the_clocks_panel_is_hidden_without_clocks(qtbot, plan: Plan) -> None:  # noqa: ANN001
    plan.incidents.open("Sans risque", author=AUTHOR)
    tab = _log_tab(qtbot, plan)
    assert not tab.clocks_panel.isVisible()


def test_the_active_risks_messages_come_first(qtbot, plan: Plan) -> None:  # noqa: ANN001
    risk = _risk(plan)
    plan.messages.add("A — générique", audience="public", channel="x", body="Texte")
    plan.messages.add("Z — fuite", audience="media", channel="x", body="Fuite",
                      scenario_id=risk.id)
    tab = MessageLibraryTab(plan, PlanSignals(plan), Session(AUTHOR))
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    titles = lambda: [tab.model.message(r).title for r in range(tab.model.rowCount())]  # noqa: E731
    assert titles() == ["A — générique", "Z — fuite"]
    assert not tab.first_label.isVisible()
    incident = plan.incidents.open("Fuite", author=AUTHOR, risk_id=risk.id)
    assert titles() == ["Z — fuite", "A — générique"]
    assert tab.first_label.isVisible() and "Fuite de données clients" in tab.first_label.text()
    assert tab.model.data(tab.model.index(0, 0)) == "★ Z — fuite"
    plan.incidents.close(incident.id, author=AUTHOR)
    assert titles() == ["A — générique", "Z — fuite"]
    assert not tab.first_label.isVisible()


def test_clocks_are_edited_in_the_risk_dialog(qtbot, plan: Plan) -> None:  # noqa: ANN001
    risk = _risk(plan)
    dialog = RiskDialog(plan, plan.risks.get(risk.id))
    qtbot.addWidget(dialog)
    assert dialog.clocks_table.rowCount() == 2
    assert dialog.clocks_table.item(0, 0).text() == "RGPD art. 33 — notifier la CNIL"
    dialog.clocks_table.setCurrentCell(1, 0)
    dialog.remove_clock_button.click()
    dialog.nis2_button.click()
    spin = dialog.clocks_table.cellWidget(3, 1)
    assert isinstance(spin, QSpinBox) and spin.value() == 720
    dialog.add_clock_button.click()  # left empty: ignored, not an error
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = plan.risks.get(risk.id).regulatory_clocks
    assert [(c.title, c.hours) for c in saved] == [
        ("RGPD art. 33 — notifier la CNIL", 72), ("NIS2 — early warning to the CSIRT", 24),
        ("NIS2 — incident notification", 72), ("NIS2 — final report", 720)]
