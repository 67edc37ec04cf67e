"""Contacts tab: search as you type, group filter, stale flag and "verified today", the form
refusing bad phone numbers, roles and call tree, windowed loading."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.clock import today
from app.plan import Plan
from ui.contacts.contact_dialog import ContactDialog
from ui.contacts.model import BATCH, ContactsModel
from ui.contacts.tab import ContactsTab
from ui.widgets.confirm_dialog import ConfirmDialog
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session


@pytest.fixture
def tab(qtbot, demo_plan: Plan, plan_signals: PlanSignals, session: Session) -> ContactsTab:
    widget = ContactsTab(demo_plan, plan_signals, session)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(tab: ContactsTab) -> list[str]:
    return [tab.model.contact(r).name for r in range(tab.model.rowCount(QModelIndex()))]


def test_contacts_model_passes_the_model_tester(qtmodeltester, demo_plan: Plan) -> None:
    model = ContactsModel(demo_plan)
    model.set_filter(group=None, search="")
    assert model.rowCount(QModelIndex()) == demo_plan.contacts.count()
    qtmodeltester.check(model)


def test_model_loads_a_window_at_a_time(qtmodeltester, plan: Plan) -> None:
    with plan.transaction():
        for i in range(BATCH + 30):
            plan.contacts.add(f"Contact {i:04d}", group="partners")
    model = ContactsModel(plan)
    model.set_filter(group=None, search="")
    assert model.rowCount(QModelIndex()) == BATCH and model.total == BATCH + 30
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount(QModelIndex()) == BATCH + 30
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_search_as_you_type_matches_name_and_phone_digits(
        qtbot, tab: ContactsTab, demo_plan: Plan) -> None:
    everyone = demo_plan.contacts.count()
    assert tab.model.total == everyone
    someone = next(c for c in demo_plan.contacts.list() if c.phones.get("mobile"))
    qtbot.keyClicks(tab.search_edit, someone.name.split()[-1][:5].encode("ascii", "ignore")
                    .decode() or someone.name[:3])
    assert 0 < tab.model.total < everyone
    assert someone.name in _names(tab)
    tab.search_edit.clear()
    assert tab.model.total == everyone
    national = demo_plan.contacts.display_phone(someone.phones["mobile"])
    qtbot.keyClicks(tab.search_edit, national[-8:])  # the last digits, spaces included
    assert someone.name in _names(tab)
    assert tab.model.total < everyone
    assert f"{tab.model.total} contact" in tab.count_label.text()


def test_group_filter_shows_only_that_group(qtbot, tab: ContactsTab, demo_plan: Plan) -> None:
    tab.group_combo.setCurrentIndex(tab.group_combo.findData("press"))
    press = {c.name for c in demo_plan.contacts.list(group="press")}
    assert set(_names(tab)) == press and press
    tab.group_combo.setCurrentIndex(0)
    assert tab.model.total == demo_plan.contacts.count()


def test_sorting_by_organisation_is_done_by_the_service(qtbot, tab: ContactsTab,
                                                         demo_plan: Plan) -> None:
    header = tab.table.horizontalHeader()
    column = QPoint(header.sectionViewportPosition(2) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=column)
    expected = [c.name for c in demo_plan.contacts.list(order_by="organisation")]
    assert _names(tab) in (expected, [c.name for c in demo_plan.contacts.list(
        order_by="organisation", descending=True)])


def test_stale_contact_is_flagged_in_words_and_verified_in_one_click(
        qtbot, tab: ContactsTab, demo_plan: Plan) -> None:
    stale = next(c for c in demo_plan.contacts.list() if c.is_stale())
    tab.show_contact(stale.id)
    row = tab.model.row_of(stale.id)
    assert tab.model.index(row, 5).data().startswith("⚠ ")
    assert "To verify" in tab.model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tab.detail.stale_label.isVisible()
    assert "To verify" in tab.detail.stale_label.text()
    qtbot.mouseClick(tab.detail.verify_button, Qt.MouseButton.LeftButton)
    assert demo_plan.contacts.get(stale.id).last_verified == today().isoformat()
    assert not tab.detail.stale_label.isVisible()
    row = tab.model.row_of(stale.id)
    day = today()  # shown as the English window writes a day, never ISO
    assert tab.model.index(row, 5).data() == f"{day.day} {day.strftime('%b')} {day.year}"
    assert "verified today" in tab.status_label.text()


def test_roles_and_call_tree_are_shown(tab: ContactsTab, demo_plan: Plan) -> None:
    roles = demo_plan.cell.roles()
    assert tab.cell_panel.roles_table.rowCount() == len(roles) > 0
    director = demo_plan.contacts.get(roles[0].holder_id)
    assert tab.cell_panel.roles_table.item(0, 1).text() == director.name
    tree = demo_plan.cell.call_tree()
    assert tab.cell_panel.call_tree.topLevelItemCount() == len(tree.roots)
    first = tab.cell_panel.call_tree.topLevelItem(0)
    assert first.text(0) == f"1. {demo_plan.contacts.get(tree.roots[0].contact_id).name}"
    assert first.childCount() == len(tree.roots[0].calls)


def test_clicking_a_role_holder_selects_the_contact(qtbot, tab: ContactsTab,
                                                     demo_plan: Plan) -> None:
    qtbot.keyClicks(tab.search_edit, "zzzz-nobody")
    assert tab.model.total == 0
    holder_id = demo_plan.cell.roles()[0].holder_id
    table = tab.cell_panel.roles_table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(0, 1)).center())
    assert tab.selected_contact() is not None and tab.selected_contact().id == holder_id
    assert tab.search_edit.text() == ""


def test_contact_form_refuses_an_invalid_phone_inline_and_saves_nothing(
        qtbot, demo_plan: Plan) -> None:
    before = demo_plan.contacts.count()
    dialog = ContactDialog(demo_plan)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Paul Girard")
    qtbot.keyClicks(dialog.phone_edits["mobile"], "06 12")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error_label.isVisibleTo(dialog)
    assert "Mobile phone" in dialog.error_label.text()
    assert "not a valid phone number" in dialog.error_label.text()
    assert dialog.name_edit.text() == "Paul Girard"
    assert dialog.phone_edits["mobile"].text() == "06 12"
    assert demo_plan.contacts.count() == before
    assert dialog.saved_contact is None


def test_new_contact_is_saved_with_its_number_and_selected(
        qtbot, tab: ContactsTab, demo_plan: Plan, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill_and_save(parent, plan, contact=None):  # type: ignore[no-untyped-def]
        dialog = ContactDialog(plan, contact, parent)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.name_edit, "Paul Girard")
        dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("press"))
        qtbot.keyClicks(dialog.phone_edits["mobile"], "06 12 34 56 78")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.saved_contact

    monkeypatch.setattr(ContactDialog, "ask", fill_and_save)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    stored = demo_plan.contacts.list(search="Paul Girard")
    assert len(stored) == 1 and stored[0].phones == {"mobile": "+33612345678"}
    assert tab.selected_contact().id == stored[0].id
    assert "06 12 34 56 78" in tab.detail.text.toPlainText()


def test_delete_asks_first(qtbot, tab: ContactsTab, demo_plan: Plan,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    victim = demo_plan.contacts.list(group="suppliers")[0]
    tab.show_contact(victim.id)
    monkeypatch.setattr(ContactDialog, "ask", None)  # no form is opened by a deletion
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, p, t, q: False))
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert demo_plan.contacts.get(victim.id).name == victim.name
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, p, t, q: True))
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert victim.name not in _names(tab)
    assert victim.id not in {c.id for c in demo_plan.contacts.list()}
