"""Placeholder values for prepared messages: from the plan, the incident and the spokesperson."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.errors import ValidationError
from app.messages.library import fill, final_text, unfilled
from app.messages.placeholders import placeholder_values, spoken_date, spoken_time, spokesperson
from app.plan import Plan


def test_without_incident_uses_now_and_organisation(plan: Plan) -> None:
    now = datetime(2026, 3, 5, 9, 7).astimezone()
    values = placeholder_values(plan, now=now)
    assert values["organisation"] == "Conserverie Test"
    assert values["date"] == "5 mars 2026"
    assert values["time"] == "9 h 07"
    assert "incident" not in values and "contact" not in values


def test_english_wording() -> None:
    moment = datetime(2026, 10, 14, 10, 30)
    assert spoken_date(moment, "en") == "14 October 2026"
    assert spoken_time(moment, "en") == "10:30"


def test_incident_and_spokesperson_fill_a_body(plan: Plan) -> None:
    speaker = plan.contacts.add("Claire Dubois", group="crisis_cell",
                                phones={"mobile": "06 12 34 56 78"}, email="claire@example.fr")
    plan.cell.assign_role("communication", holder_id=speaker.id)
    incident = plan.incidents.open("Rappel de lot", author="Hélène Martin",
                                   opened_at="2026-10-14T08:30:00.000Z")
    values = placeholder_values(plan, incident)
    assert values["incident"] == "Rappel de lot"
    assert values["contact"] == "Claire Dubois"
    assert values["phone"] == "06 12 34 56 78"
    assert values["email"] == "claire@example.fr"
    assert values["date"].endswith("octobre 2026")
    body = "{organisation} — {incident}. Contact : {contact}, {phone}. Voir {url}"
    assert fill(body, values) == (
        "Conserverie Test — Rappel de lot. Contact : Claire Dubois, 06 12 34 56 78. Voir {url}")


def test_spokesperson_falls_back_to_director_then_none(plan: Plan) -> None:
    assert spokesperson(plan) is None
    boss = plan.contacts.add("Paul Lemaire", group="management")
    plan.cell.assign_role("crisis_director", holder_id=boss.id)
    assert spokesperson(plan).name == "Paul Lemaire"


def test_named_contact_wins(plan: Plan) -> None:
    other = plan.contacts.add("Agence Rivage", kind="organisation", group="agency",
                              phones={"office": "01 23 45 67 89"})
    values = placeholder_values(plan, contact=other)
    assert values["contact"] == "Agence Rivage"
    assert values["phone"] == "01 23 45 67 89"


def test_demo_plan_messages_fill_known_placeholders(demo_plan: Plan) -> None:
    message = next(m for m in demo_plan.messages.list() if "{organisation}" in m.body)
    filled = fill(message.body, placeholder_values(demo_plan))
    assert "{organisation}" not in filled and "Maréval Conserves SAS" in filled


def test_the_plans_web_address_fills_url(plan: Plan) -> None:
    assert "url" not in placeholder_values(plan)
    plan.info.update(website="www.conserverie-test.fr")
    assert plan.info.get().website == "https://www.conserverie-test.fr"
    assert placeholder_values(plan)["url"] == "https://www.conserverie-test.fr"
    plan.info.update(website="")
    assert plan.info.get().website == ""


def test_a_web_address_with_spaces_is_refused(plan: Plan) -> None:
    with pytest.raises(ValidationError) as caught:
        plan.info.update(website="conserverie test")
    assert caught.value.reason == "invalid_website"
    assert plan.info.get().website == ""


def test_final_text_refuses_while_a_placeholder_is_unfilled(plan: Plan) -> None:
    message = plan.messages.add("Communiqué", audience="public", channel="website",
                                body="{organisation} : voir {url} ({product}).")
    plan.messages.approve(message.id, approved_by="Me Aubert")
    values = placeholder_values(plan)
    assert unfilled(message.body, values) == ["url", "product"]
    with pytest.raises(ValidationError) as caught:
        final_text(message.body, {**values, "url": "  "})
    assert caught.value.details["names"] == "{url}, {product}"
    text = final_text(message.body, {**values, "url": "https://x.fr", "product": " Pâté "})
    assert text == "Conserverie Test : voir https://x.fr (Pâté)."
    # Filling is not editing: the message stays approved, at its version.
    after = plan.messages.get(message.id)
    assert (after.status, after.version, after.body) == ("approved", 1, message.body)
