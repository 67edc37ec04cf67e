"""Backups: taken through the backup API (WAL content included), encrypted like the plan,
verified, rotated; restore after the plan is damaged, with the CLI too."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.cli.main import main
from app.keys import key_file as keys
from app.keys.unlock import OpenedKey, Unlock, key_candidates
from app.plan import Plan
from app.planfile.backups import KEEP_LAST, Backups, incident_active_in, verify_file
from db import connection
from db.errors import PlanCorrupt


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval") as plan:
        incident = plan.incidents.open("Rappel de lot", author="Hélène")
        for i in range(20):
            plan.journal.append(incident.id, f"Entrée {i} " + "détail " * 40, author="Hélène")
    return path


def test_a_live_plan_is_backed_up_when_it_opens_and_closes(plan_path: Path) -> None:
    with Plan.open(plan_path, live=True) as plan:
        opened = plan.backups.list()
        assert [b.reason for b in opened] == ["open"]
    backups = Backups(plan_path, plan.key).list()
    assert [b.reason for b in backups] == ["close", "open"]
    for backup in backups:
        assert backup.path.parent == plan_path.parent / "backups"
        assert not connection.is_plain_sqlite(backup.path)  # encrypted like the plan
        assert keys.key_file_path(backup.path).exists()
        assert verify_file(backup.path, plan.key.key) == []
    assert not [p for p in (plan_path.parent / "backups").iterdir() if ".partial" in p.name]


def test_a_backup_holds_what_is_still_in_the_wal(plan_path: Path) -> None:
    with Plan.open(plan_path) as plan:
        incident = plan.incidents.active()
        assert incident is not None
        plan.journal.append(incident.id, "Dernière entrée, encore dans le WAL", author="Paul")
        wal = plan_path.with_name(plan_path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        [written] = plan.backups.make("manual")
        count = plan.journal.count()
    copy = written.with_name("copy.crisiscell")
    keys.copy_plan(written, copy)
    with Plan.open(copy) as restored:
        assert restored.journal.count() == count
        assert restored.journal.verify().ok


def test_a_second_folder_gets_a_copy(plan_path: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    with Plan.open(plan_path) as plan:
        written = Backups(plan.path, plan.key, second_folder=stick).make("manual")
    assert [p.parent for p in written] == [plan_path.parent / "backups", stick]


def test_rotation_keeps_the_last_twenty_and_one_a_day_for_thirty_days(plan_path: Path) -> None:
    with Plan.open(plan_path) as plan:
        backups = Backups(plan.path, plan.key)
        start = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
        # Two a day for 40 days, then 25 within the last hour.
        moments = [start + timedelta(days=d, hours=h) for d in range(40) for h in (0, 6)]
        last_day = start + timedelta(days=40)
        moments += [last_day + timedelta(minutes=2 * i) for i in range(25)]
        for moment in moments:
            backups.make("periodic", now=moment)
    kept = backups.list()
    now = moments[-1]
    newest = sorted(moments, reverse=True)[:KEEP_LAST]
    days = {m.date() for m in moments if now - m <= timedelta(days=30)}
    assert {b.taken_at for b in kept} >= set(newest)
    assert {b.taken_at.date() for b in kept} == days
    assert len(kept) == KEEP_LAST + len(days) - 1  # the newest day is among the last twenty
    # Each kept day is represented by its newest backup.
    for day in days - {now.date()}:
        assert max(m for m in moments if m.date() == day) in {b.taken_at for b in kept}


def test_restore_after_bytes_are_overwritten_in_the_middle(plan_path: Path,
                                                           capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    with Plan.open(plan_path, live=True) as plan:  # backups at open and close
        expected = plan.journal.count()
    data = bytearray(plan_path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 512
    data[middle:middle + 256] = bytes(range(256))
    plan_path.write_bytes(bytes(data))
    damaged = sha256(plan_path)

    with pytest.raises(PlanCorrupt):
        Plan.open(plan_path)
    assert sha256(plan_path) == damaged  # never opened for writing

    backups = Backups(plan_path, opened_key(plan_path))  # the key, without opening the file
    good = backups.newest_good()
    assert good is not None and good.reason == "close"
    assert backups.minutes_behind(good) >= 0

    assert main(["restore", "--plan", str(plan_path)]) == 0
    out = capsys.readouterr().out
    assert "restored from" in out and re.search(r"\d+ minute\(s\) of work", out)
    with Plan.open(plan_path) as plan:
        assert plan.journal.count() == expected
        assert plan.integrity_problems() == []
    kept = [p for p in plan_path.parent.iterdir() if ".replaced-" in p.name]
    assert len(kept) == 1 and sha256(kept[0]) == damaged


def test_verify_on_the_cli_reports_damage(plan_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(plan_path.read_bytes())
    data[3 * 4096 + 100:3 * 4096 + 164] = b"\x00" * 64
    plan_path.write_bytes(bytes(data))
    assert main(["verify", "--plan", str(plan_path)]) == 2
    assert "damaged" in capsys.readouterr().err


def test_cli_backup_and_list(plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--plan", str(plan_path)]) == 0
    written = capsys.readouterr().out
    assert "backup written" in written
    assert main(["backup", "--plan", str(plan_path), "--list"]) == 0
    assert "manual" in capsys.readouterr().out


def test_restore_with_no_backup_changes_nothing(plan_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    digest = sha256(plan_path)
    assert main(["restore", "--plan", str(plan_path)]) == 2
    assert "no backup" in capsys.readouterr().err
    assert sha256(plan_path) == digest


def test_the_incident_check_reads_on_its_own_connection(plan_path: Path) -> None:
    key = opened_key(plan_path).key
    assert incident_active_in(plan_path, key) is True
    with Plan.open(plan_path) as plan:
        incident = plan.incidents.active()
        assert incident is not None
        plan.incidents.close(incident.id, author="Hélène")
    assert incident_active_in(plan_path, key) is False


def opened_key(path: Path) -> OpenedKey:
    """The plan's key as the keyring gives it, found without opening the (damaged) file."""
    [(key, via, _)] = key_candidates(path, keys.read(path), Unlock())
    return OpenedKey(key, keys.read(path), via)


def test_backups_of_a_damaged_plan_are_found_without_opening_it(plan_path: Path) -> None:
    with Plan.open(plan_path, live=True):
        pass
    plan_path.write_bytes(plan_path.read_bytes()[:4096] + bytes(8192))
    backups = Backups.of_plan_file(plan_path)
    assert backups.newest_good() is not None
