"""Backups record the heads they hold, `verify --head` checks a printed fingerprint, a restore
re-bases this laptop's witness and says so, and the journal report vouches for a chain's end
only against witnessed heads (issue 8, deliverable 2)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.plan import Plan
from app.planfile import chain_heads, witness
from app.planfile.backups import Backups
from app.printing.options import PrintOptions
from tests.plan_support import run_cli as run
from tests.printing_support import all_text
from tests.raw_plan import raw_connect


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    """A closed plan: one incident of 4 entries."""
    path = tmp_path / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval", language="en") as plan:
        incident = plan.incidents.open("Rappel lot 2417", author="Hélène")
        for n in range(3):
            plan.journal.append(incident.id, f"Entrée {n}", author="Paul")
    return path


def cut_last(path: Path, count: int) -> None:
    raw = raw_connect(path)
    raw.execute("DROP TRIGGER journal_entries_no_delete")
    raw.execute("DELETE FROM journal_entries WHERE rowid IN (SELECT rowid FROM "
                f"journal_entries ORDER BY rowid DESC LIMIT {count})")
    raw.commit()
    raw.close()


def test_a_backup_records_its_heads_and_verify_of_it_compares_with_them(
        plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Plan.open(plan_path) as plan:
        [backup] = plan.backups.make("manual")
        heads = chain_heads.file_heads(plan._store.db)
    recorded = chain_heads.read_recorded(backup)
    assert recorded == heads and [h.seq for h in recorded.values()] == [4]
    assert chain_heads.heads_path(backup).stat().st_mode & 0o777 == 0o600
    status, out, _ = run(capsys, "verify", "--plan", str(backup))
    assert status == 0 and "heads recorded by this backup: ok" in out
    cut_last(backup, 1)
    status, out, _ = run(capsys, "verify", "--plan", str(backup))
    assert status == 1
    assert "1 entry this backup recorded is missing from the file" in out


def test_pruning_removes_a_backups_heads_record(plan_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    with Plan.open(plan_path) as plan:
        backups = plan.backups
        old = datetime.now(UTC) - timedelta(days=60)
        for n in range(22):
            backups.make("manual", now=old + timedelta(minutes=n))
    names = {p.name for p in backups.folder.iterdir()}
    kept = [b.path.name for b in backups.list()]
    assert len(kept) == 20
    assert {n for n in names if n.endswith(".heads")} == {k + ".heads" for k in kept}


def test_verify_head_says_whether_a_printed_fingerprint_is_in_the_file(
        plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Plan.open(plan_path) as plan:
        incident = plan.incidents.active()
        assert incident is not None
        printed = plan.journal.head_hash(incident.id)
        plan.journal.append(incident.id, "Après l'impression", author="Paul")
    assert printed is not None
    status, out, _ = run(capsys, "verify", "--plan", str(plan_path), "--head", printed)
    assert status == 0 and f"head {printed}: this file contains it" in out
    cut_last(plan_path, 2)  # the printed head and the entry after it
    status, out, _ = run(capsys, "verify", "--plan", str(plan_path), "--head", printed)
    assert status == 1
    assert ("this file does not contain that head: entries printed on paper are missing"
            in out)


def test_a_restore_rebases_the_witness_and_says_so(
        plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Plan.open(plan_path) as plan:
        [backup] = plan.backups.make("manual")
        incident = plan.incidents.active()
        assert incident is not None
        for n in range(2):
            plan.journal.append(incident.id, f"Après la sauvegarde {n}", author="Paul")
        plan_id = plan.plan_id
    assert [h.seq for h in witness.read(plan_id).values()] == [6]
    status, out, err = run(capsys, "restore", "--plan", str(plan_path), "--from", str(backup))
    assert status == 0, err
    assert ("this laptop's witness of the journal now starts from the restored heads: 2 "
            "entries it saw committed after the backup are no longer expected") in out
    assert [h.seq for h in witness.read(plan_id).values()] == [4]
    status, out, _ = run(capsys, "verify", "--plan", str(plan_path))
    assert status == 0, out  # the user chose this file: it is no longer "missing" entries


def test_a_rolled_back_file_is_not_rebased_silently(plan_path: Path) -> None:
    older = plan_path.with_name("older")
    shutil.copyfile(plan_path, older)
    with Plan.open(plan_path) as plan:
        incident = plan.incidents.active()
        assert incident is not None
        plan.journal.append(incident.id, "Après la copie", author="Paul")
    os.replace(older, plan_path)
    for _ in range(2):  # opening it, even writing to it, does not forgive the loss
        with Plan.open(plan_path) as plan:
            assert [g.missing for g in plan.missing_entries] == [1]


def _report(plan: Plan, tmp_path: Path) -> str:
    from app.printing.journal import render

    output = tmp_path / "journal.pdf"
    render(plan, output, PrintOptions())
    return " ".join(all_text(output).split())


def test_the_journal_report_vouches_for_the_end_only_against_witnessed_heads(
        plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Plan.open(plan_path, look=True) as plan:
        text = _report(plan, tmp_path)
    assert "Verified against the heads witnessed on this laptop: none was removed." in text
    cut_last(plan_path, 1)
    with Plan.open(plan_path, look=True) as plan:
        text = _report(plan, tmp_path)
    assert "INCOMPLETE: entries seen committed on this laptop are missing from this log (1, " \
           "from position 4)" in text
    assert "none was removed" not in text
    monkeypatch.setenv("CRISISCELL_DATA_DIR", str(tmp_path / "another-laptop"))
    with Plan.open(plan_path, look=True) as plan:
        text = _report(plan, tmp_path)
    assert "This laptop holds no witness of this log's heads" in text
    assert "none was removed" not in text


def test_a_backups_report_vouches_against_its_recorded_heads(
        plan_path: Path, tmp_path: Path) -> None:
    with Plan.open(plan_path) as plan:
        [backup] = plan.backups.make("manual")
    with Plan.open(backup, look=True) as plan:
        text = _report(plan, tmp_path)
    assert "Verified against the heads this backup recorded" in text
    assert Backups  # the module under test


RESTORE_CHILD = """
import sys
from pathlib import Path
from app.keys import key_file as keys
from app.planfile.backups import Backups
from app.planfile.locks import replacing
from app.keys.unlock import OpenedKey
path = Path(sys.argv[1])
with replacing(path):
    Backups(path, OpenedKey(bytes.fromhex(sys.argv[2]), keys.read(path), "recovery")
            ).restore(Path(sys.argv[3]))
