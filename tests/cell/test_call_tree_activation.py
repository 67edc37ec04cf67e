"""Running the call tree: each outcome logged as a call, the total time logged at the end."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.cell.activation import CallTreeActivation, activation_text, format_duration
from app.keys.unlock import RECOVERY_KEY_FILE_ENV
from app.plan import Plan
from app.planfile.companions import KEYS, companion, wal_path
from tests.raw_plan import plan_key


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
        "Arbre d'appel terminé : les 2 personnes ont été jointes en 7 min 30 s "
        "(Paul Lemaire 3 min 00 s, Inès Haddad 7 min 30 s).",
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


START = datetime(2026, 10, 14, 9, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


def test_progress_is_rebuilt_from_the_log_after_a_restart(
        tree_plan: tuple[Plan, list[str]]) -> None:
    plan, (boss, scribe) = tree_plan
    incident = plan.incidents.open("Exercice", author="Hélène Martin")
    run = CallTreeActivation(plan, incident.id, "Hélène Martin")
    run.start(now=START)
    run.record(boss, "reached", now=at(2))
    run.record(scribe, "message_left", now=at(4))
    path = plan.path
    plan.close()
    with Plan.open(path) as reopened:
        again = CallTreeActivation.resume(reopened, incident.id, "Inès Haddad")
        assert again.is_started and again.started_at == run.started_at
        assert again.outcomes == {boss: "reached", scribe: "message_left"}
        assert again.reached == 1 and again.completed_at is None
        assert again.times_to_reach() == {boss: 120.0}
        # Going on from where it stood: no second "activated" entry, the clock kept.
        written = again.record(scribe, "reached", now=at(9))
        assert written[-1].text.startswith("Arbre d'appel terminé : les 2 personnes ont été "
                                           "jointes en 9 min 00 s")
        starts = [e for e in reopened.journal.entries(incident.id, kinds=("call",))
                  if e.text.startswith("Activation")]
        assert len(starts) == 1
        done = CallTreeActivation.resume(reopened, incident.id, "Inès Haddad")
        assert done.completed_at == written[-1].logged_at
        assert done.elapsed_seconds(now=at(60)) == 540


def test_a_one_person_tree_reads_back_completed_in_french(plan: Plan) -> None:
    # French's singular "completed" names no count: it is read back by its opening words.
    boss = plan.contacts.add("Paul Lemaire", group="management")
    plan.cell.add_call(None, boss.id)
    incident = plan.incidents.open("Exercice", author="H")
    run = CallTreeActivation(plan, incident.id, "H")
    assert run.start(now=START).text == "Activation de l'arbre d'appel (1 personne à joindre)."
    written = run.record(boss.id, "reached", now=at(2))
    assert written[-1].text == ("Arbre d'appel terminé : la personne à joindre a été jointe "
                                "en 2 min 00 s (Paul Lemaire 2 min 00 s).")
    resumed = CallTreeActivation.resume(plan, incident.id, "H")
    assert resumed.completed_at == written[-1].logged_at


def test_no_run_yet_and_starting_again(tree_plan: tuple[Plan, list[str]]) -> None:
    plan, (boss, _) = tree_plan
    incident = plan.incidents.open("Exercice", author="Hélène Martin")
    assert not CallTreeActivation.resume(plan, incident.id, "H").is_started
    plan.journal.append(incident.id, "Appel de la préfecture", kind="call", author="H")
    assert not CallTreeActivation.resume(plan, incident.id, "H").is_started  # a typed call
    run = CallTreeActivation(plan, incident.id, "H")
    run.start(now=START)
    run.record(boss, "reached", now=at(1))
    run.start(now=at(30))  # start again: an explicit new run
    assert run.outcomes == {}
    resumed = CallTreeActivation.resume(plan, incident.id, "H")
    assert (resumed.started_at, resumed.outcomes) == (run.started_at, {})


def test_an_outcome_is_corrected_by_a_correction_entry(
        tree_plan: tuple[Plan, list[str]]) -> None:
    plan, (boss, scribe) = tree_plan
    incident = plan.incidents.open("Exercice", author="Hélène Martin")
    run = CallTreeActivation(plan, incident.id, "H")
    run.start(now=START)
    first = run.record(boss, "reached", now=at(2))[0]
    with pytest.raises(ValueError):
        run.correct(scribe, "reached")  # nothing logged for her yet
    with pytest.raises(ValueError):
        run.correct(boss, "reached")  # already that
    fix = run.correct(boss, "no_answer", now=at(3))[0]
    assert (fix.corrects_id, fix.refers_to_id, fix.kind) == (first.id, run.start_id, "call")
    assert fix.text == "Arbre d'appel — Paul Lemaire : pas de réponse."
    assert plan.journal.get(first.id).text.endswith("joint(e).")  # kept, append-only
    assert run.outcomes[boss] == "no_answer" and run.reached == 0
    resumed = CallTreeActivation.resume(plan, incident.id, "H")
    assert resumed.outcomes == {boss: "no_answer"}
    # Corrected back to reached: the time to reach is the call's, not the correction's.
    resumed.correct(boss, "reached", now=at(10))
    assert resumed.times_to_reach() == {boss: 120.0}
    assert CallTreeActivation.resume(plan, incident.id, "H").times_to_reach() == {boss: 120.0}
    assert plan.journal.verify().ok


def test_no_answer_offers_the_deputy_who_covers_the_role(
        tree_plan: tuple[Plan, list[str]]) -> None:
    plan, (boss, scribe) = tree_plan
    deputy = plan.contacts.add("Marc Petit", group="crisis_cell")
    plan.cell.assign_role("crisis_director", holder_id=boss, deputy_id=deputy.id)
    incident = plan.incidents.open("Exercice", author="Hélène Martin")
    run = CallTreeActivation(plan, incident.id, "H")
    run.start(now=START)
    assert run.offered_deputies() == {}
    run.record(boss, "no_answer", now=at(1))
    assert run.offered_deputies() == {boss: deputy.id}
    run.record(scribe, "reached", now=at(2))
    written = run.record(deputy.id, "reached", now=at(5))
    assert [e.text for e in written] == [
        "Arbre d'appel — Marc Petit, suppléant(e) de Paul Lemaire : joint(e).",
        "Arbre d'appel terminé : les 2 personnes ont été jointes en 5 min 00 s (Inès Haddad "
        "2 min 00 s, Marc Petit, suppléant(e) de Paul Lemaire 5 min 00 s).",
    ]
    resumed = CallTreeActivation.resume(plan, incident.id, "H")
    assert resumed.outcomes == {boss: "no_answer", scribe: "reached", deputy.id: "reached"}
    assert resumed.all_reached and resumed.completed_at == written[-1].logged_at
    stranger = plan.contacts.add("Zoé Inconnue", group="crisis_cell")
    with pytest.raises(ValueError):
        run.record(stranger.id, "reached")


def test_english_texts_are_read_back(tmp_path: Path) -> None:
    with Plan.create(tmp_path / "en.crisiscell", organisation="ACME", language="en") as plan:
        boss = plan.contacts.add("Paul Lemaire", group="management")
        plan.cell.add_call(None, boss.id)
        incident = plan.incidents.open("Drill", author="H")
        run = CallTreeActivation(plan, incident.id, "H")
        assert run.start(now=START).text == "Call tree activated (1 person to reach)."
        written = run.record(boss.id, "reached", now=at(1))
        assert written[-1].text == ("Call tree completed: the 1 person to reach was reached "
                                    "in 1 min 00 s (Paul Lemaire 1 min 00 s).")
        assert CallTreeActivation.resume(plan, incident.id, "H").completed_at is not None


def _bytes(path: Path) -> str:
    digest = hashlib.sha256()
    for part in (path, wal_path(path), companion(path, KEYS)):
        digest.update(part.read_bytes() if part.exists() else b"-")
    return digest.hexdigest()


def test_resuming_writes_nothing(tree_plan: tuple[Plan, list[str]]) -> None:
    plan, (boss, _) = tree_plan
    incident = plan.incidents.open("Exercice", author="Hélène Martin")
    run = CallTreeActivation(plan, incident.id, "H")
    run.start(now=START)
    run.record(boss, "reached", now=at(1))
    path = plan.path
    plan.close()
    before = _bytes(path)
    with Plan.open(path) as reopened:
        CallTreeActivation.resume(reopened, incident.id, "H")
    assert _bytes(path) == before


KILLED_CHILD = """
import os, signal, sys
from app.cell.activation import CallTreeActivation
from app.plan import Plan

plan = Plan.open(sys.argv[1])
run = CallTreeActivation.resume(plan, plan.incidents.active().id, "Robot")
run.start()
run.record(sys.argv[2], "reached")
run.record(sys.argv[3], "no_answer")
os.kill(os.getpid(), signal.SIGKILL)  # the window killed mid-run, the plan still open
"""


def test_progress_survives_a_sigkill(tree_plan: tuple[Plan, list[str]], tmp_path: Path) -> None:
    plan, (boss, scribe) = tree_plan
    incident = plan.incidents.open("Exercice", author="Hélène Martin")
    path = plan.path
    plan.close()
    key_path = tmp_path / "recovery.key"
    key_path.write_text(plan_key(path).hex())
    child = subprocess.run(
        [sys.executable, "-c", KILLED_CHILD, str(path), boss, scribe],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, timeout=120,
        env={**os.environ, RECOVERY_KEY_FILE_ENV: str(key_path)}, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    with Plan.open(path) as reopened:
        run = CallTreeActivation.resume(reopened, incident.id, "Hélène Martin")
        assert run.is_started and run.outcomes == {boss: "reached", scribe: "no_answer"}
        assert reopened.journal.verify().ok
