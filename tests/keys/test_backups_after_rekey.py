"""Backups made before a rekey or a passphrase change: found, verified and restored with
today's key (the restored plan opens as the plan did), and, when no key for them is at
hand, named as such — never "damaged"."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.keys import key_file as keys
from app.keys.errors import BackupKeyUnavailable
from app.keys.management import rekey, set_passphrase
from app.keys.unlock import Unlock
from app.plan import Plan
from app.planfile.backups import Backups
from tests.raw_plan import plan_key

PASSPHRASE = "cellule de crise 2026"
NEW_PASSPHRASE = "une autre phrase secrète"


def digest(path: Path) -> str:
    sha = hashlib.sha256()
    for part in (path, path.with_name(path.name + "-wal"), keys.key_file_path(path)):
        sha.update(part.read_bytes() if part.exists() else b"-")
    return sha.hexdigest()


def plan_with_backup(path: Path, unlock: Unlock | None) -> tuple[set[str], Path]:
    """A plan, its backup holding three entries, then one entry more in the plan only."""
    with Plan.create(path, organisation="Maréval", unlock=unlock) as plan:
        incident = plan.incidents.open("Rappel de lot", author="Hélène")
        for i in range(3):
            plan.journal.append(incident.id, f"Entrée {i}", author="Hélène")
        backed_up = {e.id for e in plan.journal.entries(incident.id)}
        [backup] = plan.backups.make("manual")
        plan.journal.append(incident.id, "Après la sauvegarde", author="Paul")
    return backed_up, backup


def entries(path: Path, unlock: Unlock | None) -> set[str]:
    with Plan.open(path, unlock=unlock) as plan:
        assert plan.journal.verify().ok
        incident = plan.incidents.active()
        assert incident is not None
        return {e.id for e in plan.journal.entries(incident.id)}


def test_after_a_rekey_the_earlier_backup_is_good_and_restores_with_todays_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.crisiscell"
    backed_up, backup = plan_with_backup(path, None)
    new_key = rekey(path)
    with Plan.open(path) as plan:
        backups = Backups(plan.path, plan.key)
        good = backups.newest_good()
    assert good is not None and good.path == backup  # not "damaged", not skipped
    assert main(["restore", "--plan", str(path)]) == 0
    assert "restored from" in capsys.readouterr().out
    assert entries(path, None) == backed_up  # through today's keyring entry
    assert plan_key(path, Unlock(recovery_key=new_key)) == new_key  # and today's sheet


def test_after_a_passphrase_change_the_new_passphrase_restores_older_backups(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.crisiscell"
    backed_up, _ = plan_with_backup(path, Unlock(passphrase=PASSPHRASE))
    set_passphrase(path, NEW_PASSPHRASE, Unlock(passphrase=PASSPHRASE))
    monkeypatch.setenv("CC_NEW", NEW_PASSPHRASE)
    assert main(["restore", "--plan", str(path), "--passphrase-env", "CC_NEW"]) == 0
    capsys.readouterr()
    # The earlier key came from the plan's key file, unwrapped by today's key.
    assert entries(path, Unlock(passphrase=NEW_PASSPHRASE)) == backed_up
    with pytest.raises(Exception, match="wrong_passphrase"):
        Plan.open(path, unlock=Unlock(passphrase=PASSPHRASE))


def forget_earlier_keys(path: Path) -> None:
    """As a key file written before earlier keys were kept in it (or restored from a sheet)."""
    data = json.loads(keys.key_file_path(path).read_text())
    data.pop("retired", None)
    keys.key_file_path(path).write_text(json.dumps(data))


def test_a_backup_without_its_key_is_named_as_such_and_its_passphrase_opens_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.crisiscell"
    backed_up, backup = plan_with_backup(path, Unlock(passphrase=PASSPHRASE))
    set_passphrase(path, NEW_PASSPHRASE, Unlock(passphrase=PASSPHRASE))
    forget_earlier_keys(path)
    before = digest(path)
    monkeypatch.setenv("CC_NEW", NEW_PASSPHRASE)
    monkeypatch.setenv("CC_OLD", PASSPHRASE)

    with (Plan.open(path, unlock=Unlock(passphrase=NEW_PASSPHRASE)) as plan,
          pytest.raises(BackupKeyUnavailable)):
        Backups(plan.path, plan.key).newest_good()
    assert main(["restore", "--plan", str(path), "--passphrase-env", "CC_NEW"]) == 2
    err = capsys.readouterr().err
    assert "made before a key change" in err and "give its passphrase or recovery key" in err
    assert "not damaged" in err and "does not verify" not in err
    assert digest(path) == before

    assert main(["restore", "--plan", str(path), "--passphrase-env", "CC_NEW",
                 "--backup-passphrase-env", "CC_OLD"]) == 0
    assert "restored from" in capsys.readouterr().out
    # Restored and re-keyed to today's key: the new passphrase opens it, the old does not.
    assert entries(path, Unlock(passphrase=NEW_PASSPHRASE)) == backed_up
    with pytest.raises(Exception, match="wrong_passphrase"):
        Plan.open(path, unlock=Unlock(passphrase=PASSPHRASE))
    assert keys.read(backup) is not None  # the backup itself is untouched


def test_the_recovery_key_of_that_time_opens_an_earlier_backup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.crisiscell"
    backed_up, backup = plan_with_backup(path, Unlock(passphrase=PASSPHRASE))
    old_key = plan_key(path, Unlock(passphrase=PASSPHRASE))
    set_passphrase(path, NEW_PASSPHRASE, Unlock(passphrase=PASSPHRASE))
    forget_earlier_keys(path)
    sheet = tmp_path / "old-sheet.txt"
    assert old_key is not None
    sheet.write_text(old_key.hex())
    new_sheet = tmp_path / "new-sheet.txt"
    new_key = plan_key(path, Unlock(passphrase=NEW_PASSPHRASE))
    assert new_key is not None
    new_sheet.write_text(new_key.hex())
    assert main(["restore", "--plan", str(path), "--recovery-key-file", str(new_sheet),
                 "--backup-recovery-key-file", str(sheet), "--from", str(backup)]) == 0
    capsys.readouterr()
    assert entries(path, Unlock(passphrase=NEW_PASSPHRASE)) == backed_up


def test_a_keyring_plans_retired_key_still_opens_its_backups(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    backed_up, backup = plan_with_backup(path, None)
    rekey(path)
    forget_earlier_keys(path)  # the keyring's retired entry is the one left
    with Plan.open(path) as plan:
        backups = Backups(plan.path, plan.key)
        assert backups.newest_good() is not None
        backups_key = plan.key
    Backups(path, backups_key).restore(backup)
    assert entries(path, None) == backed_up


def test_newer_backups_needing_a_key_are_told_when_an_older_one_is_restored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.crisiscell"
    plan_with_backup(path, Unlock(passphrase=PASSPHRASE))
    set_passphrase(path, NEW_PASSPHRASE, Unlock(passphrase=PASSPHRASE))
    forget_earlier_keys(path)
    with Plan.open(path, unlock=Unlock(passphrase=NEW_PASSPHRASE)) as plan:
        plan.backups.make("manual")  # with today's key
    # The older backup becomes the newer one by name: the one after the change is older.
    folder = path.parent / "backups"
    [before_change, after_change] = sorted(p for p in folder.iterdir()
                                           if not p.name.endswith((".keys", ".heads")))
    later = folder / f"{path.stem}-20990101T000000000000Z-manual{path.suffix}"
    before_change.rename(later)
    keys.key_file_path(before_change).rename(keys.key_file_path(later))
    monkeypatch.setenv("CC_NEW", NEW_PASSPHRASE)
    assert main(["restore", "--plan", str(path), "--passphrase-env", "CC_NEW"]) == 0
    captured = capsys.readouterr()
    assert after_change.name in captured.out
    assert "1 newer backup(s) were made before a key change" in captured.err
