"""An entry is on disk when `append` returns: a process killed with SIGKILL mid-run loses none
of the entries it reported, and the chain still verifies."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.keys.unlock import RECOVERY_KEY_FILE_ENV
from app.plan import Plan
from tests.raw_plan import plan_key

WANTED = 30
#: A guard against a hung child, not a timing assertion.
GUARD_SECONDS = 120

CHILD = textwrap.dedent("""
    import sys
    from app.plan import Plan

    plan = Plan.open(sys.argv[1])
    incident = plan.incidents.active()
    n = 0
    while True:
        entry = plan.journal.append(incident.id, f"Entrée {n} " + "x" * 200, author="Robot")
        print(entry.id, flush=True)
        n += 1
""")


def read_ids_then_kill(child: subprocess.Popen[bytes]) -> list[str]:
    """Collect printed ids until WANTED, SIGKILL the child, then take what it printed last."""
    assert child.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(child.stdout, selectors.EVENT_READ)
    buffer = b""
    fd = child.stdout.fileno()
    try:
        while buffer.count(b"\n") < WANTED:
            if not selector.select(timeout=GUARD_SECONDS):
                pytest.fail("the child printed nothing for a long time")
            chunk = os.read(fd, 65536)
            if not chunk:
                break  # the child died on its own: the assertions below will say why
            buffer += chunk
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        buffer += child.stdout.read()  # lines written before the kill are committed too
    finally:
        selector.close()
        if child.poll() is None:
            child.kill()
            child.wait()
    lines = buffer.split(b"\n")
    return [line.decode() for line in lines[:-1]]  # the last piece may be cut short


@pytest.mark.slow
def test_entries_survive_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval") as plan:
        incident_id = plan.incidents.open("Exercice coupure", author="Hélène",
                                          is_exercise=True).id

    # The child cannot see this process's in-memory keyring: it gets the plan's key in a
    # recovery key file named by CRISISCELL_RECOVERY_KEY_FILE, as any script may.
    key_path = tmp_path / "recovery.key"
    key_path.write_text(plan_key(path).hex())
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, RECOVERY_KEY_FILE_ENV: str(key_path)},
    )
    try:
        printed = read_ids_then_kill(child)
    finally:
        assert child.stderr is not None and child.stdout is not None
        errors = child.stderr.read().decode(errors="replace")
        child.stderr.close()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL, errors
    assert len(printed) >= WANTED, errors

    with Plan.open(path) as plan:
        stored = {e.id for e in plan.journal.entries(incident_id)}
        missing = [entry_id for entry_id in printed if entry_id not in stored]
        assert missing == []
        assert plan.integrity_problems() == []
        report = plan.journal.verify()
        assert report.ok, report.first_break
        assert report.checked == len(stored) >= len(printed) + 1  # + the opening entry
        # The killed process's chain can be continued where it stopped.
        plan.journal.append(incident_id, "Reprise après coupure", author="Hélène")
        assert plan.journal.verify().ok
