"""Input the command line cannot take is refused cleanly: undecodable arguments, control and
text-direction characters, huge values, a full disk during a rekey, a damaged page, and
SQLCipher's own log lines kept off the user's terminal."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import validation
from app.cli.main import main
from app.errors import ValidationError
from app.plan import Plan
from app.planfile.companions import wal_path
from tests.plan_support import fingerprint, mounted_tmpfs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """A closed plan with one open incident and one entry."""
    path = tmp_path / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval") as plan:
        incident = plan.incidents.open("Rappel lot 2417", author="Hélène")
        plan.journal.append(incident.id, "Premier appel", author="Paul")
    return path


def entry_count(path: Path) -> int:
    with Plan.open(path) as plan:
        return plan.journal.count()


# --- arguments that are not UTF-8 ----------------------------------------------------------

def test_an_undecodable_argument_is_refused_before_anything_runs(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, count = fingerprint(plan_file), entry_count(plan_file)
    text = b"caf\xe9 ferm\xe9".decode("utf-8", "surrogateescape")  # Latin-1 bytes on argv
    status = main(["log", text, "--plan", str(plan_file), "--author", "Paul"])
    err = capsys.readouterr().err
    assert status == 2
    assert "crisiscell: argument 2 is not valid text (UTF-8)" in err
    assert "nothing was done" in err
    assert fingerprint(plan_file) == before and entry_count(plan_file) == count


def test_an_undecodable_argument_in_a_real_process(plan_file: Path) -> None:
    """The bytes come from the OS, as a shell passes them: no traceback, exit 2."""
    done = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "log", b"caf\xe9", "--plan", str(plan_file),
         "--author", b"Ren\xe9"],
        capture_output=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2, done.stderr
    assert done.stderr.decode() == (
        "crisiscell: argument 2 is not valid text (UTF-8): b'caf\\xe9'; nothing was done\n")
    assert b"Traceback" not in done.stderr


# --- control and text-direction characters -------------------------------------------------

@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b"])
def test_control_characters_are_refused_in_texts_and_names(character: str) -> None:
    for field, multiline in (("name", False), ("text", True)):
        with pytest.raises(ValidationError) as caught:
            validation.text(field, f"Paul{character}Durand", multiline=multiline)
        assert caught.value.reason == "control_character"
        assert caught.value.details == {"character": f"U+{ord(character):04X}", "position": 5}


def test_tab_and_newline_only_where_a_text_allows_them() -> None:
    assert validation.text("text", "Appel\tpréfecture\r\nRappel à 14 h", multiline=True) == (
        "Appel\tpréfecture\nRappel à 14 h")
    for value in ("Paul\tDurand", "Paul\nDurand", "Paul\u2028Durand"):
        with pytest.raises(ValidationError) as caught:
            validation.text("name", value)
        assert caught.value.reason == "control_character"


@pytest.mark.parametrize("character", ["\u202e", "\u202d", "\u202a", "\u2066", "\u2069",
                                       "\u200f", "\u061c"])
def test_text_direction_controls_are_refused_in_names(character: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validation.text("name", f"Paul{character}Durand")
    assert caught.value.reason == "direction_control"


def test_a_free_text_keeps_marks_and_isolates_but_not_overrides() -> None:
    quote = "Le client a écrit \u2067\u0634\u0643\u0631\u0627\u2069 \u200f."
    assert validation.text("text", quote, multiline=True) == quote
    with pytest.raises(ValidationError) as caught:
        validation.text("text", "Montant : \u202e0001 €", multiline=True)
    assert caught.value.reason == "direction_control"


def test_every_service_refuses_control_characters(tmp_path: Path) -> None:
    """Contacts, risks, messages, incidents, the journal and the plan's own information."""
    with Plan.create(tmp_path / "p.crisiscell", organisation="Maréval") as plan:
        incident = plan.incidents.open("Rappel", author="Hélène")
        attempts = [
            lambda: plan.contacts.add("Paul\x00Durand", group="crisis_cell"),
            lambda: plan.contacts.add("Paul\u202eDurand", group="crisis_cell"),
            lambda: plan.risks.add("Fuite\x1b[2J", category="reputation", likelihood=2,
                                   impact=3),
            lambda: plan.messages.add("Communiqué\x07", audience="public", channel="email",
                                      body="Texte"),
            lambda: plan.messages.add("Communiqué", audience="public", channel="email",
                                      body="Texte\x00caché"),
            lambda: plan.incidents.open("Grève\u202e", author="Hélène"),
            lambda: plan.journal.append(incident.id, "Appel\x00", author="Paul"),
            lambda: plan.journal.append(incident.id, "Appel", author="Paul\nDurand"),
            lambda: plan.info.update(organisation="Maréval\u2066"),
        ]
        counts = plan.summary()
        for attempt in attempts:
            with pytest.raises(ValidationError) as caught:
                attempt()
            assert caught.value.reason in ("control_character", "direction_control")
        assert plan.summary() == counts
        assert plan.info.get().organisation == "Maréval"


