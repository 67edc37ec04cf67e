"""File → Print… goes through the same guard as `print -o`: a chosen PDF that is a link to
the plan's key file is refused with the window's words, and the key file keeps its bytes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.plan import Plan
from app.planfile import companions
from ui.background.tasks import Tasks
from ui.window.print_dialog import PrintDialog


@pytest.fixture
def tasks(qapp: object) -> Iterator[Tasks]:
    """Background tasks of the test's own (their jobs waited for at the end)."""
    own = Tasks()
    yield own
    own.shutdown()


def test_a_pdf_that_links_to_the_key_file_is_refused(qtbot, demo_plan: Plan, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     tasks: Tasks) -> None:
    key_file = companions.companion(demo_plan.path, companions.KEYS)
    digest = hashlib.sha256(key_file.read_bytes()).hexdigest()
    target = tmp_path / "annuaire.pdf"
    target.symlink_to(key_file)
    opened: list[Path] = []
    dialog = PrintDialog(demo_plan, opener=opened.append,
                         choose_path=lambda parent, suggested: target, tasks=tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select("contacts")
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.problem_label.isVisible(), timeout=30000)
    assert dialog.problem_label.text() == (
        f"Refused: {target} is a link to the plan's key file; nothing was written. Choose "
        "another file.")
    assert opened == [] and dialog.isVisible()
    assert hashlib.sha256(key_file.read_bytes()).hexdigest() == digest
