"""The one "key refused -> ask -> try again" loop (app/keys/unlock.py: unlocking), as the window
and the CLI both use it: what it asks, when it stops, and the refusals it never asks about."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.cli.common import CommandFailed, asking_on_terminal
from app.errors import PlanFileError
from app.keys import key_file as keys
from app.keys.errors import (
    KeyFileOfAnotherPlan,
    KeyUnavailable,
    PassphraseRequired,
    WrongKey,
    WrongPassphrase,
)
from app.keys.unlock import KeyQuestion, Unlock, unlocking
from app.plan import Plan
from db.errors import PlanCorrupt, PlanTruncated
from tests.raw_plan import plan_key

PASSPHRASE = "cellule de crise 2026"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_plan(path: Path, unlock: Unlock | None = None) -> Path:
    with Plan.create(path, organisation="Maréval", unlock=unlock) as plan:
        incident = plan.incidents.open("Fuite de données", author="Hélène")
        plan.journal.append(incident.id, "Appel du journaliste", author="Hélène")
    return path


@pytest.fixture
def passphrase_plan(tmp_path: Path) -> Path:
    return make_plan(tmp_path / "plan.crisiscell", Unlock(passphrase=PASSPHRASE))


def opening(path: Path):  # type: ignore[no-untyped-def]
    return lambda given: Plan.open(path, unlock=given)


def never_asked(question: KeyQuestion) -> Unlock | None:
    raise AssertionError(f"asked about {question.refusal!r}")


def test_it_asks_until_the_passphrase_opens_the_plan(passphrase_plan: Path) -> None:
    questions: list[KeyQuestion] = []
    answers = iter([Unlock(passphrase="mauvaise phrase"), Unlock(passphrase=PASSPHRASE)])

    def ask(question: KeyQuestion) -> Unlock | None:
        questions.append(question)
        return next(answers)

    plan = unlocking(opening(passphrase_plan), ask)
    assert plan is not None
    with plan:
        assert plan.key.via == "passphrase"
    assert [q.refusal.code for q in questions if q.refusal] == [
        "passphrase_required", "wrong_passphrase"]
    first, second = questions
    assert first.retyped is None and not first.recovery
    # The wrong passphrase is handed back, so that a typo can be fixed rather than retyped.
    assert second.retyped == Unlock(passphrase="mauvaise phrase") and not second.recovery


def test_giving_up_opens_nothing_and_changes_nothing(passphrase_plan: Path) -> None:
    before = sha256(passphrase_plan)
    assert unlocking(opening(passphrase_plan), lambda question: None) is None
    assert sha256(passphrase_plan) == before


def test_the_recovery_key_can_be_asked_first(passphrase_plan: Path) -> None:
    key = plan_key(passphrase_plan, Unlock(passphrase=PASSPHRASE))
    questions: list[KeyQuestion] = []

    def ask(question: KeyQuestion) -> Unlock | None:
        questions.append(question)
        return Unlock(recovery_key=key)

    plan = unlocking(opening(passphrase_plan), ask, recovery_first=True)
    assert plan is not None
    with plan:
        assert plan.key.via == "recovery"
    [question] = questions
    assert question.refusal is None and question.recovery


def test_a_missing_key_file_asks_for_the_recovery_key(passphrase_plan: Path) -> None:
    key = plan_key(passphrase_plan, Unlock(passphrase=PASSPHRASE))
    keys.key_file_path(passphrase_plan).unlink()
    questions: list[KeyQuestion] = []
    answers = iter([Unlock(recovery_key=bytes(32)), Unlock(recovery_key=key)])

    def ask(question: KeyQuestion) -> Unlock | None:
        questions.append(question)
        return next(answers)

    plan = unlocking(opening(passphrase_plan), ask)
    assert plan is not None
    plan.close()
    assert [type(q.refusal) for q in questions] == [KeyUnavailable, WrongKey]
    assert all(q.recovery for q in questions)
    assert questions[1].retyped == Unlock(recovery_key=bytes(32))


def test_a_damaged_plan_is_told_never_asked_about(passphrase_plan: Path) -> None:
    data = bytearray(passphrase_plan.read_bytes())
    data[100:200] = bytes(100)  # inside page 1: its HMAC no longer holds
    passphrase_plan.write_bytes(bytes(data))
    with pytest.raises(PlanCorrupt):
        unlocking(opening(passphrase_plan), never_asked, Unlock(passphrase=PASSPHRASE))


def test_a_cut_short_plan_is_told_before_any_key_is_asked(passphrase_plan: Path) -> None:
    passphrase_plan.write_bytes(passphrase_plan.read_bytes()[:-100])
    with pytest.raises(PlanTruncated):
        unlocking(opening(passphrase_plan), never_asked)


def test_another_plans_key_file_is_told_never_asked_about(tmp_path: Path) -> None:
    ours = make_plan(tmp_path / "ours.crisiscell")
    theirs = make_plan(tmp_path / "theirs.crisiscell")
    their_id = json.loads(keys.key_file_path(theirs).read_text())["plan_id"]
    keys.key_file_path(ours).write_bytes(keys.key_file_path(theirs).read_bytes())
    with pytest.raises(KeyFileOfAnotherPlan, match=their_id):
        unlocking(opening(ours), never_asked)


# --- the CLI's asking -------------------------------------------------------------------------

@pytest.mark.parametrize("refusal", [
    WrongPassphrase("p", "the passphrase opens no key slot of this plan"),
    KeyUnavailable("p", "no key file"),
    WrongKey("p", "this recovery key is not the key of this plan"),
])
def test_the_terminal_tells_what_a_passphrase_cannot_answer(tmp_path: Path,
                                                            refusal: PlanFileError) -> None:
    ask = asking_on_terminal(tmp_path / "p", Unlock())
    with pytest.raises(type(refusal)) as caught:
        ask(KeyQuestion(refusal))
    assert caught.value is refusal


def test_the_terminal_does_not_ask_again_for_a_passphrase_given_by_variable(
        tmp_path: Path) -> None:
    refusal = PassphraseRequired("p", "this plan is protected by a passphrase")
    ask = asking_on_terminal(tmp_path / "p", Unlock(passphrase="donnée par variable"))
    with pytest.raises(PassphraseRequired):
        ask(KeyQuestion(refusal))


def test_without_a_terminal_the_passphrase_is_not_asked(passphrase_plan: Path) -> None:
    # pytest's stdin is no terminal: the command says how to give the passphrase instead.
    with pytest.raises(CommandFailed, match="no terminal to ask on: use --passphrase-env"):
        unlocking(opening(passphrase_plan), asking_on_terminal(passphrase_plan, Unlock()))
