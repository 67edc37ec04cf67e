"""Key management: passphrase changes rewrite no data, moves between keyring and passphrase,
rekey (and a kill at every step of it), encrypting an old plan, the warned plain export,
and the CLI commands of the foundation working on encrypted plans."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.cli.main import main
from app.keys import key_file as keys
from app.keys.errors import KeyFileOfAnotherPlan, WrongKey, WrongPassphrase
from app.keys.management import encrypt_in_place, export_plain, rekey, set_passphrase, use_keyring
from app.keys.unlock import Unlock
from app.plan import Plan
from app.planfile import crash_points
from app.planfile.errors import PlanInUse
from db import connection, migrations
from tests.file_keyring import ENV as SHARED_KEYRING_ENV
from tests.file_keyring import SharedFileKeyring
from tests.raw_plan import plan_key

PASSPHRASE = "cellule de crise 2026"
NEW_PASSPHRASE = "une autre phrase secrète"
ROOT = Path(__file__).resolve().parents[2]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_plan(path: Path, unlock: Unlock | None = None, entries: int = 3) -> list[str]:
    with Plan.create(path, organisation="Maréval", unlock=unlock) as plan:
        incident = plan.incidents.open("Exercice", author="Hélène")
        return [plan.journal.append(incident.id, f"Entrée {i}", author="Hélène").id
                for i in range(entries)]


def entry_ids(path: Path, unlock: Unlock | None = None) -> set[str]:
    with Plan.open(path, unlock=unlock) as plan:
        incident = plan.incidents.active()
        assert incident is not None
        return {e.id for e in plan.journal.entries(incident.id)}


# --- passphrase and keyring moves -----------------------------------------------------------

def test_changing_the_passphrase_revokes_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    ids = make_plan(path, Unlock(passphrase=PASSPHRASE))
    old_key = plan_key(path, Unlock(passphrase=PASSPHRASE))
    old_key_file = keys.key_file_path(path).read_bytes()  # as a backup's copy keeps it
    assert set_passphrase(path, NEW_PASSPHRASE, Unlock(passphrase=PASSPHRASE)) is True
    with pytest.raises(WrongPassphrase):
        Plan.open(path, unlock=Unlock(passphrase=PASSPHRASE))
    assert set(ids) <= entry_ids(path, Unlock(passphrase=NEW_PASSPHRASE))
    new_key_file = keys.key_file_path(path).read_bytes()
    # The old key file put back beside the plan, with the old passphrase: opens nothing.
    keys.key_file_path(path).write_bytes(old_key_file)
    with pytest.raises(KeyFileOfAnotherPlan):
        Plan.open(path, unlock=Unlock(passphrase=PASSPHRASE))
    keys.key_file_path(path).write_bytes(new_key_file)
    with pytest.raises(WrongKey):
        Plan.open(path, unlock=Unlock(recovery_key=old_key))  # nor the old recovery sheet
    assert plan_key(path, Unlock(passphrase=NEW_PASSPHRASE)) != old_key
    # Today's key still opens the old key, for the backups made before the change.
    current = keys.read(path)
    assert current is not None and keys.retired_key(
        current, plan_key(path, Unlock(passphrase=NEW_PASSPHRASE)),
        keys.key_check(old_key)) == old_key


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.crisiscell"
    ids = make_plan(path, Unlock(passphrase=PASSPHRASE))
    sheet = tmp_path / "sheet.txt"
    old_key = plan_key(path, Unlock(passphrase=PASSPHRASE))
    assert old_key is not None
    sheet.write_text(old_key.hex())
    monkeypatch.setenv("CC_NEW", NEW_PASSPHRASE)
    assert main(["passphrase", "--plan", str(path), "--recovery-key-file", str(sheet),
                 "--new-passphrase-env", "CC_NEW"]) == 0
    assert "passphrase changed; the plan was re-keyed" in capsys.readouterr().out
    assert set(ids) <= entry_ids(path, Unlock(passphrase=NEW_PASSPHRASE))
    with pytest.raises(WrongPassphrase):
        Plan.open(path, unlock=Unlock(passphrase=PASSPHRASE))
    with pytest.raises(WrongKey):
        Plan.open(path, unlock=Unlock(recovery_key=old_key))


def test_keyring_to_passphrase_and_back(tmp_path: Path, memory_keyring) -> None:
    path = tmp_path / "plan.crisiscell"
    make_plan(path)
    digest = sha256(path)
    key = plan_key(path)
    with Plan.open(path) as plan:
        account = ("crisiscell", plan.plan_id)
    # Keyring -> passphrase: no keyring-mode key file ever held the key; nothing to revoke.
    assert set_passphrase(path, PASSPHRASE) is False
    assert account not in memory_keyring.secrets
    assert json.loads(keys.key_file_path(path).read_text())["mode"] == "passphrase"
    with Plan.open(path, unlock=Unlock(passphrase=PASSPHRASE)) as plan:
        assert plan.key.via == "passphrase"
    assert sha256(path) == digest and plan_key(path, Unlock(recovery_key=key)) == key
    # Passphrase -> keyring drops the passphrase: revoked by a rekey, as a change is.
    dropped = keys.key_file_path(path).read_bytes()
    assert use_keyring(path, Unlock(passphrase=PASSPHRASE)) is True
    assert account in memory_keyring.secrets
    with Plan.open(path) as plan:
        assert plan.key.via == "keyring" and plan.key.key != key
    assert json.loads(keys.key_file_path(path).read_text())["slots"] == []
    keys.key_file_path(path).write_bytes(dropped)
    with pytest.raises(KeyFileOfAnotherPlan):
        Plan.open(path, unlock=Unlock(passphrase=PASSPHRASE))


def test_a_short_passphrase_is_refused_and_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.crisiscell"
    make_plan(path)
    before = keys.key_file_path(path).read_bytes()
    monkeypatch.setenv("SHORT", "court")
    assert main(["passphrase", "--plan", str(path), "--new-passphrase-env", "SHORT"]) == 2
    err = capsys.readouterr().err
    assert "too short" in err and "court" not in err  # never echoed
    assert keys.key_file_path(path).read_bytes() == before


# --- rekey ------------------------------------------------------------------------------------

def test_rekey_gives_a_new_key_and_the_old_one_stops_working(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    ids = make_plan(path)
    old = plan_key(path)
    new = rekey(path)
    assert new != old and plan_key(path) == new
    with pytest.raises(WrongKey):
        Plan.open(path, unlock=Unlock(recovery_key=old))
    assert set(ids) <= entry_ids(path)
    assert set(ids) <= entry_ids(path, Unlock(recovery_key=new))
    assert json.loads(keys.key_file_path(path).read_text()).get("pending_check") is None


def test_a_copy_from_before_a_rekey_still_opens_through_the_keyring(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    ids = make_plan(path)
    copy = keys.copy_plan(path, tmp_path / "copie.crisiscell")  # same plan id, same key
    rekey(path)  # the keyring's entry now holds the new key; the old one is retired
    assert set(ids) <= entry_ids(copy)
    assert set(ids) <= entry_ids(path)


def test_rekey_in_passphrase_mode(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    ids = make_plan(path, Unlock(passphrase=PASSPHRASE))
    old = plan_key(path, Unlock(passphrase=PASSPHRASE))
    rekey(path, Unlock(passphrase=PASSPHRASE))
    assert plan_key(path, Unlock(passphrase=PASSPHRASE)) != old
    assert set(ids) <= entry_ids(path, Unlock(passphrase=PASSPHRASE))


def test_rekey_is_refused_while_a_window_has_the_plan(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    make_plan(path)
    with Plan.open(path, live=True):
        digest = sha256(path)
        with pytest.raises(PlanInUse):
            rekey(path)
        assert sha256(path) == digest


REKEY_CHILD = textwrap.dedent("""
    import os, signal, sys
    import keyring
    from tests.file_keyring import SharedFileKeyring
    keyring.set_keyring(SharedFileKeyring())
    from app.keys.management import rekey
    from app.keys.unlock import Unlock

    passphrase = sys.argv[3] or None
    rekey(sys.argv[1], Unlock(passphrase=passphrase))  # SIGKILLed at CRISISCELL_CRASH_AT
    print("finished")
