"""An incident ends properly (issue 9, 5 and 6): what is still open at closing, the closure as
its own kind with its statement, dropped and carried actions, information status sources, and
`crisiscell status`."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.cli.main import main
from app.errors import InvalidState, RecordNotFound, ValidationError
from app.plan import Plan
from app.planfile.companions import KEYS, WAL, companion


def _open_with_work(plan: Plan) -> tuple[str, str, str, str]:
    incident = plan.incidents.open("Fuite de données", author="Hélène", level="alerte")
    owner = plan.contacts.add("Paul Martin", group="crisis_cell").id
    action = plan.incidents.add_action(incident.id, "Prévenir la CNIL", author="Hélène",
                                       owner_id=owner)
    rumour = plan.journal.append(incident.id, "Tendance sur X", kind="information",
                                 author="Paul")
    checked = plan.journal.append(incident.id, "Base exposée ?", kind="information",
                                  author="Paul")
    plan.journal.set_info_status(checked.id, "verified", author="Hélène")
    return incident.id, action.id, rumour.id, checked.id


def test_open_items_name_open_actions_and_information_to_verify(plan: Plan) -> None:
    incident_id, action_id, rumour_id, _checked = _open_with_work(plan)
    items = plan.incidents.open_items(incident_id)
    assert [a.id for a in items.actions] == [action_id]
    assert [e.id for e in items.to_verify] == [rumour_id]
    assert not items.empty
    plan.incidents.complete_action(action_id, author="Hélène")
    plan.journal.set_info_status(rumour_id, "false", author="Hélène")
    assert plan.incidents.open_items(incident_id).empty


def test_closure_is_its_own_kind_with_the_statement(plan: Plan) -> None:
    incident_id, _action, _rumour, _checked = _open_with_work(plan)
    closed = plan.incidents.close(incident_id, author="Hélène",
                                  statement="Fuite contenue, clients prévenus.")
    last = plan.journal.entries(incident_id)[-1]
    assert last.kind == "closure"
    assert last.text == ("Clôture de l'incident. Déclaration de clôture : Fuite contenue, "
                         "clients prévenus. Informations encore à vérifier à la clôture : 1.")
    assert last.logged_at == closed.closed_at
    assert plan.journal.verify().ok


def test_a_bad_statement_closes_nothing(plan: Plan) -> None:
    incident_id, *_ = _open_with_work(plan)
    count = plan.journal.count(incident_id)
    with pytest.raises(ValidationError):
        plan.incidents.close(incident_id, author="Hélène", statement="x" * 5001)
    assert plan.incidents.get(incident_id).is_active
    assert plan.journal.count(incident_id) == count


def test_an_action_dropped_needs_a_reason_and_is_logged(plan: Plan) -> None:
    incident_id, action_id, *_ = _open_with_work(plan)
    count = plan.journal.count(incident_id)
    with pytest.raises(ValidationError):
        plan.incidents.drop_action(action_id, reason="  ", author="Hélène")
    assert plan.journal.count(incident_id) == count
    plan.incidents.drop_action(action_id, reason="Faite par l'avocat", author="Hélène")
    assert plan.incidents.actions(incident_id) == []
    with pytest.raises(RecordNotFound):
        plan.incidents.action(action_id)
    last = plan.journal.entries(incident_id)[-1]
    assert (last.kind, last.text) == (
        "action", "Action abandonnée : Prévenir la CNIL. Motif : Faite par l'avocat")


def test_an_action_carried_becomes_a_plan_task(plan: Plan) -> None:
    incident_id, action_id, *_ = _open_with_work(plan)
    owner = plan.incidents.action(action_id).owner_id
    task = plan.incidents.carry_action(action_id, author="Hélène")
    assert (task.title, task.owner_id, task.incident_id) == (
        "Prévenir la CNIL", owner, incident_id)
    assert plan.incidents.open_items(incident_id).actions == []
    assert plan.journal.entries(incident_id)[-1].text == (
        "Action reportée dans les tâches du plan : Prévenir la CNIL.")


def test_a_done_action_cannot_be_dropped_or_carried(plan: Plan) -> None:
    incident_id, action_id, *_ = _open_with_work(plan)
    plan.incidents.complete_action(action_id, author="Hélène")
    count = plan.journal.count(incident_id)
    with pytest.raises(InvalidState):
        plan.incidents.drop_action(action_id, reason="x", author="Hélène")
    with pytest.raises(InvalidState):
        plan.incidents.carry_action(action_id, author="Hélène")
    assert plan.journal.count(incident_id) == count and plan.review.tasks() == []


def test_a_status_change_records_who_and_the_source(plan: Plan) -> None:
    incident_id, _action, rumour_id, checked_id = _open_with_work(plan)
    change = plan.journal.set_info_status(rumour_id, "false", author="Léa",
                                          source="Appel du prestataire")
    assert change.author == "Léa"
    assert change.text == "Information fausse (source : Appel du prestataire) : Tendance sur X"
    assert [c.info_status for c in plan.journal.status_history(checked_id)] == ["verified"]
    assert [c.id for c in plan.journal.status_history(rumour_id)] == [change.id]
    with pytest.raises(ValidationError):
        plan.journal.set_info_status(rumour_id, "verified", author="Léa", source="s" * 501)
    assert plan.journal.current_status(rumour_id) == "false"


# --- crisiscell status ---------------------------------------------------------------------

def _digest(path: Path) -> str:
    """The bytes of the plan, its write-ahead log and its key file."""
    digest = hashlib.sha256()
    for part in (path, companion(path, WAL), companion(path, KEYS)):
        digest.update(part.read_bytes() if part.exists() else b"-")
    return digest.hexdigest()


@pytest.fixture
def plan_file(tmp_path: Path) -> tuple[Path, str, str]:
    path = tmp_path / "plan.crisiscell"
    with Plan.create(path, organisation="Conserverie Test") as plan:
        incident = plan.incidents.open("Rumeur", author="Hélène")
        info = plan.journal.append(incident.id, "Rappel annoncé ?", kind="information",
                                   author="Paul")
        note = plan.journal.append(incident.id, "Constat", author="Paul")
    return path, info.id, note.id


def test_cli_status_sets_the_status_with_its_source(
    plan_file: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, info_id, _note = plan_file
    status = main(["status", info_id, "verified", "--source", "Site de la DGCCRF",
                   "--author", "Léa", "--plan", str(path)])
    out = capsys.readouterr().out
    assert status == 0
    change_id = out.split(":")[0]
    assert out == (f"{change_id}: information {info_id} is now verified "
                   "(source: Site de la DGCCRF), confirmed by Léa\n")
    with Plan.open(path) as plan:
        change = plan.journal.get(change_id)
        assert (change.kind, change.refers_to_id, change.author) == (
            "status_change", info_id, "Léa")
        assert plan.journal.current_status(info_id) == "verified"
        assert plan.journal.verify().ok


@pytest.mark.parametrize(("which", "word", "expected"), [
    ("info", "probable", "unknown status 'probable'; use one of to_verify, verified, false"),
    ("note", "verified", "is not an incoming information: only information has a status"),
    ("none", "verified", "names no journal entry"),
])
def test_cli_status_refuses_bad_input_and_changes_nothing(
    plan_file: tuple[Path, str, str], capsys: pytest.CaptureFixture[str],
    which: str, word: str, expected: str,
) -> None:
    path, info_id, note_id = plan_file
    entry = {"info": info_id, "note": note_id, "none": "no-such-entry"}[which]
    before = _digest(path)
    status = main(["status", entry, word, "--plan", str(path)])
    captured = capsys.readouterr()
    assert status == 2 and captured.out == ""
    assert expected in captured.err
    assert _digest(path) == before


def test_closing_settles_actions_in_the_same_transaction(plan: Plan) -> None:
    incident_id, action_id, *_ = _open_with_work(plan)
    other = plan.incidents.add_action(incident_id, "Changer les mots de passe", author="Léa")
    count = plan.journal.count(incident_id)
    for settle in ({action_id: ("forget", "")},  # not a choice
                   {action_id: ("done", ""), other.id: ("drop", " ")}):  # drop: no reason
        with pytest.raises(ValidationError):
            plan.incidents.close(incident_id, author="Hélène", statement="Fin",
                                 settle=settle)
        assert plan.journal.count(incident_id) == count
        assert plan.incidents.get(incident_id).is_active
        assert [a.done_at for a in plan.incidents.open_items(incident_id).actions] == [None] * 2
    plan.incidents.close(incident_id, author="Hélène", statement="Fin", settle={
        action_id: ("done", ""), other.id: ("drop", "Fait par l'hébergeur")})
    kinds = [e.kind for e in plan.journal.entries(incident_id)[-3:]]
    assert kinds == ["action", "action", "closure"]  # the closure sorts after what it settled
    assert plan.incidents.action(action_id).done_at is not None
