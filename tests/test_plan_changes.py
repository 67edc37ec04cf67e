"""What each write tells its listeners: one PlanChange per committed transaction, in the
plan's words (topics and the ids touched), nothing for a write rolled back."""

from __future__ import annotations

from dataclasses import fields

import pytest

from app.cell.activation import CallTreeActivation
from app.errors import ValidationError
from app.plan import Plan
from app.review.plan_tasks import TaskDraft
from app.store import PlanChange, Topic

OPENED = "2026-12-01T02:00:00.000Z"


class Heard:
    """Every notice a plan gave since it was made."""

    def __init__(self, plan: Plan) -> None:
        self.notices: list[PlanChange] = []
        plan.subscribe(self.notices.append)

    def last(self) -> PlanChange:
        """The one notice given since the last call (fails if there were none or several)."""
        notices = list(self.notices)
        self.notices.clear()
        assert len(notices) == 1, notices
        return notices[0]


@pytest.fixture
def heard(plan: Plan) -> Heard:
    return Heard(plan)


def _contact(plan: Plan, name: str = "Paul Durand") -> str:
    return plan.contacts.add(name, group="crisis_cell").id


# --- the notice itself ---------------------------------------------------------------------------
def test_each_topic_is_a_field_of_the_notice_and_back() -> None:
    assert {topic.value for topic in Topic} == {f.name for f in fields(PlanChange)}


def test_a_misspelt_topic_fails_instead_of_never_matching() -> None:
    change = PlanChange(journal=("e1",))
    with pytest.raises(AttributeError):
        _ = change.jounal  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        PlanChange(table="journal_entries")  # type: ignore[call-arg]
    assert change.topics == {Topic.JOURNAL}
    assert change.ids(Topic.JOURNAL) == ("e1",)
    assert change.ids(Topic.RISKS) == ()


def test_one_write_with_several_changes_gives_one_notice(plan: Plan, heard: Heard) -> None:
    with plan.transaction():
        paul = plan.contacts.add("Paul Durand", group="crisis_cell")
        marie = plan.contacts.add("Marie Curie", group="crisis_cell")
        plan.contacts.update(paul.id, function="DG")  # touched twice: told once
        risk = plan.risks.add("Rappel", category="product", likelihood=2, impact=3)
        assert heard.notices == []  # not before the commit
    assert heard.last() == PlanChange(contacts=(paul.id, marie.id), risks=(risk.id,))


def test_a_rolled_back_write_gives_no_notice(plan: Plan, heard: Heard) -> None:
    with pytest.raises(RuntimeError), plan.transaction():
        plan.contacts.add("Paul Durand", group="crisis_cell")
        plan.risks.add("Rappel", category="product", likelihood=2, impact=3)
        raise RuntimeError("the cell changed its mind")
    assert heard.notices == []
    assert plan.contacts.count() == 0


def test_a_rolled_back_savepoint_is_not_told_when_the_outer_write_commits(
    plan: Plan, heard: Heard
) -> None:
    with plan.transaction():
        paul = plan.contacts.add("Paul Durand", group="crisis_cell")
        with pytest.raises(ValidationError):
            # The add is a savepoint inside the outer write; its refusal rolls back only it.
            plan.risks.add("Rappel", category="product", likelihood=9, impact=3)
        with pytest.raises(ValidationError), plan.transaction():
            plan.contacts.add("Marie Curie", group="crisis_cell")
            plan.risks.add("Rappel", category="product", likelihood=9, impact=3)
    assert heard.last() == PlanChange(contacts=(paul.id,))
    assert [c.name for c in plan.contacts.list()] == ["Paul Durand"]


# --- each service, through the real plan ---------------------------------------------------------
def test_plan_settings_are_announced_as_plan_settings(plan: Plan, heard: Heard) -> None:
    plan_id = plan.info.get().id
    plan.info.update(organisation="Conserverie du Port")
    assert heard.last() == PlanChange(plan_settings=(plan_id,))
    plan.info.new_revision()
    assert heard.last() == PlanChange(plan_settings=(plan_id,))


def test_risks_are_announced_as_risks(plan: Plan, heard: Heard) -> None:
    risk = plan.risks.add("Rappel", category="product", likelihood=2, impact=3)
    assert heard.last() == PlanChange(risks=(risk.id,))
    plan.risks.update(risk.id, impact=4)
    assert heard.last() == PlanChange(risks=(risk.id,))
    plan.risks.delete(risk.id)
    assert heard.last() == PlanChange(risks=(risk.id,))


