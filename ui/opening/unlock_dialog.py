"""Unlocking a plan whose key is not in the keyring: its passphrase, or its recovery key.

The dialog says plainly why it asks (no keyring on this computer, a passphrase chosen for
this plan, a missing keyring entry, a wrong passphrase…). "Open with recovery key…" is the
same dialog showing the recovery key field. With `choose=True` it asks for a new passphrase
twice (a new plan where no keyring works). `open_plan_asking` runs the app's unlocking loop
(app/keys/unlock.py) with this dialog as its asking, until the plan opens or the user
cancels; nothing typed is ever lost to an error: the fields keep their text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Unpack

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import PlanFileError
from app.keys.errors import InsecureKeyring, NoKeyring, WrongKey
from app.keys.key_file import MIN_PASSPHRASE_LENGTH
from app.keys.unlock import Ask, KeyQuestion, Unlock, parse_recovery_key, unlocking
from app.plan import OpenOptions, Plan
from ui.widgets.wrapped_text import fit_height
from ui.words.error_messages import file_error_text, keyring_words


class UnlockDialog(QDialog):
    """Passphrase or recovery key for one plan, with the reason it is asked."""

    def __init__(self, path: Path, error: PlanFileError | None = None,
                 parent: QWidget | None = None, *, recovery: bool = False,
                 choose: bool = False, previous: Unlock | None = None, demo: bool = False
                 ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.choose = choose
        self.demo = demo  # the demo plan: the first thing a new user meets, said as such
        self.setWindowTitle(self.tr("A passphrase for the demo plan") if choose and demo
                            else self.tr("Choose a passphrase") if choose
                            else self.tr("Unlock the plan"))
        self.reason_label = QLabel(self.reason_text(error))
        self.reason_label.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Passphrase again"))
        self.confirm_edit.setPlaceholderText(self.tr("Passphrase again"))
        self.confirm_edit.setVisible(choose)
        self.recovery_check = QCheckBox(self.tr("Open with recovery key…"))
        self.recovery_check.setVisible(not choose)
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setAccessibleName(self.tr("Recovery key"))
        self.recovery_edit.setPlaceholderText(
            self.tr("64 hexadecimal digits from the recovery sheet (spaces do not matter)"))
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        self.problem_label.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Open") if not choose else self.tr("Create"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        self.recovery_check.toggled.connect(self._show_recovery)

        file_label = QLabel(str(self.path))
        file_label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        for widget in (file_label, self.reason_label, self.passphrase_edit, self.confirm_edit,
                       self.recovery_check, self.recovery_edit, self.problem_label, buttons):
            layout.addWidget(widget)
        self.recovery_check.setChecked(recovery)
        self._show_recovery(recovery)
        if previous is not None:
            self._keep(previous)
        self.setMinimumWidth(520)

    def _keep(self, previous: Unlock) -> None:
        """What was typed last time, kept and selected: one keystroke replaces it, and a typo
        in a long passphrase can be fixed instead of typing it all again."""
        if previous.passphrase is not None:
            self.passphrase_edit.setText(previous.passphrase)
            self.passphrase_edit.selectAll()
        if previous.recovery_key is not None:
            digits = previous.recovery_key.hex().upper()
            self.recovery_edit.setText(" ".join(digits[i:i + 4] for i in range(0, 64, 4)))
            self.recovery_edit.selectAll()

    # --- what the user sees --------------------------------------------------------------
    def reason_text(self, error: PlanFileError | None) -> str:
        """Why the dialog asks, in the user's words."""
        if self.choose and self.demo:
            detail = keyring_words(error.detail) if error is not None else ""
            return self.tr("Crisis Cell opens with its demo plan: a fictitious company's crisis "
                           "plan, to try everything safely. Like every plan it is encrypted, "
                           "and no keyring can keep its key on this computer ({detail}). "
                           "Choose a passphrase for the demo plan: it will be asked each time "
                           "the demo opens. Your own plan gets its own passphrase when you "
                           "create it.").format(detail=detail)
        if self.choose:
            detail = keyring_words(error.detail) if error is not None else ""
            return self.tr("No keyring can keep this plan's key on this computer ({detail}). "
                           "Choose a passphrase: it will be asked each time the plan "
                           "opens. Print the recovery sheet too.").format(detail=detail)
        if error is None:
            return self.tr("Type the plan's recovery key, as printed on its recovery sheet.")
        return file_error_text(error)  # each refusal has its one wording in ui/words

    def _show_recovery(self, on: bool) -> None:
        self.recovery_edit.setVisible(on)
        self.passphrase_edit.setVisible(not on)
        (self.recovery_edit if on else self.passphrase_edit).setFocus()

    def show_problem(self, text: str) -> None:
        """Say what is wrong with the input, keeping what was typed."""
        self.problem_label.setText(text)
        self.problem_label.setVisible(True)
        fit_height(self)

    # --- what the user gave ----------------------------------------------------------------
    def unlock(self) -> Unlock:
        """The passphrase or recovery key typed (WrongKey for a malformed key)."""
        if self.recovery_check.isChecked() and not self.choose:
            return Unlock(recovery_key=parse_recovery_key(self.recovery_edit.text(),
                                                          str(self.path)))
        return Unlock(passphrase=self.passphrase_edit.text())

    def _accept_if_valid(self) -> None:
        if self.recovery_check.isChecked() and not self.choose:
            try:
                self.unlock()
            except WrongKey:
                self.show_problem(self.tr("A recovery key is 64 hexadecimal digits (0-9, "
                                          "A-F)."))
                return
        elif self.choose:
            text = self.passphrase_edit.text()
            if len(text) < MIN_PASSPHRASE_LENGTH:
                self.show_problem(self.tr("A passphrase has at least {n} characters.").format(
                    n=MIN_PASSPHRASE_LENGTH))
                return
            if text != self.confirm_edit.text():
                self.show_problem(self.tr("The two passphrases differ."))
                return
        elif not self.passphrase_edit.text():
            self.show_problem(self.tr("Type the passphrase."))
            return
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Tall enough for the wrapped texts (French sentences are longer)."""
        super().showEvent(event)
        fit_height(self)

    @classmethod
    def ask(cls, path: Path, error: PlanFileError | None, parent: QWidget | None = None, *,
            recovery: bool = False, choose: bool = False, previous: Unlock | None = None,
            demo: bool = False) -> Unlock | None:
        """Show the dialog; what the user gave, or None when cancelled (tests replace it)."""
        dialog = cls(path, error, parent, recovery=recovery, choose=choose, previous=previous,
                     demo=demo)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.unlock()


Asker = Callable[..., Unlock | None]


def asking_with(ask: Asker, path: Path, parent: QWidget | None = None) -> Ask:
    """The app's question (app/keys/unlock.py) put to `ask` (UnlockDialog.ask or a test's)."""
    def asking(question: KeyQuestion) -> Unlock | None:
        return ask(path, question.refusal, parent, recovery=question.recovery,
                   previous=question.retyped)
    return asking


def open_plan_asking(path: Path, parent: QWidget | None = None, *, ask: Asker | None = None,
                     recovery: bool = False, unlock: Unlock | None = None,
                     **options: Unpack[OpenOptions]) -> Plan | None:
    """Open the plan, asking for its passphrase or recovery key as long as needed.

    `unlock` is tried first when the caller already has it (a plan just restored). None when
    the user cancels; any other storage error propagates to the caller's message.
    """
    return unlocking(lambda given: Plan.open(path, unlock=given, **options),
                     asking_with(ask or UnlockDialog.ask, path, parent), unlock,
                     recovery_first=recovery)


def create_plan_asking(path: Path, parent: QWidget | None = None, *, ask: Asker | None = None,
                       create: Callable[..., Plan] = Plan.create, demo: bool = False,
                       **values: object) -> Plan | None:
    """Create a plan; where no keyring works, ask for a passphrase (twice) and say why.

    `create` is Plan.create or another maker taking `unlock`
    (app.exchange.demo_plan.create_demo_plan);
    `demo` says the passphrase asked is the demo plan's.
    """
    ask = ask or UnlockDialog.ask
    try:
        return create(path, **values)
    except (NoKeyring, InsecureKeyring) as error:
        unlock = (ask(path, error, parent, choose=True, demo=True) if demo
                  else ask(path, error, parent, choose=True))
        if unlock is None:
            return None
        return create(path, unlock=unlock, **values)
