"""Setting a cell up from nothing on the command line: `new`, `contacts add`, `cell …`, and a
word the CLI does not know (an error listing the commands, never a window)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from app.plan import Plan
from app.planfile.companions import KEYS, companion
from app.vocabulary import CELL_ROLES
from tests.plan_support import fingerprint
from tests.plan_support import run_cli as run
from ui.launcher import main as launcher_main


@pytest.fixture
def new_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A plan made by `crisiscell new`, with four contacts."""
    path = tmp_path / "cell.crisiscell"
    status, _, err = run(capsys, "new", str(path), "--organisation", "Conserverie Dupont")
    assert (status, err) == (0, "")
    for name, function in (("Hélène Martin", "Directrice générale"), ("Paul Martin", "DAF"),
                           ("Marie Durand", "Communication"), ("Luc Bernard", "DSI")):
        assert run(capsys, "contacts", "add", name, "--function", function,
                   "--mobile", "06 12 34 56 78", "--plan", str(path))[0] == 0
    return path


def cell(capsys: pytest.CaptureFixture[str], path: Path) -> dict:
    status, out, _ = run(capsys, "cell", "show", "--json", "--plan", str(path))
    assert status == 0
    return json.loads(out)


def test_new_makes_an_empty_plan_with_its_standard_roles_vacant(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.crisiscell"
    status, out, err = run(capsys, "new", str(path), "--organisation", "ACME", "--lang", "en")
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == f"{path}: new plan of ACME written (English, 8 roles to assign)"
    assert "protected by: SQLCipher encryption, its key kept in this computer's keyring" in out
    with Plan.open(path) as plan:
        assert plan.encrypted
        info = plan.info.get()
        assert (info.organisation, info.language) == ("ACME", "en")
        assert [r.code for r in plan.cell.roles()] == list(CELL_ROLES)
        assert all(r.holder_id is None for r in plan.cell.roles())
        assert plan.contacts.count() == 0 and plan.cell.links() == []
    data = cell(capsys, path)
    assert data["roles"][0]["name"] == "Crisis director" and data["call_tree"] == []


def test_new_with_a_passphrase_says_where_the_key_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLAN_PASSPHRASE", "une phrase de passe assez longue")
    path = tmp_path / "pp.crisiscell"
    status, out, _ = run(capsys, "new", str(path), "--organisation", "ACME",
                         "--passphrase-env", "PLAN_PASSPHRASE")
    assert status == 0
    assert f"its key wrapped by your passphrase in {companion(path, KEYS)}" in out


def test_new_refuses_an_existing_file_and_bad_input(
        tmp_path: Path, new_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = fingerprint(new_plan)
    status, _, err = run(capsys, "new", str(new_plan), "--organisation", "Other")
    assert status == 2 and "already exists; refusing to overwrite it" in err
    assert fingerprint(new_plan) == before
    status, _, err = run(capsys, "new", str(tmp_path / "x.crisiscell"), "--organisation", " ")
    assert status == 2 and "organisation" in err
    assert not (tmp_path / "x.crisiscell").exists()
    with pytest.raises(SystemExit) as caught:  # argparse: usage error
        main(["new", str(tmp_path / "y.crisiscell")])
    assert caught.value.code == 2
    assert "--organisation" in capsys.readouterr().err


def test_contacts_add_prints_the_new_id(new_plan: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    status, out, err = run(capsys, "contacts", "add", "Agence Relais", "--group", "agency",
                           "--organisation", "Relais", "--office", "01 23 45 67 89",
                           "--email", "astreinte@relais.example", "--plan", str(new_plan))
    assert (status, err) == (0, "")
    contact_id = out.strip()
    with Plan.open(new_plan) as plan:
        contact = plan.contacts.get(contact_id)
    assert (contact.name, contact.group, contact.organisation, contact.phones, contact.email) == (
        "Agence Relais", "agency", "Relais", {"office": "+33123456789"},
        "astreinte@relais.example")


@pytest.mark.parametrize(("options", "message"), [
    (["--mobile", "123"], "phones.mobile '123' is not a valid phone number"),
    (["--group", "friends"], "group 'friends' must be one of"),
    (["--email", "nobody"], "is not a valid e-mail address"),
])
def test_contacts_add_refuses_bad_input_and_writes_nothing(
        new_plan: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
        ) -> None:
    before = fingerprint(new_plan)
    status, out, err = run(capsys, "contacts", "add", "Zoé", *options, "--plan", str(new_plan))
    assert (status, out) == (2, "") and message in err
    assert fingerprint(new_plan) == before


def test_assign_by_role_name_in_either_language_and_contact_name(
        new_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "cell", "assign", "directeur de crise", "--holder", "hélène",
                         "--deputy", "Paul Martin", "--plan", str(new_plan))
    assert (status, out) == (0, "Directeur de crise: holder Hélène Martin, deputy Paul Martin\n")
    status, out, _ = run(capsys, "cell", "assign", "Human resources", "--holder", "Paul",
                         "--plan", str(new_plan))
    assert out == "Ressources humaines: holder Paul Martin, deputy vacant\n"
    status, out, _ = run(capsys, "cell", "assign", "crisis_director", "--holder", "Paul Martin",
                         "--plan", str(new_plan))
    # The deputy who becomes holder leaves the deputy's place vacant.
    assert out == "Directeur de crise: holder Paul Martin, deputy vacant\n"
    run(capsys, "cell", "assign", "hr", "--clear", "--plan", str(new_plan))
    roles = {r["key"]: r for r in cell(capsys, new_plan)["roles"]}
    assert roles["crisis_director"]["holder"]["name"] == "Paul Martin"
    assert roles["hr"]["holder"] is None and roles["hr"]["deputy"] is None


@pytest.mark.parametrize(("argv", "message"), [
    (["cell", "assign", "mascot", "--holder", "Paul Martin"],
     "no role 'mascot' in this plan; its roles: crisis_director (Directeur de crise)"),
    (["cell", "assign", "legal", "--holder", "Zoé"],
     "no contact of this plan is named 'Zoé' (nor has that id)"),
    (["cell", "assign", "legal", "--holder", "Martin"],
     "'Martin' could be 2 contacts; name one by its id or its whole name:"),
    (["cell", "assign", "legal", "--holder", "Paul Martin", "--deputy", "paul martin"],
     "Paul Martin cannot be both holder and deputy of a role; nothing was changed"),
    (["cell", "assign", "legal"], "say who holds the role: --holder CONTACT (or --clear)"),
    (["cell", "call", "-", "Zoé"], "no contact of this plan is named 'Zoé'"),
    (["cell", "call", "Martin", "Luc Bernard"], "'Martin' could be 2 contacts"),
    (["cell", "call", "-", "Luc Bernard", "--order", "0"], "position 0 must be between 1 and"),
    (["cell", "uncall", "Luc Bernard"], "Luc Bernard is not in the call tree"),
    (["cell", "remove-role", "legal"], "the standard roles cannot be renamed or removed"),
    (["cell", "add-role", "Juridique"], "a role named 'Juridique' already exists"),
])
def test_refused_cell_commands_say_why_and_write_nothing(
        new_plan: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
        ) -> None:
    before = fingerprint(new_plan)
    status, out, err = run(capsys, *argv, "--plan", str(new_plan))
    assert (status, out) == (2, "")
    assert message in err, err
    assert fingerprint(new_plan) == before


def test_an_ambiguous_name_lists_the_candidates_with_their_ids(
        new_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Plan.open(new_plan) as plan:
        martins = {c.name: c.id for c in plan.contacts.list(search="Martin")}
    _, _, err = run(capsys, "cell", "assign", "legal", "--holder", "martin",
                    "--plan", str(new_plan))
    assert f"  {martins['Hélène Martin']}  Hélène Martin (Directrice générale)" in err
    assert f"  {martins['Paul Martin']}  Paul Martin (DAF)" in err
    status, out, _ = run(capsys, "cell", "assign", "legal", "--holder", martins["Paul Martin"],
                         "--plan", str(new_plan))
    assert (status, out) == (0, "Juridique: holder Paul Martin, deputy vacant\n")


def test_call_tree_from_the_command_line(new_plan: Path, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    p = ["--plan", str(new_plan)]
    assert run(capsys, "cell", "call", "-", "Hélène", *p)[1] == \
        "first calls → Hélène Martin (call 1)\n"
    run(capsys, "cell", "call", "Hélène", "Paul", *p)
    assert run(capsys, "cell", "call", "Hélène", "Marie", "--order", "1", *p)[1] == \
        "Hélène Martin → Marie Durand (call 1)\n"
    run(capsys, "cell", "call", "Marie", "Luc", *p)

    def shape() -> list:
        def walk(nodes: list, depth: int) -> list:
            out = []
            for n in nodes:
                out.append((depth, n["order"], n["contact"]["name"]))
                out.extend(walk(n["calls"], depth + 1))
            return out
        return walk(cell(capsys, new_plan)["call_tree"], 0)

    assert shape() == [(0, 1, "Hélène Martin"), (1, 1, "Marie Durand"), (2, 1, "Luc Bernard"),
                       (1, 2, "Paul Martin")]
    before = fingerprint(new_plan)
    status, _, err = run(capsys, "cell", "call", "Luc", "Hélène", *p)
    assert status == 2 and "Hélène Martin is already above the caller in the call tree: " \
        "that call would make a loop; nothing was changed" in err
    status, _, err = run(capsys, "cell", "call", "-", "Luc", *p)
    assert status == 2 and "Luc Bernard is already called in the call tree" in err
    status, _, err = run(capsys, "cell", "move", "Marie", "Luc", *p)
    assert status == 2 and "would make a loop" in err
    assert fingerprint(new_plan) == before
    assert run(capsys, "cell", "move", "Luc", "Paul", *p)[1] == \
        "Paul Martin → Luc Bernard (call 1)\n"
    assert run(capsys, "cell", "move", "Paul", "Hélène", "--order", "1", *p)[0] == 0
    assert shape() == [(0, 1, "Hélène Martin"), (1, 1, "Paul Martin"), (2, 1, "Luc Bernard"),
                       (1, 2, "Marie Durand")]
    assert run(capsys, "cell", "uncall", "Paul", *p)[1] == \
        "Paul Martin is no longer called by Hélène Martin\n"
    assert shape() == [(0, 1, "Hélène Martin"), (1, 1, "Luc Bernard"), (1, 2, "Marie Durand")]
    status, out, _ = run(capsys, "cell", "show", *p)
    assert "  1. Hélène Martin\n      1. Luc Bernard\n      2. Marie Durand\n" in out


def test_custom_roles_from_the_command_line(new_plan: Path, capsys: pytest.CaptureFixture[str]
                                            ) -> None:
    p = ["--plan", str(new_plan)]
    assert run(capsys, "cell", "add-role", "Porte-parole", *p)[1] == \
        "role added: Porte-parole (vacant)\n"
    assert run(capsys, "cell", "assign", "porte-parole", "--holder", "Marie", *p)[1] == \
        "Porte-parole: holder Marie Durand, deputy vacant\n"
    assert run(capsys, "cell", "rename-role", "Porte-parole", "Porte-parole presse", *p)[1] == \
        "role renamed: Porte-parole → Porte-parole presse\n"
    roles = cell(capsys, new_plan)["roles"]
    assert (roles[-1]["name"], roles[-1]["custom"], roles[-1]["holder"]["name"]) == (
        "Porte-parole presse", True, "Marie Durand")
    assert run(capsys, "cell", "remove-role", "porte-parole presse", *p)[1] == \
        "role removed: Porte-parole presse\n"
    assert len(cell(capsys, new_plan)["roles"]) == len(CELL_ROLES)


def test_cell_show_changes_no_byte(new_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "cell", "assign", "it", "--holder", "Luc", "--plan", str(new_plan))
    before = fingerprint(new_plan)
    cell(capsys, new_plan)
    run(capsys, "cell", "show", "--plan", str(new_plan))
    assert fingerprint(new_plan) == before


# --- a word the CLI does not know ----------------------------------------------------------
def test_an_unknown_word_is_an_error_listing_the_commands(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert launcher_main(["neww", "plan.crisiscell"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("crisiscell: unknown command 'neww'. Commands: action, backup, cell, ")
    assert "new, " in err and "'crisiscell' alone" in err


def test_the_installed_command_never_opens_a_window_for_a_typo(tmp_path: Path) -> None:
    executable = Path(sys.executable).parent / "crisiscell"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # A window would wait for ever: the timeout would fail the test.
    done = subprocess.run([str(executable), "nwe", str(tmp_path / "p.crisiscell"),
                           "--organisation", "X"], capture_output=True, text=True, env=env,
                          timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    assert "unknown command 'nwe'" in done.stderr and "new" in done.stderr
    assert not (tmp_path / "p.crisiscell").exists()


# --- what prints -----------------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(str(path)).pages)


def test_a_cell_set_from_the_command_line_prints(new_plan: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    p = ["--plan", str(new_plan)]
    for argv in (["cell", "assign", "directeur de crise", "--holder", "Hélène",
                  "--deputy", "Paul"],
                 ["cell", "add-role", "Porte-parole"],
                 ["cell", "assign", "Porte-parole", "--holder", "Marie"],
                 ["cell", "call", "-", "Hélène"], ["cell", "call", "Hélène", "Marie"],
                 ["cell", "call", "Marie", "Luc"]):
        assert run(capsys, *argv, *p)[0] == 0
    texts = {}
    for kind in ("contacts", "calltree", "card"):
        out = tmp_path / f"{kind}.pdf"
        assert run(capsys, "print", kind, "-o", str(out), *p)[0] == 0
        texts[kind] = pdf_text(out)
    assert "Directeur de crise Hélène Martin" in texts["contacts"]
    assert "Porte-parole Marie Durand" in texts["contacts"]
    assert "Paul Martin" in texts["contacts"]
    calls = texts["calltree"]
    assert calls.index("Hélène Martin") < calls.index("Marie Durand") < calls.index(
        "Luc Bernard")
    assert "1.1.1" in calls and "Porte-parole" in calls
    assert "Dir. de crise Hélène Martin" in texts["card"] and "Porte-parole" in texts["card"]
