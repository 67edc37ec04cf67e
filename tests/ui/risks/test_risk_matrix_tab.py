"""Risks tab: the matrix filters the register, the register sorts, the form validates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.plan import Plan
from app.vocabulary import level_band
from ui.risks.register_model import RiskRegisterModel
from ui.risks.risk_dialog import RiskDialog
from ui.risks.tab import RiskMatrixTab
from ui.widgets.confirm_dialog import ConfirmDialog
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session


@pytest.fixture
def tab(qtbot, demo_plan: Plan, plan_signals: PlanSignals, session: Session) -> RiskMatrixTab:
    widget = RiskMatrixTab(demo_plan, plan_signals, session)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _titles(tab: RiskMatrixTab) -> list[str]:
    return [tab.model.risk(row).title for row in range(tab.model.rowCount(QModelIndex()))]


def test_register_model_passes_the_model_tester(qtmodeltester, demo_plan: Plan) -> None:
    model = RiskRegisterModel(demo_plan)
    model.reload()
    assert model.rowCount(QModelIndex()) == demo_plan.risks.count() > 0
    qtmodeltester.check(model)


def test_matrix_shows_the_count_of_each_cell(tab: RiskMatrixTab, demo_plan: Plan) -> None:
    counts = demo_plan.risks.matrix()
    for (lik, imp), n in counts.items():
        assert tab.matrix.count(lik, imp) == n
    # The band is written for screen readers and tooltips, not carried by colour alone.
    lik, imp = next(cell for cell, n in counts.items() if n)
    assert "risk" in tab.matrix.cell_text(lik, imp)
    assert level_band(lik, imp).capitalize() in tab.matrix.cell_text(lik, imp)
    assert tab.matrix.cell_text(lik, imp) in tab.matrix.accessibleDescription()


def test_clicking_a_cell_filters_the_register_and_clicking_again_shows_all(
        qtbot, tab: RiskMatrixTab, demo_plan: Plan) -> None:
    everything = demo_plan.risks.count()
    assert tab.model.rowCount(QModelIndex()) == everything
    (lik, imp), n = max(demo_plan.risks.matrix().items(), key=lambda item: item[1])
    centre = tab.matrix.cell_rect(lik, imp).center()
    qtbot.mouseClick(tab.matrix, Qt.MouseButton.LeftButton, pos=centre)
    assert tab.model.rowCount(QModelIndex()) == n < everything
    assert all(tab.model.risk(r).likelihood == lik and tab.model.risk(r).impact == imp
               for r in range(n))
    assert f"{n} risk" in tab.filter_label.text()
    qtbot.mouseClick(tab.matrix, Qt.MouseButton.LeftButton, pos=centre)
    assert tab.model.rowCount(QModelIndex()) == everything


def test_register_sorts_by_title_when_the_header_is_clicked(qtbot, tab: RiskMatrixTab) -> None:
    by_score = _titles(tab)
    assert [tab.model.risk(r).score for r in range(len(by_score))] == sorted(
        (tab.model.risk(r).score for r in range(len(by_score))), reverse=True)
    header = tab.table.horizontalHeader()
    title_column = QPoint(header.sectionViewportPosition(1) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_column)
    first = _titles(tab)
    alphabetical = sorted(by_score, key=str.casefold)
    assert first in (alphabetical, alphabetical[::-1])
    assert first != by_score
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_column)
    assert _titles(tab) == first[::-1]


def test_selecting_a_risk_shows_its_details_and_a_linked_message_can_be_opened(
        qtbot, tab: RiskMatrixTab, demo_plan: Plan) -> None:
    linked = next(r for r in demo_plan.risks.list() if demo_plan.messages.list(scenario_id=r.id))
    assert tab.select_risk(linked.id)
    html = tab.detail.text.toPlainText()
    assert linked.title in html
    for step in linked.checklist:
        assert step in html
    item = tab.detail.messages_list.item(0)
    rect = tab.detail.messages_list.visualItemRect(item)
    with qtbot.waitSignal(tab.message_requested) as emitted:
        qtbot.mouseClick(tab.detail.messages_list.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert emitted.args == [demo_plan.messages.list(scenario_id=linked.id)[0].id]


def test_risk_form_refuses_an_empty_title_keeps_the_text_and_saves_nothing(
        qtbot, demo_plan: Plan) -> None:
    before = demo_plan.risks.count()
    dialog = RiskDialog(demo_plan)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.description_edit, "Fuite de saumure sur la ligne 3")
    qtbot.keyClicks(dialog.checklist_edit, "Isoler la ligne")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error_label.isVisibleTo(dialog)
    assert "Title" in dialog.error_label.text() and "required" in dialog.error_label.text()
    assert dialog.description_edit.toPlainText() == "Fuite de saumure sur la ligne 3"
    assert demo_plan.risks.count() == before
    assert dialog.saved_risk is None


def test_risk_form_refuses_a_malformed_review_date(qtbot, demo_plan: Plan) -> None:
    before = demo_plan.risks.count()
    dialog = RiskDialog(demo_plan)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Greve des transporteurs")
    qtbot.keyClicks(dialog.next_review_edit, "31/12/2026")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "31/12/2026" in dialog.error_label.text()
    assert dialog.title_edit.text() == "Greve des transporteurs"
    assert demo_plan.risks.count() == before


def test_new_risk_is_saved_shown_on_the_matrix_and_selected(
        qtbot, tab: RiskMatrixTab, demo_plan: Plan, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill_and_save(parent, plan, risk=None):  # type: ignore[no-untyped-def]
        dialog = RiskDialog(plan, risk, parent)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.title_edit, "Greve des transporteurs")
        dialog.likelihood_spin.setValue(2)
        dialog.impact_spin.setValue(5)
        dialog.add_signal_row("hashtag", "#GreveTransport", "100 messages/h")
        qtbot.keyClicks(dialog.checklist_edit, "Prevenir les clients")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.saved_risk

    monkeypatch.setattr(RiskDialog, "ask", fill_and_save)
    before = tab.matrix.count(2, 5)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    stored = [r for r in demo_plan.risks.list() if r.title == "Greve des transporteurs"]
    assert len(stored) == 1
    assert stored[0].warning_signals[0].value == "#GreveTransport"
    assert stored[0].checklist == ["Prevenir les clients"]
    assert tab.matrix.count(2, 5) == before + 1
    assert tab.selected_risk() is not None and tab.selected_risk().id == stored[0].id
    assert "Greve des transporteurs" in tab.status_label.text()


def test_delete_asks_first_and_keeps_the_risk_when_refused(
        qtbot, tab: RiskMatrixTab, demo_plan: Plan, monkeypatch: pytest.MonkeyPatch) -> None:
    victim = demo_plan.risks.list()[0]
    tab.select_risk(victim.id)
    questions: list[str] = []
    monkeypatch.setattr(ConfirmDialog, "ask",
                        classmethod(lambda cls, parent, title, q: questions.append(q) or False))
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert victim.title in questions[0]
    assert demo_plan.risks.get(victim.id).title == victim.title

    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, parent, title, q: True))
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert victim.id not in {r.id for r in demo_plan.risks.list()}
    assert victim.title not in _titles(tab)


def test_titles_sort_accent_blind_and_the_review_day_is_written_for_the_window(
        plan: Plan) -> None:
    from app.vocabulary import RISK_CATEGORIES

    category = RISK_CATEGORIES[0]
    for title in ("Zone inondable", "Émeute", "eau polluée", "Epidémie"):
        plan.risks.add(title, category=category, likelihood=2, impact=2,
                       next_review="2026-12-31")
    model = RiskRegisterModel(plan)
    model.reload()
    model.sort(1, Qt.SortOrder.AscendingOrder)
    titles = [model.risk(row).title for row in range(model.rowCount(QModelIndex()))]
    assert titles == ["eau polluée", "Émeute", "Epidémie", "Zone inondable"]
    # English window (the suite's default): the day written out, never ISO.
    assert model.index(0, 4).data() == "31 Dec 2026"
