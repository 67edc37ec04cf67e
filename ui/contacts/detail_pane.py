"""One contact in full: numbers to dial, roles held, and whether the details are still current."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.cell.contacts import Contact
from app.plan import Plan
from app.vocabulary import PHONE_KINDS
from ui.words.dates import day_text
from ui.words.labels import group_label, role_label


class ContactDetailPane(QWidget):
    """Shows a contact; the "Verified today" button emits `verify_requested(contact_id)`."""

    verify_requested = Signal(str)

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._contact: Contact | None = None
        self.text = QTextBrowser()
        self.stale_label = QLabel()
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self._verify_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.verify_button)
        self.retranslate()

    @property
    def contact(self) -> Contact | None:
        """The contact shown."""
        return self._contact

    def show_contact(self, contact: Contact | None) -> None:
        """Show a contact (None: nothing selected)."""
        self._contact = contact
        self.verify_button.setEnabled(contact is not None)
        if contact is None:
            hint = escape(self.tr("Select a contact to see their details."))
            self.text.setHtml(f"<p><i>{hint}</i></p>")
            self.stale_label.hide()
            return
        kinds = {"mobile": self.tr("Mobile"), "office": self.tr("Office"),
                 "home": self.tr("Home"), "other": self.tr("Other")}
        parts = [f"<h2>{escape(contact.name)}</h2>"]
        subtitle = " — ".join(x for x in (contact.function, contact.organisation) if x)
        if subtitle:
            parts.append(f"<p>{escape(subtitle)}</p>")
        parts.append(f"<p><i>{escape(group_label(contact.group))}</i></p>")
        for kind in PHONE_KINDS:
            if kind in contact.phones:
                number = escape(self._plan.contacts.display_phone(contact.phones[kind]))
                parts.append(f"<p><b>{escape(kinds[kind])}</b>&nbsp;&nbsp;"
                             f"<span style='font-size:large'>{number}</span></p>")
        if contact.email:
            email_word = escape(self.tr("E-mail"))
            parts.append(f"<p><b>{email_word}</b>&nbsp;&nbsp;{escape(contact.email)}</p>")
        holder, deputy = self.tr("holder"), self.tr("deputy")
        for code, as_what in self._plan.cell.roles_of(contact.id):
            what = holder if as_what == "holder" else deputy
            parts.append(f"<p>★ {escape(role_label(code))} ({escape(what)})</p>")
        if contact.notes:
            parts.append(f"<p>{escape(contact.notes)}</p>")
        verified = day_text(contact.last_verified) or self.tr("never")
        verified_word = escape(self.tr("Last verified"))
        parts.append(f"<p><b>{verified_word}</b>&nbsp;&nbsp;{escape(verified)}</p>")
        self.text.setHtml("".join(parts))
        stale = contact.is_stale()
        self.stale_label.setVisible(stale)
        if stale:
            self.stale_label.setText(
                self.tr("⚠ To verify: not checked for more than 90 days."))

    def _verify_clicked(self) -> None:
        if self._contact is not None:
            self.verify_requested.emit(self._contact.id)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.verify_button.setText(self.tr("Verified today"))
        self.verify_button.setAccessibleName(self.tr("Mark the contact's details verified today"))
        self.text.setAccessibleName(self.tr("Contact details"))
        self.show_contact(self._contact)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
