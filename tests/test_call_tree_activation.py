"""Running the call tree: each outcome logged as a call, the total time logged at the end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.call_tree_activation import CallTreeActivation, activation_text, format_duration
from app.plan import Plan


@pytest.fixture
def tree_plan(plan: Plan) -> tuple[Plan, list[str]]:
    boss = plan.contacts.add("Paul Lemaire", group="management")
    scribe = plan.contacts.add("Inès Haddad", group="crisis_cell")
    plan.cell.add_call(None, boss.id)
    plan.cell.add_call(boss.id, scribe.id)
    return plan, [boss.id, scribe.id]


def test_durations() -> None:
    assert format_duration(45) == "45 s"
    assert format_duration(12 * 60 + 3) == "12 min 03 s"
    assert format_duration(3600 + 5 * 60 + 9) == "1 h 05 min 09 s"
    assert format_duration(-3) == "0 s"


def test_texts_follow_the_language() -> None:
    assert activation_text("reached", "en", name="A") == "Call tree — A: reached."
    assert activation_text("reached", "de", name="A") == "Arbre d'appel — A : joint(e)."


def test_activation_logs_each_call_and_the_total_time(tree_plan: tuple[Plan, list[str]]) -> None:
    plan, (boss, scribe) = tree_plan
    incident = plan.incidents.open("Exercice", author="Hélène Martin")
    start = datetime(2026, 10, 14, 9, 0, tzinfo=UTC)
    run = CallTreeActivation(plan, incident.id, "Hélène Martin")
    assert run.start(now=start).text == "Activation de l'arbre d'appel (2 personnes à joindre)."
    run.record(boss, "no_answer", now=start + timedelta(minutes=1))
    assert not run.all_reached
    written = run.record(boss, "reached", now=start + timedelta(minutes=3))
    assert len(written) == 1 and run.reached == 1
    written = run.record(scribe, "reached", now=start + timedelta(minutes=7, seconds=30))
    assert [e.text for e in written] == [
        "Arbre d'appel — Inès Haddad : joint(e).",
        "Arbre d'appel terminé : les 2 personnes ont été jointes en 7 min 30 s.",
    ]
    assert run.all_reached
    assert run.elapsed_seconds(now=start + timedelta(hours=2)) == 450
    calls = plan.journal.entries(incident.id, kinds=("call",))
    assert [e.author for e in calls] == ["Hélène Martin"] * 5
    assert "pas de réponse" in calls[1].text


def test_bad_outcome_and_unstarted_run_change_nothing(tree_plan: tuple[Plan, list[str]]) -> None:
    plan, (boss, _) = tree_plan
    incident = plan.incidents.open("Exercice", author="Hélène Martin")
    run = CallTreeActivation(plan, incident.id, "Hélène Martin")
    before = plan.journal.count(incident.id)
    with pytest.raises(RuntimeError):
        run.record(boss, "reached")
    run.start()
    with pytest.raises(ValueError):
        run.record(boss, "maybe")
    assert plan.journal.count(incident.id) == before + 1
