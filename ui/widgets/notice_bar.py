"""A band under the header for what the user should know but need not answer (a backup that
failed, a plan restored, a sheet saved): never modal, so nothing being typed is interrupted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

_STYLES = {
    "problem": "#notice { background: #fdecea; border-bottom: 2px solid #b71c1c; } "
               "#notice QLabel { color: #7f1010; font-weight: bold; }",
    "info": "#notice { background: #e8f1fb; border-bottom: 2px solid #1565c0; } "
            "#notice QLabel { color: #0d3c75; }",
}


class NoticeBar(QFrame):
    """One message at a time, with a button to dismiss it; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        # A path in the message can be selected and copied (when no viewer could show it).
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._act)
        self.action_button.hide()
        self._action: Callable[[], object] | None = None
        self.close_button = QPushButton()
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.kind = ""
        self.hide()
        self.retranslate()

    def show_notice(self, text: str, kind: str = "info",
                    action: tuple[str, Callable[[], object]] | None = None) -> None:
        """Show `text` ("problem" in red, "info" in blue: the words say it too), with a button
        doing `action` (its words, what it calls) when one is given."""
        self.kind = kind
        self.setStyleSheet(_STYLES.get(kind, _STYLES["info"]))
        self.text_label.setText(text)
        self._action = action[1] if action else None
        self.action_button.setText(action[0] if action else "")
        self.action_button.setVisible(action is not None)
        self.show()

    def _act(self) -> None:
        if self._action is not None:
            self._action()

    def text(self) -> str:
        """The message shown ("" when none)."""
        return self.text_label.text() if not self.isHidden() else ""

    def dismiss(self) -> None:
        """Hide the message."""
        self.kind = ""
        self.text_label.clear()
        self._action = None
        self.action_button.hide()
        self.hide()

    def retranslate(self) -> None:
        """Set the button's words in the current language."""
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss this message"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
