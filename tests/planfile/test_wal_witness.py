"""The -wal is part of the plan: losing it is never silent (issue 8, deliverable 2).

Writers are real child processes that die without closing (SIGKILL, or os._exit right after
their last commit, which leaves the same files): their -wal stays behind, as after a crash.
Then the -wal is deleted, the main file copied without it, rolled back, cut or rewritten
behind the app's back, and the next `verify` (exit 1) and the next open must say which
entries this laptop saw committed are missing. Read-only looks are checked byte for byte.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.incidents.journal import entry_hash
from app.keys.unlock import RECOVERY_KEY_FILE_ENV
from app.plan import Plan
from app.planfile import chain_heads, wal_check, witness
from app.planfile.companions import KEYS, SHM, WAL, companion
from app.planfile.errors import WalDamaged
from tests import raw_plan
from tests.plan_support import run_cli as run
from tests.planfile.test_durability import CHILD as FOREVER_WRITER
from tests.planfile.test_durability import read_ids_then_kill
from tests.raw_plan import plan_key, raw_connect

ROOT = Path(__file__).resolve().parents[2]

#: Appends argv[2] entries to the active incident, then dies without closing anything.
WRITER = textwrap.dedent("""
    import os, sys
    from app.plan import Plan

    plan = Plan.open(sys.argv[1])
    incident = plan.incidents.active()
    for n in range(int(sys.argv[2])):
        entry = plan.journal.append(incident.id, f"Entrée {n} " + "x" * 300, author="Robot")
        print(entry.id, flush=True)
    os._exit(0)
""")

def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of the folder (recursively) and its sha256: the listing and the bytes."""
    return {str(p.relative_to(folder)): sha256(p) if p.is_file() else "dir"
            for p in sorted(folder.rglob("*"))}


def child_env(path: Path, tmp_path: Path) -> dict[str, str]:
    key_file = tmp_path / "recovery.key"
    if not key_file.exists():
        key_file.write_text(plan_key(path).hex())  # type: ignore[union-attr]
    return {**os.environ, RECOVERY_KEY_FILE_ENV: str(key_file)}


