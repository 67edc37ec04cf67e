"""Encryption in the window: the passphrase typed in the unlock dialog, a wrong one kept and
said, the recovery key, the recovery sheet offered at creation, a damaged plan replaced by its
newest good backup (or refused, unchanged), and backups taken and their failures shown."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.keys.unlock import Unlock
from app.plan import Plan
from app.planfile.backups import Backups
from tests.raw_plan import plan_key
from ui.opening.plan_opening import RestoreOffer
from ui.opening.recovery_sheet_offer import RecoverySheetOffer
from ui.opening.start_page import StartPage
from ui.opening.unlock_dialog import UnlockDialog
from ui.window.main_window import MainWindow

PASSPHRASE = "cellule de crise 2026"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def grouped(key: bytes) -> str:
    digits = key.hex().upper()
    return " ".join(digits[i:i + 4] for i in range(0, 64, 4))


class TypingUser:
    """Stands in for UnlockDialog.ask: shows the real dialog, types each answer in turn into
    the field the dialog shows, clicks OK, and keeps what each dialog looked like."""

    def __init__(self, qtbot, answers: list[str]) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.answers = iter(answers)
        self.seen: list[dict[str, object]] = []

    def __call__(self, cls, path, error, parent=None, **options):  # type: ignore[no-untyped-def]
        dialog = UnlockDialog(path, error, parent, **options)
        self.qtbot.addWidget(dialog)
        dialog.show()
        edit = dialog.recovery_edit if dialog.recovery_edit.isVisible() else \
            dialog.passphrase_edit
        self.seen.append({"code": error.code if error else None, "reason":
                          dialog.reason_label.text(), "kept": edit.text(),
                          "recovery": dialog.recovery_edit.isVisible()})
        answer = next(self.answers, None)
        if answer is None:
            dialog.reject()
            return None
        self.qtbot.keyClicks(edit, answer)  # typing replaces what was kept (it is selected)
        if options.get("choose"):
            self.qtbot.keyClicks(dialog.confirm_edit, answer)
        dialog.ok_button.click()
        assert dialog.result() == UnlockDialog.DialogCode.Accepted, \
            dialog.problem_label.text()
        return dialog.unlock()


@pytest.fixture
def passphrase_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.crisiscell"
    Plan.create(path, organisation="Maréval", unlock=Unlock(passphrase=PASSPHRASE)).close()
    return path


def test_the_passphrase_typed_in_the_dialog_opens_the_plan(
        qtbot, passphrase_plan: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    user = TypingUser(qtbot, [PASSPHRASE])
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(user))
    window = open_window(passphrase_plan)
    assert window.stack.currentWidget() is window.workspace
    assert window.plan.key.via == "passphrase"
    assert window.header.organisation_label.text() == "Maréval"
    [asked] = user.seen
    assert asked["code"] == "passphrase_required"
    assert "protected by a passphrase, not kept in the keyring" in asked["reason"]


def test_a_wrong_passphrase_is_said_and_kept_to_be_corrected(
        qtbot, passphrase_plan: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    user = TypingUser(qtbot, ["cellule de crise 2025", PASSPHRASE])
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(user))
    window = open_window(passphrase_plan)
    assert window.plan is not None and window.plan.key.via == "passphrase"
    first, second = user.seen
    assert first["kept"] == ""
    assert second["code"] == "wrong_passphrase"
    assert "That passphrase does not open this plan" in second["reason"]
    assert second["kept"] == "cellule de crise 2025"  # what was typed is still there


def test_cancelling_the_passphrase_shows_the_start_page_and_changes_nothing(
        qtbot, passphrase_plan: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    digest = sha256(passphrase_plan)
    user = TypingUser(qtbot, ["mauvaise phrase"])  # then cancels
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(user))
    window = open_window(passphrase_plan)
    assert window.plan is None and window.stack.currentWidget() is window.start_page
    assert [s["code"] for s in user.seen] == ["passphrase_required", "wrong_passphrase"]
    assert sha256(passphrase_plan) == digest
    assert not (passphrase_plan.parent / "backups").exists()


def test_open_with_recovery_key_from_the_start_page_a_wrong_key_is_said_and_kept(
        qtbot, passphrase_plan: Path, tmp_path: Path, open_window,
        monkeypatch: pytest.MonkeyPatch) -> None:
    key = plan_key(passphrase_plan, Unlock(passphrase=PASSPHRASE))
    wrong = bytes(32)
    window = open_window(tmp_path / "none.crisiscell")
    user = TypingUser(qtbot, [grouped(wrong), grouped(key)])
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(user))
    monkeypatch.setattr(StartPage, "choose_file", classmethod(lambda cls, p: passphrase_plan))
    qtbot.mouseClick(window.start_page.recovery_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    assert window.plan.key.via == "recovery"
    first, second = user.seen
    assert first["recovery"] and first["code"] is None
    assert second["code"] == "wrong_key" and "does not open this plan" in second["reason"]
    assert second["kept"] == grouped(wrong)


def test_a_missing_keyring_entry_asks_for_the_recovery_key(
        qtbot, tmp_path: Path, open_window, memory_keyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.crisiscell"
    with Plan.create(path, organisation="Maréval") as plan:
        key, plan_id = plan.key.key, plan.plan_id
    keyring.delete_password("crisiscell", plan_id)  # a new laptop: the keyring lacks it
    user = TypingUser(qtbot, [grouped(key)])
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(user))
    window = open_window(path)
    assert window.plan is not None and window.plan.key.via == "recovery"
    [asked] = user.seen
    assert asked["code"] == "key_unavailable" and asked["recovery"]
    assert "not on this computer" in asked["reason"]


def test_creating_a_plan_without_keyring_asks_a_passphrase_then_offers_the_sheet(
        qtbot, tmp_path: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(fail.Keyring())  # a headless computer: no keyring at all
    target = tmp_path / "new" / "plan.crisiscell"
    window = open_window(target)
    user = TypingUser(qtbot, [PASSPHRASE])
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(user))
    offers: list[bool] = []
    monkeypatch.setattr(RecoverySheetOffer, "ask",
                        classmethod(lambda cls, parent: not offers.append(True)))
    sheet = tmp_path / "sheet.pdf"
    monkeypatch.setattr(MainWindow, "choose_recovery_sheet_path",
                        classmethod(lambda cls, parent, suggested: sheet))
    shown: list[Path] = []
    window.document_opener = shown.append
    page = window.start_page
    qtbot.keyClicks(page.organisation_edit, "Biscuiterie Nantaise")
    qtbot.keyClicks(page.author_edit, "Claire Dubois")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)

    assert window.stack.currentWidget() is window.workspace
    [asked] = user.seen
    assert asked["code"] == "no_keyring" and "no keyring service runs" in asked["reason"]
    assert offers == [True]
    assert shown == [sheet]  # written, then shown to be printed
    text = "".join(p.extract_text() for p in PdfReader(str(sheet)).pages)
    assert window.plan.key.key.hex().upper()[:8] in text.replace(" ", "")
    assert "Recovery sheet saved" in window.notice_bar.text()
    window.close_plan()
    backups = Backups(target, Plan.open(target, unlock=Unlock(passphrase=PASSPHRASE)).key)
    assert {"open", "close"} <= {b.reason for b in backups.list()}  # opened live
    with pytest.raises(Exception, match="passphrase"):
        Plan.open(target)


def test_the_recovery_sheet_from_the_file_menu(qtbot, main_window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "choose_recovery_sheet_path",
                        classmethod(lambda cls, parent, suggested: tmp_path / "none" / "s.pdf"))
    main_window.document_opener = pytest.fail  # never reached: nothing was written
    main_window.recovery_sheet_action.trigger()
    assert "cannot be written" in main_window.notice_bar.text()
    assert not (tmp_path / "none").exists()


def damage(path: Path) -> None:
    """Overwrite 256 bytes in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 512
    data[middle:middle + 256] = bytes(range(256))
    path.write_bytes(bytes(data))


