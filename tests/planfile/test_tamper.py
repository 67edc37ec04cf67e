"""Tampering behind the app's back (append-only triggers dropped with raw SQL) is caught by
`verify`, which names the entry where the chain breaks, in the services and in the CLI."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.cli.main import main
from app.incidents.journal import entry_hash
from app.plan import Plan
from db.schema import SCHEMA_MIGRATIONS
from tests import raw_plan
from tests.plan_support import fingerprint
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


# --- tampering the chain alone misses: triggers, row order, schema version ----------------

def raw_sql(path: Path, *statements: str) -> None:
    """Run raw SQL on the plan through a keyed driver connection, and commit."""
    raw = raw_connect(path)
    try:
        for sql in statements:
            raw.execute(sql)
        raw.commit()
    finally:
        raw.close()


def cli_verify(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`crisiscell verify` on the plan: exit status and standard output."""
    status = main(["verify", "--plan", str(path)])
    return status, capsys.readouterr().out


NO_UPDATE_SQL = ("CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries "
                 "BEGIN SELECT RAISE(ABORT, 'journal_append_only'); END")
NO_DELETE_SQL = NO_UPDATE_SQL.replace("update", "delete").replace("UPDATE", "DELETE")


def test_verify_says_which_protections_it_checked(
    logged: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = logged
    status, out = cli_verify(path, capsys)
    assert status == 0
    # One named line per protection (app/planfile/checks.py), and a place for what sync adds.
    for name in ("write-ahead log", "file integrity", "journal chains", "append-only triggers",
                 "journal row order", "schema version", "heads witnessed on this laptop"):
        assert f"\n  {name}: ok" in out, name
    assert "signatures and heads witnessed by other laptops: not yet (sync)" in out
    assert out.startswith("ok: file intact")


def test_a_dropped_trigger_is_named_and_the_file_is_unchanged(
    logged: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = logged
    raw_sql(path, "DROP TRIGGER journal_entries_no_delete")
    before = fingerprint(path)
    status, out = cli_verify(path, capsys)
    assert status == 1
    assert ("append-only trigger journal_entries_no_delete is missing: it was dropped behind "
            "the app's back") in out
    assert "journal_entries_no_update" not in out
    assert fingerprint(path) == before


def test_a_trigger_replaced_by_a_no_op_is_named(
    logged: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = logged
    raw_sql(path, "DROP TRIGGER journal_entries_no_update",
            "CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries "
            "BEGIN SELECT 1; END")
    before = fingerprint(path)
    status, out = cli_verify(path, capsys)
    assert status == 1
    assert "trigger journal_entries_no_update is not the one the schema creates" in out
    assert fingerprint(path) == before


def test_a_trigger_added_behind_the_apps_back_is_named(
    logged: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = logged
    raw_sql(path, "CREATE TRIGGER quiet_cleanup AFTER INSERT ON journal_entries "
                  "BEGIN SELECT 1; END")
    status, out = cli_verify(path, capsys)
    assert status == 1
    assert "trigger quiet_cleanup is not part of the schema" in out


def test_a_trigger_put_back_with_other_spacing_and_case_is_not_an_alarm(
    logged: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = logged
    raw_sql(path, "DROP TRIGGER journal_entries_no_update",
            'create trigger "journal_entries_no_update" before update on [journal_entries]\n'
            "begin\n  select raise(abort, 'journal_append_only');\nend")
    status, out = cli_verify(path, capsys)
    assert status == 0, out


def test_swapped_rowids_of_the_last_two_entries(
    logged: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    """The app no longer forks its chain after rows were swapped, and verify names the swap."""
    path, ids = logged
    swap_last_two_rows(path)  # triggers put back as they were: only the order is wrong
    before = fingerprint(path)
    status, out = cli_verify(path, capsys)
    assert status == 1
    assert fingerprint(path) == before
    assert (f"journal rows out of order: entry {ids[-1]} (incident ") in out
    assert f"position 8, stored before entry {ids[-2]} (position 7)" in out
    assert "chain broken" not in out

    assert main(["log", "Après l'échange", "--plan", str(path), "--author", "Paul"]) == 0
    new_id = capsys.readouterr().out.strip()
    with Plan.open(path) as plan:
        entry = plan.journal.get(new_id)
        head = plan.journal.get(ids[-1])
        report = plan.journal.verify()
    assert (entry.seq, entry.prev_hash) == (9, head.hash)  # chained to the real head
    assert report.first_break is not None and report.first_break.reason == "out_of_order"
    assert [b.entry_id for b in report.out_of_order] == [ids[-1]]
    status, out = cli_verify(path, capsys)
    assert status == 1 and "chain broken" not in out and new_id not in out


def swap_last_two_rows(path: Path) -> None:
    """Swap the rowids of the last two journal rows, triggers put back as they were."""
    raw = raw_connect(path)
    last, before_last = (row[0] for row in raw.execute(
        "SELECT rowid FROM journal_entries ORDER BY rowid DESC LIMIT 2"))
    raw.close()
    raw_sql(path, "DROP TRIGGER journal_entries_no_update",
            "DROP TRIGGER journal_entries_no_delete",
            f"UPDATE journal_entries SET rowid = -1 WHERE rowid = {last}",
            f"UPDATE journal_entries SET rowid = {last} WHERE rowid = {before_last}",
            f"UPDATE journal_entries SET rowid = {before_last} WHERE rowid = -1",
            NO_UPDATE_SQL, NO_DELETE_SQL)


def test_the_printed_log_names_moved_entries(
    logged: tuple[Path, list[str]], tmp_path: Path
) -> None:
    from app.printing import print_document
    from tests.printing_support import all_text

    path, ids = logged
    swap_last_two_rows(path)
    with Plan.open(path) as plan:
        text = " ".join(all_text(print_document(plan, "journal", tmp_path / "j.pdf")).split())
    assert "entrées déplacées" in text and ids[-1] in text


def test_user_version_bumped_without_a_migration_row(
    logged: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = logged
    raw_sql(path, "PRAGMA user_version = 7")
    before = fingerprint(path)
    status, out = cli_verify(path, capsys)
    assert status == 1
    steps = len(SCHEMA_MIGRATIONS)
    assert ("schema version disagrees with the migrations record: user_version is 7 but "
            f"{steps} schema step(s) are recorded") in out
    assert fingerprint(path) == before


def test_a_new_plan_records_its_schema_version(logged: tuple[Path, list[str]]) -> None:
    path, _ = logged
    raw = raw_connect(path)
    try:
        version = raw.execute("PRAGMA user_version").fetchone()[0]
        steps = raw.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    finally:
        raw.close()
    assert version == steps == len(SCHEMA_MIGRATIONS)


#: The triggers the released schema steps make, normalised (db/schema_check.py), by SHA-256.
#: verify compares a file with the schema built by the installed sqlite-utils: a new version
#: writing its FTS triggers differently would make every older plan look tampered with, so
#: that change must show here first (normalise it, or add a schema step).
RELEASED_TRIGGERS = {
    "contacts_ad": "37a27ca3e67aeb60f13a2b6116362a1cf568698a97dc1062db9b95d9e9721c18",
    "contacts_ai": "531c8209624771c34222a9b187150503e64cc0ee62f3c9a244373a41b7972e69",
    "contacts_au": "14166ab3ca5958cbdc1f33a57be6140e9f75be8e5e20c96899f86afa02c40233",
    "journal_entries_no_delete": "167df27288bebddceb64c702c159f3b4815e1f9effae0c1e483d3819a99682ab",
    "journal_entries_no_update": "f862d64cdc6e75d337c77028639a0cc9e64898a0874f7ec758dfd751194b164f",
    "messages_ad": "486fc8c26a81d0e9bb5d4110e2a96f760473e27141f990c043d59c307b5c66dd",
    "messages_ai": "0a7a633abf530108b5717a7f1cff75843d64c4c54ed906f7ffe2490f05f7e249",
    "messages_au": "3a840435eabe21c40244a93cb819e4e4d2bbecd9e14f8b3df5db36f917f68363",
    "risks_ad": "3bf2688602d553e38e252263c5aa2960a25d878432379921942094d27825228d",
    "risks_ai": "30f8b88042845fe08ec4be27f0c80cd55e8b53020e3ddb31eb6b349695414700",
    "risks_au": "ddc5305de954a92565edf506cfcb30ca64940043958cd3fb1af8344781b558ca",
}


def test_the_schema_makes_the_released_triggers() -> None:
    from db.migrations import KNOWN
    from db.schema_check import expected_triggers

    made = {name: hashlib.sha256(sql.encode()).hexdigest()
            for name, sql in expected_triggers(tuple(KNOWN)).items()}
    assert made == RELEASED_TRIGGERS
