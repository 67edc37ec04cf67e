"""The `crisiscell` command, run in-process as a user would type it (plus one run of the
installed entry point)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import build_parser, main
from app.keys.key_file import copy_plan
from app.plan import Plan
from tests.plan_support import run_cli as run
from tests.raw_plan import plan_key, raw_connect

SUMMARY_KEYS = {"organisation", "risks", "contacts", "roles", "messages", "incidents",
                "journal_entries"}


@pytest.fixture
def demo_file(demo_plan_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo plan file, closed."""
    copy = tmp_path / "demo.crisiscell"
    copy_plan(demo_plan_file, copy)  # a plan is its file and its key file
    return copy


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.crisiscell"
    Plan.create(path, organisation="Conserverie Test").close()
    return path


# --- demo ----------------------------------------------------------------------------------

def test_demo_writes_a_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.crisiscell"
    status, out, err = run(capsys, "demo", str(path))
    assert (status, err) == (0, "")
    assert str(path) in out and "risks" in out
    with Plan.open(path) as plan:
        summary = plan.summary()
        assert plan.info.get().language == "fr"
    assert f"{summary.risks} risks" in out and f"{summary.contacts} contacts" in out


def test_demo_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo-en.crisiscell"
    status, _, _ = run(capsys, "demo", str(path), "--lang", "en")
    assert status == 0
    with Plan.open(path) as plan:
        assert plan.info.get().language == "en"
        assert {m.language for m in plan.messages.list()} == {"en"}


def test_demo_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "precious.crisiscell"
    path.write_text("the real plan")
    status, out, err = run(capsys, "demo", str(path))
    assert status != 0
    assert "already exists" in err and "refusing to overwrite" in err and str(path) in err
    assert out == ""
    assert path.read_text() == "the real plan"


def test_demo_with_an_unknown_language_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["demo", str(tmp_path / "x.crisiscell"), "--lang", "de"])
    assert caught.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    assert not (tmp_path / "x.crisiscell").exists()


# --- summary -------------------------------------------------------------------------------

def test_summary_json(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "summary", "--plan", str(demo_file), "--json")
    assert status == 0
    assert len(out.strip().splitlines()) == 1
    data = json.loads(out)
    assert set(data) == SUMMARY_KEYS
    with Plan.open(demo_file) as plan:
        assert data == plan.summary().as_dict()
    assert data["risks"] >= 10 and data["journal_entries"] >= 25


def test_summary_as_text(empty_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "summary", "--plan", str(empty_file))
    assert status == 0
    assert "Conserverie Test" in out
    assert "journal entries" in out


