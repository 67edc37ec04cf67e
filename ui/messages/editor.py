"""Editing one prepared message: fields, live length against the channel, preview, approval."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import PlanError, ValidationError
from app.incidents.wording import log_text
from app.messages.library import PreparedMessage, fill, final_text, placeholders, unfilled
from app.messages.placeholders import placeholder_values
from app.plan import Plan
from app.vocabulary import AUDIENCES, CHANNEL_LIMITS, CHANNELS, LANGUAGES
from db.errors import StorageError
from ui.messages.approve_dialog import ApproveDialog
from ui.window.session import Session
from ui.words.dates import day_text
from ui.words.labels import audience_label, channel_label, language_label
from ui.words.room_errors import room_error_text


class MessageEditor(QWidget):
    """The detail pane of the library; `message_saved(id)` after each save."""

    message_saved = Signal(str)

    def __init__(self, plan: Plan, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._session = session
        self._message: PreparedMessage | None = None
        #: What the user typed in a placeholder's field, kept from message to message (the
        #: product named once is the same product in the next text); never saved.
        self._typed: dict[str, str] = {}
        self.fields: dict[str, QLineEdit] = {}
        self.title_edit = QLineEdit()
        self.scenario_combo = QComboBox()
        # Sized by a title's start, not the longest risk title: the window fits a laptop.
        self.scenario_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario_combo.setMinimumContentsLength(16)
        self.audience_combo = QComboBox()
        for code in AUDIENCES:
            self.audience_combo.addItem(code, code)  # worded by retranslate()
        self.channel_combo = QComboBox()
        for code in CHANNELS:
            self.channel_combo.addItem(code, code)
        self.channel_combo.currentIndexChanged.connect(lambda _i: self._on_body_changed())
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(code, code)
        self.body_edit = QPlainTextEdit()
        self.body_edit.textChanged.connect(self._on_body_changed)
        self.counter_label = QLabel()
        self.approval_label = QLabel()
        self.approval_label.setWordWrap(True)
        self.feedback_label = QLabel()
        self.feedback_label.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        # One line per {placeholder} of the text, pre-filled from the plan and the incident.
        self.fields_form = QFormLayout()
        self.fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields_box = QWidget()
        fields_box.setLayout(self.fields_form)
        self.fields_area = QScrollArea()
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setWidget(fields_box)
        self.fields_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.fields_area.setMaximumHeight(200)
        self.unfilled_label = QLabel()
        self.unfilled_label.setWordWrap(True)
        #: Beside the {url} field when the text has one.
        self.keep_url_button: QPushButton | None = None
        self.versions_list = QListWidget()
        self.versions_list.currentRowChanged.connect(self._show_version)
        self.version_text = QPlainTextEdit()
        self.version_text.setReadOnly(True)

        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_ready_text)
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(self.open_approve_dialog)

        form = QFormLayout()
        self.title_caption, self.scenario_caption = QLabel(), QLabel()
        form.addRow(self.title_caption, self.title_edit)
        form.addRow(self.scenario_caption, self.scenario_combo)
        row = QHBoxLayout()
        self.combo_captions: list[QLabel] = []
        for combo in (self.audience_combo, self.channel_combo, self.language_combo):
            # Three combos on one line: each sized by a word's start, not its longest item.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            caption = QLabel()
            self.combo_captions.append(caption)
            row.addWidget(caption)
            row.addWidget(combo, 1)
        form.addRow(row)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.body_edit, 1)
        editor_layout.addWidget(self.counter_label)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        preview_layout.addWidget(self.hint_label)
        preview_layout.addWidget(self.fields_area)
        preview_layout.addWidget(self.unfilled_label)
        preview_layout.addWidget(self.preview, 1)
        versions = QWidget()
        versions_layout = QVBoxLayout(versions)
        versions_layout.setContentsMargins(0, 0, 0, 0)
        versions_layout.addWidget(self.versions_list)
        versions_layout.addWidget(self.version_text, 1)
        self.pages = QTabWidget()
        self.pages.addTab(editor, "")  # worded by retranslate()
        self.pages.addTab(preview, "")
        self.pages.addTab(versions, "")
        self.pages.currentChanged.connect(lambda _i: self.refresh_preview())
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.approval_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback_label)
        self.fill_scenarios()
        self._words_set = False
        self.retranslate()
        self.show_message(None)

    def retranslate(self) -> None:
        """Every text of the editor in the window's language; the combos keep their choice,
        the message shown and the typed fields stay."""
        self.title_edit.setAccessibleName(self.tr("Message title"))
        for combo, name, word in ((self.scenario_combo, self.tr("Scenario"), None),
                                  (self.audience_combo, self.tr("Audience"), audience_label),
                                  (self.channel_combo, self.tr("Channel"), channel_label),
                                  (self.language_combo, self.tr("Language"), language_label)):
            combo.setAccessibleName(name)
            for index in range(combo.count()):
                if word is not None:
                    combo.setItemText(index, word(combo.itemData(index)))
        self.scenario_combo.setItemText(0, self.tr("— any scenario —"))
        self.body_edit.setAccessibleName(self.tr("Message text"))
        self.counter_label.setAccessibleName(self.tr("Length"))
        self.preview.setAccessibleName(self.tr("Ready text preview"))
        self.unfilled_label.setAccessibleName(self.tr("Placeholders to fill"))
        self.versions_list.setAccessibleName(self.tr("Earlier versions"))
        self.save_button.setText(self.tr("Save"))
        self.copy_button.setText(self.tr("Copy ready text"))
        self.copy_button.setToolTip(self.tr("Copy the filled text and log it in the active "
                                            "incident"))
        self.approve_button.setText(self.tr("Approve…"))
        self.title_caption.setText(self.tr("Title"))
        self.scenario_caption.setText(self.tr("Scenario"))
        for caption, text in zip(self.combo_captions, (
                self.tr("Audience"), self.tr("Channel"), self.tr("Language")), strict=True):
            caption.setText(text)
        self.hint_label.setText(self.tr(
            "The text's placeholders, filled from the plan and the active incident where "
            "known: complete the others before copying. Filling does not change the message "
            "or its approval."))
        self.pages.setTabText(0, self.tr("Text"))
        self.pages.setTabText(1, self.tr("Ready text (fill in)"))
        if self._words_set:  # the message shown, worded again (not on the first call)
            self.feedback_label.clear()
            self._show_approval()
            row = self.versions_list.currentRow()
            self._fill_versions()
            self.versions_list.setCurrentRow(row)
            self._on_body_changed()
            self._build_fields(list(self.fields))  # the fields' labels in the new language
            self.refresh_preview()
        else:
            self.pages.setTabText(2, self.tr("Earlier versions"))
        self._words_set = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """A language switch re-translates the editor."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- showing -----------------------------------------------------------------------------
    @property
    def message(self) -> PreparedMessage | None:
        """The message being edited (None: a new one)."""
        return self._message

    def fill_scenarios(self) -> None:
        """The risks a message can belong to."""
        current = self.scenario_combo.currentData()
        self.scenario_combo.clear()
        self.scenario_combo.addItem(self.tr("— any scenario —"), None)
        for risk in sorted(self._plan.risks.list(), key=lambda r: r.title.casefold()):
            self.scenario_combo.addItem(risk.title, risk.id)
        self.scenario_combo.setCurrentIndex(max(0, self.scenario_combo.findData(current)))

    def show_message(self, message: PreparedMessage | None) -> None:
        """Load a message into the editor (None: an empty new draft)."""
        self._message = message
        self.feedback_label.clear()
        self.title_edit.setText(message.title if message else "")
        for combo, value in ((self.scenario_combo, message.scenario_id if message else None),
                             (self.audience_combo, message.audience if message else "public"),
                             (self.channel_combo, message.channel if message else "x"),
                             (self.language_combo, message.language if message
                              else self._plan.info.get().language)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.body_edit.setPlainText(message.body if message else "")
        self.approve_button.setEnabled(message is not None)
        self.copy_button.setEnabled(message is not None)
        self._show_approval()
        self._fill_versions()
        self.refresh_preview()

    def _show_approval(self) -> None:
        message = self._message
        style = ""
        if message is None:
            text = self.tr("New message (draft until saved and approved).")
        elif message.status != "approved":
            text = self.tr("Draft — not approved (version {v}).").format(v=message.version)
        else:
            when = _day(message.approved_at)
            until = _day(message.approval_expires)
            if message.approval_expired():
                text = self.tr("⚠ APPROVAL EXPIRED on {until} (approved by {who} on {when}): "
                               "have it approved again before use.").format(
                    until=until, who=message.approved_by, when=when)
                style = "color: #b00020; font-weight: bold;"
            else:
                text = self.tr("✔ Approved by {who} on {when}, valid until {until} "
                               "(version {v}).").format(
                    who=message.approved_by, when=when, until=until, v=message.version)
                style = "color: #1b5e20; font-weight: bold;"
        self.approval_label.setText(text)
        self.approval_label.setStyleSheet(style)

    def _fill_versions(self) -> None:
        self.versions_list.clear()
        self.version_text.clear()
        self._versions = self._plan.messages.versions(self._message.id) if self._message else []
        for version in self._versions:
            self.versions_list.addItem(self.tr("Version {v} — approved by {who} on {when}")
                                       .format(v=version.version, who=version.approved_by or "—",
                                               when=_day(version.approved_at)))
        self.pages.setTabText(2, self.tr("Earlier versions ({n})").format(n=len(self._versions)))

    def _show_version(self, row: int) -> None:
        if 0 <= row < len(self._versions):
            self.version_text.setPlainText(self._versions[row].body)

    def _on_body_changed(self) -> None:
        length = len(self.body_edit.toPlainText())
        limit = CHANNEL_LIMITS.get(self.channel_combo.currentData())
        if limit is None:
            self.counter_label.setText(self.tr("%n character(s) (no limit on this channel)",
                                               "", length))
            self.counter_label.setStyleSheet("")
        elif length > limit:
            self.counter_label.setText(self.tr("{n} / {limit} characters — OVER BY {over}")
                                       .format(n=length, limit=limit, over=length - limit))
            self.counter_label.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.counter_label.setText(self.tr("{n} / {limit} characters").format(
                n=length, limit=limit))
            self.counter_label.setStyleSheet("")

    def known_values(self) -> dict[str, str]:
        """What the plan and the active incident fill in."""
        return placeholder_values(self._plan, self._plan.incidents.active(),
                                  language=self.language_combo.currentData())

    def values(self) -> dict[str, str]:
        """Each placeholder's value: as typed in its field, else as the plan knows it."""
        values = self.known_values()
        values.update(dict(self._typed.items()))
        return values

    def missing(self) -> list[str]:
        """Placeholders of the text still without a value."""
        return unfilled(self.body_edit.toPlainText(), self.values())

    def ready_text(self) -> str:
        """The text as it would be published now (placeholders filled; unfilled ones shown
        as `{name}`)."""
        values = {k: v.strip() for k, v in self.values().items() if v.strip()}
        return fill(self.body_edit.toPlainText(), values)

    def refresh_preview(self) -> None:
        """Fields for the text's placeholders, pre-filled; the preview of the ready text."""
        names = placeholders(self.body_edit.toPlainText())
        if list(self.fields) != names:
            self._build_fields(names)
        known = self.known_values()
        for name, edit in self.fields.items():
            text = self._typed.get(name, known.get(name, ""))
            if edit.text() != text:
                edit.blockSignals(True)
                edit.setText(text)
                edit.blockSignals(False)
            edit.setPlaceholderText(self.tr("to fill in") if name not in known else "")
        self._show_preview()

    def _build_fields(self, names: list[str]) -> None:
        self.keep_url_button = None
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)  # deletes the row's widgets
        self.fields = {}
        for name in names:
            edit = QLineEdit()
            edit.setAccessibleName(self.tr("Value of {name}").format(name=f"{{{name}}}"))
            edit.textEdited.connect(lambda text, n=name: self._on_field_edited(n, text))
            self.fields[name] = edit
            if name == "url":
                self.keep_url_button = QPushButton(self.tr("Keep for the plan"))
                self.keep_url_button.setToolTip(self.tr(
                    "Save this address in the plan: every message's {url} will be filled "
                    "with it"))
                self.keep_url_button.clicked.connect(self.keep_url)
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                row.addWidget(self.keep_url_button)
                self.fields_form.addRow(self._field_label(name), row)
            else:
                self.fields_form.addRow(self._field_label(name), edit)
        if "url" not in names:
            self.keep_url_button = None
        self.fields_area.setVisible(bool(names))
        if names:  # up to four fields seen at once; more scroll
            row_height = next(iter(self.fields.values())).sizeHint().height() + 6
            self.fields_area.setMinimumHeight(min(len(names), 4) * row_height + 16)

    def _field_label(self, name: str) -> str:
        """`Spokesperson {contact}` for what the plan fills, `{product}` for the others."""
        words = {"organisation": self.tr("Organisation"), "incident": self.tr("Incident"),
                 "date": self.tr("Date"), "time": self.tr("Time"),
                 "contact": self.tr("Spokesperson"), "phone": self.tr("Phone"),
                 "email": self.tr("E-mail"), "url": self.tr("Web address")}
        return f"{words[name]} {{{name}}}" if name in words else f"{{{name}}}"

    def _on_field_edited(self, name: str, text: str) -> None:
        known = self.known_values().get(name)
        if text == known:
            self._typed.pop(name, None)  # back to what the plan says: follow the plan again
        else:
            self._typed[name] = text
        self._show_preview()

    def _show_preview(self) -> None:
        self.preview.setPlainText(self.ready_text())
        missing = self.missing()
        if missing:
            self.unfilled_label.setText(self.tr("To fill in before copying: {names}").format(
                names=", ".join(f"{{{name}}}" for name in missing)))
            self.unfilled_label.setStyleSheet("color: #b00020; font-weight: bold;")
        elif self.fields:
            self.unfilled_label.setText(self.tr("✔ Every placeholder is filled."))
            self.unfilled_label.setStyleSheet("color: #1b5e20;")
        else:
            self.unfilled_label.setText(self.tr("This text has no placeholder."))
            self.unfilled_label.setStyleSheet("")
        for name, edit in self.fields.items():
            edit.setStyleSheet("border: 2px solid #b00020;" if name in missing else "")

    def keep_url(self) -> None:
        """Save the {url} field's address in the plan's settings."""
        edit = self.fields.get("url")
        if edit is None:
            return
        try:
            meta = self._plan.info.update(website=edit.text())
        except (PlanError, StorageError) as error:
            self.feedback_label.setText(room_error_text(error))
            return
        self._typed.pop("url", None)
        self.refresh_preview()
        self.feedback_label.setText(self.tr("The plan's web address is now {url}.").format(
            url=meta.website or "—"))

    # --- acting ------------------------------------------------------------------------------
    def save(self) -> PreparedMessage | None:
        """Save the fields (a new message, or an edit; an approved text edited returns to
        draft and its approved wording is kept as a version)."""
        fields = {"title": self.title_edit.text(), "audience": self.audience_combo.currentData(),
                  "channel": self.channel_combo.currentData(),
                  "language": self.language_combo.currentData(),
                  "scenario_id": self.scenario_combo.currentData(),
                  "body": self.body_edit.toPlainText()}
        try:
            if self._message is None:
                saved = self._plan.messages.add(**fields)
            else:
                saved = self._plan.messages.update(self._message.id, **fields)
        except (PlanError, StorageError) as error:
            self.feedback_label.setText(room_error_text(error))
            return None
        self.show_message(saved)
        self.feedback_label.setText(self.tr("Saved."))
        self.message_saved.emit(saved.id)
        return saved

    def copy_ready_text(self) -> str | None:
        """Put the filled text on the clipboard and log it in the active incident; refused,
        nothing copied, while a placeholder is unfilled."""
        try:
            text = final_text(self.body_edit.toPlainText(), self.values())
        except ValidationError as error:
            self.feedback_label.setText(self.tr(
                "Not copied: fill in {names} first (tab “Ready text”).").format(
                names=error.details["names"]))
            self.pages.setCurrentIndex(1)
            first = self.fields.get(str(error.value[0]))
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        QGuiApplication.clipboard().setText(text)
        incident = self._plan.incidents.active()
        if incident is None or self._message is None:
            self.feedback_label.setText(self.tr("Copied. No active incident: nothing was "
                                                "logged."))
            return text
        message = self._message
        language = self._plan.journal.language
        try:
            self._plan.journal.append(
                incident.id,
                log_text("message_used", language, title=message.title,
                         channel=channel_label(message.channel),
                         audience=audience_label(message.audience), text=text)[:20_000],
                kind="communication", author=self._session.author)
        except (PlanError, StorageError) as error:
            self.feedback_label.setText(self.tr("Copied, but not logged: {why}").format(
                why=room_error_text(error)))
            return text
        self.feedback_label.setText(self.tr("Copied and logged in “{title}”.").format(
            title=incident.title))
        return text

    def open_approve_dialog(self) -> ApproveDialog | None:
        """Approve the message shown (refused with the reason when too long)."""
        if self._message is None:
            return None
        message_id = self._message.id
        dialog = ApproveDialog(self._session.author, lambda v: self._plan.messages.approve(
            message_id, **v), self)
        dialog.accepted.connect(lambda: self._after_approval(message_id))
        dialog.open()
        return dialog

    def _after_approval(self, message_id: str) -> None:
        self.show_message(self._plan.messages.get(message_id))
        self.message_saved.emit(message_id)


def _day(stored: str | None) -> str:
    """A stored day in the window language's format ("—" when none)."""
    return day_text(stored) or "—"
