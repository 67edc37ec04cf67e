"""The playbook that comes with a risk: its checklist becomes the incident's first action items.

Opening an incident on a risk offers each checklist step as an action with an owner (the
risk's owner unless changed) and a due time counted from the opening (`+N h`); the opening,
the actions and their log entries are one transaction: all of them, or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from app import validation
from app.clock import format_utc, parse_utc
from app.incidents.incidents import Incident
from app.plan import Plan
from app.risks.register import Risk

#: A step is due within a year of the opening at most.
DUE_HOURS = range(1, 24 * 366 + 1)
#: What a step is due in when nobody chose: the first hour is when the checklist matters.
DEFAULT_DUE_HOURS = 1


@dataclass(frozen=True)
class PlannedAction:
    """A checklist step as it will be created: title, owner, due in N hours from the opening."""

    title: str
    owner_id: str | None
    due_in_hours: int


def checklist_actions(risk: Risk) -> list[PlannedAction]:
    """The risk's checklist as actions owned by the risk's owner, due an hour after opening."""
    return [PlannedAction(step, risk.owner_id, DEFAULT_DUE_HOURS) for step in risk.checklist]


def open_incident(
    plan: Plan,
    title: str,
    *,
    author: str,
    level: str = "veille",
    risk_id: str | None = None,
    is_exercise: bool = False,
    actions: list[PlannedAction] | None = None,
    opened_at: Any = None,
) -> Incident:
    """Open an incident and create its planned actions, in one transaction."""
    planned = [
        PlannedAction(validation.text("title", a.title, max_length=500), a.owner_id or None,
                      validation.integer("due_in_hours", a.due_in_hours, DUE_HOURS))
        for a in actions or []]
    with plan.transaction():
        incident = plan.incidents.open(title, author=author, level=level, risk_id=risk_id,
                                       is_exercise=is_exercise, opened_at=opened_at)
        start = parse_utc(incident.opened_at)
        for action in planned:
            plan.incidents.add_action(
                incident.id, action.title, author=author, owner_id=action.owner_id,
                due_at=format_utc(start + timedelta(hours=action.due_in_hours)))
    return incident