""")


@pytest.mark.slow
@pytest.mark.parametrize(("mode", "step"), [
    *[("keyring", s) for s in ("staged", "exported", "replaced", "keyring_updated")],
    *[("passphrase", s) for s in ("staged", "exported", "replaced")],  # no keyring step there
])
def test_a_kill_during_rekey_leaves_a_plan_that_opens(tmp_path: Path, mode: str,
                                                      step: str) -> None:
    shared = SharedFileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(shared)
    unlock = Unlock(passphrase=PASSPHRASE) if mode == "passphrase" else None
    path = tmp_path / "plan.crisiscell"
    ids = make_plan(path, unlock)
    old = plan_key(path, unlock)

    child = subprocess.run(
        [sys.executable, "-c", REKEY_CHILD, str(path), step,
         PASSPHRASE if mode == "passphrase" else ""],
        cwd=ROOT, env={**os.environ, SHARED_KEYRING_ENV: str(shared.path),
                       crash_points.NAMED_ENV: step},  # a crash there: no cleanup runs
        capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr

    # The plan opens, with the old key or the new one, and holds every entry.
    assert set(ids) <= entry_ids(path, unlock)
    now = plan_key(path, unlock)
    assert (now == old) == (step in ("staged", "exported"))
    side = json.loads(keys.key_file_path(path).read_text())
    assert side.get("pending_check") is None  # settled on open
    assert side["key_check"] == keys.key_check(now)
    # And the next rekey goes through.
    rekey(path, unlock)
    assert set(ids) <= entry_ids(path, unlock)


# --- plans made before encryption -----------------------------------------------------------

def make_plain_plan(path: Path) -> None:
    db = connection.connect(path, create=True)  # no key: as the foundation made plans
    migrations.migrate(db, path)
    db["plan"].insert({"id": "0190old0-0000-7000-8000-000000000001", "created_at": "x",
                       "updated_at": "x", "revision": 1, "organisation": "Ancien",
                       "owner": "", "language": "fr", "region": "FR"})
    db.conn.commit()
    db.close()


def test_encrypting_a_plan_made_before_encryption(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "old.crisiscell"
    make_plain_plan(path)
    assert main(["summary", "--plan", str(path)]) == 0
    assert "not encrypted" in capsys.readouterr().err
    assert main(["encrypt", "--plan", str(path)]) == 0
    out = capsys.readouterr().out
    assert "now encrypted" in out and "print recovery" in out
    assert not connection.is_plain_sqlite(path)
    with Plan.open(path) as plan:
        assert plan.encrypted and plan.info.get().organisation == "Ancien"
    kept = [p for p in tmp_path.iterdir() if ".before-encryption-" in p.name]
    assert len(kept) == 1 and connection.is_plain_sqlite(kept[0])


def test_encrypting_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.crisiscell"
    make_plain_plan(path)
    encrypt_in_place(path)
    digest = sha256(path)
    assert main(["encrypt", "--plan", str(path)]) == 2
    assert sha256(path) == digest


# --- the way out ------------------------------------------------------------------------------

def test_export_plain_needs_consent_and_then_reads_in_sqlite3(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, copy = tmp_path / "plan.crisiscell", tmp_path / "clair.db"
    make_plan(path)
    assert main(["export-plain", "--plan", str(path), "-o", str(copy)]) == 2
    assert "personal data" in capsys.readouterr().err and not copy.exists()
    assert main(["export-plain", "--plan", str(path), "-o", str(copy),
                 "--yes-i-understand"]) == 0
    assert "NOT encrypted" in capsys.readouterr().err
    raw = sqlite3.connect(str(copy))
    assert raw.execute("SELECT organisation FROM plan").fetchone() == ("Maréval",)
    assert raw.execute("SELECT count(*) FROM journal_entries").fetchone() == (4,)
    raw.close()
    with pytest.raises(Exception, match="plan_exists"):
        export_plain(path, copy)


# --- the foundation's CLI on encrypted plans, without a keyring ------------------------------

def test_cli_commands_with_passphrase_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    keyring.set_keyring(fail.Keyring())  # a headless Linux
    monkeypatch.setenv("CC_PASS", PASSPHRASE)
    path = tmp_path / "demo.crisiscell"
    assert main(["demo", str(path)]) == 2
    err = capsys.readouterr().err
    assert "no keyring service" in err and "--passphrase-env" in err
    assert not path.exists()

    assert main(["demo", str(path), "--passphrase-env", "CC_PASS"]) == 0
    assert main(["summary", "--plan", str(path), "--passphrase-env", "CC_PASS"]) == 0
    assert "contacts" in capsys.readouterr().out
    assert main(["log", "Appel de la préfecture", "--plan", str(path), "--author", "Paul",
                 "--passphrase-env", "CC_PASS"]) == 0
    assert main(["verify", "--plan", str(path), "--passphrase-env", "CC_PASS"]) == 0
    # The logged entry's id, then verify's "ok" line (the protections checked follow it).
    assert capsys.readouterr().out.splitlines()[1].startswith("ok")

    assert main(["summary", "--plan", str(path)]) == 2  # no terminal to ask on
    assert "--passphrase-env" in capsys.readouterr().err
    monkeypatch.setenv("CC_WRONG", "mauvaise phrase")
    digest = sha256(path)
    assert main(["summary", "--plan", str(path), "--passphrase-env", "CC_WRONG"]) == 2
    assert "wrong passphrase" in capsys.readouterr().err
    assert sha256(path) == digest
    assert main(["summary", "--plan", str(path), "--passphrase-env", "CC_UNSET"]) == 2
    assert "CC_UNSET is not set" in capsys.readouterr().err


def test_cli_rekey_and_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.crisiscell"
    make_plan(path)
    old = plan_key(path)
    assert main(["rekey", "--plan", str(path)]) == 0
    assert "new recovery sheet" not in capsys.readouterr().err
    assert plan_key(path) != old
    monkeypatch.setenv("CC_NEW", NEW_PASSPHRASE)
    monkeypatch.setenv("CC_OTHER", PASSPHRASE)
    assert main(["passphrase", "--plan", str(path), "--new-passphrase-env", "CC_NEW"]) == 0
    assert "the recovery sheet still opens the plan" in capsys.readouterr().out
    assert main(["summary", "--plan", str(path), "--passphrase-env", "CC_NEW"]) == 0
    capsys.readouterr()
    keyed = plan_key(path, Unlock(passphrase=NEW_PASSPHRASE))
    assert main(["passphrase", "--plan", str(path), "--passphrase-env", "CC_NEW",
                 "--new-passphrase-env", "CC_OTHER"]) == 0
    out = capsys.readouterr().out
    assert "passphrase changed; the plan was re-keyed, so older copies of its key file, the " \
           "old passphrase and older recovery sheets no longer open it: print a new " \
           "recovery sheet" in out
    assert plan_key(path, Unlock(passphrase=PASSPHRASE)) != keyed
    assert main(["passphrase", "--plan", str(path), "--use-keyring",
                 "--passphrase-env", "CC_OTHER"]) == 0
    assert "asked. The plan was re-keyed" in capsys.readouterr().out
    assert main(["summary", "--plan", str(path)]) == 0
