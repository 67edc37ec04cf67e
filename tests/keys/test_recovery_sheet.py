"""The recovery sheet: the key read back from the printed PDF opens the plan, with neither
keyring entry nor key file, in the app and in a plain SQLCipher 4 connection."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli.main import main
from app.keys import key_file as keys
from app.keys import keystore
from app.keys.unlock import Unlock, parse_recovery_key
from app.plan import Plan
from tests.raw_plan import plan_key

GROUPS = re.compile(r"\b([0-9A-F]{4}(?: [0-9A-F]{4}){3})\b")


def key_from_sheet(pdf: Path) -> str:
    """The 64 hex digits printed in groups of four on the sheet."""
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    lines = GROUPS.findall(text)
    assert len(lines) == 4, text
    return " ".join(lines)


@pytest.fixture
def sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    path = tmp_path / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval Conserves") as plan:
        incident = plan.incidents.open("Rançongiciel", author="Hélène")
        plan.journal.append(incident.id, "Serveurs chiffrés", author="Hélène")
    pdf = tmp_path / "secours.pdf"
    assert main(["print", "recovery", "--plan", str(path), "-o", str(pdf)]) == 0
    capsys.readouterr()
    return path, pdf


def test_the_sheet_names_the_plan_and_tells_how_to_open_it(sheet: tuple[Path, Path]) -> None:
    path, pdf = sheet
    text = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
    with Plan.open(path) as plan:
        plan_id = plan.plan_id
    assert "Maréval Conserves" in text and plan_id in text
    assert "Ouvrir avec la clé de secours" in text and "--recovery-key-file" in text
    assert "DB Browser for SQLite" in text
    assert f"PRAGMA key = \"x'{plan_key(path).hex()}'\";" in text.replace("\" x", "\"x")
    assert len(PdfReader(str(pdf)).pages) == 1


def test_the_key_read_back_from_the_sheet_opens_the_plan(sheet: tuple[Path, Path],
                                                         tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    path, pdf = sheet
    printed = key_from_sheet(pdf)
    with Plan.open(path) as plan:
        keystore.forget_key(plan.plan_id)  # another machine: no keyring entry…
    keys.key_file_path(path).unlink()  # …and only the plan file was carried over
    with Plan.open(path, unlock=Unlock(recovery_key=parse_recovery_key(printed))) as plan:
        assert plan.journal.count() == 2
    typed = tmp_path / "cle.txt"
    typed.write_text(printed + "\n")
    assert main(["summary", "--plan", str(path), "--recovery-key-file", str(typed)]) == 0
    assert re.search(r"journal entries\s+2", capsys.readouterr().out)


def test_a_plain_sqlcipher_client_opens_the_plan_with_the_printed_key(
        sheet: tuple[Path, Path], tmp_path: Path) -> None:
    path, pdf = sheet
    hex_key = key_from_sheet(pdf).replace(" ", "").lower()
    child = (
        "import sys, sqlcipher3.dbapi2 as s\n"
        "c = s.connect(sys.argv[1])\n"
        "c.execute(\"PRAGMA key = \\\"x'\" + sys.argv[2] + \"'\\\"\")\n"
        "print(c.execute('SELECT organisation FROM plan').fetchone()[0])\n")
    done = subprocess.run([sys.executable, "-I", "-c", child, str(path), hex_key],
                          capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Maréval Conserves"


def test_a_plan_made_before_encryption_has_no_sheet(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from db import connection, migrations

    path = tmp_path / "old.crisiscell"
    db = connection.connect(path, create=True)
    migrations.migrate(db, path)
    db["plan"].insert({"id": "0190old0-0000-7000-8000-000000000001", "created_at": "x",
                       "updated_at": "x", "revision": 1, "organisation": "Ancien",
                       "owner": "", "language": "fr", "region": "FR"})
    db.conn.commit()
    db.close()
    assert main(["print", "recovery", "--plan", str(path), "-o", str(tmp_path / "s.pdf")]) == 2
    assert "encrypt it first" in capsys.readouterr().err
    assert not (tmp_path / "s.pdf").exists()
