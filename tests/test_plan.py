"""Opening and creating a plan file, its summary, and the change notifications."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.plan import Plan
from app.planfile.errors import PlanAlreadyExists
from app.store import PlanChange
from db.errors import PlanNotFound


def test_create_writes_a_plan_that_opens_again(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    Plan.create(path, organisation="Maréval Conserves", owner="Hélène Martin",
                language="en", region="GB").close()
    with Plan.open(path) as plan:
        meta = plan.info.get()
        assert (meta.organisation, meta.owner, meta.language, meta.region, meta.revision) == (
            "Maréval Conserves", "Hélène Martin", "en", "GB", 1)
        assert meta.device_id == "0190test-0000-7000-8000-laptop000001"
        assert plan.integrity_problems() == []
    # Only the plan (and SQLite's own companions) is left: no half-written temporary file.
    assert [p.name for p in tmp_path.iterdir() if "creating" in p.name] == []


def test_create_refuses_an_existing_file_and_leaves_it_alone(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    path.write_text("my precious notes")
    with pytest.raises(PlanAlreadyExists) as caught:
        Plan.create(path, organisation="X")
    assert caught.value.code == "plan_exists"
    assert path.read_text() == "my precious notes"


def test_create_refuses_to_replace_an_existing_plan(plan: Plan) -> None:
    plan.contacts.add("Paul Durand", group="crisis_cell")
    plan.close()
    digest = hashlib.sha256(plan.path.read_bytes()).hexdigest()
    with pytest.raises(PlanAlreadyExists):
        Plan.create(plan.path, organisation="Other")
    assert hashlib.sha256(plan.path.read_bytes()).hexdigest() == digest
    with Plan.open(plan.path) as reopened:
        assert reopened.info.get().organisation == "Conserverie Test"
        assert reopened.contacts.count() == 1


def test_create_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "no" / "such"
    with pytest.raises(PlanNotFound) as caught:
        Plan.create(folder / "plan.crisiscell", organisation="X")
    assert caught.value.path == str(folder)
    assert "folder" in caught.value.detail
    assert not folder.exists()


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [("organisation", {"organisation": "  "}),
     ("language", {"organisation": "X", "language": "de"}),
     ("region", {"organisation": "X", "region": "ZZ"})],
)
def test_create_refuses_bad_metadata_and_writes_nothing(
    tmp_path: Path, field: str, kwargs: dict
) -> None:
    with pytest.raises(ValidationError) as caught:
        Plan.create(tmp_path / "plan.crisiscell", **kwargs)
    assert caught.value.field == field
    assert list(tmp_path.iterdir()) == []


def test_a_failing_fill_leaves_no_file(tmp_path: Path) -> None:
    def fill(plan: Plan) -> None:
        plan.contacts.add("Paul Durand", group="crisis_cell")
        plan.contacts.add("Bad Number", group="crisis_cell", phones={"mobile": "12"})

    with pytest.raises(ValidationError):
        Plan.create(tmp_path / "plan.crisiscell", organisation="X", fill=fill)
    assert list(tmp_path.iterdir()) == []


def test_summary_counts_what_the_plan_holds(plan: Plan) -> None:
    empty = plan.summary()
    assert empty.as_dict() == {
        "organisation": "Conserverie Test", "risks": 0, "contacts": 0, "roles": 0,
        "messages": 0, "incidents": 0, "journal_entries": 0}
    paul = plan.contacts.add("Paul Durand", group="crisis_cell")
    gone = plan.contacts.add("Ancien Salarié", group="crisis_cell")
    plan.contacts.delete(gone.id)
    plan.cell.assign_role("crisis_director", holder_id=paul.id)
    plan.risks.add("Rappel produit", category="product", likelihood=2, impact=5)
    plan.messages.add("Communiqué", audience="media", channel="press_release", body="Texte")
    incident = plan.incidents.open("Exercice", author="Paul", is_exercise=True)
    plan.journal.append(incident.id, "Appel reçu", author="Paul")
    summary = plan.summary()
    assert (summary.risks, summary.contacts, summary.roles, summary.messages,
            summary.incidents) == (1, 1, 1, 1, 1)
    assert summary.journal_entries == 2  # the opening is logged too


def test_listeners_hear_of_a_change_only_after_commit(plan: Plan) -> None:
    heard: list[PlanChange] = []
    plan.subscribe(heard.append)
    with plan._store.write():
        contact = plan.contacts.add("Paul Durand", group="crisis_cell")
        risk = plan.risks.add("Rappel", category="product", likelihood=1, impact=1)
        assert heard == []  # still inside the transaction
    assert [change.contacts for change in heard] == [(contact.id,)]
    assert [change.risks for change in heard] == [(risk.id,)]
    # One transaction, one notice: both topics in it, nothing else.
    assert heard == [PlanChange(contacts=(contact.id,), risks=(risk.id,))]


def test_listeners_hear_nothing_of_a_rolled_back_write(plan: Plan) -> None:
    heard: list[PlanChange] = []
    plan.subscribe(heard.append)
    with pytest.raises(ValidationError), plan._store.write():
        plan.contacts.add("Paul Durand", group="crisis_cell")
        plan.risks.add("Rappel", category="product", likelihood=9, impact=1)
    assert heard == []
    assert plan.contacts.count() == 0  # the contact of that write was rolled back too
    later = plan.contacts.add("Marie Curie", group="crisis_cell")
    assert heard == [PlanChange(contacts=(later.id,))]


def test_a_refused_input_notifies_nobody(plan: Plan) -> None:
    heard: list[PlanChange] = []
    plan.subscribe(heard.append)
    with pytest.raises(ValidationError):
        plan.contacts.add("Paul", group="crisis_cell", phones={"mobile": "not a number"})
    assert heard == []


def test_unsubscribe_stops_the_notifications(plan: Plan) -> None:
    heard: list[PlanChange] = []
    unsubscribe = plan.subscribe(heard.append)
    plan.contacts.add("Paul Durand", group="crisis_cell")
    unsubscribe()
    plan.contacts.add("Marie Curie", group="crisis_cell")
    assert len(heard) == 1


def test_plan_metadata_can_be_edited(plan: Plan) -> None:
    assert plan.info.update(next_review="2027-01-15").next_review == "2027-01-15"
    assert plan.info.new_revision().revision == 2
    with pytest.raises(ValidationError):
        plan.info.update(next_review="next spring")
    assert plan.info.get().next_review == "2027-01-15"


def test_opening_registers_this_laptop_once(plan: Plan) -> None:
    path = plan.path
    plan.close()
    for _ in range(2):
        Plan.open(path).close()
    with Plan.open(path, device_id="0190test-0000-7000-8000-laptop000002") as other:
        ids = [r["id"] for r in other._store.query("SELECT id FROM devices ORDER BY id")]
    assert ids == ["0190test-0000-7000-8000-laptop000001",
                   "0190test-0000-7000-8000-laptop000002"]


def test_ids_are_uuid7_and_sort_in_the_order_they_were_made() -> None:
    import uuid

    from app.clock import new_id

    ids = [new_id() for _ in range(5000)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for text in ids[:50]:
        parsed = uuid.UUID(text)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    millis = int(ids[0].replace("-", "")[:12], 16)
    import time

    assert abs(millis - time.time_ns() // 1_000_000) < 60_000


def test_stored_times_are_utc_with_milliseconds() -> None:
    import re

    from app.clock import parse_utc, utc_now

    text = utc_now()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", text)
    assert parse_utc(text).tzinfo is not None