def write_and_die(path: Path, tmp_path: Path, count: int) -> list[str]:
    """A child appends `count` entries and exits without closing: its -wal stays."""
    done = subprocess.run([sys.executable, "-c", WRITER, str(path), str(count)],
                          capture_output=True, cwd=ROOT, env=child_env(path, tmp_path),
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert companion(path, WAL).stat().st_size > 0
    return done.stdout.decode().split()


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    """A closed plan with one active incident (its opening entry is in the main file)."""
    path = tmp_path / "plan" / "plan.crisiscell"
    path.parent.mkdir()
    with Plan.create(path, organisation="Maréval") as plan:
        plan.incidents.open("Fuite de données", author="Hélène")
    return path


# --- the witness catches what the file alone cannot show --------------------------------------

@pytest.mark.slow
def test_a_wal_deleted_after_a_sigkill_is_reported_as_missing_entries(
        plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    child = subprocess.Popen([sys.executable, "-c", FOREVER_WRITER, str(plan_path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                             env=child_env(plan_path, tmp_path))
    try:
        printed = read_ids_then_kill(child)
    finally:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    with Plan.open(plan_path, look=True) as plan:
        in_file = plan.journal.count()
        assert plan.missing_entries == []  # with its -wal, the plan holds what it witnessed
        [head] = witness.read(plan.plan_id).values()
    # The witness is written after COMMIT returns and before the id is printed: a kill in
    # between leaves it one entry behind the file, never ahead of it.
    assert len(printed) + 1 <= head.seq <= in_file
    companion(plan_path, WAL).unlink()  # the evidence a careless clean-up removes
    companion(plan_path, SHM).unlink(missing_ok=True)

    status, out, err = run(capsys, "verify", "--plan", str(plan_path))
    assert status == 1
    lost = head.seq - 1  # all but the opening entry lived in the -wal only
    assert out.startswith(f"FAILED: {lost} entries this laptop saw committed are missing "
                          "from the file (incident ")
    assert "from seq 2)" in out
    assert "heads witnessed on this laptop: failed" in out
    assert f"{lost} entries this laptop saw committed are missing" in err  # the warning too
    assert not out.startswith("ok")

    with Plan.open(plan_path) as plan:
        [gap] = plan.missing_entries
        assert (gap.file_seq, gap.missing, gap.rewritten) == (1, lost, False)
        # Writing on never reuses a lost entry's position: the next entry goes after the
        # witnessed head, chained to it, so the lost ones (a backup, another laptop) still fit.
        resumed = plan.journal.append(gap.incident_id, "Reprise", author="Hélène")
        # The log itself says where the entries are missing, in the plan's words, just
        # before the first entry written after the loss.
        notice, last = plan.journal.entries(gap.incident_id)[-2:]
    assert last == resumed
    assert (notice.seq, notice.prev_hash, notice.author) == (head.seq + 1, head.hash,
                                                             "Crisis Cell")
    assert notice.text.startswith(f"ENTRÉES MANQUANTES : les entrées n° 2 à {head.seq} ")
    assert (resumed.seq, resumed.prev_hash) == (head.seq + 2, notice.hash)
    status, out, _ = run(capsys, "verify", "--plan", str(plan_path))
    assert status == 1  # the loss stays in the file for good, as a gap in the chain
    assert (f"journal chains: failed ({lost} entries are missing from a chain (incident "
            f"{head.incident_id}, device {head.device_id}: positions 2–{head.seq}, before "
            f"entry {notice.id}))") in out


def test_a_main_file_copied_without_its_wal_is_missing_entries(
        plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_and_die(plan_path, tmp_path, 6)
    copy = tmp_path / "copie.crisiscell"
    shutil.copyfile(plan_path, copy)  # the main file alone, as a file manager copies it
    shutil.copyfile(companion(plan_path, KEYS), companion(copy, KEYS))
    status, out, _ = run(capsys, "verify", "--plan", str(copy))
    assert status == 1
    assert "6 entries this laptop saw committed are missing from the file" in out
    with Plan.open(copy) as plan:
        assert sum(g.missing for g in plan.missing_entries) == 6
    # The original, with its -wal, is whole.
    status, out, _ = run(capsys, "verify", "--plan", str(plan_path))
    assert status == 0, out
    assert "heads witnessed on this laptop: ok" in out


def test_a_rolled_back_copy_is_missing_entries(
        plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    older = plan_path.with_name("older.bin")
    shutil.copyfile(plan_path, older)
    with Plan.open(plan_path) as plan:
        incident = plan.incidents.active()
        assert incident is not None
        for n in range(3):
            plan.journal.append(incident.id, f"Après la copie {n}", author="Paul")
    os.replace(older, plan_path)  # someone puts the older copy back
    status, out, _ = run(capsys, "verify", "--plan", str(plan_path))
    assert status == 1
    assert f"3 entries this laptop saw committed are missing from the file (incident " \
           f"{incident.id}, from seq 2)" in out
    with Plan.open(plan_path) as plan:
        assert [(g.file_seq, g.witnessed_seq) for g in plan.missing_entries] == [(1, 4)]


def _logged(plan_path: Path, count: int) -> list[str]:
    with Plan.open(plan_path) as plan:
        incident = plan.incidents.active()
        assert incident is not None
        for n in range(count):
            plan.journal.append(incident.id, f"Entrée {n}", author="Paul")
        return [e.id for e in plan.journal.entries(incident.id)]


def test_a_cut_tail_is_missing_entries(plan_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    ids = _logged(plan_path, 5)
    raw = raw_connect(plan_path)
    raw.execute("DROP TRIGGER journal_entries_no_delete")
    raw.execute(f"DELETE FROM journal_entries WHERE id IN ('{ids[-1]}', '{ids[-2]}')")
    raw.commit()
    raw.close()
    status, out, _ = run(capsys, "verify", "--plan", str(plan_path))
    assert status == 1  # every remaining chain verifies: only the witness sees the cut
    assert "journal chains: ok" in out
    assert "2 entries this laptop saw committed are missing from the file" in out
    assert "from seq 5)" in out


def test_a_rewritten_tail_with_recomputed_hashes_is_named(
        plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _logged(plan_path, 3)
    raw = raw_connect(plan_path)
    raw.row_factory = raw_plan.Row
    row = dict(raw.execute("SELECT * FROM journal_entries WHERE id = ?", [ids[-1]]).fetchone())
    row["text"] = "Rien à signaler"
    raw.execute("DROP TRIGGER journal_entries_no_update")
    raw.execute("UPDATE journal_entries SET text = ?, hash = ? WHERE id = ?",
                [row["text"], entry_hash(row), ids[-1]])
    raw.commit()
    raw.close()
    status, out, _ = run(capsys, "verify", "--plan", str(plan_path))
    assert status == 1
    assert "journal chains: ok" in out  # a forged last entry fools the chain alone
    assert "the entry at seq 4 is not the one this laptop saw committed (rewritten)" in out


def test_a_plan_this_laptop_never_saw_is_witnessed_from_its_first_open(
        plan_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CRISISCELL_DATA_DIR", str(tmp_path / "another-laptop"))
    status, out, _ = run(capsys, "verify", "--plan", str(plan_path))
    assert status == 0
    assert "heads witnessed on this laptop: not checked (this laptop never opened this " \
           "plan before)" in out
    assert "signatures and heads witnessed by other laptops: not yet (sync)" in out
    with Plan.open(plan_path) as plan:
        plan_id = plan.plan_id
        assert plan.missing_entries == []
    assert [h.seq for h in witness.read(plan_id).values()] == [1]


def test_the_witness_lives_outside_the_plan_owner_only(plan_path: Path) -> None:
    with Plan.open(plan_path) as plan:
        plan_id = plan.plan_id
    log = witness.log_path(plan_id)
    assert not str(log).startswith(str(plan_path.parent))
    assert log.stat().st_mode & 0o777 == 0o600
    assert log.parent.stat().st_mode & 0o777 == 0o700


def test_witness_lines_from_several_writers_merge_by_highest_seq(tmp_path: Path) -> None:
    a, b = witness.Witness("plan-x").open(), witness.Witness("plan-x").open()
    a.record([witness.Head("inc", "dev1", 3, "h3", "e3")])
    b.record([witness.Head("inc", "dev1", 2, "h2", "e2"),
              witness.Head("inc", "dev2", 1, "g1", "f1")])
    a.close()
    b.close()
    heads = witness.read("plan-x")
    assert {k: v.seq for k, v in heads.items()} == {("inc", "dev1"): 3, ("inc", "dev2"): 1}
    # A line torn by a power cut is skipped: the witness lags, it never invents a head.
    with open(witness.log_path("plan-x"), "ab") as handle:
        handle.write(b'{"i":"inc","d":"dev1","s":9,"h":')
    assert witness.read("plan-x")[("inc", "dev1")].seq == 3


def test_the_witness_is_compacted_when_opened_alone(tmp_path: Path) -> None:
    first = witness.Witness("plan-y").open()
    for seq in range(1, 600):
        first.record([witness.Head("inc", "dev", seq, f"h{seq}", f"e{seq}")])
    other = witness.Witness("plan-y").open()  # the first still has it open: no compaction
    assert len(witness.log_path("plan-y").read_bytes().splitlines()) == 599
    first.close()
    other.close()
    witness.Witness("plan-y").open().close()
    assert len(witness.log_path("plan-y").read_bytes().splitlines()) == 1
    assert witness.read("plan-y")[("inc", "dev")].seq == 599


def test_an_entry_rolled_back_is_never_witnessed(plan_path: Path) -> None:
    with Plan.open(plan_path) as plan:
        incident = plan.incidents.active()
        assert incident is not None
        with pytest.raises(RuntimeError), plan.transaction():
            plan.journal.append(incident.id, "Jamais validée", author="Paul")
            raise RuntimeError("the user cancelled")
        plan_id = plan.plan_id
    assert [h.seq for h in witness.read(plan_id).values()] == [1]
    with Plan.open(plan_path) as plan:
        assert plan.missing_entries == []


# --- read-only looks change nothing ------------------------------------------------------------

def test_looks_change_no_byte_after_a_killed_writer(
        plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_and_die(plan_path, tmp_path, 5)
    folder = plan_path.parent
    before = snapshot(folder)
    assert {"plan.crisiscell-wal", "plan.crisiscell-shm"} <= set(before)
    out_pdf = tmp_path / "journal.pdf"
    assert run(capsys, "verify", "--plan", str(plan_path))[0] == 0
    assert snapshot(folder) == before
    status, out, _ = run(capsys, "summary", "--plan", str(plan_path), "--json")
    assert status == 0 and '"journal_entries": 6' in out  # the -wal's entries are read
    assert snapshot(folder) == before
    assert run(capsys, "print", "journal", "--plan", str(plan_path), "-o", str(out_pdf))[0] == 0
    assert snapshot(folder) == before
    # The next writer still finds the killed one's commits in the -wal.
    with Plan.open(plan_path) as plan:
        assert plan.journal.count() == 6 and plan.missing_entries == []


def test_looks_at_a_backup_leave_nothing_beside_it(
        plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Plan.open(plan_path) as plan:
        [backup] = plan.backups.make("manual")
    folder = backup.parent
    before = snapshot(folder)
    assert run(capsys, "verify", "--plan", str(backup))[0] == 0
    assert run(capsys, "summary", "--plan", str(backup))[0] == 0
    assert run(capsys, "print", "journal", "--plan", str(backup), "-o",
               str(plan_path.parent / "from-backup.pdf"))[0] == 0
    assert snapshot(folder) == before  # no .writers, no -wal, no -shm beside the backup


# --- a WAL that stops short -------------------------------------------------------------------

def _frames(path: Path) -> tuple[int, int]:
    """(page size, whole frames) of the plan's -wal."""
    data = companion(path, WAL).read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    return page_size, (len(data) - 32) // (24 + page_size)


def damage_frame(path: Path, frame: int) -> None:
    """Flip one byte of the page data of frame `frame` (1-based), as a bad sector would."""
    page_size, _ = _frames(path)
    offset = 32 + (frame - 1) * (24 + page_size) + 24 + 100
    with open(companion(path, WAL), "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0xFF]))


def test_a_damaged_frame_with_commits_after_it_is_refused_until_the_user_chooses(
        plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_and_die(plan_path, tmp_path, 8)
    _, frames = _frames(plan_path)
    assert wal_check.check(plan_path) is None  # intact
    damage_frame(plan_path, 3)
    damage = wal_check.check(plan_path)
    assert damage is not None and damage.bad_frame == 3 and damage.reason == "checksum"
    assert damage.frames_after == frames - 3 and 0 < damage.commits_after <= 8
    folder = plan_path.parent
    before = snapshot(folder)

    with pytest.raises(WalDamaged) as refused:
        Plan.open(plan_path)
    assert refused.value.detail == damage.describe()
    status, _, err = run(capsys, "log", "Texte", "--plan", str(plan_path), "--author", "Paul")
    assert status == 2
    assert (f"its write-ahead log is damaged (frame 3 of {frames} fails its checksum; "
            f"{damage.commits_after} commit(s) after it cannot be read)") in err
    assert "--accept-wal-loss" in err and "crisiscell restore --plan" in err
    status, out, _ = run(capsys, "verify", "--plan", str(plan_path))
    assert status == 1
    assert out.startswith("FAILED: frame 3 of")
    assert snapshot(folder) == before  # refused and looked at: nothing changed

    status, _, err = run(capsys, "log", "Après le choix", "--plan", str(plan_path),
                         "--author", "Paul", "--accept-wal-loss")
    assert status == 0, err
    [kept] = [p for p in folder.iterdir() if ".damaged-" in p.name]
    assert kept.name.startswith("plan.crisiscell-wal.damaged-")
    assert sha256(kept) == before["plan.crisiscell-wal"]  # the evidence, byte for byte
    assert kept.stat().st_mode & 0o777 == 0o600
    assert "was kept as" in err
    with Plan.open(plan_path) as plan:  # decided: the plan goes on from the readable part
        assert plan.wal_damage is None


def test_a_torn_last_frame_is_not_damage(plan_path: Path, tmp_path: Path) -> None:
    write_and_die(plan_path, tmp_path, 4)
    wal = companion(plan_path, WAL)
    page_size, frames = _frames(plan_path)
    with open(wal, "r+b") as handle:  # a crash mid-write: the last frame is half there
        handle.truncate(32 + (frames - 1) * (24 + page_size) + 24 + page_size // 2)
    assert wal_check.check(plan_path) is None
    damage_frame(plan_path, frames - 1)  # the last whole frame fails, nothing after it
    assert wal_check.check(plan_path) is None
    with Plan.open(plan_path) as plan:
        assert plan.integrity_problems() == []


# --- stale companions of a deleted plan ---------------------------------------------------------

def test_a_new_plan_is_not_poisoned_by_a_deleted_plans_wal(
        plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_and_die(plan_path, tmp_path, 3)
    old_wal = sha256(companion(plan_path, WAL))
    plan_path.unlink()  # deleted by hand, its -wal and -shm left behind
    companion(plan_path, KEYS).unlink()
    status, out, err = run(capsys, "demo", str(plan_path), "--lang", "en")
    assert status == 0, err
    stale = sorted(p for p in plan_path.parent.iterdir() if ".stale-" in p.name)
    assert [p.name.split(".stale-")[0] for p in stale] == ["plan.crisiscell-shm",
                                                           "plan.crisiscell-wal"]
    assert sha256(stale[1]) == old_wal
    assert "set aside: " in err and all(str(p) in err for p in stale)
    with Plan.open(plan_path) as plan:
        assert plan.info.get().language == "en"
        assert not list(plan.journal.search("Robot"))  # none of the old log's entries
        assert f"{plan.journal.count()} journal entries" in out
        assert plan.integrity_problems() == []
        assert plan.journal.verify().ok


def test_plan_create_sets_stale_companions_aside(tmp_path: Path) -> None:
    path = tmp_path / "p.crisiscell"
    companion(path, WAL).write_bytes(b"old log")
    with Plan.create(path, organisation="Neuf") as plan:
        assert [p.name.split(".stale-")[0] for p in plan.set_aside] == ["p.crisiscell-wal"]
        assert plan.set_aside[0].read_bytes() == b"old log"


def test_heads_describe_names_each_chain() -> None:
    gaps = [chain_heads.ChainGap("i1", "d", 7, 4, False), chain_heads.ChainGap("i2", "d", 2, 0,
                                                                              False)]
    assert chain_heads.describe(gaps) == (
        "5 entries this laptop saw committed are missing from the file (incident i1, from "
        "seq 5; incident i2, from seq 1)")
