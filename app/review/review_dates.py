"""Review dates: when each part of the plan is to be looked at again, so it never goes stale.

The plan itself (its metadata's next review), each risk (its next review) and each plan task
decided in a review (its review date) have one; the binder prints them as one calendar.
"""

from __future__ import annotations

from dataclasses import dataclass

#: What a review date is of.
PLAN, RISK, PLAN_TASK = "plan", "risk", "plan_task"


@dataclass(frozen=True)
class ReviewDate:
    """A date when part of the plan is to be looked at again."""

    day: str | None  # YYYY-MM-DD; None: a plan task given no date
    subject: str  # PLAN, RISK or PLAN_TASK
    title: str  # the risk's or the task's ("" for the plan itself)
    owner_id: str | None = None  # who does the task
    done: bool = False  # a plan task already done
