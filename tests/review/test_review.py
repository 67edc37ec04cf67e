"""The post-crisis review and the plan tasks that come out of it (plan.review): the review is
saved with its tasks in one transaction."""

from __future__ import annotations

import pytest

from app.errors import RecordNotFound, ValidationError
from app.plan import Plan
from app.review.plan_tasks import TaskDraft


def test_review_is_recorded(plan: Plan) -> None:
    incident = plan.incidents.open("Exercice", author="Hélène", is_exercise=True)
    assert incident.review is None and incident.is_exercise
    plan.incidents.close(incident.id, author="Hélène")
    reviewed = plan.review.record_review(
        incident.id, worked="Arbre d'appel en 12 minutes", failed="Numéro de l'assureur faux",
        changes="Vérifier les numéros tous les trimestres")
    assert reviewed is not None
    assert (reviewed.worked, reviewed.failed, reviewed.changes) == (
        "Arbre d'appel en 12 minutes", "Numéro de l'assureur faux",
        "Vérifier les numéros tous les trimestres")
    assert plan.incidents.get(incident.id).review == reviewed
    assert plan.review.of(incident.id) == reviewed


def test_plan_tasks_from_a_review(plan: Plan) -> None:
    paul = plan.contacts.add("Paul Durand", group="crisis_cell")
    incident = plan.incidents.open("Exercice", author="Hélène", is_exercise=True)
    later = plan.review.add_task("Mettre à jour la FAQ", incident_id=incident.id,
                                 review_date="2026-09-01")
    sooner = plan.review.add_task("Vérifier les numéros", owner_id=paul.id,
                                  review_date="2026-06-01")
    undated = plan.review.add_task("Refaire un exercice")
    assert [t.id for t in plan.review.tasks()] == [sooner.id, later.id, undated.id]
    assert later.incident_id == incident.id and sooner.owner_id == paul.id
    done = plan.review.complete_task(sooner.id)
    assert done.done_at is not None
    assert [t.id for t in plan.review.tasks(open_only=True)] == [later.id, undated.id]
    assert [t.id for t in plan.review.tasks(incident_id=incident.id)] == [later.id]
    with pytest.raises(ValidationError):
        plan.review.add_task("X", review_date="31/12/2026")
    with pytest.raises(RecordNotFound):
        plan.review.add_task("X", owner_id="nobody")
    assert len(plan.review.tasks()) == 3


def test_the_review_is_saved_with_its_tasks(plan: Plan) -> None:
    paul = plan.contacts.add("Paul Durand", group="crisis_cell")
    incident = plan.incidents.open("Fuite de données", author="Hélène")
    plan.incidents.close(incident.id, author="Hélène")
    reviewed = plan.review.record_review(
        incident.id, worked="Alerte en 5 minutes", failed="", changes="Annuaire à jour",
        tasks=[TaskDraft("Mettre à jour l'annuaire", paul.id, "2027-01-15"),
               TaskDraft("Refaire un exercice", paul.id, "2027-03-01")])
    assert reviewed is not None and reviewed.worked == "Alerte en 5 minutes"
    tasks = plan.review.tasks(incident_id=incident.id)
    assert [(t.title, t.owner_id, t.review_date) for t in tasks] == [
        ("Mettre à jour l'annuaire", paul.id, "2027-01-15"),
        ("Refaire un exercice", paul.id, "2027-03-01")]


@pytest.mark.parametrize(("refused", "error"), [
    (TaskDraft("Refaire un exercice", None, "31/12/2026"), ValidationError),  # not a date
    (TaskDraft("   ", None, "2027-03-01"), ValidationError),  # no title
    (TaskDraft("Refaire un exercice", "nobody", "2027-03-01"), RecordNotFound),  # no owner
])
def test_a_refused_task_saves_neither_the_review_nor_any_task(
        plan: Plan, refused: TaskDraft, error: type[Exception]) -> None:
    paul = plan.contacts.add("Paul Durand", group="crisis_cell")
    incident = plan.incidents.open("Fuite de données", author="Hélène")
    plan.incidents.close(incident.id, author="Hélène")
    heard: list[object] = []
    plan.subscribe(heard.append)
    with pytest.raises(error):
        plan.review.record_review(
            incident.id, worked="Alerte en 5 minutes", failed="Annuaire faux",
            changes="Annuaire à jour",
            tasks=[TaskDraft("Mettre à jour l'annuaire", paul.id, "2027-01-15"), refused])
    assert plan.incidents.get(incident.id).review is None
    assert plan.review.of(incident.id) is None
    assert plan.review.tasks() == []
    assert heard == []  # nothing committed, nothing announced


def test_a_review_of_no_incident_is_refused(plan: Plan) -> None:
    with pytest.raises(RecordNotFound):
        plan.review.record_review("nobody", worked="x", failed="", changes="",
                                  tasks=[TaskDraft("Refaire un exercice")])
    assert plan.review.tasks() == []


def test_every_review_date_of_the_plan_by_day(plan: Plan) -> None:
    paul = plan.contacts.add("Paul Durand", group="crisis_cell")
    assert plan.review.dates() == []
    plan.info.update(next_review="2027-01-15")
    plan.risks.add("Fuite de données clients", category="data", likelihood=4, impact=5,
                   next_review="2026-11-30")
    plan.risks.add("Grève", category="social", likelihood=2, impact=3)  # no date: not listed
    done = plan.review.add_task("Vérifier les numéros", owner_id=paul.id,
                                review_date="2026-12-01")
    plan.review.complete_task(done.id)
    plan.review.add_task("Refaire un exercice")
    plan.review.add_task("Mettre à jour la FAQ", review_date="2027-03-01")
    assert [(d.day, d.subject, d.title, d.owner_id, d.done) for d in plan.review.dates()] == [
        ("2026-11-30", "risk", "Fuite de données clients", None, False),
        ("2026-12-01", "plan_task", "Vérifier les numéros", paul.id, True),
        ("2027-01-15", "plan", "", None, False),
        ("2027-03-01", "plan_task", "Mettre à jour la FAQ", None, False),
        (None, "plan_task", "Refaire un exercice", None, False),
    ]
