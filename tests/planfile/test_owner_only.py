"""Files only their owner can read: whatever the umask (022, or even 000), the plan, its
-wal, -shm and .keys, backups and their .keys, a rekeyed plan, export-plain output, PDFs,
entry drafts, the device id and every folder we make come out 0600 / 0700.

Each case runs in a child process with its own umask, through the library (so the modes are
our writers' own, not the entry points' umask 077) and through the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

LIBRARY_CHILD = textwrap.dedent("""
    import json, os, stat, sys
    from pathlib import Path
    os.umask(int(sys.argv[2], 8))
    import keyring
    from tests.memory_keyring import MemoryKeyring
    keyring.set_keyring(MemoryKeyring())
    from app.incidents.entry_draft import EntryDraft
    from app.keys.management import export_plain, rekey
    from app.plan import Plan
    from app.printing import print_document
    from app.keys.unlock import Unlock

    folder = Path(sys.argv[1])
    path = folder / "plans" / "p.crisiscell"
    path.parent.mkdir()
    plan = Plan.create(path, organisation="Maréval")
    incident = plan.incidents.open("Inondation", author="Hélène")
    plan.journal.append(incident.id, "Cellule réunie", author="Hélène")
    assert (path.parent / "p.crisiscell-wal").exists()
    assert (path.parent / "p.crisiscell-shm").exists()
    plan.backups.make("manual")
    print_document(plan, "contacts", folder / "plans" / "contacts.pdf")
    EntryDraft(plan.plan_id).save("brouillon en cours")
    key = plan.key.key

    def modes():
        found = {}
        for where in (path.parent, Path(os.environ["CRISISCELL_CONFIG_DIR"])):
            found[str(where)] = stat.S_IMODE(where.stat().st_mode)
            for root, dirs, files in os.walk(where):
                for name in dirs + files:
                    p = Path(root) / name
                    found[str(p)] = stat.S_IMODE(p.lstat().st_mode)
        return found

    seen = modes()  # the plan open: -wal and -shm there
    plan.close()
    rekey(path, Unlock(recovery_key=key))
    export_plain(path, folder / "plans" / "plain.db")
    seen.update(modes())
    print(json.dumps(seen))
""")


def run_child(script: str, tmp_path: Path, umask: str, *args: str) -> dict[str, int]:
    env = {**os.environ, "CRISISCELL_CONFIG_DIR": str(tmp_path / "config" / "CrisisCell"),
           "CRISISCELL_DATA_DIR": str(tmp_path / "data" / "CrisisCell")}
    env.pop("CRISISCELL_DEVICE_ID", None)  # this laptop's id gets written, in config/
    child = subprocess.run([sys.executable, "-c", script, str(tmp_path), umask, *args],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert child.returncode == 0, child.stderr
    return json.loads(child.stdout.strip().splitlines()[-1])


def assert_owner_only(modes: dict[str, int], tmp_path: Path) -> None:
    plans = str(tmp_path / "plans")
    loose = {path: oct(mode) for path, mode in modes.items()
             if path != plans  # the test made that folder, not the app
             and mode != (0o700 if Path(path).is_dir() or path.endswith(("backups",))
                          else 0o600)}
    assert loose == {}


@pytest.mark.parametrize("umask", ["022", "000"])
def test_everything_the_library_writes_is_owner_only(tmp_path: Path, umask: str) -> None:
    modes = run_child(LIBRARY_CHILD, tmp_path, umask)
    names = {Path(p).name for p in modes}
    # What must be there for the check to mean something:
    for name in ("p.crisiscell", "p.crisiscell-wal", "p.crisiscell-shm", "p.crisiscell.keys",
                 "backups", "contacts.pdf", "plain.db", "drafts", "device-id"):
        assert name in names, name
    assert any(n.startswith("p-") and n.endswith(".crisiscell") for n in names)  # a backup
    assert any(n.startswith("p-") and n.endswith(".crisiscell.keys") for n in names)
    assert_owner_only(modes, tmp_path)


CLI_CHILD = textwrap.dedent("""
    import json, os, stat, sys
    from pathlib import Path
    os.umask(int(sys.argv[2], 8))
    import keyring
    from tests.memory_keyring import MemoryKeyring
    keyring.set_keyring(MemoryKeyring())
    from app import paths
    from app.cli.main import main

    data = paths.data_dir()
    plan = paths.default_plan_path()  # in the data folder, which `start` makes
    for argv in (["start", "--demo-if-missing"], ["backup", "--plan", str(plan)],
                 ["print", "contacts", "--plan", str(plan), "-o", str(data / "c.pdf")],
                 ["export-plain", "--plan", str(plan), "-o", str(data / "x.db"),
                  "--yes-i-understand"]):
        assert main(argv) == 0, argv
    assert os.umask(0) == int(sys.argv[2], 8)  # put back for whoever calls main in-process
    found = {}
    for where in (data.parent, paths.config_dir().parent):  # the test made those two
        for root, dirs, files in os.walk(where):
            for name in dirs + files:
                p = Path(root) / name
                found[str(p)] = stat.S_IMODE(p.lstat().st_mode)
    print(json.dumps(found))
