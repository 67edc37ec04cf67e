"""The restore flow (app/planfile/restore.py), as the window and the CLI both run it: the key
found without opening the damaged file, the backup chosen and confirmed, the current file kept
aside, the backup put back, the witness re-based, the plan reopened."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.keys.unlock import KeyQuestion, Unlock
from app.plan import Plan
from app.planfile.backups import Backups
from app.planfile.errors import NoBackup
from app.planfile.restore import RestoreChoice, backups_for_restore, reopen, restore_plan
from db.errors import PlanCorrupt

PASSPHRASE = "cellule de crise 2026"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 512
    data[middle:middle + 256] = bytes(range(256))
    path.write_bytes(bytes(data))


def never_asked(question: KeyQuestion) -> Unlock | None:
    raise AssertionError(f"asked about {question.refusal!r}")


def backed_up_plan(path: Path, unlock: Unlock | None = None) -> int:
    """A plan with a few entries, backed up as it closes; how many entries it holds."""
    with Plan.create(path, organisation="Maréval", unlock=unlock) as plan:
        incident = plan.incidents.open("Rappel de lot", author="Hélène")
        for i in range(20):
            plan.journal.append(incident.id, f"Entrée {i} " + "détail " * 40, author="Hélène")
    with Plan.open(path, live=True, unlock=unlock) as plan:
        return plan.journal.count()


def test_a_damaged_plan_is_put_back_from_its_newest_good_backup(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    entries = backed_up_plan(path)
    damage(path)
    damaged = sha256(path)
    with pytest.raises(PlanCorrupt):
        Plan.open(path)
    confirmed: list[RestoreChoice] = []
    restored = restore_plan(path, never_asked,
                            confirm=lambda choice: not confirmed.append(choice))
    assert restored is not None
    [choice] = confirmed
    assert restored.choice == choice and choice.backup.reason == "close"
    assert choice.minutes_behind >= 0
    assert restored.aside.name.startswith("plan.crisiscell.replaced-")
    assert sha256(restored.aside) == damaged  # the damaged file is kept, never deleted
    assert restored.witness_dropped == 0 and restored.witness_problem is None
    plan = reopen(restored, never_asked)
    assert plan is not None
    with plan:
        assert plan.journal.count() == entries and plan.integrity_problems() == []


def test_declining_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    backed_up_plan(path)
    damage(path)
    before = sorted(p.name for p in tmp_path.iterdir())
    damaged = sha256(path)
    assert restore_plan(path, never_asked, confirm=lambda choice: False) is None
    assert sha256(path) == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_without_a_backup_that_verifies_nothing_changes(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    Plan.create(path, organisation="Maréval").close()  # never opened live: no backup
    damage(path)
    damaged = sha256(path)
    with pytest.raises(NoBackup):
        restore_plan(path, never_asked, confirm=lambda choice: True)
    assert sha256(path) == damaged


def test_a_passphrase_plan_asks_its_passphrase_and_reopens_without_asking_again(
        tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    entries = backed_up_plan(path, Unlock(passphrase=PASSPHRASE))
    damage(path)
    asked: list[str] = []

    def ask(question: KeyQuestion) -> Unlock | None:
        asked.append(question.refusal.code if question.refusal else "")
        return Unlock(passphrase="mauvaise phrase" if len(asked) == 1 else PASSPHRASE)

    restored = restore_plan(path, ask)
    assert restored is not None
    assert asked == ["passphrase_required", "wrong_passphrase"]
    plan = reopen(restored, never_asked)  # the key found for the restore reopens it
    assert plan is not None
    with plan:
        assert plan.journal.count() == entries


def test_giving_up_on_the_passphrase_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    backed_up_plan(path, Unlock(passphrase=PASSPHRASE))
    damage(path)
    damaged = sha256(path)
    assert restore_plan(path, lambda question: None) is None
    assert sha256(path) == damaged


def test_a_named_backup_is_put_back(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    backed_up_plan(path)
    with Plan.open(path) as plan:
        incident = plan.incidents.active()
        assert incident is not None
        plan.journal.append(incident.id, "Après la sauvegarde", author="Paul")
        [older] = [b.path for b in plan.backups.list() if b.reason == "open"]
        expected = Plan.open(older, look=True)
        with expected:
            entries = expected.journal.count()
    restored = restore_plan(path, never_asked, source=older)
    assert restored is not None and restored.backup.path == older
    assert restored.backup.reason == "chosen"
    plan = reopen(restored, never_asked)
    assert plan is not None
    with plan:
        assert plan.journal.count() == entries


def test_the_backups_of_a_damaged_plan_take_the_keys_given_for_older_backups(
        tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    backed_up_plan(path)
    older = Unlock(passphrase="ancienne phrase de passe")
    backups = backups_for_restore(path, never_asked, backup_unlocks=[older])
    assert isinstance(backups, Backups) and backups.unlocks[-1] == older
