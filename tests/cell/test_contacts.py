"""Contacts: numbers stored in E.164 and shown nationally, refusals that save nothing, groups,
search, stale flags, soft deletion and verification dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import RecordNotFound, ValidationError
from app.plan import Plan
from app.vocabulary import STALE_AFTER_DAYS


def test_phones_are_stored_in_e164_and_shown_in_national_format(plan: Plan) -> None:
    paul = plan.contacts.add("Paul Durand", group="crisis_cell",
                             phones={"mobile": "06 12 34 56 78", "office": "+33 1 42 68 53 00"})
    assert paul.phones == {"mobile": "+33612345678", "office": "+33142685300"}
    assert plan.contacts.get(paul.id).phones == paul.phones
    assert plan.contacts.display_phone(paul.phones["mobile"]) == "06 12 34 56 78"
    assert plan.contacts.display_phone(paul.phones["office"]) == "01 42 68 53 00"
    assert plan.contacts.display_phone(None) == ""


def test_a_foreign_number_is_shown_in_international_format(plan: Plan) -> None:
    agency = plan.contacts.add("London PR", group="agency", kind="organisation",
                               phones={"office": "+44 20 7946 0958"})
    assert agency.phones["office"] == "+442079460958"
    assert plan.contacts.display_phone(agency.phones["office"]) == "+44 20 7946 0958"


@pytest.mark.parametrize("number", ["12", "06 12", "not a phone", "+33 6 12 34 56 78 90 12",
                                    "00000000000"])
def test_an_invalid_phone_is_refused_and_nothing_is_saved(plan: Plan, number: str) -> None:
    with pytest.raises(ValidationError) as caught:
        plan.contacts.add("Paul Durand", group="crisis_cell", phones={"mobile": number})
    assert caught.value.field == "phones.mobile"
    assert caught.value.reason == "invalid_phone"
    assert caught.value.value == number
    assert plan.contacts.count() == 0


def test_an_invalid_phone_on_edit_leaves_the_contact_as_it_was(plan: Plan) -> None:
    paul = plan.contacts.add("Paul Durand", group="crisis_cell", phones={"mobile": "0612345678"})
    with pytest.raises(ValidationError):
        plan.contacts.update(paul.id, name="Paul D.", phones={"mobile": "061234"})
    assert plan.contacts.get(paul.id) == paul


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [({"group": "friends"}, "group", "unknown_choice"),
     ({"kind": "robot"}, "kind", "unknown_choice"),
     ({"phones": {"fax": "0612345678"}}, "phones", "unknown_choice"),
     ({"email": "paul.example.com"}, "email", "invalid_email"),
     ({"last_verified": "yesterday"}, "last_verified", "not_a_date"),
     ({"name": "   "}, "name", "required"),
     ({"name": "x" * 201}, "name", "too_long")],
)
def test_bad_contact_fields_are_refused(plan: Plan, changes: dict, field: str,
                                        reason: str) -> None:
    values = {"name": "Paul Durand", "group": "crisis_cell", **changes}
    with pytest.raises(ValidationError) as caught:
        plan.contacts.add(values.pop("name"), **values)
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert plan.contacts.count() == 0


def test_names_are_trimmed_and_e_mail_kept(plan: Plan) -> None:
    paul = plan.contacts.add("  Paul Durand ", group="crisis_cell", email="paul@mareval.fr")
    assert paul.name == "Paul Durand"
    assert paul.email == "paul@mareval.fr"


@pytest.fixture
def directory(plan: Plan) -> dict[str, str]:
    """A few contacts across groups; name → id."""
    c = plan.contacts
    people = {
        "Hélène Martin": c.add("Hélène Martin", group="management", function="Directrice générale",
                               phones={"mobile": "06 12 34 56 78"}),
        "Paul Durand": c.add("Paul Durand", group="crisis_cell", function="Responsable qualité",
                             phones={"mobile": "07 81 22 33 44"}),
        "Agence Rivage": c.add("Agence Rivage", group="agency", kind="organisation",
                               organisation="Rivage Communication",
                               phones={"office": "01 42 68 53 00"}),
        "Maître Leroy": c.add("Maître Leroy", group="legal",
                              organisation="Cabinet Leroy & Associés",
                              email="leroy@cabinet-leroy.fr"),
    }
    plan.cell.assign_role("crisis_director", holder_id=people["Hélène Martin"].id,
                          deputy_id=people["Paul Durand"].id)
    return {name: contact.id for name, contact in people.items()}


def names(contacts) -> list[str]:
    return [c.name for c in contacts]


def test_list_is_by_name_and_filters_by_group(plan: Plan, directory: dict[str, str]) -> None:
    assert names(plan.contacts.list()) == [
        "Agence Rivage", "Hélène Martin", "Maître Leroy", "Paul Durand"]
    assert names(plan.contacts.list(group="legal")) == ["Maître Leroy"]
    assert plan.contacts.count(group="agency") == 1
    assert plan.contacts.list(group="press") == []
    with pytest.raises(ValidationError):
        plan.contacts.list(group="friends")


@pytest.mark.parametrize(
    ("query", "expected"),
    [("durand", ["Paul Durand"]),
     ("HÉLÈNE", ["Hélène Martin"]),
     ("rivage communication", ["Agence Rivage"]),
     ("cabinet", ["Maître Leroy"]),
     ("qualité", ["Paul Durand"]),
     ("crisis_director", ["Hélène Martin", "Paul Durand"]),
     ("06 12", ["Hélène Martin"]),
     ("0612345678", ["Hélène Martin"]),
     ("99 88", []),
     ("+33 7 81", ["Paul Durand"]),
     ("01 42 68", ["Agence Rivage"]),
     ("leroy@", ["Maître Leroy"]),
     ("nobody", [])],
)
def test_search_by_name_organisation_role_and_phone_digits(
    plan: Plan, directory: dict[str, str], query: str, expected: list[str]
) -> None:
    assert names(plan.contacts.list(search=query)) == expected
    assert plan.contacts.count(search=query) == len(expected)


def test_search_and_group_combine(plan: Plan, directory: dict[str, str]) -> None:
    assert names(plan.contacts.list(search="a", group="management")) == ["Hélène Martin"]


def test_stale_flag_follows_the_verification_date(plan: Plan) -> None:
    on = date(2026, 6, 1)
    fresh = plan.contacts.add("Juste Vérifié", group="press",
                              last_verified=on - timedelta(days=STALE_AFTER_DAYS))
    old = plan.contacts.add("Vieux Numéro", group="press",
                            last_verified=(on - timedelta(days=STALE_AFTER_DAYS + 1)).isoformat())
    assert not fresh.is_stale(on=on)
    assert old.is_stale(on=on)
    assert fresh.is_stale(on=on + timedelta(days=1))


def test_a_contact_never_verified_is_measured_from_the_day_it_was_entered(plan: Plan) -> None:
    new = plan.contacts.add("Jamais Vérifié", group="press")
    assert new.last_verified is None and new.created_at is not None
    entered = date.fromisoformat(new.created_at[:10])
    assert not new.is_stale()  # typed in today: not "not checked for 90 days"
    assert not new.is_stale(on=entered + timedelta(days=STALE_AFTER_DAYS))
    assert new.is_stale(on=entered + timedelta(days=STALE_AFTER_DAYS + 2))
    listed = next(c for c in plan.contacts.list() if c.id == new.id)
    assert listed.created_at == new.created_at and not listed.is_stale()


def test_mark_verified_clears_the_stale_flag(plan: Plan) -> None:
    old = plan.contacts.add("Vieux Numéro", group="press", last_verified="2020-01-01")
    assert old.is_stale()
    checked = plan.contacts.mark_verified(old.id, on=date(2026, 3, 2))
    assert checked.last_verified == "2026-03-02"
    assert not checked.is_stale(on=date(2026, 3, 3))
    assert not plan.contacts.mark_verified(old.id).is_stale()  # today by default
    assert plan.contacts.get(old.id).last_verified == date.today().isoformat()


def test_soft_deleted_contacts_disappear_but_stay_in_the_file(plan: Plan) -> None:
    paul = plan.contacts.add("Paul Durand", group="crisis_cell")
    plan.contacts.delete(paul.id)
    assert plan.contacts.list() == []
    assert plan.contacts.count() == 0
    with pytest.raises(RecordNotFound):
        plan.contacts.get(paul.id)
    with pytest.raises(RecordNotFound):
        plan.contacts.update(paul.id, name="Paul")
    with pytest.raises(RecordNotFound):
        plan.contacts.delete(paul.id)
    row = plan._store.query("SELECT deleted_at FROM contacts WHERE id = ?", [paul.id])[0]
    assert row["deleted_at"] is not None  # kept so the deletion can travel to other laptops


def test_update_changes_only_what_it_names(plan: Plan) -> None:
    paul = plan.contacts.add("Paul Durand", group="crisis_cell",
                             phones={"mobile": "0612345678"}, function="Qualité")
    updated = plan.contacts.update(paul.id, phones={"office": "0142685300"}, group="management")
    assert updated.phones == {"mobile": "+33612345678", "office": "+33142685300"}
    assert updated.function == "Qualité"
    assert updated.group == "management"


def test_unknown_field_is_a_programming_error(plan: Plan) -> None:
    paul = plan.contacts.add("Paul Durand", group="crisis_cell")
    with pytest.raises(TypeError):
        plan.contacts.update(paul.id, shoe_size=44)