"""


def test_a_restore_killed_once_decided_is_finished_by_the_next_open_which_rebases(
        plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess
    import sys

    from app.planfile import crash_points
    from tests.raw_plan import plan_key

    with Plan.open(plan_path) as plan:
        [backup] = plan.backups.make("manual")
        incident = plan.incidents.active()
        assert incident is not None
        for n in range(2):
            plan.journal.append(incident.id, f"Après la sauvegarde {n}", author="Paul")
    key = plan_key(plan_path)
    assert key is not None
    for k in range(1, 12):  # crash at the step that decides the restore, nowhere else
        done = subprocess.run(
            [sys.executable, "-c", RESTORE_CHILD, str(plan_path), key.hex(), str(backup)],
            cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True,
            env={**os.environ, crash_points.ENV: str(k)}, timeout=120, check=False)
        assert done.returncode == crash_points.EXIT_STATUS, done.stderr
        if "after restore: decided" in done.stderr:
            break
    else:
        pytest.fail("the restore has no 'decided' step")
    before = sorted(p.name for p in plan_path.parent.iterdir())
    status, _, err = run(capsys, "verify", "--plan", str(plan_path))
    assert status == 2 and "a restore was cut short" in err
    assert sorted(p.name for p in plan_path.parent.iterdir()) == before  # a look finishes nothing
    status, _, err = run(capsys, "log", "Reprise", "--plan", str(plan_path), "--author", "Paul")
    assert status == 0, err
    assert ("a restore cut short was finished; this laptop's witness of the journal now starts "
            "from the restored heads (2 witnessed entries no longer expected)") in err
    status, out, _ = run(capsys, "verify", "--plan", str(plan_path))
    assert status == 0, out
