"""The key file beside a plan, read as untrusted input: damaged, binary, wrong types, scrypt
costs out of bounds, another plan's key file. Each is refused with its own message, before
any scrypt or decryption is attempted, and leaves every file byte-for-byte as it was."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from app.keys import key_file as keys
from app.keys.errors import KeyFileDamaged, KeyFileOfAnotherPlan
from app.keys.unlock import Unlock
from app.plan import Plan
from db.errors import PlanCorrupt
from tests.raw_plan import plan_key

PASSPHRASE = "cellule de crise 2026"


def digest(path: Path) -> str:
    """The plan's bytes with its -wal and key file."""
    sha = hashlib.sha256()
    for part in (path, path.with_name(path.name + "-wal"), keys.key_file_path(path)):
        sha.update(part.read_bytes() if part.exists() else b"-")
    return sha.hexdigest()


def make_plan(path: Path, unlock: Unlock | None = None) -> Path:
    with Plan.create(path, organisation="Maréval", unlock=unlock) as plan:
        incident = plan.incidents.open("Exercice", author="Hélène")
        plan.journal.append(incident.id, "Première entrée", author="Hélène")
    return path


@pytest.fixture
def passphrase_plan(tmp_path: Path) -> Path:
    return make_plan(tmp_path / "plan.crisiscell", Unlock(passphrase=PASSPHRASE))


