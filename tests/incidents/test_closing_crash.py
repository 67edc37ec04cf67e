"""Closing killed at every step (as SQLite's crash tests do): the incident is wholly open, its
actions as they were and no closure logged, or wholly closed with every action settled."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.keys.unlock import Unlock
from app.plan import Plan
from app.planfile import crash_points

ROOT = Path(__file__).resolve().parents[2]
MAX_STEPS = 12

pytestmark = pytest.mark.slow

CLOSE_CHILD = textwrap.dedent("""
    import sys
    from app.plan import Plan
    from app.keys.unlock import Unlock
    with Plan.open(sys.argv[1], unlock=Unlock(recovery_key=bytes.fromhex(sys.argv[2]))) as plan:
        incident = plan.incidents.active()
        done, carry, drop = (a.id for a in plan.incidents.actions(incident.id))
        plan.incidents.close(incident.id, author="Hélène", statement="Fin de crise.",
                             settle={done: ("done", ""), carry: ("carry", ""),
                                     drop: ("drop", "Sans objet")})
""")


def test_closing_killed_at_every_step_is_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.crisiscell"
    with Plan.create(path, organisation="Maréval") as plan:
        incident = plan.incidents.open("Fuite", author="Hélène")
        for title in ("Couper l'accès", "Revoir les droits", "Appeler l'hébergeur"):
            plan.incidents.add_action(incident.id, title, author="Hélène")
        plan.journal.append(incident.id, "Rumeur", kind="information", author="Paul")
        key = plan.key.key
        before = [e.id for e in plan.journal.entries(incident.id)]
    assert key is not None
    unlock = Unlock(recovery_key=key)

    crashes = 0
    for k in range(1, MAX_STEPS):
        child = subprocess.run(
            [sys.executable, "-c", CLOSE_CHILD, str(path), key.hex()], cwd=ROOT,
            capture_output=True, text=True, env={**os.environ, crash_points.ENV: str(k)},
            timeout=120)
        if child.returncode == 0:
            break
        assert child.returncode == crash_points.EXIT_STATUS, child.stderr
        crashes += 1
        with Plan.open(path, unlock=unlock) as plan:  # wholly open, as before
            assert plan.journal.verify().ok
            assert plan.incidents.active() is not None
            assert [e.id for e in plan.journal.entries(incident.id)] == before
            assert [a.done_at for a in plan.incidents.actions(incident.id)] == [None] * 3
            assert plan.review.tasks() == []
    else:
        raise AssertionError(f"still crashing after {MAX_STEPS} steps")
    assert crashes == 5  # three actions settled, the closure logged, the incident marked
    with Plan.open(path, unlock=unlock) as plan:  # wholly closed
        assert plan.journal.verify().ok
        assert plan.incidents.active() is None
        entries = plan.journal.entries(incident.id)
        assert [e.id for e in entries[:len(before)]] == before
        assert [e.kind for e in entries[len(before):]] == ["action"] * 3 + ["closure"]
        assert plan.incidents.open_items(incident.id).actions == []
        assert [t.title for t in plan.review.tasks()] == ["Revoir les droits"]