""")


def test_everything_the_command_line_writes_is_owner_only(tmp_path: Path) -> None:
    for made_by_the_test in ("data", "config"):
        (tmp_path / made_by_the_test).mkdir()
    modes = run_child(CLI_CHILD, tmp_path, "022")
    names = {Path(p).name for p in modes}
    assert {"CrisisCell", "plan.crisiscell", "plan.crisiscell.keys", "backups", "c.pdf",
            "x.db", "device-id"} <= names
    assert_owner_only(modes, tmp_path)


MIGRATION_CHILD = textwrap.dedent("""
    import json, os, stat, sys
    from pathlib import Path
    os.umask(int(sys.argv[2], 8))
    import keyring
    from tests.memory_keyring import MemoryKeyring
    keyring.set_keyring(MemoryKeyring())
    from app.plan import Plan
    from db import connection, migrations

    path = Path(sys.argv[1]) / "plans" / "p.crisiscell"
    path.parent.mkdir()
    plan = Plan.create(path, organisation="Maréval")
    key = plan.key.key
    plan.close()
    db = connection.connect(path, key=key)
    copy = migrations.backup_before_migration(db, path, "0009_next")
    db.close()
    print(json.dumps({str(p): stat.S_IMODE(p.stat().st_mode)
                      for p in (copy, copy.with_name(copy.name + ".keys"))}))
""")


def test_the_copy_made_before_a_migration_is_owner_only(tmp_path: Path) -> None:
    modes = run_child(MIGRATION_CHILD, tmp_path, "022")
    assert sorted(Path(p).name for p in modes) == ["p.before-0009_next.crisiscell",
                                                   "p.before-0009_next.crisiscell.keys"]
    assert_owner_only(modes, tmp_path)


def test_a_plan_made_readable_by_an_earlier_version_is_made_owner_only_on_live_open(
        tmp_path: Path) -> None:
    import stat

    from app.plan import Plan
    from app.planfile import companions

    path = tmp_path / "p.crisiscell"
    with Plan.create(path, organisation="Maréval") as plan:
        plan.backups.make("manual")
    backups = path.parent / "backups"
    loose = [path, companions.companion(path, companions.KEYS), *backups.iterdir()]
    for file in loose:  # as the earlier version left them under umask 022
        file.chmod(0o644)
    backups.chmod(0o755)
    with Plan.open(path, live=True, backup_on_open=False):
        wal = companions.wal_path(path)
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600  # SQLite gave it the plan's mode
    assert {f.name: oct(stat.S_IMODE(f.stat().st_mode)) for f in loose
            if stat.S_IMODE(f.stat().st_mode) != 0o600} == {}
    assert stat.S_IMODE(backups.stat().st_mode) == 0o700


WINDOW_CHILD = textwrap.dedent("""
    import json, os, stat, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.umask(0o022)
    import keyring
    from tests.memory_keyring import MemoryKeyring
    keyring.set_keyring(MemoryKeyring())
    from ui.startup import main
    from ui.opening.who_am_i_dialog import WhoAmIDialog
    WhoAmIDialog.ask = classmethod(lambda cls, *args: "Claire Dubois")  # a modal question

    folder = Path(sys.argv[1])
    window = main(["--plan", str(folder / "demo.crisiscell"), "--demo-if-missing",
                   "--settings", str(folder / "settings.ini"), "--language", "en"],
                  exec_=False)
    umask = os.umask(0)
    window.close()
    found = {str(p): stat.S_IMODE(p.lstat().st_mode) for p in folder.rglob("*")}
    print(json.dumps({"umask": umask, **found}))
""")


def test_the_window_makes_what_it_writes_owner_only(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    modes = run_child(WINDOW_CHILD, tmp_path / "plans", "022")
    assert modes.pop("umask") == 0o077
    names = {Path(p).name for p in modes}
    assert {"demo.crisiscell", "demo.crisiscell.keys", "backups", "settings.ini"} <= names
    assert_owner_only(modes, tmp_path)
