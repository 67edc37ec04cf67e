"""The contacts tab reads the plan again on the topics it shows (contacts, the cell's roles,
the call tree), and not on the others."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex

from app.plan import Plan
from ui.contacts.tab import ContactsTab
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session


@pytest.fixture
def tab(qtbot, plan: Plan, signals: PlanSignals) -> ContactsTab:  # noqa: ANN001
    widget = ContactsTab(plan, signals, Session(author="Claire Dubois"))
    qtbot.addWidget(widget)
    return widget


def _names(tab: ContactsTab) -> list[str]:
    return [tab.model.contact(r).name for r in range(tab.model.rowCount(QModelIndex()))]


def _rename_behind_the_apps_back(plan: Plan, contact_id: str, name: str) -> None:
    """A committed write that announces nothing: whether the table shows it tells whether
    the tab read the plan again."""
    with plan.transaction() as db:
        db.execute("UPDATE contacts SET name = ? WHERE id = ?", [name, contact_id])


@pytest.mark.parametrize("write", ["contact", "role", "call"])
def test_contacts_roles_and_calls_read_the_tab_again(
    tab: ContactsTab, plan: Plan, write: str
) -> None:
    paul = plan.contacts.add("Paul Durand", group="crisis_cell")
    assert _names(tab) == ["Paul Durand"]
    _rename_behind_the_apps_back(plan, paul.id, "Paul Dupont")
    if write == "contact":
        plan.contacts.add("Marie Curie", group="crisis_cell")
    elif write == "role":
        plan.cell.add_role("Logistique")
    else:
        plan.cell.add_call(None, paul.id)
    assert "Paul Dupont" in _names(tab)


def test_other_topics_leave_the_tab_as_read(tab: ContactsTab, plan: Plan) -> None:
    paul = plan.contacts.add("Paul Durand", group="crisis_cell")
    _rename_behind_the_apps_back(plan, paul.id, "Paul Dupont")
    plan.risks.add("Rappel", category="product", likelihood=2, impact=3)
    plan.messages.add("Communiqué", audience="media", channel="press_release", body="Texte")
    plan.info.update(organisation="Conserverie du Port")
    incident = plan.incidents.open("Bad buzz", author="Claire Dubois")
    plan.journal.append(incident.id, "Tweet repris", author="Claire Dubois")
    assert _names(tab) == ["Paul Durand"]
