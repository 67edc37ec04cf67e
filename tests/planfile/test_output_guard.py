"""Nothing we write lands on the plan or its companions: `print -o`, `export-plain -o`,
`backup --to`, the recovery sheet and the atomic-write helper refuse a target that is the
plan, its -wal, -shm, .keys, .lock, .writers, a backup of it, or a symbolic or hard link to
one of them — with "refused: OUT is …; nothing was written" and the files' bytes unchanged.

Seen before the guard: `print contacts -o p.crisiscell` replaced the plan with a PDF, and
`print card -o p.crisiscell.keys` destroyed the key file (verify then crashed)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.main import main
from app.keys.management import export_plain
from app.plan import Plan
from app.planfile import atomic, companions
from app.planfile.backups import Backups, verify_file
from app.planfile.errors import OutputIsPlan
from app.printing import print_document
from tests.plan_support import fingerprint

PLAN = "p.crisiscell"


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Plan]:
    """A plan held open with entries in its -wal (not checkpointed), and one backup."""
    with Plan.create(tmp_path / PLAN, organisation="Maréval") as plan:
        incident = plan.incidents.open("Inondation", author="Hélène")
        plan.journal.append(incident.id, "Cellule réunie", author="Hélène")
        plan.contacts.add("Hélène Martin", group="crisis_cell", email="helene@example.org")
        plan.backups.make("manual")
    plan = Plan.open(tmp_path / PLAN)
    incident = plan.incidents.active()
    assert incident is not None
    plan.journal.append(incident.id, "Dans le -wal", author="Hélène")
    assert companions.wal_path(plan.path).stat().st_size > 0
    yield plan
    plan.close()


def refused_by_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 2
    return capsys.readouterr().err


# --- the seen bugs, through the command line ------------------------------------------------

def test_print_over_the_plan_is_refused(live: Plan,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    before = fingerprint(live.path)
    err = refused_by_cli(["print", "contacts", "--plan", str(live.path), "-o", str(live.path)],
                         capsys)
    assert err == f"crisiscell: refused: {live.path} is the plan; nothing was written\n"
    assert fingerprint(live.path) == before


def test_print_over_the_key_file_is_refused_and_verify_still_works(
        live: Plan, capsys: pytest.CaptureFixture[str]) -> None:
    key_file = companions.companion(live.path, companions.KEYS)
    before = fingerprint(live.path)
    err = refused_by_cli(["print", "card", "--plan", str(live.path), "-o", str(key_file)],
                         capsys)
    assert f"refused: {key_file} is its key file; nothing was written" in err
    assert fingerprint(live.path) == before
    assert main(["verify", "--plan", str(live.path)]) == 0


@pytest.mark.parametrize(("suffix", "what"), [
    (companions.WAL, "its write-ahead log"),
    (companions.SHM, "its write-ahead log's index (-shm)"),
    (companions.LOCK, "its instance lock"),
    (companions.WRITERS, "its writers lock"),
])
def test_print_over_any_companion_is_refused(live: Plan, suffix: str, what: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    target = companions.companion(live.path, suffix)
    existed = target.exists()
    before = fingerprint(live.path)
    err = refused_by_cli(["print", "contacts", "--plan", str(live.path), "-o", str(target)],
                         capsys)
    assert f"refused: {target} is {what}; nothing was written" in err
    assert fingerprint(live.path) == before
    assert target.exists() == existed
    assert [p.name for p in live.path.parent.iterdir() if p.name.endswith(".printing")] == []


def test_print_over_a_backup_or_its_key_file_is_refused(
        live: Plan, capsys: pytest.CaptureFixture[str]) -> None:
    backup = live.backups.list()[0].path
    for target in (backup, companions.companion(backup, companions.KEYS)):
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        err = refused_by_cli(["print", "contacts", "--plan", str(live.path), "-o",
                              str(target)], capsys)
        assert f"refused: {target} is a backup of it; nothing was written" in err
        assert hashlib.sha256(target.read_bytes()).hexdigest() == digest


def test_a_backup_name_in_the_second_folder_is_refused(
        live: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    second = tmp_path / "usb"
    monkeypatch.setenv("CRISISCELL_SECOND_BACKUP_DIR", str(second))
    written = Backups(live.path, live.key).make("manual")
    on_stick = next(p for p in written if p.parent == second)
    digest = hashlib.sha256(on_stick.read_bytes()).hexdigest()
    with pytest.raises(OutputIsPlan, match="a backup of it"):
        print_document(live, "contacts", on_stick)
    assert hashlib.sha256(on_stick.read_bytes()).hexdigest() == digest


# --- links -----------------------------------------------------------------------------------

def test_a_symlink_to_the_plan_is_refused(live: Plan, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "elsewhere" / "report.pdf"
    link.parent.mkdir()
    link.symlink_to(live.path)
    before = fingerprint(live.path)
    err = refused_by_cli(["print", "contacts", "--plan", str(live.path), "-o", str(link)],
                         capsys)
    assert f"refused: {link} is a link to the plan; nothing was written" in err
    assert fingerprint(live.path) == before
    assert link.is_symlink()


def test_a_dangling_symlink_to_a_companion_not_made_yet_is_refused(live: Plan,
                                                                   tmp_path: Path) -> None:
    shm = companions.shm_path(live.path)
    live.close()  # the last connection closes: -wal and -shm are gone
    assert not shm.exists()
    link = tmp_path / "report.pdf"
    link.symlink_to(shm)
    with (Plan.open(live.path) as plan,
          pytest.raises(OutputIsPlan, match="a link to its write-ahead log's index")):
        print_document(plan, "contacts", link)
    assert link.is_symlink() and not link.exists()


def test_a_hard_link_to_the_key_file_is_refused(live: Plan, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    key_file = companions.companion(live.path, companions.KEYS)
    link = tmp_path / "keys-copy.pdf"
    os.link(key_file, link)
    before = fingerprint(live.path)
    err = refused_by_cli(["print", "card", "--plan", str(live.path), "-o", str(link)], capsys)
    assert f"refused: {link} is a link to its key file; nothing was written" in err
    assert fingerprint(live.path) == before


# --- export-plain, backup --to, the recovery sheet, the helper --------------------------------

@pytest.mark.parametrize("target", ["-wal-missing", "symlink"])
def test_export_plain_onto_a_companion_is_refused(live: Plan, tmp_path: Path,
                                                  target: str) -> None:
    live.close()
    wal = companions.wal_path(live.path)
    assert not wal.exists()
    output = wal
    if target == "symlink":
        output = tmp_path / "copy.db"
        output.symlink_to(wal)
    before = fingerprint(live.path)
    with pytest.raises(OutputIsPlan):
        export_plain(live.path, output)
    assert fingerprint(live.path) == before
    assert not wal.exists()
    assert [p.name for p in tmp_path.iterdir() if "exporting" in p.name] == []


def test_export_plain_over_the_plan_is_refused_by_the_cli(
        live: Plan, capsys: pytest.CaptureFixture[str]) -> None:
    live.close()
    before = fingerprint(live.path)
    shm = companions.shm_path(live.path)
    err = refused_by_cli(["export-plain", "--plan", str(live.path), "-o", str(shm),
                          "--yes-i-understand"], capsys)
    assert f"refused: {shm} is its write-ahead log's index (-shm); nothing was written" in err
    assert fingerprint(live.path) == before
    assert not shm.exists()


def test_backup_to_the_plan_itself_is_refused(live: Plan, capsys: pytest.CaptureFixture[str]
                                              ) -> None:
    live.close()
    before = fingerprint(live.path)
    backups = live.path.parent / "backups"
    names = sorted(p.name for p in backups.iterdir())
    err = refused_by_cli(["backup", "--plan", str(live.path), "--to", str(live.path)], capsys)
    assert f"refused: {live.path} is the plan; nothing was written" in err
    assert fingerprint(live.path) == before
    assert sorted(p.name for p in backups.iterdir()) == names  # not even backups/ got one


def test_backup_to_a_companion_is_refused_before_the_plan_is_opened(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Opening may write (a migration, its copy): a refused --to opens nothing. The plan's
    passphrase is not even asked for."""
    from app.keys.unlock import Unlock

    path = tmp_path / "p.crisiscell"
    Plan.create(path, organisation="Maréval",
                unlock=Unlock(passphrase="correct horse battery")).close()
    before, listing = fingerprint(path), sorted(p.name for p in tmp_path.iterdir())
    keys = companions.companion(path, companions.KEYS)
    err = refused_by_cli(["backup", "--plan", str(path), "--to", str(keys)], capsys)
    assert f"refused: {keys} is its key file; nothing was written" in err
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_backup_to_the_plans_own_folder_writes_only_backup_names(
        live: Plan, capsys: pytest.CaptureFixture[str]) -> None:
    live.close()
    folder = live.path.parent
    names_before = {p.name for p in folder.iterdir()}
    keys_before = fingerprint(live.path)[f"{PLAN}.keys"]
    assert main(["backup", "--plan", str(live.path), "--to", str(folder)]) == 0
    new = {p.name for p in folder.iterdir()} - names_before
    pattern = atomic.backup_name_pattern(live.path)
    # A backup, its key file and its heads record (app/planfile/chain_heads.py).
    assert new and all(pattern.match(n.removesuffix(".keys").removesuffix(".heads"))
                       for n in new), new
    assert fingerprint(live.path)[f"{PLAN}.keys"] == keys_before


