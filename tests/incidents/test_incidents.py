"""Incidents: one active at a time, crisis levels logged, closing, action items (the post-crisis
review and its plan tasks: tests/review/)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.clock import parse_utc
from app.errors import InvalidState, RecordNotFound, ValidationError
from app.plan import Plan


def test_opening_logs_the_opening_level(plan: Plan) -> None:
    incident = plan.incidents.open("Rappel lot 2417", author="Hélène", level="alerte")
    assert incident.is_active and incident.level == "alerte" and not incident.is_exercise
    entries = plan.journal.entries(incident.id)
    assert len(entries) == 1
    assert (entries[0].kind, entries[0].level, entries[0].author) == (
        "level_change", "alerte", "Hélène")
    assert entries[0].text == "Ouverture de l'incident « Rappel lot 2417 » au niveau alerte."
    assert entries[0].logged_at == incident.opened_at


def test_only_one_incident_may_be_active(plan: Plan) -> None:
    first = plan.incidents.open("Rappel", author="Hélène")
    with pytest.raises(InvalidState) as caught:
        plan.incidents.open("Autre", author="Paul")
    assert caught.value.reason == "incident_already_active"
    assert caught.value.details["incident_id"] == first.id
    assert plan.incidents.count() == 1
    plan.incidents.close(first.id, author="Hélène")
    second = plan.incidents.open("Autre", author="Paul", is_exercise=True)
    assert plan.incidents.active() == second
    assert [i.id for i in plan.incidents.list()] == [second.id, first.id]
    assert plan.incidents.latest() == second


def test_bad_opening_is_refused(plan: Plan) -> None:
    with pytest.raises(ValidationError):
        plan.incidents.open("X", author="Hélène", level="panique")
    with pytest.raises(ValidationError):
        plan.incidents.open("  ", author="Hélène")
    with pytest.raises(RecordNotFound):
        plan.incidents.open("X", author="Hélène", risk_id="no-such-risk")
    assert plan.incidents.count() == 0 and plan.journal.count() == 0


def test_a_level_change_is_logged(plan: Plan) -> None:
    incident = plan.incidents.open("Bad buzz", author="Hélène")
    raised = plan.incidents.change_level(incident.id, "crise", author="Paul",
                                         reason="Reprise par BFM")
    assert raised.level == "crise"
    history = plan.incidents.level_history(incident.id)
    assert [(e.level, e.author) for e in history] == [("veille", "Hélène"), ("crise", "Paul")]
    assert history[-1].kind == "level_change"
    assert history[-1].text == "Changement de niveau : veille → crise. Reprise par BFM"
    plan.incidents.change_level(incident.id, "crise_majeure", author="Paul")
    assert "crise majeure" in plan.incidents.level_history(incident.id)[-1].text


def test_a_level_change_that_changes_nothing_is_refused(plan: Plan) -> None:
    incident = plan.incidents.open("Bad buzz", author="Hélène", level="alerte")
    with pytest.raises(InvalidState):
        plan.incidents.change_level(incident.id, "alerte", author="Paul")
    with pytest.raises(ValidationError):
        plan.incidents.change_level(incident.id, "orange", author="Paul")
    assert plan.journal.count(incident.id) == 1


def test_closing_is_the_last_entry_and_the_log_then_refuses_entries(plan: Plan) -> None:
    incident = plan.incidents.open("Rappel", author="Hélène")
    closed = plan.incidents.close(incident.id, author="Hélène", reason="Lot retiré")
    assert not closed.is_active and closed.closed_at is not None
    assert plan.incidents.active() is None
    last = plan.journal.entries(incident.id)[-1]
    assert last.text == "Clôture de l'incident. Lot retiré"
    assert last.logged_at == closed.closed_at

    with pytest.raises(InvalidState) as caught:
        plan.journal.append(incident.id, "Trop tard", author="Paul")
    assert caught.value.reason == "incident_closed"
    with pytest.raises(InvalidState):
        plan.incidents.close(incident.id, author="Hélène")
    with pytest.raises(InvalidState):
        plan.incidents.change_level(incident.id, "crise", author="Paul")
    assert plan.incidents.get(incident.id).level == "veille"
    assert plan.journal.count(incident.id) == 2
    assert plan.journal.verify().ok


def test_an_english_plan_logs_in_english(tmp_path: Path) -> None:
    with Plan.create(tmp_path / "en.crisiscell", organisation="Mareval", language="en") as plan:
        incident = plan.incidents.open("Product recall", author="Helen", level="crise")
        plan.incidents.change_level(incident.id, "crise_majeure", author="Helen")
        texts = [e.text for e in plan.journal.entries(incident.id)]
    assert texts == ["Incident “Product recall” opened at level crisis.",
                     "Level changed: crisis → major crisis."]


def test_action_items_are_logged_and_flagged_overdue(plan: Plan) -> None:
    paul = plan.contacts.add("Paul Durand", group="crisis_cell")
    incident = plan.incidents.open("Rappel", author="Hélène")
    due = datetime(2026, 5, 4, 10, 30, tzinfo=UTC)
    action = plan.incidents.add_action(incident.id, "Appeler l'assureur", author="Hélène",
                                       owner_id=paul.id, due_at=due)
    assert action.due_at == "2026-05-04T10:30:00.000Z" and action.done_at is None
    logged = plan.journal.entries(incident.id, kinds=("action",))
    assert len(logged) == 1
    assert "Appeler l'assureur" in logged[0].text and "Paul Durand" in logged[0].text

    assert not action.is_overdue(now=due - timedelta(minutes=1))
    assert action.is_overdue(now=due + timedelta(minutes=1))
    done = plan.incidents.complete_action(action.id, author="Paul",
                                          done_at="2026-05-04T10:45:00Z")
    assert done.done_at == "2026-05-04T10:45:00.000Z"
    assert not done.is_overdue(now=due + timedelta(days=1))
    texts = [e.text for e in plan.journal.entries(incident.id, kinds=("action",))]
    assert "Action terminée : Appeler l'assureur." in texts
    assert len(texts) == 2
    with pytest.raises(InvalidState):
        plan.incidents.complete_action(action.id, author="Paul")


def test_an_action_without_due_time_is_never_overdue(plan: Plan) -> None:
    incident = plan.incidents.open("Rappel", author="Hélène")
    action = plan.incidents.add_action(incident.id, "Rédiger la FAQ", author="Hélène")
    assert not action.is_overdue(now=parse_utc("2099-01-01T00:00:00Z"))


def test_actions_list_open_ones_first_by_due_time(plan: Plan) -> None:
    incident = plan.incidents.open("Rappel", author="Hélène")
    add = plan.incidents.add_action
    late = add(incident.id, "Tard", author="H", due_at="2026-05-04T18:00:00Z")
    undated = add(incident.id, "Sans date", author="H")
    soon = add(incident.id, "Bientôt", author="H", due_at="2026-05-04T09:00:00Z")
    finished = add(incident.id, "Fini", author="H", due_at="2026-05-04T08:00:00Z")
    plan.incidents.complete_action(finished.id, author="H")
    assert [a.id for a in plan.incidents.actions(incident.id)] == [
        soon.id, late.id, undated.id, finished.id]


def test_bad_actions_are_refused_and_nothing_is_logged(plan: Plan) -> None:
    incident = plan.incidents.open("Rappel", author="Hélène")
    with pytest.raises(ValidationError):
        plan.incidents.add_action(incident.id, "Appeler", author="H", due_at="demain matin")
    with pytest.raises(RecordNotFound):
        plan.incidents.add_action(incident.id, "Appeler", author="H", owner_id="nobody")
    plan.incidents.close(incident.id, author="H")
    with pytest.raises(InvalidState):
        plan.incidents.add_action(incident.id, "Appeler", author="H")
    assert plan.incidents.actions(incident.id) == []
    assert plan.journal.count(incident.id, kinds=("action",)) == 0