def rewrite(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = json.loads(keys.key_file_path(path).read_text())
    change(data)
    keys.key_file_path(path).write_text(json.dumps(data))


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    return status, capsys.readouterr().err


# --- damaged -------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    bytes(range(256)) * 4,             # binary
    b"\xff\xfe{\x00\"format\x00",      # not UTF-8
    "{\"format\": \"crisiscell-keys\", é".encode("latin-1"),
    b"",                               # emptied
    b"[1, 2, 3]",                      # JSON, but not an object
])
def test_an_unreadable_key_file_is_damaged_not_a_traceback(
        passphrase_plan: Path, content: bytes, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    keys.key_file_path(passphrase_plan).write_bytes(content)
    before = digest(passphrase_plan)
    with pytest.raises(KeyFileDamaged):
        Plan.open(passphrase_plan, unlock=Unlock(passphrase=PASSPHRASE))
    monkeypatch.setenv("CC_PASS", PASSPHRASE)
    status, err = cli(capsys, "verify", "--plan", str(passphrase_plan),
                      "--passphrase-env", "CC_PASS")
    assert status == 2
    assert "the key file is damaged" in err and "recovery-key-file" in err
    assert "Traceback" not in err and "UnicodeDecodeError" not in err
    assert digest(passphrase_plan) == before


@pytest.mark.parametrize(("what", "change"), [
    ("slots not a list", lambda d: d.update(slots={"0": d["slots"][0]})),
    ("a slot not an object", lambda d: d.update(slots=[1])),
    ("n a string", lambda d: d["slots"][0].update(n="131072")),
    ("n a float", lambda d: d["slots"][0].update(n=16384.0)),
    ("r true", lambda d: d["slots"][0].update(r=True)),
    ("salt a number", lambda d: d["slots"][0].update(salt=12)),
    ("salt not hex", lambda d: d["slots"][0].update(salt="zz" * 16)),
    ("pending a string", lambda d: d["slots"][0].update(pending="no")),
    ("key_check a number", lambda d: d.update(key_check=7)),
    ("plan_id a list", lambda d: d.update(plan_id=["x"])),
    ("mode a list", lambda d: d.update(mode=["passphrase"])),
    ("version a string", lambda d: d.update(version="1")),
    ("format missing", lambda d: d.pop("format")),
    ("retired not a list", lambda d: d.update(retired="none")),
    ("too many slots", lambda d: d.update(slots=d["slots"] * (keys.MAX_SLOTS + 1))),
])
def test_a_key_file_of_wrong_types_is_damaged(passphrase_plan: Path, what: str,
                                              change: Callable[[dict[str, Any]], None]) -> None:
    rewrite(passphrase_plan, change)
    before = digest(passphrase_plan)
    with pytest.raises(KeyFileDamaged):
        Plan.open(passphrase_plan, unlock=Unlock(passphrase=PASSPHRASE))
    assert digest(passphrase_plan) == before


@pytest.mark.parametrize(("field", "value"), [
    ("n", 2**40),       # seen: MemoryError
    ("n", 2**20),       # seen: 1.1 GB and 3.3 s per attempt
    ("n", 2**13),       # cheaper than anything we write: a downgrade
    ("n", 3 * 2**14),   # not a power of two
    ("n", 0),
    ("r", 16),
    ("r", 0),
    ("p", 3),
    ("p", -1),
    ("salt", "00" * 100_000),
    ("salt", "00" * 4),
    ("nonce", "00" * 8),
    ("wrapped", "00" * 4096),
])
def test_scrypt_costs_and_lengths_out_of_bounds_are_refused_unattempted(
        passphrase_plan: Path, field: str, value: object,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    rewrite(passphrase_plan, lambda d: d["slots"][0].update({field: value}))
    before = digest(passphrase_plan)
    started = time.perf_counter()
    with pytest.raises(KeyFileDamaged, match="damaged"):
        Plan.open(passphrase_plan, unlock=Unlock(passphrase=PASSPHRASE))
    monkeypatch.setenv("CC_PASS", PASSPHRASE)
    status, err = cli(capsys, "summary", "--plan", str(passphrase_plan),
                      "--passphrase-env", "CC_PASS")
    # Refused before scrypt runs: far below the one attempt n=2**20 costs (3.3 s).
    assert time.perf_counter() - started < 1.0
    assert status == 2 and "the key file is damaged" in err
    assert digest(passphrase_plan) == before


def test_the_bounds_admit_what_we_write(passphrase_plan: Path) -> None:
    # The production cost itself is within the bounds (the tests write n=2**14).
    assert keys.MIN_SCRYPT_N <= keys.SCRYPT_N <= keys.MAX_SCRYPT_N
    assert 128 * keys.SCRYPT_N * keys.SCRYPT_R * keys.SCRYPT_P <= keys.MAX_SCRYPT_MEMORY
    rewrite(passphrase_plan, lambda d: d["slots"][0].update(n=keys.SCRYPT_N))
    slot = keys.read(passphrase_plan)
    assert slot is not None and slot.slots[0].n == keys.SCRYPT_N


def test_the_test_scrypt_override_never_goes_below_the_bound(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keys.SCRYPT_N_ENV, str(2**10))
    assert keys.scrypt_n() == keys.SCRYPT_N  # out of range: the production cost
    monkeypatch.setenv(keys.SCRYPT_N_ENV, str(2**15))
    assert keys.scrypt_n() == 2**15
    monkeypatch.delenv(keys.SCRYPT_N_ENV)
    assert keys.scrypt_n() == keys.SCRYPT_N == 2**17


def test_the_recovery_key_opens_a_plan_whose_key_file_is_damaged(passphrase_plan: Path) -> None:
    key = plan_key(passphrase_plan, Unlock(passphrase=PASSPHRASE))
    keys.key_file_path(passphrase_plan).write_bytes(b"\x00\x01garbage\xff")
    with Plan.open(passphrase_plan, unlock=Unlock(recovery_key=key)) as plan:
        assert plan.journal.verify().ok and plan.key.via == "recovery"


# --- another plan's key file ---------------------------------------------------------------

@pytest.mark.parametrize("mode", ["keyring", "passphrase"])
def test_another_plans_key_file_is_named_as_such(
        tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    unlock = Unlock(passphrase=PASSPHRASE) if mode == "passphrase" else None
    ours = make_plan(tmp_path / "ours.crisiscell", unlock)
    theirs = make_plan(tmp_path / "theirs.crisiscell", unlock)
    their_id = json.loads(keys.key_file_path(theirs).read_text())["plan_id"]
    keys.key_file_path(ours).write_bytes(keys.key_file_path(theirs).read_bytes())
    before = digest(ours)

    with pytest.raises(KeyFileOfAnotherPlan, match=their_id):
        Plan.open(ours, unlock=unlock)
    monkeypatch.setenv("CC_PASS", PASSPHRASE)
    status, err = cli(capsys, "summary", "--plan", str(ours),
                      *(["--passphrase-env", "CC_PASS"] if unlock else []))
    assert status == 2
    assert f"this key file belongs to another plan (id {their_id}" in err
    assert "damaged" not in err and "restore" not in err
    assert digest(ours) == before


def test_the_recovery_key_tells_another_plans_key_file(tmp_path: Path) -> None:
    ours = make_plan(tmp_path / "ours.crisiscell")
    theirs = make_plan(tmp_path / "theirs.crisiscell")
    our_key = plan_key(ours)
    keys.key_file_path(ours).write_bytes(keys.key_file_path(theirs).read_bytes())
    before = digest(ours)
    with pytest.raises(KeyFileOfAnotherPlan, match="recovery key given opens this plan"):
        Plan.open(ours, unlock=Unlock(recovery_key=our_key))
    assert digest(ours) == before


def test_a_damaged_first_page_is_still_damage_not_another_plans_key(tmp_path: Path) -> None:
    path = make_plan(tmp_path / "plan.crisiscell")
    data = bytearray(path.read_bytes())
    data[200:400] = bytes(200)  # page 1 after its salt: its HMAC fails, the rest is sound
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(PlanCorrupt) as raised:
        Plan.open(path)
    assert not isinstance(raised.value, KeyFileOfAnotherPlan)
    assert digest(path) == before


def test_a_damaged_key_file_beside_a_plain_plan_does_not_block_it(tmp_path: Path) -> None:
    from db import connection, migrations

    path = tmp_path / "old.crisiscell"
    db = connection.connect(path, create=True)  # a plan made before encryption
    migrations.migrate(db, path)
    db["plan"].insert({"id": "0190old0-0000-7000-8000-000000000001", "created_at": "x",
                       "updated_at": "x", "revision": 1, "organisation": "Ancien",
                       "owner": "", "language": "fr", "region": "FR"})
    db.conn.commit()
    db.close()
    keys.key_file_path(path).write_bytes(b"\xff\x00 left by an encryption cut short")
    with Plan.open(path) as plan:
        assert not plan.encrypted and plan.info.get().organisation == "Ancien"
