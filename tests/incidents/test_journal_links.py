"""Corrections and information statuses of an incident, read in one pass."""

from __future__ import annotations

from app.incidents.links import incident_links
from app.plan import Plan


def test_links_follow_corrections_and_status_changes(plan: Plan) -> None:
    incident = plan.incidents.open("Fuite", author="A")
    first = plan.journal.append(incident.id, "Le serveur est touché", author="A")
    fix = plan.journal.correct(first.id, "Le serveur n'est pas touché", author="B")
    info = plan.journal.append(incident.id, "Vol de données", kind="information", author="A")
    links = incident_links(plan, incident.id)
    assert links.corrected_by == {first.id: [fix.id]}
    assert links.status[info.id] == "to_verify"
    plan.journal.set_info_status(info.id, "false", author="A")
    assert incident_links(plan, incident.id).status[info.id] == "false"
    assert plan.journal.current_status(info.id) == "false"
