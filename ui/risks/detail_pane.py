"""What the cell reads about one risk: signals to watch, owner, checklist, linked messages."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import RecordNotFound
from app.plan import Plan
from app.risks.register import Risk
from ui.words.dates import day_text
from ui.words.labels import audience_label, band_label, category_label, channel_label


class RiskDetailPane(QWidget):
    """Shows one risk; a click on a linked message emits `message_requested(message_id)`."""

    message_requested = Signal(str)

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._risk: Risk | None = None
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.messages_label = QLabel()
        self.messages_list = QListWidget()
        self.messages_list.setMaximumHeight(150)
        self.messages_list.itemClicked.connect(self._message_clicked)
        self.messages_list.itemActivated.connect(self._message_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.messages_label)
        layout.addWidget(self.messages_list)
        self.retranslate()

    def show_risk(self, risk: Risk | None) -> None:
        """Show a risk (None: nothing selected)."""
        self._risk = risk
        self.messages_list.clear()
        if risk is None:
            hint = escape(self.tr("Select a risk to see its details."))
            self.text.setHtml(f"<p><i>{hint}</i></p>")
            return
        self.text.setHtml(self._html(risk))
        for message in self._plan.messages.list(scenario_id=risk.id):
            item = QListWidgetItem(
                f"{message.title} — {audience_label(message.audience)}, "
                f"{channel_label(message.channel)}")
            item.setData(Qt.ItemDataRole.UserRole, message.id)
            self.messages_list.addItem(item)
        if not self.messages_list.count():
            empty = QListWidgetItem(self.tr("No prepared message for this risk"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.messages_list.addItem(empty)

    @property
    def risk(self) -> Risk | None:
        """The risk shown."""
        return self._risk

    def _owner_html(self, risk: Risk) -> str:
        if not risk.owner_id:
            return escape(self.tr("nobody yet"))
        try:
            owner = self._plan.contacts.get(risk.owner_id)
        except RecordNotFound:
            return escape(self.tr("deleted contact"))
        phone = next(iter(owner.phones.values()), None)
        text = escape(owner.name)
        if owner.function:
            text += f" ({escape(owner.function)})"
        if phone:
            text += f" — {escape(self._plan.contacts.display_phone(phone))}"
        return text

    def _html(self, risk: Risk) -> str:
        w = {key: escape(text) for key, text in (
            ("score", self.tr("Score:")), ("owner", self.tr("Owner:")),
            ("review", self.tr("Next review:")), ("signals", self.tr("Warning signals")),
            ("alert_at", self.tr("alert at")), ("none", self.tr("None recorded")),
            ("checklist", self.tr("Checklist")))}
        parts = [
            f"<h2>{escape(risk.title)}</h2>",
            "<p><b>{}</b> {} × {} = {} ({}) — {}</p>".format(
                w["score"], risk.likelihood, risk.impact, risk.score,
                escape(band_label(risk.band)), escape(category_label(risk.category))),
            f"<p><b>{w['owner']}</b> {self._owner_html(risk)}</p>",
        ]
        if risk.next_review:
            parts.append(f"<p><b>{w['review']}</b> "
                         f"{escape(day_text(risk.next_review))}</p>")
        if risk.description:
            parts.append(f"<p>{escape(risk.description)}</p>")
        parts.append(f"<h3>{w['signals']}</h3>")
        if risk.warning_signals:
            items = []
            for signal in risk.warning_signals:
                line = escape(signal.value)
                if signal.threshold:
                    line += f" — <i>{w['alert_at']} {escape(signal.threshold)}</i>"
                items.append(f"<li>{line}</li>")
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            parts.append(f"<p><i>{w['none']}</i></p>")
        parts.append(f"<h3>{w['checklist']}</h3>")
        if risk.checklist:
            parts.append("<ol>" + "".join(f"<li>{escape(s)}</li>" for s in risk.checklist)
                         + "</ol>")
        else:
            parts.append(f"<p><i>{w['none']}</i></p>")
        return "".join(parts)

    def _message_clicked(self, item: QListWidgetItem) -> None:
        message_id = item.data(Qt.ItemDataRole.UserRole)
        if message_id:
            self.message_requested.emit(str(message_id))

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.messages_label.setText(self.tr("Prepared messages (click to open)"))
        self.messages_list.setAccessibleName(self.tr("Prepared messages for this risk"))
        self.text.setAccessibleName(self.tr("Risk details"))
        self.show_risk(self._risk)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
