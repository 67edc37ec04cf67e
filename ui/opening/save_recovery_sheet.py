"""“Save recovery sheet…”: the plan's key printed to a PDF the user puts on paper and in a safe.

Offered when a plan is created, and in the File menu. The PDF is written all or nothing
(app.printing) with owner-only permissions; the dialog reminds what the sheet is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.plan import Plan
from app.printing import print_document

#: Asks where to save: (parent, suggested path) -> chosen path or None (tests replace it).
PathAsker = Callable[[QWidget | None, Path], Path | None]


def ask_pdf_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """The standard save dialog, for a PDF."""
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("RecoverySheet", "Save recovery sheet"),
        str(suggested), "PDF (*.pdf)")
    return Path(name) if name else None


def suggested_path(plan: Plan) -> Path:
    """`<plan name>-recovery-sheet.pdf` in Documents - never beside the plan it unlocks."""
    from ui.window.print_dialog import documents_folder  # one definition of the Documents folder

    return documents_folder() / f"{plan.path.stem}-recovery-sheet.pdf"


def save_recovery_sheet(plan: Plan, parent: QWidget | None = None, *,
                        ask: PathAsker = ask_pdf_path) -> Path | None:
    """Ask where, print the recovery sheet there; the path written, or None when cancelled."""
    target = ask(parent, suggested_path(plan))
    if target is None:
        return None
    return print_document(plan, "recovery", target)


def recovery_sheet_reminder(parent: QWidget | None = None) -> str:
    """The sentence shown beside the action (what the sheet is, where it goes)."""
    return QCoreApplication.translate(
        "RecoverySheet",
        "The recovery sheet holds the plan's key: with it the plan opens on any computer, "
        "even if this one is lost. Print it and keep it in a safe, never with the laptop.")
