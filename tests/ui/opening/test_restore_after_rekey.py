"""The window restores a damaged plan from a backup made before its last rekey: the backup
is offered (not called damaged), restored, re-keyed to today's key and opened with it."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from app.keys.management import rekey
from app.keys.unlock import Unlock
from app.plan import Plan
from tests.memory_keyring import MemoryKeyring
from tests.raw_plan import plan_key
from ui.opening.plan_opening import RestoreOffer


def test_a_backup_from_before_the_rekey_restores_the_damaged_plan(
        qtbot, demo_plan_path: Path, open_window, monkeypatch: pytest.MonkeyPatch,
        memory_keyring: MemoryKeyring) -> None:
    # The copy shares the session demo plan's id: rekey it in a keyring of its own.
    own = MemoryKeyring()
    own.secrets = dict(memory_keyring.secrets)
    keyring.set_keyring(own)
    with Plan.open(demo_plan_path, live=True) as plan:  # backups at open and close
        entries = plan.journal.count()
    new_key = rekey(demo_plan_path)  # every backup now has an earlier key
    data = bytearray(demo_plan_path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 512
    data[middle:middle + 256] = bytes(range(256))
    demo_plan_path.write_bytes(bytes(data))
    questions: list[str] = []
    monkeypatch.setattr(RestoreOffer, "ask",
                        classmethod(lambda cls, parent, text: not questions.append(text)))
    window = open_window(demo_plan_path)
    [question] = questions
    assert "The newest backup that verifies is from" in question
    assert window.stack.currentWidget() is window.workspace
    assert window.plan.journal.count() == entries
    assert window.plan.key.key == new_key  # restored, then re-keyed to today's key
    window.close_plan()
    assert plan_key(demo_plan_path, Unlock(recovery_key=new_key)) == new_key
