"""The plan's locks are the OS's own: a killed holder leaves none held."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.plan import Plan
from app.planfile.errors import PlanHasWriters, PlanInUse
from app.planfile.locks import PlanLock, WritersLock, replacing

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent("""
    import sys
    from app.planfile.locks import PlanLock, WritersLock
    # What the window's open holds: the instance lock, and the writers lock shared.
    held = PlanLock(sys.argv[1]).acquire(), WritersLock(sys.argv[1]).acquire()
    print("held", flush=True)
    sys.stdin.read()
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs a real SIGKILL")
def test_a_killed_window_leaves_no_lock_held(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    Plan.create(path, organisation="Maréval").close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(PlanInUse):
            PlanLock(path).acquire()
        with pytest.raises(PlanHasWriters):
            WritersLock(path, replacing=True).acquire()
        shared = WritersLock(path).acquire()  # another writer shares it
        assert shared.held
        shared.release()
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # no clean-up runs in the holder
        holder.communicate(timeout=60)
    assert holder.returncode == -signal.SIGKILL
    with replacing(path):  # both free: the OS dropped them with the process
        pass
    with Plan.open(path, live=True) as plan:
        assert plan.journal.count() == 0


def test_a_released_lock_lets_the_next_one_in(tmp_path: Path) -> None:
    path = tmp_path / "plan.crisiscell"
    Plan.create(path, organisation="Maréval").close()
    first = WritersLock(path, replacing=True).acquire()
    with pytest.raises(PlanHasWriters):
        WritersLock(path, replacing=True).acquire()
    first.release()
    assert not first.held
    with WritersLock(path, replacing=True) as second:
        assert second.held
