"""The demo plan, French and English, loads through the services and shows every part of a
real plan: risks, contacts, the full cell, messages for every audience, a finished exercise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import phonenumbers
import pytest

from app.exchange.demo_plan import create_demo_plan, demo_content
from app.keys.key_file import copy_plan
from app.plan import Plan
from app.planfile.errors import PlanAlreadyExists
from app.vocabulary import AUDIENCES, CELL_ROLES, CHANNEL_LIMITS, OUTSIDE_GROUPS

DEVICE = "0190test-0000-7000-8000-laptop000001"


@pytest.fixture(scope="module")
def english_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-en") / "demo-en.crisiscell"
    create_demo_plan(path, language="en", device_id=DEVICE).close()
    return path


@pytest.fixture(params=["fr", "en"])
def demo(request: pytest.FixtureRequest, demo_plan_file: Path, tmp_path: Path) -> Iterator[Plan]:
    """Each demo plan, as a private copy, open."""
    source = demo_plan_file if request.param == "fr" else request.getfixturevalue(
        "english_demo_file")
    copy = tmp_path / f"demo-{request.param}.crisiscell"
    copy_plan(source, copy)  # a plan is its file and its key file
    with Plan.open(copy) as plan:
        assert plan.info.get().language == request.param
        yield plan


def test_the_plan_is_sound(demo: Plan) -> None:
    assert demo.integrity_problems() == []
    meta = demo.info.get()
    assert meta.organisation and meta.owner and meta.region == "FR"


def test_risks(demo: Plan) -> None:
    risks = demo.risks.list()
    assert len(risks) >= 10
    assert len({r.band for r in risks}) >= 3  # the matrix shows more than one colour
    assert all(r.warning_signals and r.checklist for r in risks)
    owners = {r.owner_id for r in risks if r.owner_id}
    for owner in owners:
        demo.contacts.get(owner)


def test_contacts_and_every_outside_group(demo: Plan) -> None:
    contacts = demo.contacts.list()
    assert len(contacts) >= 25
    groups = {c.group for c in contacts}
    assert set(OUTSIDE_GROUPS) <= groups
    assert "crisis_cell" in groups


def test_every_phone_is_valid_e164(demo: Plan) -> None:
    numbers = [(c.name, kind, number) for c in demo.contacts.list()
               for kind, number in c.phones.items()]
    assert len(numbers) >= 25
    for name, kind, number in numbers:
        parsed = phonenumbers.parse(number, None)
        assert phonenumbers.is_valid_number(parsed), (name, kind, number)
        assert number == phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        assert demo.contacts.display_phone(number)


def test_every_role_is_held(demo: Plan) -> None:
    roles = {r.code: r for r in demo.cell.roles()}
    assert set(roles) == set(CELL_ROLES)
    for role in roles.values():
        assert role.holder_id, role.code
        demo.contacts.get(role.holder_id)
        if role.deputy_id:
            assert role.deputy_id != role.holder_id
            demo.contacts.get(role.deputy_id)


def test_the_call_tree_reaches_the_cell(demo: Plan) -> None:
    called = {node.contact_id for _, node in demo.cell.call_tree().walk()}
    holders = {r.holder_id for r in demo.cell.roles()}
    assert len(called) >= 5
    assert holders <= called  # every role holder is reached by the call tree


def test_messages_cover_every_audience_and_many_channels(demo: Plan) -> None:
    messages = demo.messages.list()
    language = demo.info.get().language
    assert len(messages) >= 30
    assert {m.audience for m in messages} == set(AUDIENCES)
    assert len({m.channel for m in messages}) >= 5
    assert {m.language for m in messages} == {language}
    assert any(m.status == "approved" for m in messages)


def test_no_message_is_over_its_channel_limit(demo: Plan) -> None:
    for message in demo.messages.list():
        assert not message.over_limit, (message.title, message.channel, len(message.body))
        if message.channel == "x":
            assert len(message.body) <= 280
        if message.channel == "sms":
            assert len(message.body) <= 160
    assert CHANNEL_LIMITS["x"] == 280 and CHANNEL_LIMITS["sms"] == 160


def test_one_closed_exercise_with_its_log_actions_and_review(demo: Plan) -> None:
    incidents = demo.incidents.list()
    assert len(incidents) == 1
    exercise = incidents[0]
    assert exercise.is_exercise and not exercise.is_active
    assert demo.incidents.active() is None
    entries = demo.journal.entries(exercise.id)
    assert len(entries) >= 25
    assert entries[-1].logged_at == exercise.closed_at  # the closing is the last entry
    assert len({e.kind for e in entries}) >= 5
    assert len(demo.incidents.level_history(exercise.id)) >= 2
    actions = demo.incidents.actions(exercise.id)
    assert actions and any(a.done_at for a in actions)
    review = exercise.review
    assert review is not None and review.worked and review.failed and review.changes


def test_the_journal_chain_verifies(demo: Plan) -> None:
    report = demo.journal.verify()
    assert report.ok, report.first_break
    assert report.checked == demo.journal.count() >= 25


def test_search_finds_demo_content(demo: Plan) -> None:
    risk = demo.risks.list()[0]
    word = max(risk.title.split(), key=len)
    assert any(hit.id == risk.id for hit in demo.search.search(word))


def test_both_languages_hold_the_same_plan() -> None:
    french, english = demo_content("fr"), demo_content("en")
    for part in ("contacts", "roles", "risks", "messages", "call_tree"):
        assert len(french[part]) == len(english[part]), part
    assert [c["key"] for c in french["contacts"]] == [c["key"] for c in english["contacts"]]


def test_the_demo_never_overwrites(demo_plan_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "mine.crisiscell"
    target.write_text("a real plan")
    with pytest.raises(PlanAlreadyExists):
        create_demo_plan(target, device_id=DEVICE)
    assert target.read_text() == "a real plan"
    with pytest.raises(ValueError):
        demo_content("de")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_demo_leak_and_cyberattack_risks_carry_their_clocks(language: str) -> None:
    risks = {r["key"]: r for r in demo_content(language)["risks"]}
    leak = [c["hours"] for c in risks["r_fuite_donnees"]["regulatory_clocks"]]
    cyber = [c["hours"] for c in risks["r_rancongiciel"]["regulatory_clocks"]]
    assert leak == [72]  # GDPR art. 33
    assert cyber == [24, 72, 72, 720]  # NIS2 early warning, notification, GDPR, final report
    assert demo_content(language)["plan"]["website"].startswith("https://")


def test_demo_exercise_has_its_clocks_one_met(demo_plan: Plan) -> None:
    exercise = demo_plan.incidents.list()[0]
    clocks = demo_plan.incidents.clocks.list(exercise.id)
    assert [c.hours for c in clocks] == [24, 72, 72, 720]
    assert clocks[0].done_at == "2026-10-14T10:40:00.000Z"
    assert all(c.done_at is None for c in clocks[1:])
    assert demo_plan.journal.verify(exercise.id).ok
    assert demo_plan.info.get().website == "https://www.mareval-conserves.example"
