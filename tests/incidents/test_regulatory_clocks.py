"""Regulatory clocks: carried by a risk, copied into the incident opened on it, counted from the
opening or a chosen entry, overdue once past, marked done (logged)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.clock import parse_utc
from app.errors import InvalidState, ValidationError
from app.incidents.regulatory_clocks import ClockRule, duration_text, remaining_text
from app.plan import Plan

OPENED = "2026-12-01T02:00:00.000Z"
GDPR = {"title": "RGPD art. 33 — notifier la CNIL", "hours": 72}
NIS2 = [{"title": "NIS2 — alerte précoce", "hours": 24},
        {"title": "NIS2 — notification", "hours": 72},
        {"title": "NIS2 — rapport final", "hours": 720}]


def _leak(plan: Plan, clocks: list[dict] | None = None):
    return plan.risks.add("Fuite de données clients", category="cyber", likelihood=3,
                          impact=5, regulatory_clocks=[GDPR, *NIS2] if clocks is None
                          else clocks)


def test_a_risk_keeps_its_clocks_in_order(plan: Plan) -> None:
    risk = _leak(plan)
    assert plan.risks.get(risk.id).regulatory_clocks == [
        ClockRule(GDPR["title"], 72), ClockRule("NIS2 — alerte précoce", 24),
        ClockRule("NIS2 — notification", 72), ClockRule("NIS2 — rapport final", 720)]
    plan.risks.update(risk.id, regulatory_clocks=[])
    assert plan.risks.get(risk.id).regulatory_clocks == []


@pytest.mark.parametrize(("clock", "field", "reason"), [
    ({"title": "", "hours": 72}, "regulatory_clocks.title", "required"),
    ({"title": "CNIL", "hours": 0}, "regulatory_clocks.hours", "out_of_range"),
    ({"title": "CNIL", "hours": "soixante"}, "regulatory_clocks.hours", "not_a_number"),
    ("CNIL 72 h", "regulatory_clocks", "not_a_clock"),
])
def test_a_bad_clock_is_refused_and_nothing_changes(
    plan: Plan, clock: object, field: str, reason: str
) -> None:
    risk = _leak(plan)
    with pytest.raises(ValidationError) as caught:
        plan.risks.update(risk.id, regulatory_clocks=[clock])
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert len(plan.risks.get(risk.id).regulatory_clocks) == 4


def test_opening_an_incident_on_the_risk_starts_its_clocks(plan: Plan) -> None:
    risk = _leak(plan)
    incident = plan.incidents.open("Rumeur de fuite", author="Hélène", risk_id=risk.id,
                                   opened_at=OPENED)
    clocks = plan.incidents.clocks.list(incident.id)
    assert [(c.title, c.due_at) for c in clocks] == [
        (GDPR["title"], "2026-12-04T02:00:00.000Z"),
        ("NIS2 — alerte précoce", "2026-12-02T02:00:00.000Z"),
        ("NIS2 — notification", "2026-12-04T02:00:00.000Z"),
        ("NIS2 — rapport final", "2026-12-31T02:00:00.000Z")]
    assert all(c.started_at == OPENED and c.state(parse_utc(OPENED)) == "running"
               for c in clocks)
    # A later edit of the risk does not move a deadline already running.
    plan.risks.update(risk.id, regulatory_clocks=[{"title": "Autre", "hours": 1}])
    assert len(plan.incidents.clocks.list(incident.id)) == 4


def test_an_incident_without_risk_or_clocks_has_none(plan: Plan) -> None:
    bare = _leak(plan, clocks=[])
    first = plan.incidents.open("Sans risque", author="Hélène")
    assert plan.incidents.clocks.list(first.id) == []
    plan.incidents.close(first.id, author="Hélène")
    second = plan.incidents.open("Risque sans délai", author="Hélène", risk_id=bare.id)
    assert plan.incidents.clocks.list(second.id) == []


def test_overdue_once_past_and_remaining_in_words(plan: Plan) -> None:
    incident = plan.incidents.open("Fuite", author="Hélène", risk_id=_leak(plan).id,
                                   opened_at=OPENED)
    early = plan.incidents.clocks.list(incident.id)[1]  # 24 h
    before = parse_utc(OPENED) + timedelta(hours=23, minutes=50)
    after = parse_utc(OPENED) + timedelta(hours=25, minutes=5)
    assert not early.is_overdue(before) and early.state(before) == "running"
    assert remaining_text(early.remaining(before), "fr") == "0 h 10 min"
    assert early.is_overdue(after) and early.state(after) == "overdue"
    assert remaining_text(early.remaining(after), "en") == "1 h 05 min"
    assert remaining_text(timedelta(days=2, hours=4, minutes=10), "fr") == "2 j 04 h 10 min"
    assert [duration_text(h, "fr") for h in (24, 72, 96, 720)] == ["24 h", "72 h", "4 j",
                                                                   "1 mois"]
    assert duration_text(720, "en") == "1 month"


def test_a_clock_counts_from_a_chosen_entry_and_it_is_logged(plan: Plan) -> None:
    incident = plan.incidents.open("Fuite", author="Hélène", risk_id=_leak(plan).id,
                                   opened_at=OPENED)
    aware = plan.journal.append(incident.id, "Le prestataire confirme l'exfiltration",
                                author="Hélène", occurred_at="2026-12-01T05:30:00.000Z")
    gdpr = plan.incidents.clocks.list(incident.id)[0]
    moved = plan.incidents.clocks.start_from_entry(gdpr.id, aware.id, author="Hélène")
    assert moved.started_at == "2026-12-01T05:30:00.000Z"
    assert moved.due_at == "2026-12-04T05:30:00.000Z"
    assert moved.start_entry_id == aware.id
    last = plan.journal.entries(incident.id)[-1]
    assert last.kind == "decision" and "RGPD art. 33" in last.text and "échéance" in last.text


def test_marking_done_stops_the_clock_and_is_logged(plan: Plan) -> None:
    incident = plan.incidents.open("Fuite", author="Hélène", risk_id=_leak(plan).id,
                                   opened_at=OPENED)
    gdpr, early = plan.incidents.clocks.list(incident.id)[:2]
    done = plan.incidents.clocks.mark_done(gdpr.id, author="Hélène",
                                           done_at="2026-12-02T10:00:00.000Z")
    assert done.state() == "done" and not done.is_overdue()
    assert "Délai réglementaire respecté : RGPD" in plan.journal.entries(incident.id)[-1].text
    late = plan.incidents.clocks.mark_done(early.id, author="Hélène",
                                           done_at="2026-12-02T10:00:00.000Z")
    assert late.done_at == "2026-12-02T10:00:00.000Z"
    assert "en retard" in plan.journal.entries(incident.id)[-1].text
    count = plan.journal.count(incident.id)
    with pytest.raises(InvalidState) as caught:
        plan.incidents.clocks.mark_done(gdpr.id, author="Hélène")
    assert caught.value.reason == "clock_already_done"
    assert plan.journal.count(incident.id) == count


def test_a_closed_incident_clocks_cannot_be_changed(plan: Plan) -> None:
    incident = plan.incidents.open("Fuite", author="Hélène", risk_id=_leak(plan).id)
    clock = plan.incidents.clocks.list(incident.id)[0]
    plan.incidents.close(incident.id, author="Hélène")
    with pytest.raises(InvalidState) as caught:
        plan.incidents.clocks.mark_done(clock.id, author="Hélène")
    assert caught.value.reason == "incident_closed"
    assert plan.incidents.clocks.get(clock.id).done_at is None


def test_an_entry_of_another_incident_is_refused(plan: Plan) -> None:
    other = plan.incidents.open("Autre", author="Hélène")
    entry = plan.journal.append(other.id, "rien", author="Hélène")
    plan.incidents.close(other.id, author="Hélène")
    incident = plan.incidents.open("Fuite", author="Hélène", risk_id=_leak(plan).id)
    clock = plan.incidents.clocks.list(incident.id)[0]
    with pytest.raises(ValidationError) as caught:
        plan.incidents.clocks.start_from_entry(clock.id, entry.id, author="Hélène")
    assert caught.value.reason == "other_incident"
    assert plan.incidents.clocks.get(clock.id).started_at == clock.started_at
