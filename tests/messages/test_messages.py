"""The message library: drafts, approval and its expiry, versions kept on edit, channel limits,
placeholders."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import RecordNotFound, ValidationError
from app.messages.library import fill, placeholders
from app.plan import Plan
from app.vocabulary import CHANNEL_LIMITS

BODY = ("Nous avons appris ce {date} un incident sur le site de {site}. "
        "Nous vous tiendrons informés.")


def test_a_new_message_is_a_draft(plan: Plan) -> None:
    message = plan.messages.add("Premier communiqué", audience="media", channel="press_release",
                                body=BODY)
    assert (message.status, message.version, message.approved_by) == ("draft", 1, None)
    assert message.language == "fr"
    assert not message.approval_expired()


def test_approve_then_edit_returns_to_draft_and_keeps_the_approved_version(plan: Plan) -> None:
    message = plan.messages.add("Premier communiqué", audience="media", channel="press_release",
                                body=BODY)
    approved = plan.messages.approve(message.id, approved_by="Hélène Martin",
                                     approved_on="2026-01-10", expires="2026-07-10")
    assert (approved.status, approved.approved_by, approved.approved_at,
            approved.approval_expires) == ("approved", "Hélène Martin", "2026-01-10", "2026-07-10")

    edited = plan.messages.update(message.id, body=BODY + " Contact presse : 01 42 68 53 00.")
    assert edited.status == "draft"
    assert edited.version == 2
    assert edited.approved_by is None and edited.approval_expires is None
    versions = plan.messages.versions(message.id)
    assert len(versions) == 1
    kept = versions[0]
    assert (kept.version, kept.body, kept.status, kept.approved_by, kept.approval_expires) == (
        1, BODY, "approved", "Hélène Martin", "2026-07-10")


def test_editing_a_draft_keeps_no_version(plan: Plan) -> None:
    message = plan.messages.add("Post X", audience="public", channel="x", body="Texte 1")
    edited = plan.messages.update(message.id, body="Texte 2", title="Post X (v2)")
    assert (edited.status, edited.version, edited.body) == ("draft", 1, "Texte 2")
    assert plan.messages.versions(message.id) == []


def test_saving_the_same_text_keeps_the_approval(plan: Plan) -> None:
    message = plan.messages.add("Post X", audience="public", channel="x", body="Texte")
    plan.messages.approve(message.id, approved_by="Hélène")
    same = plan.messages.update(message.id, body="  Texte  ")
    assert same.status == "approved"
    assert plan.messages.versions(message.id) == []


def test_approval_lasts_a_year_by_default_and_then_expires(plan: Plan) -> None:
    message = plan.messages.add("SMS salariés", audience="employees", channel="sms",
                                body="Réunion à 14 h en salle B.")
    approved = plan.messages.approve(message.id, approved_by="Hélène", approved_on="2025-03-01")
    assert approved.approval_expires == "2026-03-01"
    assert not approved.approval_expired(on=date(2026, 3, 1))
    assert approved.approval_expired(on=date(2026, 3, 2))
    today = plan.messages.approve(message.id, approved_by="Hélène")
    assert today.approved_at == date.today().isoformat()
    assert not today.approval_expired()
    assert today.approval_expired(on=date.today() + timedelta(days=400))


def test_an_expiry_before_the_approval_is_refused(plan: Plan) -> None:
    message = plan.messages.add("SMS", audience="employees", channel="sms", body="Texte")
    for expires in ("2025-03-01", "2025-02-01"):
        with pytest.raises(ValidationError) as caught:
            plan.messages.approve(message.id, approved_by="Hélène", approved_on="2025-03-01",
                                  expires=expires)
        assert (caught.value.field, caught.value.reason) == ("expires", "before_approval")
    with pytest.raises(ValidationError):
        plan.messages.approve(message.id, approved_by="  ")
    assert plan.messages.get(message.id).status == "draft"


@pytest.mark.parametrize(("channel", "limit"), [("x", 280), ("sms", 160)])
def test_a_message_over_its_channel_limit_cannot_be_approved(
    plan: Plan, channel: str, limit: int
) -> None:
    assert CHANNEL_LIMITS[channel] == limit
    at_limit = plan.messages.add("Juste", audience="public", channel=channel, body="a" * limit)
    assert not at_limit.over_limit
    assert plan.messages.approve(at_limit.id, approved_by="Hélène").status == "approved"

    over = plan.messages.add("Trop long", audience="public", channel=channel,
                             body="a" * (limit + 1))
    assert over.over_limit and over.limit == limit
    with pytest.raises(ValidationError) as caught:
        plan.messages.approve(over.id, approved_by="Hélène")
    assert (caught.value.field, caught.value.reason) == ("body", "over_channel_limit")
    assert caught.value.details["limit"] == limit
    assert plan.messages.get(over.id).status == "draft"


def test_a_press_release_has_no_limit(plan: Plan) -> None:
    long = plan.messages.add("Long", audience="media", channel="press_release", body="a" * 20_000)
    assert long.limit is None and not long.over_limit
    assert plan.messages.approve(long.id, approved_by="Hélène").status == "approved"


def test_moving_an_approved_text_to_a_shorter_channel_does_not_keep_it_approved(
    plan: Plan
) -> None:
    message = plan.messages.add("Communiqué", audience="media", channel="press_release",
                                body="a" * 500)
    plan.messages.approve(message.id, approved_by="Hélène")
    moved = plan.messages.update(message.id, channel="x")
    assert not (moved.status == "approved" and moved.over_limit)


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"audience": "aliens"}, "audience"), ({"channel": "fax"}, "channel"),
     ({"language": "de"}, "language"), ({"body": "  "}, "body"), ({"title": ""}, "title")],
)
def test_bad_message_fields_are_refused(plan: Plan, changes: dict, field: str) -> None:
    values = {"title": "T", "audience": "media", "channel": "email", "body": "B", **changes}
    with pytest.raises(ValidationError) as caught:
        plan.messages.add(values.pop("title"), **values)
    assert caught.value.field == field
    assert plan.messages.count() == 0


def test_an_unknown_scenario_is_refused(plan: Plan) -> None:
    with pytest.raises(RecordNotFound):
        plan.messages.add("T", audience="media", channel="email", body="B",
                          scenario_id="no-such-risk")
    assert plan.messages.count() == 0


def test_list_filters(plan: Plan) -> None:
    risk = plan.risks.add("Rappel", category="product", likelihood=2, impact=5)
    add = plan.messages.add
    add("B SMS", audience="employees", channel="sms", body="x", scenario_id=risk.id)
    post = add("A post", audience="public", channel="x", body="x", language="en")
    add("C mail", audience="customers", channel="email", body="x", scenario_id=risk.id)
    plan.messages.approve(post.id, approved_by="Hélène")
    titles = lambda **f: [m.title for m in plan.messages.list(**f)]  # noqa: E731
    assert titles() == ["A post", "B SMS", "C mail"]
    assert titles(scenario_id=risk.id) == ["B SMS", "C mail"]
    assert titles(audience="employees") == ["B SMS"]
    assert titles(channel="x") == ["A post"]
    assert titles(language="en") == ["A post"]
    assert titles(status="approved") == ["A post"]
    assert titles(status="draft", channel="email") == ["C mail"]
    with pytest.raises(ValidationError):
        plan.messages.list(channel="fax")


def test_deleted_message_is_gone(plan: Plan) -> None:
    message = plan.messages.add("T", audience="media", channel="email", body="B")
    plan.messages.delete(message.id)
    assert plan.messages.list() == [] and plan.messages.count() == 0
    with pytest.raises(RecordNotFound):
        plan.messages.approve(message.id, approved_by="Hélène")


def test_placeholders_are_listed_once_in_order() -> None:
    body = "Le {date}, {organisation} confirme… Rendez-vous le {date} à {heure}. {Pas_un} {}"
    assert placeholders(body) == ["date", "organisation", "heure"]
    assert placeholders("Aucun champ.") == []


def test_fill_replaces_known_placeholders_and_leaves_unknown_ones_visible() -> None:
    body = "Le {date}, {organisation} confirme un incident à {site}."
    assert fill(body, {"date": "21 novembre", "organisation": "Maréval"}) == (
        "Le 21 novembre, Maréval confirme un incident à {site}.")
    assert fill(body, {}) == body
    # A value that looks like a placeholder is not filled again.
    assert fill("{a} {b}", {"a": "{b}", "b": "B"}) == "{b} B"
