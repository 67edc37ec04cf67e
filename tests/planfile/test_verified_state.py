"""An unchanged plan is not read twice: the full page check is skipped only for a file
exactly as this laptop verified it at its last live close."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.plan import Plan
from app.planfile import verified_state
from db.errors import PlanCorrupt


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval") as plan:
        incident = plan.incidents.open("Rappel de lot", author="Hélène")
        for i in range(40):
            plan.journal.append(incident.id, f"Entrée {i} " + "détail " * 40, author="Hélène")
    return path


def damage_keeping_times(path: Path) -> None:
    """Overwrite bytes in the middle, then put size, times and inode back as they were."""
    before = path.stat()
    with open(path, "r+b") as handle:  # same inode, same size
        handle.seek((before.st_size // 4096 // 2) * 4096 + 512)
        handle.write(bytes(range(256)))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_a_plan_created_or_opened_for_the_cli_is_not_noted(plan_path: Path) -> None:
    assert not verified_state.unchanged_since_verified(plan_path)
    with Plan.open(plan_path):
        pass
    assert not verified_state.unchanged_since_verified(plan_path)


def test_a_live_close_notes_the_file_and_any_change_forgets_it(plan_path: Path) -> None:
    with Plan.open(plan_path, live=True):
        pass
    assert verified_state.unchanged_since_verified(plan_path)
    with Plan.open(plan_path) as plan:  # a CLI command that writes
        incident = plan.incidents.active()
        assert incident is not None
        plan.journal.append(incident.id, "Appel du préfet", author="Paul")
    assert not verified_state.unchanged_since_verified(plan_path)


def test_the_next_open_skips_the_page_check_only_for_the_file_as_verified(
        plan_path: Path) -> None:
    with Plan.open(plan_path, live=True):
        pass
    damage_keeping_times(plan_path)
    # The file looks exactly as verified: open does not read every page again...
    with Plan.open(plan_path) as plan:
        # ...but the damage is still found by a full check (and by SQLCipher's HMAC on read).
        assert plan.integrity_problems() != []


def test_a_damaged_file_with_a_new_time_is_refused(plan_path: Path) -> None:
    with Plan.open(plan_path, live=True):
        pass
    damage_keeping_times(plan_path)
    os.utime(plan_path)  # any write leaves a new modification time
    with pytest.raises(PlanCorrupt):
        Plan.open(plan_path)
