"""The message library reads its messages again when messages change (or an incident, which
puts its risk's messages first), and not on the other topics."""

from __future__ import annotations

import pytest

from app.plan import Plan
from ui.messages.tab import MessageLibraryTab
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session


@pytest.fixture
def tab(qtbot, plan: Plan, signals: PlanSignals) -> MessageLibraryTab:  # noqa: ANN001
    widget = MessageLibraryTab(plan, signals, Session(author="Claire Dubois"))
    qtbot.addWidget(widget)
    return widget


def _titles(tab: MessageLibraryTab) -> list[str]:
    return [tab.model.message(r).title for r in range(tab.model.rowCount())]


def _retitle_behind_the_apps_back(plan: Plan, message_id: str, title: str) -> None:
    with plan.transaction() as db:
        db.execute("UPDATE messages SET title = ? WHERE id = ?", [title, message_id])


def _message(plan: Plan, title: str = "Communiqué") -> str:
    return plan.messages.add(title, audience="media", channel="press_release",
                             body="Texte").id


@pytest.mark.parametrize("write", ["message", "incident"])
def test_messages_and_incidents_read_the_library_again(
    tab: MessageLibraryTab, plan: Plan, write: str
) -> None:
    first = _message(plan)
    assert _titles(tab) == ["Communiqué"]
    _retitle_behind_the_apps_back(plan, first, "Communiqué de presse")
    if write == "message":
        _message(plan, "Note interne")
    else:
        plan.incidents.open("Bad buzz", author="Claire Dubois")
    assert "Communiqué de presse" in _titles(tab)


def test_other_topics_leave_the_library_as_read(tab: MessageLibraryTab, plan: Plan) -> None:
    first = _message(plan)
    incident = plan.incidents.open("Bad buzz", author="Claire Dubois")
    _retitle_behind_the_apps_back(plan, first, "Communiqué de presse")
    plan.contacts.add("Paul Durand", group="crisis_cell")
    plan.cell.add_role("Logistique")
    plan.info.update(organisation="Conserverie du Port")
    plan.journal.append(incident.id, "Tweet repris", author="Claire Dubois")
    plan.incidents.add_action(incident.id, "Appeler l'agence", author="Claire Dubois")
    assert _titles(tab) == ["Communiqué"]
