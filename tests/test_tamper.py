"""Tampering behind the app's back (append-only triggers dropped with raw SQL) is caught by
`verify`, which names the entry where the chain breaks, in the services and in the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.journal import entry_hash
from app.plan import Plan
from tests import raw_plan
from tests.raw_plan import raw_connect


@pytest.fixture
def logged(tmp_path: Path) -> tuple[Path, list[str]]:
    """A closed plan file with one incident of 8 entries; returns the path and entry ids."""
    path = tmp_path / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval") as plan:
        incident = plan.incidents.open("Rappel lot 2417", author="Hélène")
        for n in range(7):
            plan.journal.append(incident.id, f"Entrée {n}", author="Paul")
        ids = [e.id for e in plan.journal.entries(incident.id)]
        assert plan.journal.verify().ok
    return path, ids


def behind_the_apps_back(path: Path, *statements: tuple[str, list]) -> None:
    """Drop the append-only triggers and run raw SQL, as someone with a SQLite tool would."""
    raw = raw_connect(path)
    try:
        raw.execute("DROP TRIGGER journal_entries_no_update")
        raw.execute("DROP TRIGGER journal_entries_no_delete")
        for sql, params in statements:
            raw.execute(sql, params)
        raw.commit()
    finally:
        raw.close()


def verify_file(path: Path):
    with Plan.open(path) as plan:
        return plan.journal.verify()


def test_untouched_log_verifies(logged: tuple[Path, list[str]]) -> None:
    path, ids = logged
    report = verify_file(path)
    assert report.ok and (report.checked, report.chains) == (len(ids), 1)


@pytest.mark.parametrize("column", ["text", "author", "logged_at", "kind"])
def test_an_altered_entry_is_named(logged: tuple[Path, list[str]], column: str) -> None:
    path, ids = logged
    target = ids[4]
    value = {"kind": "decision"}.get(column, "2020-01-01T00:00:00.000Z"
                                     if column == "logged_at" else "réécrit")
    behind_the_apps_back(path, (f"UPDATE journal_entries SET {column} = ? WHERE id = ?",
                                [value, target]))
    report = verify_file(path)
    assert not report.ok
    assert report.first_break.entry_id == target
    assert report.first_break.reason == "content_altered"
    assert report.first_break.seq == 5
    assert report.checked == len(ids)


def test_an_altered_entry_with_a_recomputed_hash_breaks_the_next_link(
    logged: tuple[Path, list[str]]
) -> None:
    path, ids = logged
    raw = raw_connect(path)
    raw.row_factory = raw_plan.Row
    row = dict(raw.execute("SELECT * FROM journal_entries WHERE id = ?", [ids[3]]).fetchone())
    raw.close()
    row["text"] = "Rien à signaler"
    forged = entry_hash(row)
    behind_the_apps_back(path, ("UPDATE journal_entries SET text = ?, hash = ? WHERE id = ?",
                                [row["text"], forged, ids[3]]))
    report = verify_file(path)
    assert report.first_break.entry_id == ids[4]
    assert report.first_break.reason == "previous_missing_or_altered"


def test_a_removed_middle_entry_is_named_by_the_next_one(logged: tuple[Path, list[str]]) -> None:
    path, ids = logged
    behind_the_apps_back(path, ("DELETE FROM journal_entries WHERE id = ?", [ids[3]]))
    report = verify_file(path)
    assert not report.ok
    assert report.first_break.entry_id == ids[4]
    assert report.first_break.reason in ("sequence_gap", "previous_missing_or_altered")
    assert report.checked == len(ids) - 1


def test_a_removed_and_renumbered_entry_is_still_caught(logged: tuple[Path, list[str]]) -> None:
    path, ids = logged
    behind_the_apps_back(
        path,
        ("DELETE FROM journal_entries WHERE id = ?", [ids[3]]),
        ("UPDATE journal_entries SET seq = seq - 1 WHERE seq > 4", []),
    )
    report = verify_file(path)
    assert report.first_break.entry_id == ids[4]


def test_cli_verify_fails_and_names_the_altered_entry(
    logged: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = logged
    assert main(["verify", "--plan", str(path)]) == 0
    capsys.readouterr()
    behind_the_apps_back(path, ("UPDATE journal_entries SET text = 'réécrit' WHERE id = ?",
                                [ids[2]]))
    assert main(["verify", "--plan", str(path)]) == 1
    out = capsys.readouterr().out
    assert ids[2] in out
    assert "content altered" in out


def test_cli_verify_fails_and_names_the_entry_after_a_removed_one(
    logged: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = logged
    behind_the_apps_back(path, ("DELETE FROM journal_entries WHERE id = ?", [ids[5]]))
    assert main(["verify", "--plan", str(path)]) == 1
    out = capsys.readouterr().out
    assert ids[6] in out
    assert ids[5] not in out
