"""The window's opening when the plan's -wal is damaged (keep as is / restore, both offered)
and when this laptop's witness saw entries the file lacks (the notice bar says so)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.plan import Plan
from app.planfile.companions import SHM, WAL, companion
from tests.planfile.test_wal_witness import damage_frame, write_and_die
from ui.opening.plan_opening import WalDamageChoice


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan" / "plan.crisiscell"
    path.parent.mkdir()
    with Plan.create(path, organisation="Maréval", language="en") as plan:
        plan.incidents.open("Fuite de données", author="Hélène")
    with Plan.open(path, live=True):  # backups at open and close
        pass
    return path


def damaged_wal(plan_path: Path, tmp_path: Path) -> str:
    write_and_die(plan_path, tmp_path, 8)
    damage_frame(plan_path, 2)
    return sha256(companion(plan_path, WAL))


def answering(monkeypatch: pytest.MonkeyPatch, answer: str) -> list[str]:
    questions: list[str] = []
    monkeypatch.setattr(WalDamageChoice, "ask", classmethod(
        lambda cls, parent, text: questions.append(text) or answer))
    return questions


def test_keeping_a_damaged_wal_opens_the_plan_and_keeps_the_log_aside(
        plan_path: Path, tmp_path: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    wal = damaged_wal(plan_path, tmp_path)
    questions = answering(monkeypatch, WalDamageChoice.KEEP)
    window = open_window(plan_path)
    [question] = questions
    assert "The write-ahead log of plan.crisiscell" in question
    assert "fails its checksum" in question and "commit(s) after it cannot be read" in question
    assert "Keep the plan as it is" in question and "restore the last backup" in question
    assert window.stack.currentWidget() is window.workspace
    [kept] = [p for p in plan_path.parent.iterdir() if ".damaged-" in p.name]
    assert sha256(kept) == wal
    assert kept.name in window.notice_bar.text()
    # Kept as it is: what the damaged log held is lost, and the witness still says so.
    assert "entries this laptop saw committed are missing" in window.notice_bar.text()


def test_restoring_instead_of_a_damaged_wal(
        plan_path: Path, tmp_path: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    wal = damaged_wal(plan_path, tmp_path)
    answering(monkeypatch, WalDamageChoice.RESTORE)
    window = open_window(plan_path)
    assert window.stack.currentWidget() is window.workspace
    assert "restored from its backup" in window.notice_bar.text()
    assert window.plan.missing_entries == []  # the witness was re-based, and it says so
    assert "witness of the log now starts from the restored file" in window.notice_bar.text()
    [aside_wal] = [p for p in plan_path.parent.iterdir()
                   if ".replaced-" in p.name and p.name.endswith("-wal")]
    assert sha256(aside_wal) == wal  # the damaged log went aside with the replaced file


def test_declining_opens_nothing_and_changes_nothing(
        plan_path: Path, tmp_path: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    damaged_wal(plan_path, tmp_path)
    before = {p.name: sha256(p) for p in plan_path.parent.iterdir() if p.is_file()}
    answering(monkeypatch, "")
    window = open_window(plan_path)
    assert window.plan is None
    assert {p.name: sha256(p) for p in plan_path.parent.iterdir() if p.is_file()} == before


def test_missing_entries_are_shown_in_the_notice_bar(
        plan_path: Path, tmp_path: Path, open_window) -> None:
    write_and_die(plan_path, tmp_path, 3)
    companion(plan_path, WAL).unlink()
    companion(plan_path, SHM).unlink()
    window = open_window(plan_path)
    assert window.stack.currentWidget() is window.workspace
    text = window.notice_bar.text()
    assert "3 entries this laptop saw committed are missing from the plan file" in text
    assert window.notice_bar.kind == "problem"


def test_a_plan_created_in_the_window_says_what_it_set_aside(qtbot, tmp_path: Path) -> None:
    from ui.opening.plan_opening import create_for_window

    path = tmp_path / "nouveau.crisiscell"
    companion(path, WAL).write_bytes(b"journal d'un plan supprime")
    opened = create_for_window(path, None, organisation="Maréval")
    assert opened is not None
    try:
        assert "were set aside" in opened.notice and "nouveau.crisiscell-wal.stale-" in \
            opened.notice
        assert opened.plan.integrity_problems() == []
    finally:
        opened.plan.close()
