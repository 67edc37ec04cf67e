"""The live incident log: what an entry holds, corrections and information statuses, the
append-only triggers, one chain per incident and laptop, search and the head hash."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.clock import parse_utc, utc_now
from app.errors import InvalidState, ValidationError
from app.incidents.journal import Journal, entry_hash, genesis_hash
from app.plan import Plan
from app.store import Topic
from tests import raw_plan
from tests.raw_plan import raw_connect

LAPTOP_A = "0190test-0000-7000-8000-laptop000001"
LAPTOP_B = "0190test-0000-7000-8000-laptop000002"


@pytest.fixture
def incident_id(plan: Plan) -> str:
    return plan.incidents.open("Rappel lot 2417", author="Hélène").id


def test_an_entry_holds_what_was_logged(plan: Plan, incident_id: str) -> None:
    before = utc_now()
    entry = plan.journal.append(incident_id, "  Appel de l'ARS  ", kind="call", author="Paul")
    after = utc_now()
    assert (entry.incident_id, entry.kind, entry.text, entry.author) == (
        incident_id, "call", "Appel de l'ARS", "Paul")
    assert entry.device_id == LAPTOP_A
    assert entry.seq == 2  # the opening is entry 1 of this laptop's chain
    assert before <= entry.logged_at <= after
    assert entry.logged_at.endswith("Z")
    assert entry.occurred_at is None and entry.info_status is None and entry.level is None
    assert entry.hash == entry_hash(entry.__dict__)
    assert entry.prev_hash == plan.journal.entries(incident_id)[0].hash
    assert plan.journal.get(entry.id) == entry


def test_occurred_at_is_stored_in_utc(plan: Plan, incident_id: str) -> None:
    aware = datetime(2026, 3, 5, 9, 15, tzinfo=UTC)
    entry = plan.journal.append(incident_id, "Premier tweet", author="Paul", occurred_at=aware)
    assert entry.occurred_at == "2026-03-05T09:15:00.000Z"
    typed = plan.journal.append(incident_id, "Appel", author="Paul",
                                occurred_at="2026-03-05T10:15:00+01:00")
    assert typed.occurred_at == "2026-03-05T09:15:00.000Z"
    naive = datetime(2026, 3, 5, 9, 15)  # a time typed by a person is their local time
    local = plan.journal.append(incident_id, "Réunion", author="Paul", occurred_at=naive)
    assert parse_utc(local.occurred_at) == naive.astimezone()


@pytest.mark.parametrize(
    ("kwargs", "field", "reason"),
    [({"kind": "rumour"}, "kind", "unknown_choice"),
     ({"text": "   "}, "text", "required"),
     ({"author": ""}, "author", "required"),
     ({"occurred_at": "hier soir"}, "occurred_at", "not_a_time"),
     ({"info_status": "verified"}, "info_status", "not_for_kind"),
     ({"kind": "information", "info_status": "maybe"}, "info_status", "unknown_choice"),
     ({"kind": "level_change", "level": "panique"}, "level", "unknown_choice"),
     ({"kind": "status_change", "info_status": "verified"}, "refers_to_id", "required"),
     ({"corrects_id": "no-such-entry"}, "corrects_id", "unknown_entry")],
)
def test_bad_entries_are_refused_and_nothing_is_logged(
    plan: Plan, incident_id: str, kwargs: dict, field: str, reason: str
) -> None:
    values = {"text": "Texte", "author": "Paul", **kwargs}
    with pytest.raises(ValidationError) as caught:
        plan.journal.append(incident_id, values.pop("text"), **values)
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert plan.journal.count(incident_id) == 1


def test_an_unknown_incident_is_refused(plan: Plan) -> None:
    with pytest.raises(ValidationError) as caught:
        plan.journal.append("no-such-incident", "Texte", author="Paul")
    assert caught.value.reason == "unknown_incident"


def test_an_entry_of_another_incident_cannot_be_corrected_here(plan: Plan,
                                                                incident_id: str) -> None:
    other_entry = plan.journal.entries(incident_id)[0]
    plan.incidents.close(incident_id, author="Hélène")
    second = plan.incidents.open("Autre", author="Hélène")
    with pytest.raises(ValidationError) as caught:
        plan.journal.append(second.id, "Correction", author="Paul", corrects_id=other_entry.id)
    assert caught.value.reason == "unknown_entry"


def test_a_correction_is_a_new_entry_pointing_at_the_old_one(plan: Plan,
                                                             incident_id: str) -> None:
    wrong = plan.journal.append(incident_id, "Lot 2471 concerné", kind="decision", author="Paul")
    fixed = plan.journal.correct(wrong.id, "Lot 2417 concerné (pas 2471)", author="Hélène")
    assert (fixed.kind, fixed.corrects_id, fixed.author) == ("decision", wrong.id, "Hélène")
    assert plan.journal.get(wrong.id) == wrong  # the original stays as it was
    assert plan.journal.corrections_of(wrong.id) == [fixed]
    assert plan.journal.corrections_of(fixed.id) == []
    assert plan.journal.verify().ok


def test_information_status_changes(plan: Plan, incident_id: str) -> None:
    rumour = plan.journal.append(incident_id, "Un client aurait été hospitalisé",
                                 kind="information", author="Paul")
    assert rumour.info_status == "to_verify"
    assert plan.journal.current_status(rumour.id) == "to_verify"
    change = plan.journal.set_info_status(rumour.id, "false", author="Hélène")
    assert (change.kind, change.refers_to_id, change.info_status) == (
        "status_change", rumour.id, "false")
    assert change.text == "Information fausse : Un client aurait été hospitalisé"
    assert plan.journal.current_status(rumour.id) == "false"
    plan.journal.set_info_status(rumour.id, "verified", author="Hélène")
    assert plan.journal.current_status(rumour.id) == "verified"
    assert plan.journal.get(rumour.id).info_status == "to_verify"  # never rewritten


def test_only_information_has_a_status(plan: Plan, incident_id: str) -> None:
    note = plan.journal.append(incident_id, "Observation", author="Paul")
    with pytest.raises(ValidationError):
        plan.journal.set_info_status(note.id, "verified", author="Hélène")
    with pytest.raises(ValidationError):
        plan.journal.append(incident_id, "x", kind="status_change", author="Paul",
                            refers_to_id=note.id, info_status="verified")
    rumour = plan.journal.append(incident_id, "Rumeur", kind="information", author="Paul")
    with pytest.raises(ValidationError):
        plan.journal.set_info_status(rumour.id, "probable", author="Hélène")
    assert plan.journal.count(incident_id, kinds=("status_change",)) == 0


@pytest.mark.parametrize(
    "statement",
    ["UPDATE journal_entries SET text = 'réécrit'",
     "UPDATE journal_entries SET author = 'quelqu''un' WHERE seq = 1",
     "DELETE FROM journal_entries",
     "DELETE FROM journal_entries WHERE seq = 2"],
)
def test_the_file_itself_refuses_rewriting_the_log(plan: Plan, incident_id: str,
                                                   statement: str) -> None:
    plan.journal.append(incident_id, "Appel", author="Paul")
    path = plan.path
    plan.close()
    raw = raw_connect(path)
    try:
        with pytest.raises(raw_plan.DatabaseError, match="journal_append_only"):
            raw.execute(statement)
        raw.rollback()
    finally:
        raw.close()
    with Plan.open(path) as reopened:
        assert [e.text for e in reopened.journal.entries(incident_id)][1:] == ["Appel"]
        assert reopened.journal.verify().ok


def test_the_store_refuses_rewriting_the_log_too(plan: Plan, incident_id: str) -> None:
    entry = plan.journal.entries(incident_id)[0]
    with pytest.raises(raw_plan.IntegrityError), plan._store.write():
        plan._store.update("journal_entries", entry.id, {"text": "réécrit"}, Topic.JOURNAL)
    assert plan.journal.get(entry.id) == entry


def test_each_laptop_keeps_its_own_chain_per_incident(plan: Plan, incident_id: str) -> None:
    laptop_b = Journal(plan._store, LAPTOP_B, "fr")
    a1 = plan.journal.append(incident_id, "A parle", author="Hélène")
    b1 = laptop_b.append(incident_id, "B parle", author="Paul")
    b2 = laptop_b.append(incident_id, "B continue", author="Paul")
    a2 = plan.journal.append(incident_id, "A continue", author="Hélène")
    assert (a1.seq, a2.seq) == (2, 3)
    assert (b1.seq, b2.seq) == (1, 2)
    assert b1.device_id == LAPTOP_B
    assert b1.prev_hash == genesis_hash(incident_id, LAPTOP_B)
    assert b2.prev_hash == b1.hash
    assert a2.prev_hash == a1.hash
    report = plan.journal.verify()
    assert report.ok and report.chains == 2 and report.checked == 5
    assert laptop_b.verify(incident_id).ok


def test_two_laptops_on_one_file_form_two_chains(plan: Plan, incident_id: str) -> None:
    other = Plan.open(plan.path, device_id=LAPTOP_B)
    try:
        for n in range(3):
            plan.journal.append(incident_id, f"A {n}", author="Hélène")
            other.journal.append(incident_id, f"B {n}", author="Paul")
        report = other.journal.verify(incident_id)
    finally:
        other.close()
    assert report.ok and (report.chains, report.checked) == (2, 7)


def test_chains_are_per_incident(plan: Plan, incident_id: str) -> None:
    plan.incidents.close(incident_id, author="Hélène")
    second = plan.incidents.open("Deuxième", author="Hélène")
    assert plan.journal.entries(second.id)[0].seq == 1
    assert plan.journal.entries(second.id)[0].prev_hash == genesis_hash(second.id, LAPTOP_A)
    report = plan.journal.verify()
    assert report.ok and report.chains == 2


def test_entries_window_and_counts(plan: Plan, incident_id: str) -> None:
    for n in range(5):
        plan.journal.append(incident_id, f"Note {n}", author="Paul",
                            kind="decision" if n % 2 else "observation")
    texts = [e.text for e in plan.journal.entries(incident_id)]
    assert texts[1:] == [f"Note {n}" for n in range(5)]
    assert [e.text for e in plan.journal.entries(incident_id, limit=2, offset=2)] == [
        "Note 1", "Note 2"]
    assert plan.journal.count(incident_id) == 6
    assert plan.journal.count(incident_id, kinds=("decision",)) == 2
    assert plan.journal.count() == 6
    with pytest.raises(ValidationError):
        plan.journal.entries(incident_id, kinds=("rumour",))


@pytest.fixture
def searchable(plan: Plan, incident_id: str) -> dict[str, str]:
    texts = {
        "label": "Étiquette erronée sur le lot 2417",
        "contamination": "Suspicion de contamination à Lyon",
        "leak": "Data leak signalé par un client",
        "call": "Appel du journaliste de Libération",
    }
    return {key: plan.journal.append(incident_id, text, author="Paul").id
            for key, text in texts.items()}


@pytest.mark.parametrize(
    ("query", "expected"),
    [("etiquette", ["label"]),
     ("ÉTIQUETTE", ["label"]),
     ("contam", ["contamination"]),
     ("lyon contamination", ["contamination"]),
     ("liberation", ["call"]),
     ("data-leak", ["leak"]),
     ('"data', ["leak"]),
     ("leak*", ["leak"]),
     ("(appel", ["call"]),
     ("appel)", ["call"]),
     ("NOT appel", []),
     ("lot AND", []),
     ("lot 2417 erronee", ["label"]),
     ("zzz", [])],
)
def test_search_ignores_accents_matches_prefixes_and_survives_syntax(
    plan: Plan, searchable: dict[str, str], query: str, expected: list[str]
) -> None:
    found = [e.id for e in plan.journal.search(query)]
    assert found == [searchable[key] for key in expected]


@pytest.mark.parametrize("query", ['"', "-", "*", "(", ")", "^", ":", "", "   ", '"-*('])
def test_search_of_only_syntax_finds_nothing_and_does_not_fail(
    plan: Plan, searchable: dict[str, str], query: str
) -> None:
    assert plan.journal.search(query) == []


def test_search_finds_authors_and_stays_in_its_incident(plan: Plan, incident_id: str) -> None:
    plan.journal.append(incident_id, "Point presse", author="Nadia Benali")
    plan.incidents.close(incident_id, author="Hélène")
    other = plan.incidents.open("Autre", author="Hélène")
    mine = plan.journal.append(other.id, "Point presse bis", author="Paul")
    assert [e.author for e in plan.journal.search("benali")] == ["Nadia Benali"]
    assert [e.id for e in plan.journal.search("presse", incident_id=other.id)] == [mine.id]
    assert len(plan.journal.search("presse")) == 2


def test_head_hash_follows_every_chain(plan: Plan) -> None:
    incident = plan.incidents.open("Rappel", author="Hélène")
    empty = plan.incidents.close(incident.id, author="Hélène")
    assert plan.journal.head_hash("no-such-incident") is None
    incident = plan.incidents.open("Autre", author="Hélène")
    first = plan.journal.head_hash(incident.id)
    assert first == plan.journal.entries(incident.id)[-1].hash
    latest = plan.journal.append(incident.id, "Appel", author="Paul")
    assert plan.journal.head_hash(incident.id) == latest.hash != first
    other = Journal(plan._store, LAPTOP_B, "fr").append(incident.id, "B", author="Paul")
    both = hashlib.sha256((latest.hash + other.hash).encode()).hexdigest()
    assert plan.journal.head_hash(incident.id) == both
    assert plan.journal.head_hash(empty.id) != both


def test_journal_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "p.crisiscell"
    with Plan.create(path, organisation="X") as plan:
        incident = plan.incidents.open("Rappel", author="Hélène")
        entry = plan.journal.append(incident.id, "Appel", author="Paul")
    with Plan.open(path) as plan:
        assert plan.journal.get(entry.id) == entry
        plan.journal.append(incident.id, "Suite", author="Paul")
        assert plan.journal.verify().ok


def test_closed_incident_refuses_every_kind_of_entry(plan: Plan, incident_id: str) -> None:
    rumour = plan.journal.append(incident_id, "Rumeur", kind="information", author="Paul")
    plan.incidents.close(incident_id, author="Hélène")
    with pytest.raises(InvalidState):
        plan.journal.set_info_status(rumour.id, "false", author="Hélène")
    with pytest.raises(InvalidState):
        plan.journal.correct(rumour.id, "Correction", author="Hélène")
