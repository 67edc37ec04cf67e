"""Small things a stressed user hits: the cursor in the first field, due times typed as a French
user writes them (with one-click delays, a past one warned), on real plans."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtWidgets import QLineEdit

from app.clock import parse_utc
from app.plan import Plan
from ui.incident_log.action_item_dialog import ActionItemDialog, read_due
from ui.incident_log.open_incident_dialog import OpenIncidentDialog

NOW = datetime(2026, 12, 1, 2, 0).astimezone()


def test_open_incident_dialog_puts_the_cursor_in_the_title(qtbot, demo_plan: Plan) -> None:
    dialog = OpenIncidentDialog(demo_plan, lambda values: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.title_edit
    qtbot.keyClicks(dialog.focusWidget(), "Rumeur de fuite")
    assert dialog.title_edit.text() == "Rumeur de fuite"


def test_due_times_read_as_a_french_user_types_them() -> None:
    assert read_due("04/12/2026 02:00", NOW) == datetime(2026, 12, 4, 2, 0).astimezone()
    assert read_due("demain 9h", NOW) == datetime(2026, 12, 2, 9, 0).astimezone()
    assert read_due("+72h", NOW) == NOW + timedelta(hours=72)
    assert read_due("14:30", NOW) == datetime(2026, 12, 1, 14, 30).astimezone()
    for nonsense in ("bientôt", "31/02/2026 10:00", "25:00", ""):
        assert read_due(nonsense, NOW) is None, nonsense


def _dialog(qtbot, plan: Plan, saved: list[dict[str, Any]]) -> ActionItemDialog:
    def submit(values: dict[str, Any]) -> object:
        saved.append(values)
        return values
    dialog = ActionItemDialog(plan, submit, now=lambda: NOW)
    qtbot.addWidget(dialog)
    return dialog


def test_quick_delays_write_the_due_time_and_typing_is_read(qtbot, demo_plan: Plan) -> None:
    saved: list[dict[str, Any]] = []
    dialog = _dialog(qtbot, demo_plan, saved)
    assert dialog.due_edit.text() == (NOW + timedelta(hours=1)).strftime("%d/%m/%Y %H:%M")
    assert set(dialog.quick_buttons) == {1, 4, 24, 72}
    dialog.quick_buttons[72].click()
    assert dialog.due_edit.text() == "04/12/2026 02:00"
    assert dialog.due_moment() == NOW + timedelta(hours=72)
    assert "04/12/2026 02:00" in dialog.reading_label.text()
    assert dialog.past_warning() == ""
    dialog.due_edit.setText("demain 9h")
    assert dialog.due_moment() == datetime(2026, 12, 2, 9, 0).astimezone()


def test_a_past_due_time_warns_but_is_saved(qtbot, demo_plan: Plan) -> None:
    incident = demo_plan.incidents.open("Rumeur", author="Test", level="alerte")
    dialog = ActionItemDialog(demo_plan, lambda v: demo_plan.incidents.add_action(
        incident.id, v["title"], author="Test", owner_id=v["owner_id"], due_at=v["due_at"]),
        now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Appeler l'assureur")
    dialog.due_edit.setText("30/11/2026 23:00")
    assert "already past" in dialog.past_warning()
    assert dialog.reading_label.text() == dialog.past_warning()
    dialog.try_accept()
    action = dialog.result_value
    assert action is not None and action.title == "Appeler l'assureur"
    assert parse_utc(action.due_at) == datetime(2026, 11, 30, 23, 0).astimezone()


def test_an_unreadable_due_time_is_refused_with_nothing_saved(qtbot, demo_plan: Plan) -> None:
    saved: list[dict[str, Any]] = []
    dialog = _dialog(qtbot, demo_plan, saved)
    dialog.title_edit.setText("Prévenir la CNIL")
    dialog.due_edit.setText("bientôt")
    assert "not a date and time" in dialog.reading_label.text()
    dialog.try_accept()
    assert saved == [] and dialog.result_value is None
    assert not dialog.error_label.isHidden() and "bientôt" in dialog.error_label.text()
    assert dialog.due_edit.text() == "bientôt" and dialog.title_edit.text() == "Prévenir la CNIL"
    dialog.no_due_box.setChecked(True)
    dialog.try_accept()
    assert saved == [{"title": "Prévenir la CNIL", "owner_id": None, "due_at": None}]


def test_the_action_dialog_starts_in_its_title(qtbot, demo_plan: Plan) -> None:
    dialog = _dialog(qtbot, demo_plan, [])
    dialog.show()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog.focusWidget(), QLineEdit)
    assert dialog.focusWidget() is dialog.title_edit


def test_the_print_dialog_grows_for_the_incident_row(qtbot, demo_plan: Plan) -> None:
    from ui.window.print_dialog import PrintDialog

    demo_plan.incidents.open("Rumeur de fuite de données clients", author="Test")
    dialog = PrintDialog(demo_plan, opener=lambda path: True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("journal"))
    assert dialog.incident_combo.isVisible()
    for combo in (dialog.kind_combo, dialog.incident_combo, dialog.page_combo):
        assert combo.height() >= combo.sizeHint().height(), combo.accessibleName()
