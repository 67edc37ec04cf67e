"""The log as practitioners keep it, and an incident that ends properly (issue 9, 5 and 6),
driven in the real tab on real plans."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from app.clock import to_local
from app.plan import Plan
from ui.incident_log.journal_model import JournalModel
from ui.incident_log.tab import IncidentLogTab
from ui.widgets.notice_bar import NoticeBar
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session

AUTHOR = "Hélène Martin"


def build(qtbot, plan: Plan, width: int = 1280, height: int = 720,  # noqa: ANN001
          notice: NoticeBar | None = None) -> IncidentLogTab:
    """The tab in a window of a laptop's size (with a notice bar above it, as in the window)."""
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    if notice is not None:
        layout.addWidget(notice)
    tab = IncidentLogTab(plan, PlanSignals(plan), Session(AUTHOR))
    layout.addWidget(tab, 1)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: tab.side_panels_filled)
    tab.test_window = window  # type: ignore[attr-defined]  # the window lives with the tab
    return tab


@pytest.fixture
def active(plan: Plan) -> Plan:
    plan.incidents.open("Fuite de données", author=AUTHOR, level="alerte")
    return plan


def incident_id(plan: Plan) -> str:
    incident = plan.incidents.active()
    assert incident is not None
    return incident.id


def type_and_enter(qtbot, tab: IncidentLogTab, text: str) -> None:  # noqa: ANN001
    for char in text:
        if char.isascii():
            qtbot.keyClicks(tab.entry_line, char)
        else:
            tab.entry_line.insert(char)
    qtbot.keyClick(tab.entry_line, Qt.Key.Key_Return)


def last_row_visible(tab: IncidentLogTab) -> bool:
    last = tab.model.index(tab.model.rowCount() - 1, 0)
    rect = tab.table.visualRect(last)
    return rect.isValid() and tab.table.viewport().rect().contains(rect)


# --- the entry line ------------------------------------------------------------------------

