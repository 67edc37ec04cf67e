"""First start: `make run` with no plan writes the demo; the passphrase asked says it is the demo
plan's (no usable keyring here), and the user is asked who they are (a member of the cell or a
name typed), remembered per plan, instead of signing as the demo's owner."""

from __future__ import annotations

import getpass
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.keys.errors import NoKeyring
from app.keys.unlock import Unlock
from app.plan import Plan
from tests.ui.conftest import TESTER
from ui.opening.unlock_dialog import UnlockDialog
from ui.opening.who_am_i_dialog import WhoAmIDialog, cell_members
from ui.startup import main
from ui.window.main_window import MainWindow
from ui.window.settings import Settings

PASSPHRASE = "démonstration 2026"


def _first_start(path: Path, settings_path: Path) -> MainWindow:
    window = main(["--plan", str(path), "--demo-if-missing", "--settings", str(settings_path),
                   "--language", "fr"], exec_=False)
    assert isinstance(window, MainWindow)
    return window


def test_first_start_without_keyring_says_the_passphrase_is_the_demo_plans(
        qtbot, tmp_path: Path, settings_path: Path, monkeypatch: pytest.MonkeyPatch,
        who_am_i_asked: list[str]) -> None:
    keyring.set_keyring(fail.Keyring())
    shown: list[UnlockDialog] = []

    def ask(cls, path, error, parent=None, **kwargs):  # the real dialog, built and read
        dialog = UnlockDialog(path, error, parent, **kwargs)
        shown.append(dialog)
        return Unlock(passphrase=PASSPHRASE)
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(ask))
    path = tmp_path / "data" / "plan.crisiscell"
    window = _first_start(path, settings_path)
    qtbot.addWidget(window)
    try:
        _check_first_start(window, shown, who_am_i_asked, path, settings_path)
    finally:
        window.set_language("en")  # the French translator must not outlive this test
        window.close()


def _check_first_start(window: MainWindow, shown: list[UnlockDialog], who_am_i_asked: list[str],
                       path: Path, settings_path: Path) -> None:
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.windowTitle() == "Une phrase secrète pour le plan de démonstration"
    reason = dialog.reason_label.text()
    assert "plan de démonstration" in reason and "fictive" in reason
    assert "aucun trousseau" in reason.lower()
    assert window.plan is not None and path.exists()
    # Asked who they are, once, and signing with that: never the demo's owner.
    assert len(who_am_i_asked) == 1
    assert window.session.author == TESTER
    assert window.plan.info.get().owner != TESTER
    assert TESTER in window.header.author_label.text()
    plan_id = window.plan.info.get().id
    assert Settings(settings_path).author_for(plan_id) == TESTER


def test_the_name_is_remembered_per_plan(qtbot, demo_plan_path: Path, settings_path: Path,
                                         tmp_path: Path, who_am_i_asked: list[str]) -> None:
    args = ["--plan", str(demo_plan_path), "--settings", str(settings_path), "--language", "en"]
    window = main(args, exec_=False)
    qtbot.addWidget(window)
    assert len(who_am_i_asked) == 1 and window.session.author == TESTER
    window.close()
    again = main(args, exec_=False)
    qtbot.addWidget(again)
    assert len(who_am_i_asked) == 1  # not asked twice for the same plan
    assert again.session.author == TESTER
    again.close()
    other = tmp_path / "other.crisiscell"
    Plan.create(other, organisation="Conserverie Dupont").close()
    third = main(["--plan", str(other), "--settings", str(settings_path), "--language", "en"],
                 exec_=False)
    qtbot.addWidget(third)
    assert who_am_i_asked == [who_am_i_asked[0], "Conserverie Dupont"]  # another plan: asked
    third.close()


def test_a_cancelled_question_signs_with_the_system_user_and_says_so(
        qtbot, demo_plan_path: Path, settings_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WhoAmIDialog, "ask", classmethod(lambda cls, *args: None))
    window = main(["--plan", str(demo_plan_path), "--settings", str(settings_path),
                   "--language", "en"], exec_=False)
    qtbot.addWidget(window)
    assert window.session.author == getpass.getuser()
    assert window.session.author != window.plan.info.get().owner
    assert "Who am I?" in window.notice_bar.text()
    assert Settings(settings_path).author_for(window.plan.info.get().id) == ""
    window.close()


def test_the_question_lists_the_cell_and_takes_a_pick_or_a_typed_name(
        qtbot, demo_plan: Plan) -> None:
    members = cell_members(demo_plan)
    director = next(c for c, code, deputy in members if code == "crisis_director" and not deputy)
    dialog = WhoAmIDialog(demo_plan, "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.members_list.count() == len(members) > 1
    assert dialog.focusWidget() is dialog.name_edit
    first = dialog.members_list.item(0).text()
    assert first.startswith(director.name) and "—" in first
    dialog._accept_if_named()  # nothing chosen: refused, said
    assert dialog.result() == 0 and not dialog.problem_label.isHidden()
    dialog.pick(director.name)
    assert dialog.name() == director.name
    dialog.name_edit.setText("  Paul   Girard ")
    assert dialog.name() == "Paul Girard"
    dialog._accept_if_named()
    assert dialog.result() == 1


def test_a_plan_with_no_cell_yet_asks_for_a_name_only(qtbot, plan: Plan) -> None:
    dialog = WhoAmIDialog(plan, "Claire")
    qtbot.addWidget(dialog)
    assert dialog.members_list.count() == 0 and dialog.members_list.isHidden()
    assert dialog.name() == "Claire"


def test_the_ordinary_passphrase_question_is_unchanged_for_a_real_plan(tmp_path: Path) -> None:
    dialog = UnlockDialog(tmp_path / "p", NoKeyring("", "headless"), choose=True)
    assert "demo" not in dialog.reason_label.text().lower()
    assert dialog.windowTitle() == "Choose a passphrase"


def test_the_first_window_fits_the_screen(main_window: MainWindow) -> None:
    from ui.window.main_window import DEFAULT_SIZE, fitting_size

    room = main_window.screen().availableGeometry()
    width, height = fitting_size(main_window)
    assert (width, height) == (min(DEFAULT_SIZE[0], room.width()),
                               min(DEFAULT_SIZE[1], room.height()))
    # Never wider than the screen, unless its content cannot be narrower (offscreen: 800 px).
    assert main_window.width() <= max(room.width(), main_window.minimumSizeHint().width())
