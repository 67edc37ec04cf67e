"""Encryption at rest: a plan is a SQLCipher 4 file keyed with a random key kept in the
keyring or wrapped by a passphrase; the recovery key opens it anywhere; every way of failing
to open it has its own error and leaves the file byte-for-byte as it was."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyring.backends.chainer import ChainerBackend
from keyrings.alt.file import PlaintextKeyring

from app.keys import key_file as keys
from app.keys import keystore
from app.keys.errors import (
    InsecureKeyring,
    KeyUnavailable,
    NoKeyring,
    PassphraseRequired,
    WrongKey,
    WrongPassphrase,
)
from app.keys.unlock import Unlock, parse_recovery_key
from app.plan import Plan
from app.planfile.errors import PlanInUse
from app.planfile.locks import PlanLock
from db.errors import NotAPlan, PlanCorrupt, PlanTooNew, PlanTruncated
from tests.memory_keyring import MemoryKeyring
from tests.raw_plan import plan_key, raw_connect

PASSPHRASE = "cellule de crise 2026"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval Conserves") as plan:
        incident = plan.incidents.open("Fuite de données", author="Hélène")
        plan.journal.append(incident.id, "Appel du journaliste", author="Hélène")
    return path


# --- at rest --------------------------------------------------------------------------------

def test_a_new_plan_is_not_readable_as_plain_sqlite(closed_plan: Path) -> None:
    assert not closed_plan.read_bytes().startswith(b"SQLite format 3\x00")
    raw = sqlite3.connect(str(closed_plan))
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    raw.close()
    assert b"Mar\xc3\xa9val" not in closed_plan.read_bytes()


def test_the_plan_opens_without_a_prompt_through_the_keyring(closed_plan: Path,
                                                             memory_keyring) -> None:
    with Plan.open(closed_plan) as plan:
        assert plan.encrypted and plan.key.via == "keyring"
        assert plan.info.get().organisation == "Maréval Conserves"
        plan_id = plan.plan_id
    secret = memory_keyring.secrets[("crisiscell", plan_id)]
    assert len(bytes.fromhex(secret)) == 32


def test_the_key_file_holds_the_plan_id_and_no_secret(closed_plan: Path) -> None:
    data = json.loads(keys.key_file_path(closed_plan).read_text())
    key = plan_key(closed_plan)
    with Plan.open(closed_plan) as plan:
        assert data["plan_id"] == plan.plan_id
    assert data["mode"] == "keyring" and data["slots"] == []
    assert data["key_check"] == keys.key_check(key)
    assert key.hex() not in keys.key_file_path(closed_plan).read_text()


def test_a_plain_sqlcipher_4_process_reads_the_plan_with_only_the_key(closed_plan: Path,
                                                                      tmp_path: Path) -> None:
    # The child holds nothing but the key and a SQLCipher 4 connection: none of our code.
    child = textwrap.dedent("""
        import sys
        import sqlcipher3.dbapi2 as sqlcipher
        conn = sqlcipher.connect(sys.argv[1])
        conn.execute("PRAGMA key = \\"x'" + sys.argv[2] + "'\\"")
        print(conn.execute("SELECT organisation FROM plan").fetchone()[0])
        print(conn.execute("SELECT count(*) FROM journal_entries").fetchone()[0])
    """)
    key = plan_key(closed_plan)
    done = subprocess.run([sys.executable, "-I", "-c", child, str(closed_plan), key.hex()],
                          capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["Maréval Conserves", "2"]


# --- passphrase mode ------------------------------------------------------------------------

def test_passphrase_mode(tmp_path: Path, memory_keyring) -> None:
    path = tmp_path / "plan.crisiscell"
    before = dict(memory_keyring.secrets)
    Plan.create(path, organisation="Maréval", unlock=Unlock(passphrase=PASSPHRASE)).close()
    assert memory_keyring.secrets == before  # nothing went to the keyring
    data = json.loads(keys.key_file_path(path).read_text())
    assert data["mode"] == "passphrase" and len(data["slots"]) == 1
    digest = sha256(path)

    with pytest.raises(PassphraseRequired):
        Plan.open(path)
    with pytest.raises(WrongPassphrase):
        Plan.open(path, unlock=Unlock(passphrase="pas la bonne phrase"))
    assert sha256(path) == digest
    with Plan.open(path, unlock=Unlock(passphrase=PASSPHRASE)) as plan:
        assert plan.key.via == "passphrase" and plan.info.get().organisation == "Maréval"


def test_without_a_keyring_the_reason_is_given(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    path = tmp_path / "plan.crisiscell"
    with pytest.raises(NoKeyring) as caught:
        Plan.create(path, organisation="Maréval")
    assert "headless" in caught.value.detail
    assert not path.exists() and not keys.key_file_path(path).exists()
    Plan.create(path, organisation="Maréval", unlock=Unlock(passphrase=PASSPHRASE)).close()
    with pytest.raises(PassphraseRequired) as asked:
        Plan.open(path)
    assert "no keyring service" in asked.value.detail  # the reason, not just "give it"


def test_plain_file_keyring_backends_are_refused(tmp_path: Path) -> None:
    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(InsecureKeyring) as caught:
        Plan.create(tmp_path / "plan.crisiscell", organisation="Maréval")
    assert "keyrings.alt" in caught.value.detail
    assert keystore.keyring_problem() is not None
    assert list(tmp_path.iterdir()) == []


def test_a_plain_file_keyring_behind_keyrings_chainer_is_refused_too(tmp_path: Path) -> None:
    """keyring chains every backend it finds: each one behind the chainer is judged."""

    class Chained(ChainerBackend):
        backends = [MemoryKeyring(), PlaintextKeyring()]  # what a chainer found here

    keyring.set_keyring(Chained())
    with pytest.raises(InsecureKeyring) as caught:
        Plan.create(tmp_path / "plan.crisiscell", organisation="Maréval")
    assert "PlaintextKeyring" in caught.value.detail
    assert list(tmp_path.iterdir()) == []

    class SafelyChained(ChainerBackend):
        backends = [MemoryKeyring()]

    keyring.set_keyring(SafelyChained())
    assert keystore.keyring_problem() is None


# --- the recovery key -----------------------------------------------------------------------

def test_the_recovery_key_opens_the_plan_without_keyring_or_key_file(closed_plan: Path,
                                                                      memory_keyring) -> None:
    key = plan_key(closed_plan)
    with Plan.open(closed_plan) as plan:
        keystore.forget_key(plan.plan_id)
    keys.key_file_path(closed_plan).unlink()
    with pytest.raises(KeyUnavailable):
        Plan.open(closed_plan)
    grouped = " ".join(key.hex()[i:i + 4] for i in range(0, 64, 4)).upper()
    with Plan.open(closed_plan, unlock=Unlock(recovery_key=parse_recovery_key(grouped))) as plan:
        assert plan.key.via == "recovery"
        assert plan.journal.count() == 2


def test_a_malformed_recovery_key_is_refused() -> None:
    with pytest.raises(WrongKey):
        parse_recovery_key("1234 abcd")
    with pytest.raises(WrongKey):
        parse_recovery_key("z" * 64)


# --- errors that change nothing -------------------------------------------------------------

def test_a_wrong_recovery_key(closed_plan: Path) -> None:
    digest = sha256(closed_plan)
    with pytest.raises(WrongKey) as caught:
        Plan.open(closed_plan, unlock=Unlock(recovery_key=bytes(32)))
    assert caught.value.code == "wrong_key"
    assert sha256(closed_plan) == digest


def test_a_wrong_key_without_key_file_is_still_a_wrong_key(closed_plan: Path) -> None:
    keys.key_file_path(closed_plan).unlink()
    digest = sha256(closed_plan)
    with pytest.raises(WrongKey):
        Plan.open(closed_plan, unlock=Unlock(recovery_key=bytes(32)))
    assert sha256(closed_plan) == digest


def test_a_missing_keyring_entry(closed_plan: Path, memory_keyring) -> None:
    with Plan.open(closed_plan) as plan:
        plan_id = plan.plan_id
    del memory_keyring.secrets[("crisiscell", plan_id)]
    digest = sha256(closed_plan)
    with pytest.raises(KeyUnavailable) as caught:
        Plan.open(closed_plan)
    assert plan_id in caught.value.detail
    assert sha256(closed_plan) == digest


def test_a_keyring_entry_of_another_key_is_a_wrong_key(closed_plan: Path,
                                                       memory_keyring) -> None:
    with Plan.open(closed_plan) as plan:
        plan_id = plan.plan_id
    memory_keyring.secrets[("crisiscell", plan_id)] = bytes(32).hex()
    digest = sha256(closed_plan)
    with pytest.raises(WrongKey):
        Plan.open(closed_plan)
    assert sha256(closed_plan) == digest


@pytest.mark.parametrize("content", [b"Bonjour, ceci n'est pas un plan.\n" * 10,
                                     b"%PDF-1.7\n" + bytes(range(256)) * 16])
def test_a_file_that_is_not_a_plan(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.crisiscell"
    path.write_bytes(content)
    with pytest.raises((NotAPlan, KeyUnavailable)) as caught:
        Plan.open(path)
    assert caught.value.code in ("not_a_plan", "key_unavailable")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.crisiscell"]


def test_a_zero_length_file_is_not_a_first_start(closed_plan: Path) -> None:
    closed_plan.write_bytes(b"")
    with pytest.raises(NotAPlan) as caught:
        Plan.open(closed_plan)
    assert "empty file" in caught.value.detail
    assert closed_plan.read_bytes() == b""
    with pytest.raises(Exception, match="plan_exists"):
        Plan.create(closed_plan, organisation="Nouveau")
    assert closed_plan.read_bytes() == b""


@pytest.mark.parametrize("cut", [100, 4096])
def test_a_truncated_file(closed_plan: Path, cut: int) -> None:
    data = closed_plan.read_bytes()
    assert len(data) > 3 * 4096
    closed_plan.write_bytes(data[:len(data) - cut])
    digest = sha256(closed_plan)
    with pytest.raises(PlanCorrupt) as caught:  # PlanTruncated is a kind of PlanCorrupt
        Plan.open(closed_plan)
    assert isinstance(caught.value, PlanTruncated) and caught.value.code == "plan_truncated"
    assert sha256(closed_plan) == digest


def test_damage_is_not_reported_as_a_wrong_key(closed_plan: Path) -> None:
    data = bytearray(closed_plan.read_bytes())
    data[100:200] = bytes(100)  # inside page 1: its HMAC no longer holds
    closed_plan.write_bytes(bytes(data))
    digest = sha256(closed_plan)
    with pytest.raises(PlanCorrupt) as caught:
        Plan.open(closed_plan)
    assert caught.value.code == "plan_corrupt" and "damaged" in caught.value.detail
    assert sha256(closed_plan) == digest


def test_damage_in_the_middle_is_found_on_open(closed_plan: Path) -> None:
    data = bytearray(closed_plan.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 1000
    data[middle:middle + 64] = b"\xff" * 64
    closed_plan.write_bytes(bytes(data))
    digest = sha256(closed_plan)
    with pytest.raises(PlanCorrupt):
        Plan.open(closed_plan)
    assert sha256(closed_plan) == digest


def test_a_plan_from_a_newer_version(closed_plan: Path) -> None:
    raw = raw_connect(closed_plan)
    raw.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                "VALUES ('crisiscell', '9999_future', '2099-01-01')")
    raw.commit()
    raw.close()
    digest = sha256(closed_plan)
    with pytest.raises(PlanTooNew):
        Plan.open(closed_plan)
    assert sha256(closed_plan) == digest


def test_a_key_file_from_a_newer_version(closed_plan: Path) -> None:
    side = keys.key_file_path(closed_plan)
    data = json.loads(side.read_text())
    data["version"] = 99
    side.write_text(json.dumps(data))
    digest = sha256(closed_plan)
    with pytest.raises(PlanTooNew):
        Plan.open(closed_plan)
    assert sha256(closed_plan) == digest


def test_a_plan_open_in_another_instance(closed_plan: Path, tmp_path: Path) -> None:
    # Another instance is another process: it holds the plan's lock until told to stop.
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import sys
            from app.planfile.locks import PlanLock
            with PlanLock(sys.argv[1]):
                print("held", flush=True)
                sys.stdin.read()
        """), str(closed_plan)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2])
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        digest = sha256(closed_plan)
        with pytest.raises(PlanInUse) as caught:
            Plan.open(closed_plan, live=True)
        assert caught.value.code == "plan_in_use"
        assert sha256(closed_plan) == digest
        # A one-shot reader (the CLI's summary) still works beside the window.
        with Plan.open(closed_plan) as plan:
            assert plan.journal.count() == 2
    finally:
        holder.communicate("", timeout=60)
    with Plan.open(closed_plan, live=True) as plan:  # free again once the other one closed
        assert plan.journal.count() == 2


def test_two_live_opens_in_one_process_conflict_too(closed_plan: Path) -> None:
    with Plan.open(closed_plan, live=True), pytest.raises(PlanInUse):
        Plan.open(closed_plan, live=True)
    with PlanLock(closed_plan) as lock:  # released on close
        assert lock.held


def test_a_plan_made_before_encryption_still_opens(tmp_path: Path) -> None:
    from db import connection, migrations

    path = tmp_path / "old.crisiscell"
    db = connection.connect(path, create=True)  # no key: as the foundation made plans
    migrations.migrate(db, path)
    db["plan"].insert({"id": "0190old0-0000-7000-8000-000000000001", "created_at": "x",
                       "updated_at": "x", "revision": 1, "organisation": "Ancien",
                       "owner": "", "language": "fr", "region": "FR"})
    db.conn.commit()
    db.close()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    with Plan.open(path) as plan:
        assert not plan.encrypted and plan.info.get().organisation == "Ancien"