def test_contacts_are_announced_as_contacts(plan: Plan, heard: Heard) -> None:
    paul = _contact(plan)
    assert heard.last() == PlanChange(contacts=(paul,))
    plan.contacts.update(paul, function="DG")
    assert heard.last() == PlanChange(contacts=(paul,))
    plan.contacts.delete(paul)
    assert heard.last() == PlanChange(contacts=(paul,))


def test_roles_are_announced_as_the_cell(plan: Plan, heard: Heard) -> None:
    paul, marie = _contact(plan), _contact(plan, "Marie Curie")
    heard.notices.clear()
    role = plan.cell.add_role("Logistique")
    assert heard.last() == PlanChange(cell=(role.id,))
    plan.cell.assign(role.id, holder_id=paul, deputy_id=marie)
    assert heard.last() == PlanChange(cell=(role.id,))
    plan.cell.rename_role(role.id, "Intendance")
    assert heard.last() == PlanChange(cell=(role.id,))
    plan.cell.remove_role(role.id)
    assert heard.last().topics == {Topic.CELL}
    roles = plan.cell.add_standard_roles()
    assert heard.last() == PlanChange(cell=tuple(r.id for r in roles))


def test_calls_are_announced_as_the_call_tree(plan: Plan, heard: Heard) -> None:
    paul, marie, anne = (_contact(plan), _contact(plan, "Marie Curie"),
                         _contact(plan, "Anne Rey"))
    heard.notices.clear()
    to_paul = plan.cell.add_call(None, paul)
    assert heard.last() == PlanChange(call_tree=(to_paul.id,))
    to_marie = plan.cell.add_call(paul, marie)
    assert heard.last().call_tree[0] == to_marie.id
    to_anne = plan.cell.add_call(None, anne)
    heard.notices.clear()
    plan.cell.move_call(to_anne.id, caller_id=paul)
    assert heard.last().topics == {Topic.CALL_TREE}
    plan.cell.remove_call(to_paul.id)
    change = heard.last()
    assert change.topics == {Topic.CALL_TREE}
    # Paul's callees now hang from the root: their links were touched too.
    assert set(change.call_tree) >= {to_paul.id, to_marie.id, to_anne.id}


def test_messages_are_announced_as_messages(plan: Plan, heard: Heard) -> None:
    message = plan.messages.add("Communiqué", audience="media", channel="press_release",
                                body="Texte")
    assert heard.last() == PlanChange(messages=(message.id,))
    plan.messages.approve(message.id, approved_by="Hélène")
    assert heard.last() == PlanChange(messages=(message.id,))
    # An approved text edited keeps its version (another table): told as the message.
    plan.messages.update(message.id, body="Texte revu")
    assert heard.last() == PlanChange(messages=(message.id,))
    plan.messages.delete(message.id)
    assert heard.last() == PlanChange(messages=(message.id,))


def test_opening_an_incident_announces_it_its_log_and_its_clocks(
    plan: Plan, heard: Heard
) -> None:
    risk = plan.risks.add("Fuite", category="cyber", likelihood=3, impact=5,
                          regulatory_clocks=[{"title": "RGPD art. 33", "hours": 72}])
    heard.notices.clear()
    incident = plan.incidents.open("Rumeur de fuite", author="Hélène", risk_id=risk.id,
                                   opened_at=OPENED)
    change = heard.last()
    opening = plan.journal.entries(incident.id)
    clocks = plan.incidents.clocks.list(incident.id)
    assert change == PlanChange(incidents=(incident.id,), journal=(opening[0].id,),
                                clocks=tuple(c.id for c in clocks))


def test_level_and_closing_announce_the_incident_and_its_log(plan: Plan, heard: Heard) -> None:
    incident = plan.incidents.open("Bad buzz", author="Hélène")
    heard.notices.clear()
    plan.incidents.change_level(incident.id, "alerte", author="Hélène")
    change = heard.last()
    assert change.topics == {Topic.INCIDENTS, Topic.JOURNAL}
    assert change.incidents == (incident.id,)
    assert change.journal == (plan.journal.entries(incident.id)[-1].id,)
    plan.incidents.close(incident.id, author="Hélène", reason="Retombé")
    change = heard.last()
    assert change.topics == {Topic.INCIDENTS, Topic.JOURNAL}
    assert change.journal == (plan.journal.entries(incident.id)[-1].id,)


