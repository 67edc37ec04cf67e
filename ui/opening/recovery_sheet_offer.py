"""Right after a plan is created: "Save the recovery sheet now", with why; it can wait."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.opening.save_recovery_sheet import recovery_sheet_reminder
from ui.widgets.wrapped_text import fit_height


class RecoverySheetOffer(QDialog):
    """Save the sheet now, or later from File → Save recovery sheet…."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save the recovery sheet now"))
        title = QLabel(self.tr("Your plan is encrypted. Save its recovery sheet now."))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        title.setWordWrap(True)
        self.explanation_label = QLabel(
            recovery_sheet_reminder(self) + "\n\n"
            + self.tr("If the passphrase is forgotten, the keyring lost or this laptop "
                      "replaced, only this sheet opens the plan again.") + "\n\n"
            + self.tr("It can wait: File → Save recovery sheet… saves it at any time."))
        self.explanation_label.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save the recovery sheet…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("Later"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.explanation_label)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Tall enough for the wrapped texts (French sentences are longer)."""
        super().showEvent(event)
        fit_height(self)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """True when the user wants to save the sheet now (tests replace this)."""
        return cls(parent).exec() == QDialog.DialogCode.Accepted
