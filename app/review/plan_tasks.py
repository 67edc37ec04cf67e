"""Plan tasks: the changes to the plan a review decides, each with its date to check it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PlanTask:
    """A change to the plan decided in a review, with the date to check it is done."""

    id: str
    incident_id: str | None
    title: str
    owner_id: str | None
    review_date: str | None
    done_at: str | None


@dataclass(frozen=True)
class TaskDraft:
    """A plan task as the review form gives it, before it is saved."""

    title: str
    owner_id: str | None = None
    review_date: Any = None