def test_a_time_typed_first_is_when_it_happened(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    earlier = datetime.now().astimezone() - timedelta(hours=2)
    type_and_enter(qtbot, tab, f"{earlier:%H:%M} Appel de l'ARS")
    entry = active.journal.entries(incident_id(active))[-1]
    assert entry.text == "Appel de l'ARS"
    occurred = to_local(entry.occurred_at)
    assert (occurred.hour, occurred.minute) == (earlier.hour, earlier.minute)
    assert occurred.date() == earlier.date()
    shown = tab.model.data(tab.model.index(tab.model.rowCount() - 1, JournalModel.TIME))
    assert shown.endswith(f"({earlier:%H:%M})")
    assert tab.model.headerData(JournalModel.TIME, Qt.Orientation.Horizontal) == (
        "Time (happened)")
    tooltip = tab.model.data(tab.model.index(tab.model.rowCount() - 1, JournalModel.TIME),
                             Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Happened ") and "logged" in tooltip
    # a line without a leading time is logged now, and shows one time
    type_and_enter(qtbot, tab, "Rien de plus")
    last = active.journal.entries(incident_id(active))[-1]
    assert last.occurred_at is None
    assert "(" not in tab.model.data(
        tab.model.index(tab.model.rowCount() - 1, JournalModel.TIME))


def test_the_kind_returns_to_observation_unless_kept(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    qtbot.keyClick(tab.entry_line, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    type_and_enter(qtbot, tab, "On coupe le site")
    assert active.journal.entries(incident_id(active))[-1].kind == "decision"
    assert tab.kind_combo.currentData() == "observation"
    tab.kind_lock.setChecked(True)
    qtbot.keyClick(tab.entry_line, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    type_and_enter(qtbot, tab, "Appel du DPO")
    type_and_enter(qtbot, tab, "Appel de l'avocat")
    kinds = [e.kind for e in active.journal.entries(incident_id(active))[-2:]]
    assert kinds == ["call", "call"] and tab.kind_combo.currentData() == "call"


def test_ctrl_a_selects_the_text_as_everywhere(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    qtbot.keyClicks(tab.entry_line, "Texte a remplacer")
    qtbot.keyClick(tab.entry_line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert tab.entry_line.selectedText() == "Texte a remplacer"
    assert tab.kind_combo.currentData() == "observation"
    qtbot.keyClicks(tab.entry_line, "Neuf")
    assert tab.entry_line.text() == "Neuf"


def test_the_entry_line_has_the_room_of_its_placeholder(qtbot, active: Plan) -> None:  # noqa: ANN001
    tab = build(qtbot, active)
    font = tab.entry_line.font()
    font.setPointSize(14)
    needed = QFontMetrics(font).horizontalAdvance(tab.entry_line.placeholderText())
    assert tab.entry_line.width() >= needed


# --- the table follows the newest entry ----------------------------------------------------

def _many(plan: Plan, n: int) -> None:
    with plan.transaction():
        for number in range(n):
            plan.journal.append(incident_id(plan), f"Constat {number}", author="Paul")


def test_the_table_opens_on_the_newest_and_follows(qtbot, active: Plan) -> None:  # noqa: ANN001
    _many(active, 120)
    tab = build(qtbot, active)
    bar = tab.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == bar.maximum() and last_row_visible(tab)
    active.journal.append(incident_id(active), "Depuis un autre poste", author="Paul")
    qtbot.waitUntil(lambda: last_row_visible(tab))
    assert tab.following


def test_scrolled_up_the_table_stays_put(qtbot, active: Plan) -> None:  # noqa: ANN001
    _many(active, 120)
    tab = build(qtbot, active)
    bar = tab.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(10)
    assert not tab.following
    active.journal.append(incident_id(active), "Depuis un autre poste", author="Paul")
    QApplication.processEvents()
    assert bar.value() == 10 and not last_row_visible(tab)
    # one's own entry is shown, and following starts again
    type_and_enter(qtbot, tab, "Mon entrée")
    qtbot.waitUntil(lambda: last_row_visible(tab))
    assert tab.following


def test_a_notice_bar_never_hides_the_last_row(qtbot, active: Plan) -> None:  # noqa: ANN001
    _many(active, 120)
    notice = NoticeBar()
    tab = build(qtbot, active, notice=notice)
    bar = tab.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and last_row_visible(tab))
    height = tab.table.viewport().height()
    notice.show_notice("Sauvegarde impossible : le disque est plein.\nDeuxième ligne.",
                       "problem")
    qtbot.waitUntil(lambda: tab.table.viewport().height() < height)
    assert last_row_visible(tab)
    tab.table.selectRow(tab.model.rowCount() - 1)  # the detail line takes height too
    qtbot.waitUntil(lambda: tab.detail_label.isVisible())
    QApplication.processEvents()
    assert last_row_visible(tab)


# --- incoming information ------------------------------------------------------------------

def test_status_buttons_keep_their_place_and_meaning(qtbot, active: Plan) -> None:  # noqa: ANN001
    first = active.journal.append(incident_id(active), "Base sur un forum", kind="information",
                                  author="Paul")
    tab = build(qtbot, active)
    panel = tab.info_panel

    def layout_of(entry_id: str) -> list[str]:
        box = panel.buttons[(entry_id, "to_verify")].parentWidget()
        return [box.layout().itemAt(i).widget().text() for i in range(box.layout().count())]

    assert layout_of(first.id) == ["To verify", "Verified", "False"]
    assert panel.buttons[(first.id, "to_verify")].isChecked()
    # new information arrives below: the first row keeps its place
    second = active.journal.append(incident_id(active), "Tweet d'un salarié",
                                   kind="information", author="Paul")
    qtbot.waitUntil(lambda: (second.id, "false") in panel.buttons)
    assert panel.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) == first.id
    qtbot.mouseClick(panel.buttons[(first.id, "verified")], Qt.MouseButton.LeftButton)
    assert active.journal.current_status(first.id) == "verified"
    assert active.journal.current_status(second.id) == "to_verify"
    assert layout_of(first.id) == ["To verify", "Verified", "False"]  # same spot, same word
    assert panel.buttons[(first.id, "verified")].isChecked()
    assert not panel.buttons[(first.id, "to_verify")].isChecked()
    # a click on the current status logs nothing
    count = active.journal.count(incident_id(active))
    qtbot.mouseClick(panel.buttons[(first.id, "verified")], Qt.MouseButton.LeftButton)
    assert active.journal.count(incident_id(active)) == count
    assert panel.buttons[(first.id, "verified")].isChecked()
    assert "Information vérifiée" in panel.tree.topLevelItem(0).toolTip(1)


# --- an incident ends properly -------------------------------------------------------------

def _open_work(plan: Plan) -> tuple[str, str, str]:
    owner = plan.contacts.add("Nicolas Bertrand", group="crisis_cell")
    late = plan.incidents.add_action(incident_id(plan), "Prévenir l'assureur", author=AUTHOR,
                                     owner_id=owner.id, due_at="2020-01-01T10:00:00.000Z")
    other = plan.incidents.add_action(incident_id(plan), "Notifier la CNIL", author=AUTHOR)
    rumour = plan.journal.append(incident_id(plan), "Données en vente", kind="information",
                                 author="Paul")
    return late.id, other.id, rumour.id


def test_closing_settles_what_is_open_then_asks_for_the_review(qtbot, active: Plan) -> None:  # noqa: ANN001
    late_id, other_id, _rumour = _open_work(active)
    the_incident = incident_id(active)
    tab = build(qtbot, active)
    tab.entry_line.setText("Pas encore inscrit")
    dialog = tab.close_incident()
    assert dialog.actions_table.rowCount() == 2
    assert dialog.to_verify_list.count() == 1
    assert "Données en vente" in dialog.to_verify_list.item(0).text()
    assert dialog.typed_box.isVisible() and dialog.typed_box.isChecked()
    before = active.journal.count(the_incident)

    rows = {dialog.actions_table.item(r, 0).text(): r for r in range(2)}
    choice, reason = dialog.action_widgets(rows["Notifier la CNIL"])
    choice.setCurrentIndex(choice.findData("drop"))
    assert reason.isEnabled()
    dialog.statement_edit.setPlainText("Fuite contenue.")
    dialog.try_accept()  # dropped without a reason: refused, nothing written
    assert dialog.isVisible() and "reason" in dialog.error_label.text()
    reason.setText("Faite par le DPO")
    dialog.statement_edit.setPlainText("  ")
    dialog.try_accept()  # no statement: refused
    assert dialog.isVisible() and "closing statement" in dialog.error_label.text()
    assert active.journal.count(the_incident) == before and active.incidents.active()

    dialog.statement_edit.setPlainText("Fuite contenue, clients prévenus.")
    dialog.try_accept()
    assert not dialog.isVisible()
    assert active.incidents.active() is None
    tail = active.journal.entries(the_incident)[-4:]
    assert tail[0].text == "Pas encore inscrit"  # the typed line, logged before the closure
    assert {tail[1].text, tail[2].text} == {
        "Action reportée dans les tâches du plan : Prévenir l'assureur.",
        "Action abandonnée : Notifier la CNIL. Motif : Faite par le DPO"}
    assert tail[3].kind == "closure" and "Fuite contenue, clients prévenus." in tail[3].text
    assert "Informations encore à vérifier à la clôture : 1." in tail[3].text
    assert [t.title for t in active.review.tasks()] == ["Prévenir l'assureur"]
    assert late_id and other_id
    assert tab.entry_line.text() == "" and not tab.has_unsaved_draft()
    assert tab.last_review_dialog is not None and tab.last_review_dialog.isVisible()
    assert tab.level_badge.text() == "CLOSED"
    assert active.journal.verify().ok


def test_a_refused_closing_writes_nothing(qtbot, active: Plan) -> None:  # noqa: ANN001
    _open_work(active)
    the_incident = incident_id(active)
    tab = build(qtbot, active)
    dialog = tab.close_incident()
    dialog.statement_edit.setPlainText("x" * 5001)  # too long: the service refuses
    before = (active.journal.count(the_incident), len(active.incidents.actions(the_incident)))
    dialog.try_accept()
    assert dialog.isVisible() and dialog.error_label.text()
    assert (active.journal.count(the_incident),
            len(active.incidents.actions(the_incident))) == before
    assert active.incidents.active() is not None and active.review.tasks() == []


def test_a_closed_incident_shows_closed_and_no_overdue(qtbot, active: Plan) -> None:  # noqa: ANN001
    _open_work(active)
    active.incidents.close(incident_id(active), author=AUTHOR)  # e.g. from the CLI
    tab = build(qtbot, active)
    assert tab.level_badge.text() == "CLOSED"
    assert "Alert" in tab.level_badge.toolTip()
    assert "OVERDUE" not in tab.actions_panel.title()
    tree = tab.actions_panel.tree
    assert all(not tree.topLevelItem(i).text(2).startswith("⚠")
               for i in range(tree.topLevelItemCount()))