def test_backup_to_the_backups_folder_itself_takes_one_backup(live: Plan) -> None:
    backups = Backups(live.path, live.key, second_folder=live.path.parent / "backups")
    assert len(backups.make("manual")) == 1


def test_the_recovery_sheet_is_not_saved_over_the_key_file(live: Plan) -> None:
    from ui.opening.save_recovery_sheet import save_recovery_sheet
    from ui.words.error_messages import error_text

    key_file = companions.companion(live.path, companions.KEYS)
    before = fingerprint(live.path)
    with pytest.raises(OutputIsPlan) as refused:
        save_recovery_sheet(live, ask=lambda parent, suggested: key_file)
    assert fingerprint(live.path) == before
    assert refused.value.what == "keys"
    assert error_text(refused.value) == (
        f"Refused: {key_file} is the plan's key file; nothing was written. Choose another "
        "file.")


@pytest.mark.parametrize(("language", "words"), [
    ("en", "is a link to the plan's write-ahead log; nothing was written"),
    ("fr", "est un lien vers le journal d'écriture anticipée (-wal) du plan ; rien n'a été "
           "écrit"),
])
def test_the_window_says_which_file_of_the_plan_it_refused(
        live: Plan, tmp_path: Path, qapp: object, language: str, words: str) -> None:
    from ui.words.error_messages import error_text
    from ui.words.i18n import Translations

    link = tmp_path / "journal.pdf"
    link.symlink_to(companions.wal_path(live.path))
    with pytest.raises(OutputIsPlan) as refused:
        print_document(live, "journal", link)
    translations = Translations(qapp)  # type: ignore[arg-type]
    try:
        assert translations.install(language)
        assert words in error_text(refused.value)
    finally:
        translations.install("en")


