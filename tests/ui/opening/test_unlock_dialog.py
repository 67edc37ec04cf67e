"""The unlock dialog: it says why it asks, takes a passphrase or a recovery key, keeps what
was typed when it is wrong, and the open/create helpers loop until the plan opens."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from pypdf import PdfReader

from app.keys import key_file as keys
from app.keys.errors import KeyFileOfAnotherPlan, NoKeyring, PassphraseRequired, WrongPassphrase
from app.keys.unlock import Unlock
from app.plan import Plan
from tests.raw_plan import plan_key
from ui.opening.save_recovery_sheet import save_recovery_sheet, suggested_path
from ui.opening.unlock_dialog import UnlockDialog, create_plan_asking, open_plan_asking

PASSPHRASE = "cellule de crise 2026"


@pytest.fixture
def passphrase_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.crisiscell"
    Plan.create(path, organisation="Maréval", unlock=Unlock(passphrase=PASSPHRASE)).close()
    return path


def test_the_dialog_says_why_no_keyring_was_used(qtbot, tmp_path: Path) -> None:
    error = PassphraseRequired(str(tmp_path / "p"), "no keyring service runs on this computer")
    dialog = UnlockDialog(tmp_path / "p", error)
    qtbot.addWidget(dialog)
    assert "no keyring service runs on this computer" in dialog.reason_label.text()
    assert dialog.passphrase_edit.echoMode() == dialog.passphrase_edit.EchoMode.Password
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.unlock() == Unlock(passphrase=PASSPHRASE)


def test_a_malformed_recovery_key_keeps_the_dialog_open_and_the_text(qtbot,
                                                                     tmp_path: Path) -> None:
    dialog = UnlockDialog(tmp_path / "p", None, recovery=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.recovery_edit.isVisible() and not dialog.passphrase_edit.isVisible()
    dialog.recovery_edit.setText("1234 ABCD")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.problem_label.isVisible()
    assert "64 hexadecimal digits" in dialog.problem_label.text()
    assert dialog.recovery_edit.text() == "1234 ABCD"
    dialog.close()


def test_choosing_a_passphrase_checks_length_and_confirmation(qtbot, tmp_path: Path) -> None:
    dialog = UnlockDialog(tmp_path / "p", NoKeyring("", "headless"), choose=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase_edit.setText("court")
    dialog.confirm_edit.setText("court")
    dialog.ok_button.click()
    assert "at least 8" in dialog.problem_label.text() and dialog.isVisible()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.confirm_edit.setText(PASSPHRASE + "x")
    dialog.ok_button.click()
    assert "differ" in dialog.problem_label.text() and dialog.isVisible()
    dialog.confirm_edit.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.result() == UnlockDialog.DialogCode.Accepted


def test_open_asks_again_after_a_wrong_passphrase(passphrase_plan: Path) -> None:
    asked: list[str] = []
    answers = iter(["mauvaise phrase", PASSPHRASE])

    def ask(path, error, parent=None, **kwargs):
        asked.append(error.code)
        return Unlock(passphrase=next(answers))

    plan = open_plan_asking(passphrase_plan, ask=ask)
    assert plan is not None
    plan.close()
    assert asked == ["passphrase_required", "wrong_passphrase"]


def test_cancelling_opens_nothing(passphrase_plan: Path) -> None:
    assert open_plan_asking(passphrase_plan, ask=lambda *a, **k: None) is None


def test_open_with_recovery_key(passphrase_plan: Path) -> None:
    key = plan_key(passphrase_plan, Unlock(passphrase=PASSPHRASE))
    grouped = " ".join(key.hex()[i:i + 4] for i in range(0, 64, 4))

    def ask(path, error, parent=None, recovery=False, **kwargs):
        assert recovery and error is None
        dialog = UnlockDialog(path, error, recovery=True)
        dialog.recovery_edit.setText(grouped)
        return dialog.unlock()

    plan = open_plan_asking(passphrase_plan, ask=ask, recovery=True)
    assert plan is not None and plan.key.via == "recovery"
    plan.close()


def test_create_asks_for_a_passphrase_where_no_keyring_works(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    path = tmp_path / "nouveau.crisiscell"
    reasons: list[str] = []

    def ask(path, error, parent=None, choose=False, **kwargs):
        assert choose
        reasons.append(error.detail)
        return Unlock(passphrase=PASSPHRASE)

    plan = create_plan_asking(path, ask=ask, organisation="Maréval")
    assert plan is not None and plan.key.via == "recovery"  # just made: opened with its key
    plan.close()
    assert "headless" in reasons[0]
    with pytest.raises(PassphraseRequired):
        Plan.open(path)
    with pytest.raises(WrongPassphrase):
        Plan.open(path, unlock=Unlock(passphrase="autre chose"))


def test_save_recovery_sheet(tmp_path: Path, plan: Plan) -> None:
    assert suggested_path(plan).name == "plan-recovery-sheet.pdf"
    assert save_recovery_sheet(plan, ask=lambda parent, suggested: None) is None
    written = save_recovery_sheet(plan, ask=lambda parent, suggested: tmp_path / "s.pdf")
    assert written == tmp_path / "s.pdf"
    text = "".join(p.extract_text() for p in PdfReader(str(written)).pages)
    assert plan.key.key.hex().upper()[:4] in text


def test_another_plans_key_file_is_told_not_asked(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours.crisiscell", tmp_path / "theirs.crisiscell"
    for path in (ours, theirs):
        Plan.create(path, organisation="Maréval", unlock=Unlock(passphrase=PASSPHRASE)).close()
    keys.key_file_path(ours).write_bytes(keys.key_file_path(theirs).read_bytes())
    asked: list[str] = []

    def ask(path, error, parent=None, **kwargs):
        asked.append(error.code if error else "")
        return Unlock(passphrase=PASSPHRASE)

    # Its passphrase opens their key file's slots, not our file: no passphrase typed can help.
    with pytest.raises(KeyFileOfAnotherPlan):
        open_plan_asking(ours, ask=ask)
    assert asked == ["passphrase_required"]