def test_cli_words_a_control_character_and_writes_nothing(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(plan_file)
    status = main(["log", "Appel reçu", "--plan", str(plan_file), "--author", "Pa\x1b[31mul"])
    err = capsys.readouterr().err
    assert status == 2
    assert err == ("crisiscell: author 'Pa\\x1b[31mul' contains a control character (U+001B, "
                   "character 3), which this field does not take; nothing was saved\n")
    assert fingerprint(plan_file) == before


def test_cli_words_a_direction_control(plan_file: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    before = fingerprint(plan_file)
    assert main(["log", "Appel", "--plan", str(plan_file), "--author", "Paul\u202eluaP"]) == 2
    assert "contains a text-direction control (U+202E, character 5)" in capsys.readouterr().err
    assert fingerprint(plan_file) == before


# --- a 1 MB value is not echoed --------------------------------------------------------------

def test_an_unknown_incident_of_a_megabyte_is_not_echoed(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(plan_file)
    huge = "x" * 1_000_000
    assert main(["log", "Appel", "--plan", str(plan_file), "--incident", huge]) == 2
    err = capsys.readouterr().err
    assert err == f"crisiscell: incident_id '{'x' * 59}… names no incident of this plan\n"
    assert fingerprint(plan_file) == before


def test_a_huge_unknown_kind_is_not_echoed(plan_file: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "Appel", "--plan", str(plan_file), "--kind", "k" * 100_000]) == 2
    assert len(capsys.readouterr().err) < 200


# --- a full disk during a rekey --------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs (skipped where this process may not mount one)."""
    with mounted_tmpfs(tmp_path / "disk", "4m") as point:
        yield point


def fill_disk(folder: Path, leave: int) -> None:
    """Take all but `leave` bytes of the disk holding `folder`."""
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with open(folder / "filler", "wb") as handle:
        handle.write(b"\0" * max(0, free - leave))
        handle.flush()
        os.fsync(handle.fileno())


@pytest.mark.parametrize("leave", [16 * 1024, 64 * 1024, 256 * 1024])
def test_a_full_disk_during_a_rekey_says_the_disk_is_full(
    small_disk: Path, capsys: pytest.CaptureFixture[str], leave: int
) -> None:
    path = small_disk / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval") as plan:
        incident = plan.incidents.open("Saturation", author="Hélène")
        with plan.transaction():
            for n in range(80):
                plan.journal.append(incident.id, f"Entrée {n} " + "x" * 1500, author="Paul")
    fill_disk(small_disk, leave)
    before = fingerprint(path)
    assert main(["rekey", "--plan", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"crisiscell: the disk holding {path} is full; nothing was written\n"
    after = fingerprint(path)
    wal = wal_path(path).name
    # With no room for the -shm, SQLite may leave the empty -wal it had just made.
    assert after[wal] in (None, hashlib.sha256(b"").hexdigest())
    assert {**after, wal: None} == before
    (small_disk / "filler").unlink()
    assert entry_count(path) == 81


# --- a damaged page is named, and SQLCipher's log stays off the terminal -----------------

def _damage_page(path: Path, page: int) -> None:
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * 4096 + 200)
        handle.write(b"\xa5" * 32)


@pytest.fixture
def damaged_demo(demo_plan_file: Path, tmp_path: Path) -> tuple[Path, int]:
    """A copy of the demo plan with one page in the middle damaged."""
    from app.keys.key_file import copy_plan

    path = copy_plan(demo_plan_file, tmp_path / "demo.crisiscell")
    page = path.stat().st_size // 4096 // 2
    _damage_page(path, page)
    return path, page


def test_a_damaged_page_is_named(damaged_demo: tuple[Path, int],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    path, page = damaged_demo
    before = fingerprint(path)
    assert main(["summary", "--plan", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"page {page} fails its check" in err
    assert "malformed" not in err and "vtable" not in err
    assert fingerprint(path) == before


def test_sqlcipher_log_lines_never_reach_the_terminal(
    demo_plan_file: Path, tmp_path: Path
) -> None:
    """A real process, as a user runs it: stderr holds our one message, SQLCipher's lines go
    to logs/sqlcipher.log (owner-only) in the data folder. Page 1 damaged: SQLCipher itself
    fails to decrypt it (and logs it) before any check of ours runs."""
    from app.keys.key_file import copy_plan
    from tests.raw_plan import plan_key

    path = copy_plan(demo_plan_file, tmp_path / "demo.crisiscell")
    recovery = tmp_path / "recovery.txt"
    recovery.write_text(plan_key(path).hex())
    _damage_page(path, 1)
    before = fingerprint(path)
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "verify", "--plan", str(path),
         "--recovery-key-file", str(recovery)],
        capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "CRISISCELL_DATA_DIR": str(data)})
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"crisiscell: {path} is damaged (the key is right but the file does not decrypt: it "
        "is damaged); restore it from a backup"]
    log = data / "logs" / "sqlcipher.log"
    assert "hmac check failed for pgno=1" in log.read_text()
    assert log.stat().st_mode & 0o777 == 0o600
    assert (data / "logs").stat().st_mode & 0o777 == 0o700
    assert fingerprint(path) == before


def test_the_window_words_the_new_reasons() -> None:
    from ui.words.error_messages import validation_text

    control = ValidationError("name", "control_character", "a\x00", character="U+0000",
                              position=2)
    assert "U+0000" in validation_text(control)
    direction = ValidationError("name", "direction_control", "a\u202e", character="U+202E",
                                position=2)
    assert "U+202E" in validation_text(direction)
    phone = ValidationError("phones.mobile", "invalid_phone", "9" * 10_000)
    assert len(validation_text(phone)) < 120
    json.dumps(validation_text(ValidationError("x", "not_valid_text", "\udce9")))


def test_a_nearly_full_disk_turns_io_and_export_errors_into_disk_full(
    small_disk: Path, tmp_path: Path
) -> None:
    """SQLite gives SQLITE_IOERR when the -shm cannot grow, and sqlcipher_export
    SQLITE_ERROR: by code alone neither says "full"; the disk itself does."""
    import sqlite3

    from db.errors import classify

    def error(code: int) -> Exception:
        made = sqlite3.OperationalError("disk I/O error")
        made.sqlite_errorcode = code  # type: ignore[attr-defined]
        return made

    fill_disk(small_disk, 8 * 1024)
    on_full = str(small_disk / "plan.crisiscell")
    assert classify(error(10 | (19 << 8)), on_full).code == "disk_full"
    assert classify(error(1), on_full).code == "disk_full"
    roomy = str(tmp_path / "plan.crisiscell")
    assert classify(error(10 | (19 << 8)), roomy).code == "disk_error"  # not "read-only"
    assert classify(error(1), roomy) is None  # a plain SQL error stays a bug
