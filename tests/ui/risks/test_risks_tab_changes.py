"""The risks tab reads the register again on the topics it shows (risks, their owners among
the contacts, their linked messages), and not on the others."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex

from app.plan import Plan
from ui.risks.tab import RiskMatrixTab
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session


@pytest.fixture
def tab(qtbot, plan: Plan, signals: PlanSignals) -> RiskMatrixTab:  # noqa: ANN001
    widget = RiskMatrixTab(plan, signals, Session(author="Claire Dubois"))
    qtbot.addWidget(widget)
    return widget


def _titles(tab: RiskMatrixTab) -> list[str]:
    return [tab.model.risk(row).title for row in range(tab.model.rowCount(QModelIndex()))]


def _retitle_behind_the_apps_back(plan: Plan, risk_id: str, title: str) -> None:
    """A committed write that announces nothing: whether the register shows it tells
    whether the tab read the plan again."""
    with plan.transaction() as db:
        db.execute("UPDATE risks SET title = ? WHERE id = ?", [title, risk_id])


def test_a_risk_added_edited_and_deleted_shows_at_once(tab: RiskMatrixTab, plan: Plan) -> None:
    risk = plan.risks.add("Rappel produit", category="product", likelihood=2, impact=3)
    assert _titles(tab) == ["Rappel produit"]
    plan.risks.update(risk.id, title="Rappel de lots")
    assert _titles(tab) == ["Rappel de lots"]
    plan.risks.delete(risk.id)
    assert _titles(tab) == []


@pytest.mark.parametrize("write", ["contact", "message"])
def test_owners_and_linked_messages_read_the_register_again(
    tab: RiskMatrixTab, plan: Plan, write: str
) -> None:
    risk = plan.risks.add("Rappel produit", category="product", likelihood=2, impact=3)
    _retitle_behind_the_apps_back(plan, risk.id, "Rappel de lots")
    assert _titles(tab) == ["Rappel produit"]
    if write == "contact":
        plan.contacts.add("Paul Durand", group="crisis_cell")
    else:
        plan.messages.add("Communiqué", audience="media", channel="press_release",
                          body="Texte", scenario_id=risk.id)
    assert _titles(tab) == ["Rappel de lots"]


def test_other_topics_leave_the_register_as_read(tab: RiskMatrixTab, plan: Plan) -> None:
    risk = plan.risks.add("Rappel produit", category="product", likelihood=2, impact=3)
    _retitle_behind_the_apps_back(plan, risk.id, "Rappel de lots")
    plan.info.update(organisation="Conserverie du Port")
    incident = plan.incidents.open("Bad buzz", author="Claire Dubois")
    plan.journal.append(incident.id, "Tweet repris", author="Claire Dubois")
    plan.incidents.add_action(incident.id, "Appeler l'agence", author="Claire Dubois")
    plan.cell.add_role("Logistique")
    plan.review.add_task("Revoir l'annuaire")
    assert _titles(tab) == ["Rappel produit"]
