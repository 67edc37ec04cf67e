"""The message library tab, used as the communication lead uses it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.plan import Plan
from ui.messages.model import MessageModel
from ui.messages.tab import MessageLibraryTab
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session

AUTHOR = "Hélène Martin"


def build(qtbot, plan: Plan) -> MessageLibraryTab:  # noqa: ANN001
    tab = MessageLibraryTab(plan, PlanSignals(plan), Session(AUTHOR))
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    return tab


def titles(tab: MessageLibraryTab) -> list[str]:
    return [tab.model.message(r).title for r in range(tab.model.rowCount())]


def test_filters_and_search(qtbot, demo_plan: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, demo_plan)
    assert tab.model.rowCount() == demo_plan.messages.count()
    tab.channel_filter.setCurrentIndex(tab.channel_filter.findData("sms"))
    assert titles(tab) and all(tab.model.message(r).channel == "sms"
                               for r in range(tab.model.rowCount()))
    tab.clear_filters()
    tab.focus_search()
    tab.search_edit.setText("rancongiciel")
    qtbot.waitUntil(lambda: tab.model.rowCount() < demo_plan.messages.count())
    assert all("rançongiciel" in (m.title + m.body).lower()
               for m in (tab.model.message(r) for r in range(tab.model.rowCount())))
    assert tab.count_label.text().startswith(f"{tab.model.rowCount()} message")  # plural:
    # tests/ui/words/test_log_and_messages_language.py, with the window's translations


def test_counter_turns_red_and_says_by_how_much(qtbot, plan: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, plan)
    editor = tab.editor
    editor.channel_combo.setCurrentIndex(editor.channel_combo.findData("sms"))
    editor.body_edit.setPlainText("a" * 150)
    assert editor.counter_label.text() == "150 / 160 characters"
    qtbot.keyClicks(editor.body_edit, "b" * 15)
    assert editor.counter_label.text() == "165 / 160 characters — OVER BY 5"
    assert "#b00020" in editor.counter_label.styleSheet()


def test_new_message_save_fill_copy_and_log(qtbot, plan: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, plan)
    tab.new_message()
    editor = tab.editor
    editor.title_edit.setText("Post X")
    editor.body_edit.setPlainText("{organisation} suit l'incident {incident}. {url}")
    saved = editor.save()
    assert saved is not None and titles(tab) == ["Post X"]
    assert list(editor.fields) == ["organisation", "incident", "url"]
    assert editor.fields["organisation"].text() == "Conserverie Test"
    QGuiApplication.clipboard().setText("avant")
    # Refused while a placeholder is unfilled; says which; nothing copied, nothing logged.
    assert editor.copy_ready_text() is None
    assert editor.feedback_label.text() == (
        "Not copied: fill in {incident}, {url} first (tab “Ready text”).")
    assert QGuiApplication.clipboard().text() == "avant"
    assert editor.pages.currentIndex() == 1
    assert editor.unfilled_label.text() == "To fill in before copying: {incident}, {url}"
    incident = plan.incidents.open("Rumeur", author=AUTHOR)
    editor.refresh_preview()
    assert editor.fields["incident"].text() == "Rumeur"
    assert editor.preview.toPlainText() == "Conserverie Test suit l'incident Rumeur. {url}"
    qtbot.keyClicks(editor.fields["url"], "https://conserverie.example/info")
    assert editor.unfilled_label.text() == "✔ Every placeholder is filled."
    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    final = "Conserverie Test suit l'incident Rumeur. https://conserverie.example/info"
    assert QGuiApplication.clipboard().text() == final
    logged = plan.journal.entries(incident.id)[-1]
    assert (logged.kind, logged.author) == ("communication", AUTHOR)
    assert logged.text.endswith(final) and "Post X" in logged.text
    assert plan.journal.count(incident.id) == 2  # the opening and the one copy


def test_filling_keeps_an_approved_message_approved(qtbot, plan: Plan) -> None:  # noqa: ANN001
    speaker = plan.contacts.add("Claire Dubois", group="crisis_cell",
                                phones={"mobile": "06 12 34 56 78"})
    plan.cell.assign_role("communication", holder_id=speaker.id)
    message = plan.messages.add(
        "Communiqué", audience="media", channel="press_release",
        body="{organisation}, le {date} à {time} : {product} retiré. Contact : {contact}.")
    plan.messages.approve(message.id, approved_by="Me Aubert")
    incident = plan.incidents.open("Rappel", author=AUTHOR, opened_at="2026-11-30T12:05:00Z")
    tab = build(qtbot, plan)
    tab.show_message(message.id)
    editor = tab.editor
    editor.pages.setCurrentIndex(1)
    assert editor.fields["contact"].text() == "Claire Dubois"
    assert editor.fields["date"].text() == "30 novembre 2026"
    assert editor.fields["product"].text() == "" and editor.fields["product"].placeholderText()
    qtbot.keyClicks(editor.fields["product"], "Thon lot 42")
    # The user's word wins over the plan's, for this copy only.
    editor.fields["contact"].clear()
    qtbot.keyClicks(editor.fields["contact"], "Paul Lemaire")
    text = editor.copy_ready_text()
    assert text is not None and "Thon lot 42 retiré. Contact : Paul Lemaire." in text
    after = plan.messages.get(message.id)
    assert (after.status, after.version, after.body) == ("approved", 1, message.body)
    assert plan.journal.entries(incident.id)[-1].text.endswith(text)
    # What was typed stays for the next text that names the same thing.
    editor.show_message(plan.messages.add("SMS", audience="employees", channel="sms",
                                          body="{product} retiré."))
    assert editor.fields["product"].text() == "Thon lot 42"


def test_the_url_field_can_be_kept_as_the_plans_address(qtbot, plan: Plan) -> None:  # noqa: ANN001
    message = plan.messages.add("Site", audience="public", channel="website",
                                body="Informations : {url}")
    tab = build(qtbot, plan)
    tab.show_message(message.id)
    editor = tab.editor
    qtbot.keyClicks(editor.fields["url"], "pas une adresse")
    qtbot.mouseClick(editor.keep_url_button, Qt.MouseButton.LeftButton)
    assert "is not a web address" in editor.feedback_label.text()
    assert plan.info.get().website == ""
    editor.fields["url"].clear()
    qtbot.keyClicks(editor.fields["url"], "www.conserverie.example")
    qtbot.mouseClick(editor.keep_url_button, Qt.MouseButton.LeftButton)
    assert plan.info.get().website == "https://www.conserverie.example"
    assert editor.fields["url"].text() == "https://www.conserverie.example"
    assert editor.preview.toPlainText() == "Informations : https://www.conserverie.example"


def test_empty_title_refused_nothing_saved(qtbot, plan: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, plan)
    tab.editor.body_edit.setPlainText("texte")
    assert tab.editor.save() is None
    assert tab.editor.feedback_label.text() == "This field is required."
    assert plan.messages.count() == 0 and tab.editor.body_edit.toPlainText() == "texte"


def test_approve_then_edit_returns_to_draft_with_version(qtbot, plan: Plan) -> None:  # noqa: ANN001
    message = plan.messages.add("SMS salariés", audience="employees", channel="sms",
                                body="Point à 14 h.")
    tab = build(qtbot, plan)
    tab.show_message(message.id)
    dialog = tab.editor.open_approve_dialog()
    dialog.approver_edit.setText("Paul Lemaire")
    dialog.try_accept()
    assert plan.messages.get(message.id).status == "approved"
    assert tab.editor.approval_label.text().startswith("✔ Approved by Paul Lemaire")
    tab.editor.body_edit.setPlainText("Point à 15 h.")
    tab.editor.save()
    current = plan.messages.get(message.id)
    assert (current.status, current.version) == ("draft", 2)
    assert tab.editor.approval_label.text().startswith("Draft")
    assert tab.editor.versions_list.count() == 1
    tab.editor.versions_list.setCurrentRow(0)
    assert tab.editor.version_text.toPlainText() == "Point à 14 h."


def test_over_limit_approval_refused_with_reason(qtbot, plan: Plan) -> None:  # noqa: ANN001
    message = plan.messages.add("Trop long", audience="public", channel="sms", body="x" * 200)
    tab = build(qtbot, plan)
    tab.show_message(message.id)
    dialog = tab.editor.open_approve_dialog()
    dialog.try_accept()
    assert dialog.isVisible()
    assert "200 characters long; the channel allows 160" in dialog.error_label.text()
    assert plan.messages.get(message.id).status == "draft"


def test_expired_approval_flagged(qtbot, plan: Plan) -> None:  # noqa: ANN001
    message = plan.messages.add("Vieux", audience="public", channel="email", body="Texte")
    old = date.today() - timedelta(days=400)
    plan.messages.approve(message.id, approved_by="Paul", approved_on=old,
                          expires=old + timedelta(days=30))
    tab = build(qtbot, plan)
    tab.show_message(message.id)
    assert "APPROVAL EXPIRED" in tab.editor.approval_label.text()
    row = tab.model.row_of(message.id)
    status = tab.model.index(row, MessageModel.STATUS)
    assert tab.model.data(status) == "⚠ Expired"  # flagged in words, not colour alone
    assert tab.model.data(status, Qt.ItemDataRole.ToolTipRole) == "⚠ Approval expired"


def test_show_message_clears_hiding_filters(qtbot, demo_plan: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, demo_plan)
    target = next(m for m in demo_plan.messages.list() if m.channel == "email")
    tab.channel_filter.setCurrentIndex(tab.channel_filter.findData("sms"))
    assert tab.model.row_of(target.id) is None
    tab.show_message(target.id)
    assert tab.channel_filter.currentData() is None
    assert tab.editor.title_edit.text() == target.title
    assert tab.table.currentIndex().row() == tab.model.row_of(target.id)


def test_message_model_passes_the_model_tester(qtmodeltester, demo_plan: Plan) -> None:  # noqa: ANN001
    qtmodeltester.check(MessageModel(demo_plan))


def test_opens_on_the_first_message_with_the_title_given_the_room(
        qtbot, demo_plan: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, demo_plan)
    first = tab.model.message(0)
    assert tab.editor.title_edit.text() == first.title  # the editor is not left blank
    assert tab.table.selectionModel().selectedRows()[0].row() == 0
    header = tab.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(tab.model.columnCount())]
    assert widths[MessageModel.TITLE] == max(widths)
    assert tab.model.data(tab.model.index(0, MessageModel.LANGUAGE)) == first.language.upper()


def test_an_empty_library_opens_on_an_empty_editor(qtbot, plan: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, plan)
    assert tab.model.rowCount() == 0
    assert tab.editor.title_edit.text() == ""
