"""The header reads the plan again on the topics it shows (incidents, plan settings), and
only on those: a change to anything else leaves what it shows as it was read."""

from __future__ import annotations

import pytest

from app.plan import Plan
from ui.window.header import Header
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session


@pytest.fixture
def header(qtbot, plan: Plan, signals: PlanSignals) -> Header:  # noqa: ANN001
    widget = Header(plan, signals, Session(author="Claire Dubois"))
    qtbot.addWidget(widget)
    return widget


def _rename_behind_the_apps_back(plan: Plan, organisation: str) -> None:
    """A committed write that announces nothing: what a widget shows of it tells whether
    the widget read the plan again."""
    with plan.transaction() as db:
        db.execute("UPDATE plan SET organisation = ?", [organisation])


def test_the_header_shows_an_incident_opened_and_its_level(header: Header, plan: Plan) -> None:
    assert header.incident_label.text() == "No active incident"
    incident = plan.incidents.open("Bad buzz", author="Claire Dubois")
    assert header.incident_label.text() == "Bad buzz"
    plan.incidents.change_level(incident.id, "crise", author="Claire Dubois")
    assert "CRISIS" in header.level_badge.text()
    plan.incidents.close(incident.id, author="Claire Dubois")
    assert header.incident_label.text() == "No active incident"


def test_the_header_reads_again_on_plan_settings(header: Header, plan: Plan) -> None:
    plan.info.update(organisation="Conserverie du Port")
    assert header.organisation_label.text() == "Conserverie du Port"


def test_the_header_does_not_read_again_on_other_topics(header: Header, plan: Plan) -> None:
    assert header.organisation_label.text() == "Conserverie Test"
    _rename_behind_the_apps_back(plan, "Conserverie Cachée")
    paul = plan.contacts.add("Paul Durand", group="crisis_cell")
    plan.risks.add("Rappel", category="product", likelihood=2, impact=3)
    plan.messages.add("Communiqué", audience="media", channel="press_release", body="Texte")
    plan.cell.add_call(None, paul.id)
    plan.review.add_task("Revoir l'annuaire")
    assert header.organisation_label.text() == "Conserverie Test"
    # …but each of those was a save: the offline line says when.
    assert "last save" in header.offline_label.text()
    plan.incidents.open("Bad buzz", author="Claire Dubois")  # a topic it shows
    assert header.organisation_label.text() == "Conserverie Cachée"


def test_the_header_does_not_read_again_on_a_log_entry(header: Header, plan: Plan) -> None:
    incident = plan.incidents.open("Bad buzz", author="Claire Dubois")
    _rename_behind_the_apps_back(plan, "Conserverie Cachée")
    plan.journal.append(incident.id, "Tweet repris", author="Claire Dubois")
    assert header.organisation_label.text() == "Conserverie Test"