def test_a_damaged_plan_is_replaced_by_its_newest_good_backup_when_the_user_agrees(
        qtbot, demo_plan_path: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    with Plan.open(demo_plan_path, live=True) as plan:  # backups at open and close
        entries = plan.journal.count()
    damage(demo_plan_path)
    damaged = sha256(demo_plan_path)
    questions: list[str] = []
    monkeypatch.setattr(RestoreOffer, "ask",
                        classmethod(lambda cls, parent, text: not questions.append(text)))
    window = open_window(demo_plan_path)
    [question] = questions
    assert "is damaged, so it was not opened" in question
    assert "The newest backup that verifies is from" in question
    assert "minute" in question and "before the plan's last change" in question
    assert window.stack.currentWidget() is window.workspace
    assert window.plan.journal.count() == entries
    assert window.plan.integrity_problems() == []
    assert "restored from its backup" in window.notice_bar.text()
    [aside] = [p for p in demo_plan_path.parent.iterdir() if ".replaced-" in p.name
               and not p.name.endswith(("-wal", "-shm"))]
    assert sha256(aside) == damaged  # the damaged file is kept, never deleted


def test_declining_the_backup_leaves_the_damaged_plan_unopened_and_unchanged(
        qtbot, demo_plan_path: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    with Plan.open(demo_plan_path, live=True):
        pass
    damage(demo_plan_path)
    damaged = sha256(demo_plan_path)
    monkeypatch.setattr(RestoreOffer, "ask", classmethod(lambda cls, parent, text: False))
    window = open_window(demo_plan_path)
    assert window.plan is None and window.stack.currentWidget() is window.start_page
    assert "is damaged" in window.start_page.error_label.text()
    assert sha256(demo_plan_path) == damaged


def test_a_damaged_plan_without_backup_is_said_and_left_unchanged(
        qtbot, demo_plan_path: Path, open_window) -> None:
    damage(demo_plan_path)
    damaged = sha256(demo_plan_path)
    window = open_window(demo_plan_path)  # RestoreOffer.ask would fail the test if asked
    assert window.plan is None
    assert "no backup of it verifies" in window.start_page.error_label.text()
    assert sha256(demo_plan_path) == damaged


def test_a_cut_short_passphrase_plan_asks_the_passphrase_to_find_its_backups(
        qtbot, passphrase_plan: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    with Plan.open(passphrase_plan, live=True, unlock=Unlock(passphrase=PASSPHRASE)):
        pass
    passphrase_plan.write_bytes(passphrase_plan.read_bytes()[:-4096 - 100])
    user = TypingUser(qtbot, [PASSPHRASE])
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(user))
    monkeypatch.setattr(RestoreOffer, "ask", classmethod(lambda cls, parent, text: True))
    window = open_window(passphrase_plan)
    assert [s["code"] for s in user.seen] == ["passphrase_required"]
    assert window.plan is not None and window.plan.info.get().organisation == "Maréval"


def test_backups_are_taken_on_open_off_the_gui_thread_and_on_close(
        qtbot, main_window: MainWindow, demo_plan_path: Path) -> None:
    schedule = main_window.backup_schedule
    assert schedule is not None
    backups = main_window.plan.backups
    qtbot.waitUntil(lambda: [b.reason for b in backups.list()] == ["open"], timeout=10000)
    main_window.close_plan()
    # stopped before the plan closed
    assert not schedule.running and main_window.tasks.running == []
    assert [t for t in threading.enumerate() if t.name.startswith("crisiscell-task-")] == []
    assert [b.reason for b in backups.list()] == ["close", "open"]


def test_a_failing_backup_is_shown_in_the_notice_bar_without_a_dialog(
        qtbot, demo_plan_path: Path, open_window) -> None:
    (demo_plan_path.parent / "backups").write_text("a file where the folder should be")
    window = open_window(demo_plan_path)
    qtbot.waitUntil(lambda: window.backup_schedule.last_error is not None, timeout=10000)
    qtbot.waitUntil(lambda: "automatic backup failed" in window.notice_bar.text(),
                    timeout=10000)
    assert window.notice_bar.kind == "problem"
    assert window.plan is not None  # the plan stays open and usable
    window.notice_bar.close_button.click()
    assert window.notice_bar.isHidden()


def test_every_new_error_code_has_its_own_words() -> None:
    from app.errors import PlanFileError
    from app.keys import errors as key_errors
    from app.planfile import errors as file_errors
    from db import errors
    from ui.words.error_messages import error_text

    codes = ["wrong_key", "wrong_passphrase", "passphrase_required", "key_unavailable",
             "no_keyring", "insecure_keyring", "plan_in_use", "on_synced_folder",
             "plan_truncated", "plan_not_encrypted", "no_backup"]
    classes = {cls.code: cls for module in (errors, key_errors, file_errors)
               for cls in vars(module).values()
               if isinstance(cls, type) and issubclass(cls, (errors.StorageError, PlanFileError))}
    texts = {code: error_text(classes[code]("/tmp/p.crisiscell", "why")) for code in codes}
    generic = error_text(errors.StorageError("/tmp/p.crisiscell", "why"))
    for code, text in texts.items():
        assert text != generic, code
    assert len(set(texts.values())) == len(codes)
