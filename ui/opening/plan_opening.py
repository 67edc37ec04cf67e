"""Opening a plan for the window: live (instance lock, backups), its key asked when needed.

A damaged plan is never opened for writing: the newest backup that verifies is offered,
saying when it was taken and how many minutes of work it predates; restoring keeps the
damaged file aside. A plan just created is reopened for live use with the key it was made
with, so it is backed up like any other. What the user should know afterwards (a restore)
travels with the plan as `notice`, shown in the window's notice bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import FileError
from app.keys.unlock import Unlock
from app.plan import OpenOptions, Plan
from app.planfile import atomic
from app.planfile.backups import Backup
from app.planfile.errors import NoBackup, WalDamaged
from app.planfile.restore import RestoreChoice, reopen, restore_plan
from db.errors import PlanCorrupt
from ui.opening.unlock_dialog import (
    Asker,
    UnlockDialog,
    asking_with,
    create_plan_asking,
    open_plan_asking,
)
from ui.words.dates import moment_text as window_moment_text

#: How the window opens a plan: its lock held, and the opening backup taken off the GUI
#: thread by the window's backup schedule (ui/background/backups.py), not inside Plan.open.
#: The window opens a plan live, and takes its opening backup as a job of its own.
LIVE: OpenOptions = {"live": True, "backup_on_open": False}

translate = QCoreApplication.translate


@dataclass
class OpenedPlan:
    """A plan open for the window, and what to tell the user about how it was opened."""

    plan: Plan
    notice: str = ""
    created: bool = False  # a new plan: its recovery sheet is offered


class RestoreOffer:
    """The question asked when the plan is damaged (tests replace `ask`)."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        """True when the user chooses to restore the backup."""
        box = QMessageBox(QMessageBox.Icon.Warning,
                          translate("PlanOpening", "The plan is damaged"), text,
                          QMessageBox.StandardButton.NoButton, parent)
        restore = box.addButton(translate("PlanOpening", "Restore this backup"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("PlanOpening", "Do not open the plan"),
                      QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore


class WalDamageChoice:
    """The question asked when the plan's write-ahead log is damaged (tests replace `ask`)."""

    KEEP, RESTORE = "keep", "restore"

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> str:
        """KEEP, RESTORE, or "" when the user opens nothing."""
        box = QMessageBox(QMessageBox.Icon.Warning,
                          translate("PlanOpening", "The plan's write-ahead log is damaged"),
                          text, QMessageBox.StandardButton.NoButton, parent)
        restore = box.addButton(translate("PlanOpening", "Restore the last backup"),
                                QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(translate("PlanOpening", "Keep the plan as it is"),
                             QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(translate("PlanOpening", "Do not open the plan"),
                      QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        return cls.RESTORE if clicked is restore else cls.KEEP if clicked is keep else ""


def wal_question(path: Path, damage: WalDamaged) -> str:
    """The damaged-WAL question: what cannot be read, and both ways on."""
    return translate(
        "PlanOpening",
        "The write-ahead log of {file} (its -wal file, part of the plan) is damaged: "
        "{detail}. The plan was not opened, so nothing more is lost.\n\n"
        "Keep the plan as it is: it opens with what can be read, those commits are lost, and "
        "the damaged log is kept aside by name. Or restore the last backup that verifies: "
        "the current file is kept aside, never deleted.").format(
            file=path.name, detail=damage.detail)


def moment_text(moment: datetime) -> str:
    """A backup's time, local: `14:05` today, `20/11/2026 14:05` (French window) or
    `20 Nov 2026 14:05` (English) another day."""
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return window_moment_text(local)


def restore_question(path: Path, backup: Backup, minutes: int) -> str:
    """The damaged-plan question, with the backup's time and the work it predates."""
    return translate(
        "PlanOpening",
        "The plan {file} is damaged, so it was not opened: nothing more can be lost.\n\n"
        "The newest backup that verifies is from {time}, %n minute(s) before the plan's "
        "last change. Restore it? The damaged file is kept aside, never deleted.",
        None, minutes).format(file=path.name, time=moment_text(backup.taken_at))


def _recording(ask: Asker, given: list[Unlock]) -> Asker:
    """`ask`, remembering what the user gave (a damaged plan's backups need the same key)."""
    def asking(*args: object, **kwargs: object) -> Unlock | None:
        unlock = ask(*args, **kwargs)
        if unlock is not None:
            given.append(unlock)
        return unlock
    return asking


def open_for_window(path: Path, parent: QWidget | None = None, *, recovery: bool = False,
                    ask: Asker | None = None) -> OpenedPlan | None:
    """Open `path` live, asking for its key; offer the newest good backup when it is damaged.

    None when the user cancels; a storage error the user must read propagates (the damage
    itself when they decline the backup, NoBackup when none verifies).
    """
    given: list[Unlock] = []
    asking = _recording(ask or UnlockDialog.ask, given)
    try:
        plan = open_plan_asking(path, parent, ask=asking, recovery=recovery, **LIVE)
    except PlanCorrupt as damage:
        return _offer_backup(path, parent, damage, given[-1] if given else None, asking)
    except WalDamaged as damage:
        choice = WalDamageChoice.ask(parent, wal_question(path, damage))
        if choice == WalDamageChoice.RESTORE:
            return _offer_backup(path, parent, damage, given[-1] if given else None, asking,
                                 chosen=True)
        if choice != WalDamageChoice.KEEP:
            return None
        plan = open_plan_asking(path, parent, ask=asking, recovery=recovery,
                                **(LIVE | OpenOptions(accept_wal_loss=True)))
        if plan is None:
            return None
        kept = plan.wal_set_aside.name if plan.wal_set_aside else ""
        return OpenedPlan(plan, notice=translate(
            "PlanOpening", "The plan goes on from the readable part of its write-ahead log "
            "({detail}). The damaged log is kept as {kept}.").format(detail=damage.detail,
                                                                      kept=kept))
    return OpenedPlan(plan) if plan is not None else None


def _offer_backup(path: Path, parent: QWidget | None, damage: FileError,
                  unlock: Unlock | None, ask: Asker, *, chosen: bool = False
                  ) -> OpenedPlan | None:
    """Restore the newest good backup (app/planfile/restore.py) when the user agrees (or
    has `chosen` it already); the damage itself is raised when they do not."""
    asking = asking_with(ask, path, parent)

    def agreed(choice: RestoreChoice) -> bool:
        return chosen or RestoreOffer.ask(
            parent, restore_question(path, choice.backup, choice.minutes_behind))

    try:
        # A cut-short file is refused before its key is asked.
        restored = restore_plan(path, asking, unlock, confirm=agreed)
    except NoBackup as none:
        raise none from damage
    if restored is None:  # no key given, or the backup declined: the damage is the answer
        raise damage
    plan = reopen(restored, asking, live=True, backup_on_open=False)
    if plan is None:
        return None
    minutes, aside = restored.choice.minutes_behind, restored.aside
    notice = translate(
        "PlanOpening", "The plan was restored from its backup of {time} (%n minute(s) of work "
        "before the damage were lost). The damaged file is kept as {aside}.", None,
        minutes).format(time=moment_text(restored.backup.taken_at), aside=aside.name)
    if restored.witness_dropped:
        notice += " " + translate(
            "PlanOpening", "This laptop's witness of the log now starts from the restored "
            "file: %n entries it saw committed after the backup are no longer expected (they "
            "stay in {aside}).", None, restored.witness_dropped).format(aside=aside.name)
    return OpenedPlan(plan, notice=notice)


def create_for_window(path: Path, parent: QWidget | None = None, *, ask: Asker | None = None,
                      create: Callable[..., Plan] = Plan.create, demo: bool = False,
                      **values: object) -> OpenedPlan | None:
    """Create a plan (asking for a passphrase where no keyring works) and open it live;
    `demo`: it is the demo plan, and the passphrase question says so."""
    atomic.private_folder(path.parent)  # the data folder, owner-only
    plan = create_plan_asking(path, parent, ask=ask, create=create, demo=demo, **values)
    if plan is None:
        return None
    notice = ""
    if plan.set_aside:  # a deleted plan's -wal/-shm: SQLite would have replayed them
        notice = translate(
            "PlanOpening", "Files left by a plan deleted from this place were set aside, so "
            "they cannot mix into the new plan: {names}.").format(
                names=", ".join(p.name for p in plan.set_aside))
    return OpenedPlan(reopen_live(plan), notice=notice, created=True)


def reopen_live(plan: Plan) -> Plan:
    """Close `plan` and open it again for live use, with the key it was opened with."""
    path, key = plan.path, plan.key.key
    plan.close()
    return Plan.open(path, unlock=Unlock(recovery_key=key) if key else None, **LIVE)