def test_the_review_is_announced_as_the_review_only(plan: Plan, heard: Heard) -> None:
    incident = plan.incidents.open("Bad buzz", author="Hélène")
    plan.incidents.close(incident.id, author="Hélène")
    heard.notices.clear()
    plan.review.record_review(incident.id, worked="L'arbre d'appel", failed="", changes="")
    assert heard.last() == PlanChange(review=(incident.id,))
    # Saved with the tasks it gives: one transaction, one notice of both.
    plan.review.record_review(incident.id, worked="L'arbre d'appel", failed="", changes="",
                              tasks=[TaskDraft("Mettre à jour l'annuaire")])
    (task,) = plan.review.tasks(incident_id=incident.id)
    assert heard.last() == PlanChange(review=(incident.id,), tasks=(task.id,))


def test_actions_and_tasks_are_announced_with_their_log_entries(
    plan: Plan, heard: Heard
) -> None:
    incident = plan.incidents.open("Bad buzz", author="Hélène")
    heard.notices.clear()
    action = plan.incidents.add_action(incident.id, "Appeler l'agence", author="Hélène")
    change = heard.last()
    assert change.topics == {Topic.ACTIONS, Topic.JOURNAL}
    assert change.actions == (action.id,)
    plan.incidents.complete_action(action.id, author="Hélène")
    assert heard.last().topics == {Topic.ACTIONS, Topic.JOURNAL}
    dropped = plan.incidents.add_action(incident.id, "Communiqué", author="Hélène")
    heard.notices.clear()
    plan.incidents.drop_action(dropped.id, reason="Inutile", author="Hélène")
    assert heard.last().actions == (dropped.id,)
    carried = plan.incidents.add_action(incident.id, "Revoir la FAQ", author="Hélène")
    heard.notices.clear()
    task = plan.incidents.carry_action(carried.id, author="Hélène")
    change = heard.last()
    assert change.topics == {Topic.ACTIONS, Topic.TASKS, Topic.JOURNAL}
    assert (change.actions, change.tasks) == ((carried.id,), (task.id,))
    plan.review.complete_task(task.id)
    assert heard.last() == PlanChange(tasks=(task.id,))
    other = plan.review.add_task("Mettre à jour l'annuaire")
    assert heard.last() == PlanChange(tasks=(other.id,))


def test_clocks_are_announced_as_clocks_with_their_log_entry(plan: Plan, heard: Heard) -> None:
    risk = plan.risks.add("Fuite", category="cyber", likelihood=3, impact=5,
                          regulatory_clocks=[{"title": "RGPD art. 33", "hours": 72}])
    incident = plan.incidents.open("Fuite", author="Hélène", risk_id=risk.id)
    clock = plan.incidents.clocks.list(incident.id)[0]
    entry = plan.journal.append(incident.id, "Fuite confirmée", author="Hélène")
    heard.notices.clear()
    plan.incidents.clocks.start_from_entry(clock.id, entry.id, author="Hélène")
    change = heard.last()
    assert change.topics == {Topic.CLOCKS, Topic.JOURNAL}
    assert change.clocks == (clock.id,)
    plan.incidents.clocks.mark_done(clock.id, author="Hélène")
    change = heard.last()
    assert change.topics == {Topic.CLOCKS, Topic.JOURNAL}
    assert change.clocks == (clock.id,)


def test_log_entries_are_announced_as_the_journal(plan: Plan, heard: Heard) -> None:
    incident = plan.incidents.open("Bad buzz", author="Hélène")
    heard.notices.clear()
    entry = plan.journal.append(incident.id, "Tweet repris", kind="information",
                                author="Paul")
    assert heard.last() == PlanChange(journal=(entry.id,))
    status = plan.journal.set_info_status(entry.id, "verified", author="Paul")
    assert heard.last() == PlanChange(journal=(status.id,))
    correction = plan.journal.correct(entry.id, "Tweet repris 40 fois", author="Paul")
    assert heard.last() == PlanChange(journal=(correction.id,))


def test_a_call_tree_run_is_announced_as_the_journal(plan: Plan, heard: Heard) -> None:
    paul = _contact(plan)
    plan.cell.add_call(None, paul)
    incident = plan.incidents.open("Bad buzz", author="Hélène")
    heard.notices.clear()
    run = CallTreeActivation(plan, incident.id, "Hélène")
    start = run.start()
    assert heard.last() == PlanChange(journal=(start.id,))
    entries = run.record(paul, "reached")
    assert heard.notices == [PlanChange(journal=(e.id,)) for e in entries]