def test_another_plan_is_not_printed_over(live: Plan, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    Plan.create(other / "autre.crisiscell", organisation="Autre").close()
    before = fingerprint(other / "autre.crisiscell")
    with pytest.raises(OutputIsPlan, match="a plan"):
        print_document(live, "contacts", other / "autre.crisiscell")
    with pytest.raises(OutputIsPlan, match="the key file of the plan"):
        atomic.write_bytes(other / "autre.crisiscell.keys", b"x")
    assert fingerprint(other / "autre.crisiscell") == before


def test_the_atomic_helper_guards_every_writer(live: Plan, tmp_path: Path) -> None:
    before = fingerprint(live.path)
    for target in (live.path, companions.wal_path(live.path),
                   companions.companion(live.path, companions.WRITERS)):
        with pytest.raises(OutputIsPlan):
            atomic.write_bytes(target, b"not a plan", plan=live.path)
    assert fingerprint(live.path) == before
    # An ordinary file beside the plan is written, 0600, and nothing is left behind.
    written = atomic.write_bytes(tmp_path / "notes.txt", b"ok", plan=live.path)
    assert written.read_bytes() == b"ok"
    assert written.stat().st_mode & 0o777 == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".notes.txt.")]


def test_a_hard_link_to_a_backup_is_refused(live: Plan, tmp_path: Path) -> None:
    backup = live.backups.list()[0].path
    link = tmp_path / "report.pdf"
    os.link(backup, link)
    with pytest.raises(OutputIsPlan, match="a link to a backup of it"):
        print_document(live, "contacts", link)
    assert verify_file(backup, live.key.key) == []


def test_a_link_loop_is_not_a_traceback(live: Plan, tmp_path: Path) -> None:
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(tmp_path / "loop.pdf")
    before = fingerprint(live.path)
    # It leads nowhere, least of all to the plan: the PDF takes the link's place.
    assert main(["print", "contacts", "--plan", str(live.path), "-o", str(loop)]) == 0
    assert not loop.is_symlink() and loop.read_bytes().startswith(b"%PDF-")
    assert fingerprint(live.path) == before