def test_summary_uses_the_plan_named_by_the_environment(
    empty_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRISISCELL_PLAN", str(empty_file))
    status, out, _ = run(capsys, "summary", "--json")
    assert status == 0 and json.loads(out)["organisation"] == "Conserverie Test"


# --- log -----------------------------------------------------------------------------------

def test_log_opens_an_incident_and_prints_only_the_id(
    empty_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "log", "Appel de l'ARS", "--plan", str(empty_file),
                           "--author", "Paul", "--title", "Rappel lot 2417")
    assert (status, err) == (0, "")
    entry_id = out.strip()
    assert out == entry_id + "\n" and " " not in entry_id
    with Plan.open(empty_file) as plan:
        incident = plan.incidents.active()
        assert incident is not None and incident.title == "Rappel lot 2417"
        entry = plan.journal.get(entry_id)
        assert (entry.text, entry.kind, entry.author, entry.incident_id) == (
            "Appel de l'ARS", "observation", "Paul", incident.id)


def test_log_appends_to_the_open_incident(empty_file: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "log", "Premier", "--plan", str(empty_file), "--author", "Paul")
    status, out, _ = run(capsys, "log", "Décision : retrait du lot", "--plan", str(empty_file),
                         "--kind", "decision", "--author", "Hélène")
    assert status == 0
    with Plan.open(empty_file) as plan:
        assert plan.incidents.count() == 1
        entry = plan.journal.get(out.strip())
        assert (entry.kind, entry.author) == ("decision", "Hélène")
        assert plan.journal.verify().ok


def test_log_with_an_unknown_kind_is_refused(empty_file: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "log", "Texte", "--plan", str(empty_file), "--kind", "rumour")
    assert status == 2
    assert out == ""
    assert "rumour" in err and "observation" in err
    with Plan.open(empty_file) as plan:
        assert plan.incidents.count() == 0 and plan.journal.count() == 0


def test_log_kinds_written_by_the_services_are_refused(
    empty_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "log", "Texte", "--plan", str(empty_file),
                         "--kind", "level_change")
    assert status == 2 and "level_change" in err


def test_log_to_an_unknown_incident_says_so(demo_file: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with Plan.open(demo_file) as plan:
        before = plan.summary()
    status, out, err = run(capsys, "log", "Texte", "--plan", str(demo_file),
                           "--incident", "no-such-incident")
    assert status == 2 and out == ""
    assert "no-such-incident" in err and "no incident" in err
    with Plan.open(demo_file) as plan:
        assert plan.summary() == before


def test_log_to_a_closed_incident_is_refused(demo_file: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    with Plan.open(demo_file) as plan:
        closed = plan.incidents.list()[0]
        count = plan.journal.count(closed.id)
    assert not closed.is_active
    status, _, err = run(capsys, "log", "Texte", "--plan", str(demo_file),
                         "--incident", closed.id)
    assert status == 2 and "closed" in err
    with Plan.open(demo_file) as plan:
        assert plan.journal.count(closed.id) == count


def test_log_empty_text_is_refused(empty_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "log", "   ", "--plan", str(empty_file), "--author", "Paul")
    assert status == 2 and out == "" and "text" in err and "required" in err
    with Plan.open(empty_file) as plan:
        assert plan.journal.count(kinds=("observation",)) == 0


def test_a_refused_log_opens_no_incident(empty_file: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = run(capsys, "log", "   ", "--plan", str(empty_file), "--author", "Paul")
    assert status == 2
    with Plan.open(empty_file) as plan:
        assert plan.incidents.count() == 0


# --- verify --------------------------------------------------------------------------------

def test_verify_ok(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "verify", "--plan", str(demo_file))
    assert status == 0
    with Plan.open(demo_file) as plan:
        count = plan.journal.count()
    assert out.startswith("ok") and f"{count} journal entries" in out


def test_verify_fails_on_tamper(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = raw_connect(demo_file)
    raw.execute("DROP TRIGGER journal_entries_no_update")
    target = raw.execute(
        "SELECT id FROM journal_entries ORDER BY logged_at LIMIT 1 OFFSET 10").fetchone()[0]
    raw.execute("UPDATE journal_entries SET author = 'Quelqu''un' WHERE id = ?", [target])
    raw.commit()
    raw.close()
    status, out, _ = run(capsys, "verify", "--plan", str(demo_file))
    assert status == 1
    assert target in out and "broken" in out


# --- errors and help -----------------------------------------------------------------------

@pytest.mark.parametrize("command", ["summary", "log", "verify"])
def test_a_missing_plan_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         command: str) -> None:
    path = tmp_path / "absent.crisiscell"
    argv = [command, "--plan", str(path)] + (["Texte"] if command == "log" else [])
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert err.strip() == f"crisiscell: no plan file at {path}"
    assert not path.exists()


def test_a_foreign_file_is_a_clear_error(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database at all " * 50)
    status, _, err = run(capsys, "summary", "--plan", str(path))
    assert status == 2 and "is not a Crisis Cell plan" in err
    assert "Traceback" not in err


def test_no_command_opens_the_default_plan(empty_file: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRISISCELL_PLAN", str(empty_file))
    status, out, _ = run(capsys)
    assert status == 0 and "Conserverie Test" in out


def test_start_can_write_the_demo_when_missing(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new" / "plan.crisiscell"
    status, out, _ = run(capsys, "start", "--plan", str(path), "--demo-if-missing")
    assert status == 0 and "demo plan written" in out
    assert path.is_file()
    status, out, _ = run(capsys, "start", "--plan", str(path), "--demo-if-missing")
    assert status == 0 and "demo plan written" not in out


def test_start_writes_the_demo_in_the_language_asked(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from app.plan import Plan

    path = tmp_path / "new" / "plan.crisiscell"
    status, out, _ = run(capsys, "start", "--plan", str(path), "--demo-if-missing",
                         "--lang", "en")
    assert status == 0 and "demo plan written" in out
    with Plan.open(path) as plan:
        assert plan.info.get().language == "en"


def _subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)


def test_the_expected_subcommands_exist() -> None:
    assert {"start", "demo", "summary", "log", "verify"} <= set(_subcommands())


@pytest.mark.parametrize("command", _subcommands())
def test_help_of_each_subcommand(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert f"crisiscell {command}" in out


def test_top_level_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "summary", "log", "verify"):
        assert command in out


# --- the installed entry point -------------------------------------------------------------

def test_installed_entry_point_prints_the_summary(demo_file: Path) -> None:
    executable = Path(sys.executable).parent / "crisiscell"
    assert executable.is_file(), "run `pip install -e .` to install the entry point"
    # A child process cannot see the tests' in-memory keyring: give it the recovery key file.
    key_path = demo_file.with_name("recovery.key")
    key_path.write_text(plan_key(demo_file).hex())
    done = subprocess.run([str(executable), "summary", "--json", "--plan", str(demo_file),
                           "--recovery-key-file", str(key_path)],
                          capture_output=True, text=True, env=os.environ.copy(), timeout=120)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == SUMMARY_KEYS and data["contacts"] >= 25
