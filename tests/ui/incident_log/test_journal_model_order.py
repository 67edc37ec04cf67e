"""The log's model places a new entry where it sorts (by logged time), not at the end: an
entry logged with an earlier time, or brought from another laptop by sync, goes in its place,
with the row count right; other topics and other incidents leave the rows alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.incidents.journal import Journal
from app.plan import Plan
from ui.incident_log.journal_model import JournalModel
from ui.window.plan_signals import PlanSignals

AUTHOR = "Claire Dubois"
LAPTOP_B = "0190test-0000-7000-8000-laptop000002"
OPENED = "2025-06-01T08:00:00.000Z"


def at(hour: int, minute: int = 0) -> str:
    return f"2025-06-01T{hour:02d}:{minute:02d}:00.000Z"


@pytest.fixture
def incident_id(plan: Plan) -> str:
    incident = plan.incidents.open("Bad buzz", author=AUTHOR, opened_at=OPENED)
    for hour in (9, 10, 11):
        plan.journal.append(incident.id, f"à {hour} h", author=AUTHOR, logged_at=at(hour))
    return incident.id


@pytest.fixture
def model(plan: Plan, incident_id: str, qapp: object) -> Iterator[JournalModel]:
    shown = JournalModel(plan)
    shown.set_incident(incident_id)
    signals = PlanSignals(plan)
    signals.changed.connect(shown.on_plan_changed)
    yield shown
    signals.detach()


def _texts(model: JournalModel) -> list[str]:
    return [model.data(model.index(row, JournalModel.TEXT)) for row in range(model.rowCount())]


def _inserted(model: JournalModel) -> list[tuple[int, int]]:
    rows: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: rows.append((first, last)))
    return rows


def test_an_entry_logged_earlier_goes_where_it_sorts(
    qtmodeltester, plan: Plan, incident_id: str, model: JournalModel  # noqa: ANN001
) -> None:
    qtmodeltester.check(model)  # watches every insertion from here on
    assert model.rowCount() == 4
    inserted = _inserted(model)
    late = plan.journal.append(incident_id, "à 9 h 30, dit après coup", author=AUTHOR,
                               logged_at=at(9, 30))
    assert inserted == [(2, 2)]
    assert model.rowCount() == 5 == plan.journal.count(incident_id)
    assert _texts(model) == [_texts(model)[0], "à 9 h", "à 9 h 30, dit après coup",
                             "à 10 h", "à 11 h"]
    assert model.entry(2).id == late.id
    assert _texts(model) == [e.text for e in plan.journal.entries(incident_id)]


def test_entries_from_another_laptop_are_placed_in_their_time(
    plan: Plan, incident_id: str, model: JournalModel
) -> None:
    laptop_b = Journal(plan._store, LAPTOP_B, "fr")  # noqa: SLF001 - a second writer
    inserted = _inserted(model)
    with plan.transaction():  # one notice with both of them, out of order
        laptop_b.append(incident_id, "B à 10 h 45", author="Paul", logged_at=at(10, 45))
        laptop_b.append(incident_id, "B à 8 h 15", author="Paul", logged_at=at(8, 15))
    assert inserted == [(1, 1), (4, 4)]
    assert model.rowCount() == 6
    assert _texts(model)[1:] == ["B à 8 h 15", "à 9 h", "à 10 h", "B à 10 h 45", "à 11 h"]
    # The newest still goes last.
    plan.journal.append(incident_id, "maintenant", author=AUTHOR, logged_at=at(12))
    assert inserted[-1] == (6, 6)
    assert _texts(model) == [e.text for e in plan.journal.entries(incident_id)]


def test_a_late_entry_lands_in_its_page_of_a_long_log(plan: Plan) -> None:
    incident = plan.incidents.open("Long", author=AUTHOR, opened_at=OPENED)
    with plan.transaction():
        for i in range(450):
            plan.journal.append(incident.id, f"entrée {i:03d}", author=AUTHOR,
                                logged_at=f"2025-06-01T09:{i // 60:02d}:{i % 60:02d}.000Z")
    model = JournalModel(plan)
    model.set_incident(incident.id)
    signals = PlanSignals(plan)
    signals.changed.connect(model.on_plan_changed)
    try:
        assert model.data(model.index(450, JournalModel.TEXT)) == "entrée 449"  # last page
        assert model.data(model.index(10, JournalModel.TEXT)) == "entrée 009"  # first page
        assert model.data(model.index(301, JournalModel.TEXT)) == "entrée 300"  # its page
        inserted = _inserted(model)
        # Between "entrée 299" (09:04:59) and "entrée 300" (09:05:00): row 301.
        plan.journal.append(incident.id, "tardive", author=AUTHOR,
                            logged_at="2025-06-01T09:04:59.500Z")
        assert inserted == [(301, 301)]
        assert model.rowCount() == 452
        assert model.data(model.index(301, JournalModel.TEXT)) == "tardive"
        assert model.data(model.index(302, JournalModel.TEXT)) == "entrée 300"
        assert model.data(model.index(451, JournalModel.TEXT)) == "entrée 449"
        assert model.data(model.index(10, JournalModel.TEXT)) == "entrée 009"
    finally:
        signals.detach()


def test_a_filtered_log_places_only_the_kinds_it_shows(
    plan: Plan, incident_id: str, model: JournalModel
) -> None:
    model.set_kinds(("decision",))
    plan.journal.append(incident_id, "décision de 11 h", kind="decision", author=AUTHOR,
                        logged_at=at(11, 30))
    inserted = _inserted(model)
    plan.journal.append(incident_id, "observation de 9 h", author=AUTHOR, logged_at=at(9, 5))
    assert inserted == []
    plan.journal.append(incident_id, "décision de 9 h", kind="decision", author=AUTHOR,
                        logged_at=at(9, 10))
    assert inserted == [(0, 0)]
    assert _texts(model) == ["décision de 9 h", "décision de 11 h"]


def test_other_incidents_and_other_topics_leave_the_rows_alone(
    plan: Plan, incident_id: str, model: JournalModel
) -> None:
    inserted = _inserted(model)
    reset: list[bool] = []
    model.modelReset.connect(lambda: reset.append(True))
    plan.risks.add("Rappel", category="product", likelihood=2, impact=3)
    plan.contacts.add("Paul Durand", group="crisis_cell")
    plan.review.add_task("Revoir l'annuaire")
    plan.incidents.close(incident_id, author=AUTHOR)
    other = plan.incidents.open("Autre", author=AUTHOR)
    plan.journal.append(other.id, "ailleurs", author=AUTHOR)
    assert inserted == [(4, 4)]  # the closure, the only entry of this incident
    assert reset == []
    assert model.rowCount() == 5


def test_a_batch_of_entries_from_another_laptop_reads_the_log_again(
    plan: Plan, incident_id: str, model: JournalModel
) -> None:
    laptop_b = Journal(plan._store, LAPTOP_B, "fr")  # noqa: SLF001 - a second writer
    reset: list[bool] = []
    model.modelReset.connect(lambda: reset.append(True))
    batch = JournalModel.PLACED_ONE_BY_ONE + 1
    with plan.transaction():
        for i in range(batch):
            laptop_b.append(incident_id, f"B {i:03d}", author="Paul",
                            logged_at=f"2025-06-01T08:30:{i % 60:02d}.{i // 60:03d}Z")
    assert reset == [True]
    assert model.rowCount() == 4 + batch
    assert _texts(model) == [e.text for e in plan.journal.entries(incident_id)]
    assert _texts(model)[1:3] == ["B 000", "B 060"]  # 08:30:00.000, then 08:30:00.001
