"""Setting the cell up in the window, on a plan made by `crisiscell new`: roles assigned with
the contact pickers, roles of the plan's own, the call-tree editor, the contact form's roles;
every refusal said in words (English and French), nothing saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.cli.main import main as cli_main
from app.plan import Plan
from app.vocabulary import CELL_ROLES
from ui.contacts.assign_role_dialog import AssignRoleDialog
from ui.contacts.call_dialog import CallDialog
from ui.contacts.cell_panel import CellPanel
from ui.contacts.contact_dialog import ContactDialog
from ui.contacts.role_name_dialog import RoleNameDialog
from ui.contacts.tab import ContactsTab
from ui.widgets.confirm_dialog import ConfirmDialog
from ui.widgets.contact_picker import ContactPicker, ContactPickerModel
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session
from ui.words.i18n import Translations

PEOPLE = (("Hélène Martin", "Directrice générale"), ("Paul Martin", "DAF"),
          ("Marie Durand", "Communication"), ("Luc Bernard", "DSI"), ("Nadia Benali", "DRH"))


@pytest.fixture
def new_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Plan]:
    """A plan made by `crisiscell new`, five contacts added, open."""
    path = tmp_path / "cell.crisiscell"
    assert cli_main(["new", str(path), "--organisation", "Conserverie Dupont"]) == 0
    capsys.readouterr()
    plan = Plan.open(path)
    for name, function in PEOPLE:
        plan.contacts.add(name, group="crisis_cell", function=function,
                          phones={"mobile": "06 12 34 56 78"})
    yield plan
    plan.close()


@pytest.fixture
def ids(new_plan: Plan) -> dict[str, str]:
    """First name → contact id."""
    return {c.name.split()[0]: c.id for c in new_plan.contacts.list()}


@pytest.fixture
def signals(new_plan: Plan, qapp: QApplication) -> Iterator[PlanSignals]:
    installed = PlanSignals(new_plan)
    yield installed
    installed.detach()


@pytest.fixture
def tab(qtbot, new_plan: Plan, signals: PlanSignals) -> ContactsTab:
    widget = ContactsTab(new_plan, signals, Session(author="Claire Dubois"))
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations(qapp)
    yield installed
    installed.install("en")
    QCoreApplication.processEvents()  # the language change is heard while the plan is open


def save(dialog: object) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # type: ignore[attr-defined]


def tree_rows(panel: CellPanel) -> list[tuple[int, str]]:
    """The call tree as shown: (depth, "1. Name")."""
    out: list[tuple[int, str]] = []

    def visit(item, depth: int) -> None:  # type: ignore[no-untyped-def]
        out.append((depth, item.text(0)))
        for i in range(item.childCount()):
            visit(item.child(i), depth + 1)

    for i in range(panel.call_tree.topLevelItemCount()):
        visit(panel.call_tree.topLevelItem(i), 0)
    return out


# --- the contact picker ----------------------------------------------------------------------
def test_picker_model_passes_the_model_tester(qtmodeltester, new_plan: Plan,
                                              ids: dict[str, str]) -> None:
    model = ContactPickerModel(new_plan)
    model.set_search("")
    assert model.rowCount(QModelIndex()) == len(PEOPLE) + 1  # "nobody" first
    qtmodeltester.check(model)
    model.set_search("martin", pinned_id=ids["Luc"])
    assert [model.contact(r).name if model.contact(r) else None
            for r in range(model.rowCount())] == [None, "Luc Bernard", "Hélène Martin",
                                                  "Paul Martin"]
    qtmodeltester.check(model)
    strict = ContactPickerModel(new_plan, allow_none=False)
    strict.set_search("nadia")
    assert strict.rowCount() == 1 and strict.data(strict.index(0)) == "Nadia Benali — DRH"
    qtmodeltester.check(strict)


def test_picker_chooses_what_is_typed_and_can_choose_nobody(qtbot, new_plan: Plan,
                                                             ids: dict[str, str]) -> None:
    picker = ContactPicker(new_plan)
    qtbot.addWidget(picker)
    assert picker.chosen_id() is None
    qtbot.keyClicks(picker.search_edit, "nad")
    assert picker.chosen_id() == ids["Nadia"]
    qtbot.keyClicks(picker.search_edit, "ia b")  # still fits: still Nadia
    assert picker.chosen_id() == ids["Nadia"]
    picker.search_edit.clear()
    qtbot.keyClicks(picker.search_edit, "zz")  # fits nobody: nobody, not a half-typed match
    assert picker.chosen_id() is None
    picker.search_edit.clear()
    qtbot.keyClicks(picker.search_edit, "06 12")  # phone digits: the first by name
    assert picker.chosen_id() == ids["Hélène"]
    picker.choose(None)
    assert picker.chosen_id() is None
    picker.list_view.setCurrentIndex(picker.model.index(picker.model.row_of(ids["Luc"])))
    assert picker.chosen_id() == ids["Luc"]


def test_a_deleted_contact_is_not_offered(qtbot, new_plan: Plan, ids: dict[str, str]) -> None:
    new_plan.contacts.delete(ids["Luc"])
    picker = ContactPicker(new_plan)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search_edit, "luc")
    assert picker.model.row_of(ids["Luc"]) is None and picker.chosen_id() is None


# --- roles -----------------------------------------------------------------------------------
def test_a_new_plan_shows_its_standard_roles_vacant(tab: ContactsTab) -> None:
    table = tab.cell_panel.roles_table
    assert table.rowCount() == len(CELL_ROLES)
    assert table.item(0, 0).text() == "Crisis director"
    assert {table.item(r, c).text() for r in range(table.rowCount()) for c in (1, 2)} == {
        "— vacant —"}
    assert tab.cell_panel.call_tree.topLevelItemCount() == 0


def test_assign_a_role_from_the_panel(qtbot, tab: ContactsTab, new_plan: Plan,
                                      ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
                                      ) -> None:
    def choose_and_save(parent, plan, role):  # type: ignore[no-untyped-def]
        dialog = AssignRoleDialog(plan, role, parent)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.holder_picker.search_edit, "helene")
        qtbot.keyClicks(dialog.deputy_picker.search_edit, "paul")
        save(dialog)
        return dialog.saved_role

    monkeypatch.setattr(AssignRoleDialog, "ask", choose_and_save)
    panel = tab.cell_panel
    tab.show_contact(ids["Hélène"])
    assert "Crisis director" not in tab.detail.text.toPlainText()
    assert not panel.assign_button.isEnabled()
    panel.roles_table.selectRow(0)
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    director = new_plan.cell.roles()[0]
    assert (director.holder_id, director.deputy_id) == (ids["Hélène"], ids["Paul"])
    # The panel heard of the change and shows it, selection kept.
    assert (panel.roles_table.item(0, 1).text(), panel.roles_table.item(0, 2).text()) == (
        "Hélène Martin", "Paul Martin")
    assert panel.selected_role().id == director.id
    assert panel.status_label.text() == "Crisis director: holder and deputy saved"
    assert "Crisis director (holder)" in tab.detail.text.toPlainText()  # her details too


def test_the_assign_dialog_refuses_the_same_person_twice_and_clears(
        qtbot, new_plan: Plan, ids: dict[str, str]) -> None:
    role = new_plan.cell.roles()[1]
    dialog = AssignRoleDialog(new_plan, role)
    qtbot.addWidget(dialog)
    dialog.holder_picker.choose(ids["Marie"])
    dialog.deputy_picker.choose(ids["Marie"])
    save(dialog)
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == "The deputy cannot be the holder."
    assert dialog.saved_role is None and new_plan.cell.role(role.id).holder_id is None
    dialog.deputy_picker.choose(None)
    save(dialog)
    assert new_plan.cell.role(role.id).holder_id == ids["Marie"]
    clearing = AssignRoleDialog(new_plan, new_plan.cell.role(role.id))
    qtbot.addWidget(clearing)
    assert clearing.holder_picker.chosen_id() == ids["Marie"]
    clearing.holder_picker.choose(None)
    save(clearing)
    assert new_plan.cell.role(role.id).holder_id is None


def test_roles_of_the_plans_own(qtbot, tab: ContactsTab, new_plan: Plan,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    names = iter(["Porte-parole", "Porte-parole presse"])

    def name_and_save(parent, plan, role=None):  # type: ignore[no-untyped-def]
        dialog = RoleNameDialog(plan, role, parent)
        qtbot.addWidget(dialog)
        dialog.name_edit.setText(next(names))
        save(dialog)
        return dialog.saved_role

    monkeypatch.setattr(RoleNameDialog, "ask", name_and_save)
    panel = tab.cell_panel
    qtbot.mouseClick(panel.add_role_button, Qt.MouseButton.LeftButton)
    assert panel.roles_table.rowCount() == len(CELL_ROLES) + 1
    assert panel.roles_table.item(len(CELL_ROLES), 0).text() == "Porte-parole"
    assert panel.selected_role().custom_name == "Porte-parole"
    assert panel.rename_role_button.isEnabled() and panel.remove_role_button.isEnabled()
    qtbot.mouseClick(panel.rename_role_button, Qt.MouseButton.LeftButton)
    assert panel.roles_table.item(len(CELL_ROLES), 0).text() == "Porte-parole presse"
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, p, t, q: True))
    qtbot.mouseClick(panel.remove_role_button, Qt.MouseButton.LeftButton)
    assert panel.roles_table.rowCount() == len(CELL_ROLES)
    panel.roles_table.selectRow(0)
    assert not panel.rename_role_button.isEnabled()  # a standard role keeps its name


def test_a_role_name_already_taken_is_refused_in_words(qtbot, new_plan: Plan) -> None:
    dialog = RoleNameDialog(new_plan)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Legal")
    save(dialog)
    assert dialog.error_label.text() == "A role named “Legal” already exists."
    assert len(new_plan.cell.roles()) == len(CELL_ROLES)


# --- call tree -------------------------------------------------------------------------------
def add_call(qtbot, plan: Plan, caller_id: str | None, name: str) -> CallDialog:  # type: ignore[no-untyped-def]
    dialog = CallDialog(plan, caller_id=caller_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.callee_picker.search_edit, name)
    save(dialog)
    return dialog


def test_call_tree_editor(qtbot, tab: ContactsTab, new_plan: Plan, ids: dict[str, str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    panel = tab.cell_panel
    answers = iter([(None, "helene"), ("Hélène", "paul"), ("Hélène", "marie"),
                    ("Hélène", "luc")])

    def fill(parent, plan, *, caller_id=None, link=None):  # type: ignore[no-untyped-def]
        caller, name = next(answers)
        dialog = add_call(qtbot, plan, ids[caller] if caller else None, name)
        return dialog.saved_link

    monkeypatch.setattr(CallDialog, "ask", fill)
    for _ in range(4):
        qtbot.mouseClick(panel.add_call_button, Qt.MouseButton.LeftButton)
    assert tree_rows(panel) == [(0, "1. Hélène Martin"), (1, "1. Paul Martin"),
                                (1, "2. Marie Durand"), (1, "3. Luc Bernard")]
    assert panel.status_label.text() == "Call added: Luc Bernard"
    # Luc, selected after his call was added, moves up twice: first to call.
    assert panel.selected_link().callee_id == ids["Luc"]
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert tree_rows(panel)[1:] == [(1, "1. Luc Bernard"), (1, "2. Paul Martin"),
                                    (1, "3. Marie Durand")]
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert tree_rows(panel)[1:3] == [(1, "1. Paul Martin"), (1, "2. Luc Bernard")]
    panel.pages.setCurrentIndex(1)
    panel.call_tree.setFocus()
    qtbot.keyClick(panel.call_tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert tree_rows(panel)[1:] == [(1, "1. Paul Martin"), (1, "2. Marie Durand"),
                                    (1, "3. Luc Bernard")]
    qtbot.keyClick(panel.call_tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert tree_rows(panel)[2] == (1, "2. Luc Bernard")

    def move_under_paul(parent, plan, *, caller_id=None, link=None):  # type: ignore[no-untyped-def]
        dialog = CallDialog(plan, link=link, parent=parent)
        qtbot.addWidget(dialog)
        dialog.caller_combo.setCurrentIndex(dialog.caller_combo.findData(ids["Paul"]))
        save(dialog)
        return dialog.saved_link

    monkeypatch.setattr(CallDialog, "ask", move_under_paul)
    panel.select_callee(ids["Marie"])
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    assert tree_rows(panel) == [(0, "1. Hélène Martin"), (1, "1. Paul Martin"),
                                (2, "1. Marie Durand"), (1, "2. Luc Bernard")]
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, p, t, q: True))
    panel.select_callee(ids["Paul"])
    qtbot.mouseClick(panel.remove_call_button, Qt.MouseButton.LeftButton)
    assert tree_rows(panel) == [(0, "1. Hélène Martin"), (1, "1. Marie Durand"),
                                (1, "2. Luc Bernard")]
    assert panel.status_label.text() == "Out of the call tree: Paul Martin"


def test_a_loop_or_someone_called_twice_is_refused_in_words(
        qtbot, new_plan: Plan, ids: dict[str, str]) -> None:
    new_plan.cell.add_call(None, ids["Hélène"])
    new_plan.cell.add_call(ids["Hélène"], ids["Nadia"])
    links = len(new_plan.cell.links())
    twice = add_call(qtbot, new_plan, None, "nadia")
    assert twice.saved_link is None
    assert twice.error_label.text().startswith("This person is already called in the call tree")
    loop = CallDialog(new_plan, link=new_plan.cell.link_to(ids["Hélène"]))
    qtbot.addWidget(loop)
    loop.caller_combo.setCurrentIndex(loop.caller_combo.findData(ids["Nadia"]))
    save(loop)
    assert loop.error_label.text().startswith("That call would make a loop")
    assert len(new_plan.cell.links()) == links
    assert new_plan.cell.link_to(ids["Hélène"]).caller_id is None


def test_refusals_are_french_in_french(qtbot, new_plan: Plan, ids: dict[str, str],
                                       translations: Translations) -> None:
    # (translations last: English is back before the plan closes under the widgets)
    # Widgets of earlier tests, over plans now closed, must not hear the language change.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert translations.install("fr")
    new_plan.cell.add_call(None, ids["Hélène"])
    new_plan.cell.add_call(ids["Hélène"], ids["Nadia"])
    loop = CallDialog(new_plan, link=new_plan.cell.link_to(ids["Hélène"]))
    qtbot.addWidget(loop)
    assert loop.windowTitle() == "Changer qui passe l'appel"
    loop.caller_combo.setCurrentIndex(loop.caller_combo.findData(ids["Nadia"]))
    save(loop)
    assert loop.error_label.text().startswith("Cet appel ferait une boucle")
    twice = add_call(qtbot, new_plan, None, "nadia")
    assert twice.error_label.text().startswith("Cette personne est déjà appelée")
    assign = AssignRoleDialog(new_plan, new_plan.cell.roles()[0])
    qtbot.addWidget(assign)
    assert assign.windowTitle() == "Attribuer le rôle : Directeur de crise"
    panel = CellPanel(new_plan)
    qtbot.addWidget(panel)
    assert (panel.assign_button.text(), panel.pages.tabText(1)) == (
        "Attribuer…", "Arbre d'appel (qui appelle qui)")


# --- the contact form's roles ------------------------------------------------------------------
def test_the_contact_form_sets_the_contacts_roles(qtbot, new_plan: Plan,
                                                  ids: dict[str, str]) -> None:
    roles = new_plan.cell.roles()
    new_plan.cell.assign(roles[0].id, holder_id=ids["Hélène"])
    dialog = ContactDialog(new_plan, new_plan.contacts.get(ids["Marie"]))
    qtbot.addWidget(dialog)
    editor = dialog.roles_editor
    editor.set_place(roles[0].id, "holder")  # takes over from Hélène: said beside it
    assert "instead of Hélène Martin" in editor._others[roles[0].id].text()
    editor.set_place(roles[1].id, "deputy")
    save(dialog)
    assert dialog.saved_contact is not None
    assert new_plan.cell.roles_of(ids["Marie"]) == [("crisis_director", "holder"),
                                                    ("communication", "deputy")]
    again = ContactDialog(new_plan, new_plan.contacts.get(ids["Marie"]))
    qtbot.addWidget(again)
    assert again.roles_editor.place(roles[0].id) == "holder"
    again.roles_editor.set_place(roles[0].id, None)
    save(again)
    assert new_plan.cell.roles_of(ids["Marie"]) == [("communication", "deputy")]


def test_a_refused_contact_form_saves_no_role_either(qtbot, new_plan: Plan) -> None:
    role = new_plan.cell.roles()[3]
    dialog = ContactDialog(new_plan)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Zoé Petit")
    dialog.roles_editor.set_place(role.id, "holder")
    qtbot.keyClicks(dialog.phone_edits["mobile"], "06 12")  # not a number: refused
    save(dialog)
    assert dialog.saved_contact is None and "not a valid phone number" in \
        dialog.error_label.text()
    assert new_plan.cell.role(role.id).holder_id is None
    assert new_plan.contacts.count() == len(PEOPLE)
    dialog.phone_edits["mobile"].setText("06 12 34 56 78")
    save(dialog)
    assert new_plan.cell.role(role.id).holder_id == dialog.saved_contact.id
