"""A file replacement (rekey, restore, encryption) and a writer never overlap: a `log` must
not commit into a file that is about to be swapped for another."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.cli.main import main
from app.keys.management import rekey
from app.plan import Plan
from app.planfile.errors import PlanBeingReplaced, PlanHasWriters
from app.planfile.locks import replacing


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval") as plan:
        plan.incidents.open("Rappel de lot", author="Hélène")
    return path


def test_a_rekey_is_refused_while_a_command_has_the_plan_open(plan_path: Path) -> None:
    with Plan.open(plan_path) as plan:  # as `crisiscell log` holds it for its transaction
        before = sha256(plan_path)
        with pytest.raises(PlanHasWriters):
            rekey(plan_path)
        assert sha256(plan_path) == before
        incident = plan.incidents.active()
        assert incident is not None
        entry = plan.journal.append(incident.id, "Appel du préfet", author="Paul")
    with Plan.open(plan_path) as reopened:  # the entry is in the file that stayed
        assert reopened.journal.get(entry.id).text == "Appel du préfet"


def test_nothing_opens_the_plan_while_it_is_being_replaced(
        plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with replacing(plan_path):
        with pytest.raises(PlanBeingReplaced):
            Plan.open(plan_path)
        status = main(["log", "Appel du préfet", "--plan", str(plan_path)])
        assert status == 2
        assert "nothing was written" in capsys.readouterr().err
    with Plan.open(plan_path) as plan:  # free again once the replacement is over
        assert plan.journal.count() == 1


def test_many_writers_share_the_plan(plan_path: Path) -> None:
    with Plan.open(plan_path) as window, Plan.open(plan_path) as command:
        incident = window.incidents.active()
        assert incident is not None
        command.journal.append(incident.id, "Depuis la ligne de commande", author="Paul")
        assert window.journal.count() == 2
