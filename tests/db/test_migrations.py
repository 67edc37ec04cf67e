"""Schema migrations: files from every earlier schema open with their data; files this version
cannot understand (newer, foreign, empty, missing) are refused, untouched, with a clear code."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.cli.common import describe_error
from app.clock import new_id, utc_now
from app.incidents.journal import entry_hash, genesis_hash
from app.plan import Plan
from db import connection, migrations
from db.errors import NotAPlan, PlanNotFound, PlanTooNew
from tests.raw_plan import raw_connect


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- files from earlier schemas ------------------------------------------------------------

DEVICE = "0190test-0000-7000-8000-laptop000001"


def _sample_rows() -> dict[str, dict[str, Any]]:
    """One row per table, in insertion order (parents first); only existing columns are used."""
    now = utc_now()
    incident_id = new_id()
    entry = {
        "id": new_id(), "incident_id": incident_id, "device_id": DEVICE, "seq": 1,
        "kind": "observation", "text": "Premier appel du journaliste", "author": "Hélène",
        "logged_at": now, "occurred_at": None, "corrects_id": None, "refers_to_id": None,
        "info_status": None, "level": None, "prev_hash": genesis_hash(incident_id, DEVICE),
    }
    entry["hash"] = entry_hash(entry)
    return {
        "plan": {"id": new_id(), "organisation": "Conserverie Ancienne", "owner": "Hélène",
                 "language": "fr", "region": "FR", "revision": 3},
        "contacts": {"id": new_id(), "kind": "person", "name": "Paul Durand",
                     "contact_group": "crisis_cell", "phone_mobile": "+33612345678"},
        "risks": {"id": new_id(), "title": "Rappel produit", "category": "product",
                  "likelihood": 3, "impact": 4, "warning_signals": "[]", "checklist": "[]"},
        "messages": {"id": new_id(), "title": "Communiqué", "audience": "media",
                     "channel": "press_release", "language": "fr", "body": "Texte",
                     "status": "draft", "version": 1},
        "incidents": {"id": incident_id, "title": "Exercice 2024", "is_exercise": 1,
                      "level": "alerte", "opened_at": now},
        "journal_entries": entry,
    }


def _put_sample_data(db: Any) -> dict[str, str]:
    """Insert the sample rows into the tables that exist; returns table → id inserted."""
    now = utc_now()
    inserted: dict[str, str] = {}
    tables = set(db.table_names())
    for table, row in _sample_rows().items():
        if table not in tables:
            continue
        columns = set(db[table].columns_dict)
        values = {k: v for k, v in {"created_at": now, "updated_at": now, **row}.items()
                  if k in columns}
        db[table].insert(values)
        inserted[table] = row["id"]
    db.conn.commit()
    return inserted


def _prefixes() -> list[list[str]]:
    return [migrations.KNOWN[: i + 1] for i in range(len(migrations.KNOWN))]


@pytest.mark.parametrize("applied", _prefixes(), ids=lambda p: p[-1])
def test_a_file_from_every_earlier_schema_opens_with_its_data(
    tmp_path: Path, applied: list[str]
) -> None:
    path = tmp_path / "old.crisiscell"
    db = connection.connect(path, create=True)
    following = migrations.KNOWN[len(applied):]
    migrations.MIGRATIONS.apply(db, stop_before=following[0] if following else None)
    assert migrations.applied_names(db) == applied
    inserted = _put_sample_data(db)
    db.close()
    assert "plan" in inserted  # a plan file always had its metadata row

    with Plan.open(path) as plan:
        assert migrations.applied_names(plan._store.db) == migrations.KNOWN
        meta = plan.info.get()
        assert meta.organisation == "Conserverie Ancienne"
        assert meta.revision == 3
        if "contacts" in inserted:
            contact = plan.contacts.get(inserted["contacts"])
            assert contact.name == "Paul Durand"
            assert contact.phones == {"mobile": "+33612345678"}
        if "risks" in inserted:
            assert plan.risks.get(inserted["risks"]).band == "high"
            # 0003: a risk written before regulatory clocks carries none, and takes some.
            assert plan.risks.get(inserted["risks"]).regulatory_clocks == []
            plan.risks.update(inserted["risks"],
                              regulatory_clocks=[{"title": "RGPD art. 33", "hours": 72}])
        assert meta.website == ""
        if "messages" in inserted:
            assert plan.messages.get(inserted["messages"]).title == "Communiqué"
        if "incidents" in inserted:
            assert plan.incidents.get(inserted["incidents"]).level == "alerte"
        if "journal_entries" in inserted:
            assert plan.journal.get(inserted["journal_entries"]).text == (
                "Premier appel du journaliste")
            assert plan.journal.verify().ok
        # Full-text search covers rows written before the upgrade too.
        if "contacts" in inserted:
            assert [h.id for h in plan.search.search("durand")] == [inserted["contacts"]]
    if following:
        # A plan that needed steps was copied first.
        assert (tmp_path / f"old.before-{following[0]}.crisiscell").is_file()


def test_a_new_plan_has_every_step_applied(plan: Plan) -> None:
    assert migrations.applied_names(plan._store.db) == migrations.KNOWN


def test_an_up_to_date_plan_is_not_copied_on_open(tmp_path: Path, plan: Plan) -> None:
    path = plan.path
    plan.close()
    Plan.open(path).close()
    assert sorted(p.name for p in tmp_path.iterdir() if "before" in p.name) == []


def test_backup_before_migration_is_a_complete_copy(plan: Plan) -> None:
    plan.contacts.add("Paul Durand", group="crisis_cell")
    copy = migrations.backup_before_migration(plan._store.db, plan.path, "0002_next")
    assert copy.name == "plan.before-0002_next.crisiscell"
    with Plan.open(copy) as copied:
        assert [c.name for c in copied.contacts.list()] == ["Paul Durand"]


# --- files this version must refuse --------------------------------------------------------

def test_a_plan_from_a_newer_version_is_refused(plan: Plan) -> None:
    path = plan.path
    plan.close()
    raw = raw_connect(path)  # the plan is encrypted
    raw.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        (migrations.MIGRATION_SET, "9999_future", "2099-01-01 00:00:00+00:00"))
    raw.commit()
    raw.close()
    before = sha256(path)

    with pytest.raises(PlanTooNew) as caught:
        Plan.open(path)
    assert caught.value.code == "plan_too_new"
    assert "9999_future" in caught.value.detail
    message = describe_error(caught.value)
    assert "newer version" in message and "update" in message
    assert sha256(path) == before


def test_steps_of_another_migration_set_do_not_count_as_newer(plan: Plan) -> None:
    path = plan.path
    plan.close()
    raw = raw_connect(path)  # the plan is encrypted
    raw.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        ("some_plugin", "9999_future", "2099-01-01 00:00:00+00:00"))
    raw.commit()
    raw.close()
    Plan.open(path).close()


def _foreign_database(path: Path) -> None:
    raw = sqlite3.connect(str(path))
    raw.execute("CREATE TABLE recipes (name TEXT)")
    raw.execute("INSERT INTO recipes VALUES ('soupe de poisson')")
    raw.commit()
    raw.close()


def test_a_foreign_sqlite_file_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "recipes.db"
    _foreign_database(path)
    with pytest.raises(NotAPlan) as caught:
        Plan.open(path)
    assert caught.value.code == "not_a_plan"
    assert "is not a Crisis Cell plan" in describe_error(caught.value)
    raw = sqlite3.connect(str(path))
    assert raw.execute("SELECT name FROM recipes").fetchall() == [("soupe de poisson",)]
    assert "_sqlite_migrations" not in {
        r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    raw.close()


def test_a_refused_foreign_file_is_left_byte_for_byte_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "recipes.db"
    _foreign_database(path)
    before = sha256(path)
    with pytest.raises(NotAPlan):
        Plan.open(path)
    assert sha256(path) == before


def test_a_database_with_only_an_empty_migrations_table_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "half.crisiscell"
    db = connection.connect(path, create=True)
    migrations.MIGRATIONS.ensure_migrations_table(db)
    db.close()
    with pytest.raises(NotAPlan):
        Plan.open(path)


def test_a_zero_length_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "empty.crisiscell"
    path.write_bytes(b"")
    before = sha256(path)
    with pytest.raises(NotAPlan) as caught:
        Plan.open(path)
    assert caught.value.code == "not_a_plan"
    assert sha256(path) == before
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.crisiscell"]


def test_an_empty_sqlite_database_is_not_treated_as_a_first_start(tmp_path: Path) -> None:
    path = tmp_path / "blank.crisiscell"
    raw = sqlite3.connect(str(path))
    raw.execute("CREATE TABLE scratch (x)")
    raw.execute("DROP TABLE scratch")
    raw.close()
    assert path.stat().st_size > 0
    with pytest.raises(NotAPlan):
        Plan.open(path)
    raw = sqlite3.connect(str(path))
    assert raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    raw.close()


def test_a_missing_file_is_plan_not_found(tmp_path: Path) -> None:
    path = tmp_path / "absent.crisiscell"
    with pytest.raises(PlanNotFound) as caught:
        Plan.open(path)
    assert caught.value.code == "plan_not_found"
    assert not path.exists()
    assert describe_error(caught.value) == f"no plan file at {path}"


def test_a_folder_is_not_opened_as_a_plan(tmp_path: Path) -> None:
    with pytest.raises(PlanNotFound):
        Plan.open(tmp_path)
