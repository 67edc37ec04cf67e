"""Add or edit a contact; a refused phone (or any field) is explained inline, nothing saved."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.cell.contacts import Contact
from app.errors import PlanError, ValidationError
from app.plan import Plan
from app.vocabulary import CONTACT_GROUPS, PHONE_KINDS
from db.errors import StorageError
from ui.contacts.roles_editor import ContactRolesEditor
from ui.widgets.form_parts import problem_label, save_cancel_buttons
from ui.words.error_messages import error_text
from ui.words.labels import group_label


class ContactFields(TypedDict):
    """The form's fields, named as Contacts.add and Contacts.update take them."""

    name: str
    kind: str
    function: str
    organisation: str
    group: str
    phones: dict[str, str]
    email: str | None
    notes: str


class ContactDialog(QDialog):
    """The contact form; `saved_contact` holds the result once the service accepted it."""

    def __init__(self, plan: Plan, contact: Contact | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._contact = contact
        self.saved_contact: Contact | None = None
        self.setMinimumWidth(1080)  # the form, and the contact's roles beside it (fits 1280)
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem("", "person")
        self.kind_combo.addItem("", "organisation")
        self.function_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.group_combo = QComboBox()
        for code in CONTACT_GROUPS:
            self.group_combo.addItem(group_label(code), code)
        self.phone_edits = {kind: QLineEdit() for kind in PHONE_KINDS}
        self.email_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMaximumHeight(80)
        self.error_label = problem_label()
        self.buttons = save_cancel_buttons(self)
        self._form = QFormLayout()
        self._fields: list[tuple[str, QWidget]] = [
            ("name", self.name_edit), ("kind", self.kind_combo),
            ("function", self.function_edit), ("organisation", self.organisation_edit),
            ("group", self.group_combo),
            *[(f"phones.{kind}", edit) for kind, edit in self.phone_edits.items()],
            ("email", self.email_edit), ("notes", self.notes_edit),
        ]
        for _field, widget in self._fields:
            self._form.addRow(QLabel(), widget)
        # The contact's roles in the cell, saved with the contact (beside the form: the
        # dialog must fit a 720-pixel-high screen).
        self.roles_editor = ContactRolesEditor(plan, contact.id if contact else None)
        self.roles_box = QGroupBox()
        roles_layout = QVBoxLayout(self.roles_box)
        roles_layout.addWidget(self.roles_editor)
        roles_layout.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(self._form, 3)
        columns.addWidget(self.roles_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        if contact is not None:
            self._fill(contact)

    def field_word(self, field: str) -> str:
        """The label of a form field, by the service's field name."""
        return {
            "name": self.tr("Name"), "kind": self.tr("Kind"), "function": self.tr("Function"),
            "organisation": self.tr("Organisation"), "group": self.tr("Group"),
            "phones.mobile": self.tr("Mobile phone"), "phones.office": self.tr("Office phone"),
            "phones.home": self.tr("Home phone"), "phones.other": self.tr("Other phone"),
            "email": self.tr("E-mail"), "notes": self.tr("Notes"),
        }.get(field, field)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("New contact") if self._contact is None
                            else self.tr("Edit contact"))
        self.roles_box.setTitle(self.tr("Roles of this contact in the cell"))
        self.kind_combo.setItemText(0, self.tr("Person"))
        self.kind_combo.setItemText(1, self.tr("Organisation"))
        for field, widget in self._fields:
            label = self._form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(self.field_word(field))
                label.setBuddy(widget)
            widget.setAccessibleName(self.field_word(field))
        example = self.tr("e.g. 06 12 34 56 78 or +44 20 7946 0000")
        for edit in self.phone_edits.values():
            edit.setPlaceholderText(example)
            # The example is read whole, beside the roles column, in either language.
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(example) + 24)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self, contact: Contact) -> None:
        self.name_edit.setText(contact.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(contact.kind)))
        self.function_edit.setText(contact.function)
        self.organisation_edit.setText(contact.organisation)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(contact.group)))
        for kind, edit in self.phone_edits.items():
            edit.setText(self._plan.contacts.display_phone(contact.phones.get(kind)))
        self.email_edit.setText(contact.email or "")
        self.notes_edit.setPlainText(contact.notes)

    def values(self) -> ContactFields:
        """The form as the service's keyword arguments."""
        return {
            "name": self.name_edit.text(),
            "kind": self.kind_combo.currentData(),
            "function": self.function_edit.text().strip(),
            "organisation": self.organisation_edit.text().strip(),
            "group": self.group_combo.currentData(),
            "phones": {kind: edit.text() for kind, edit in self.phone_edits.items()},
            "email": self.email_edit.text().strip() or None,
            "notes": self.notes_edit.toPlainText().strip(),
        }

    def accept(self) -> None:
        """Save through the service; on refusal say why, keep the fields, save nothing."""
        values = self.values()
        try:
            with self._plan.transaction():  # the contact and its roles, or nothing
                if self._contact is None:
                    saved = self._plan.contacts.add(**values)
                else:
                    saved = self._plan.contacts.update(self._contact.id, **values)
                self.roles_editor.apply(saved.id)
            self.saved_contact = saved
        except ValidationError as error:
            self.show_error(self.tr("{field}: {reason}").format(
                field=self.field_word(error.field), reason=error_text(error)))
            widget = dict(self._fields).get(error.field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except (PlanError, StorageError) as error:
            self.show_error(error_text(error))
            return
        super().accept()

    def show_error(self, text: str) -> None:
        """Show why the form was refused, under the fields."""
        self.error_label.setText(text)
        self.error_label.show()

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan, contact: Contact | None = None
            ) -> Contact | None:
        """Open the form; the saved contact, or None when cancelled (tests replace this)."""
        dialog = cls(plan, contact, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_contact
        return None
