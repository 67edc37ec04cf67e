"""A risk's checklist becomes the incident's action items at opening, all or nothing."""

from __future__ import annotations

import pytest

from app.errors import RecordNotFound, ValidationError
from app.plan import Plan
from app.risks.playbook import PlannedAction, checklist_actions, open_incident

OPENED = "2026-12-01T02:00:00.000Z"


def _risk(plan: Plan):
    owner = plan.contacts.add("Claire Dubois", group="crisis_cell")
    return plan.risks.add("Fuite de données", category="cyber", likelihood=3, impact=5,
                          owner_id=owner.id, checklist=["Isoler les serveurs",
                                                        "Prévenir l'assureur"])


def test_the_checklist_is_offered_with_the_risks_owner(plan: Plan) -> None:
    risk = _risk(plan)
    assert checklist_actions(risk) == [
        PlannedAction("Isoler les serveurs", risk.owner_id, 1),
        PlannedAction("Prévenir l'assureur", risk.owner_id, 1)]


def test_opening_creates_the_chosen_actions_with_owner_and_due_time(plan: Plan) -> None:
    risk = _risk(plan)
    other = plan.contacts.add("Paul Lemaire", group="management")
    first, second = checklist_actions(risk)
    incident = open_incident(
        plan, "Fuite", author="Hélène", risk_id=risk.id, opened_at=OPENED,
        actions=[first, PlannedAction(second.title, other.id, 4)])
    actions = plan.incidents.actions(incident.id)
    assert [(a.title, a.owner_id, a.due_at) for a in actions] == [
        ("Isoler les serveurs", risk.owner_id, "2026-12-01T03:00:00.000Z"),
        ("Prévenir l'assureur", other.id, "2026-12-01T06:00:00.000Z")]
    kinds = [e.kind for e in plan.journal.entries(incident.id)]
    assert kinds == ["level_change", "action", "action"]


@pytest.mark.parametrize("bad", [
    PlannedAction("", None, 1), PlannedAction("Isoler", None, 0),
    PlannedAction("Isoler", "no-such-contact", 1)])
def test_a_bad_action_opens_nothing(plan: Plan, bad: PlannedAction) -> None:
    risk = _risk(plan)
    with pytest.raises((ValidationError, RecordNotFound)):
        open_incident(plan, "Fuite", author="Hélène", risk_id=risk.id,
                      actions=[checklist_actions(risk)[0], bad])
    assert plan.incidents.count() == 0 and plan.incidents.active() is None
    assert plan.journal.count() == 0
