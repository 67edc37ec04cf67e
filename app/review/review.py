"""The learning part's service (`plan.review`): post-crisis reviews and the plan tasks.

A review is saved with the tasks it gives in one transaction: a refused task leaves neither
the review nor any task written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app import validation
from app.clock import utc_now
from app.plan_info import PlanInfo
from app.review.plan_tasks import PlanTask, TaskDraft
from app.review.post_crisis import PostCrisisReview, review_in
from app.review.review_dates import PLAN, PLAN_TASK, RISK, ReviewDate
from app.risks.register import Risks
from app.store import Store, Topic


class Review:
    """Records post-crisis reviews, keeps the plan tasks, and lists every review date."""

    def __init__(self, store: Store, info: PlanInfo, risks: Risks) -> None:
        self._store = store
        self._info = info  # the plan's own review date
        self._risks = risks  # each risk's

    # --- the post-crisis review ------------------------------------------------------------
    def record_review(
        self, incident_id: str, *, worked: str, failed: str, changes: str,
        tasks: Sequence[TaskDraft] = (),
    ) -> PostCrisisReview | None:
        """Write the post-crisis review (what worked, what did not, what to change) and the
        plan tasks it gives: all of it, or nothing when one part is refused."""
        values = {
            "review_worked": validation.text("worked", worked, required=False, multiline=True),
            "review_failed": validation.text("failed", failed, required=False, multiline=True),
            "review_changes": validation.text("changes", changes, required=False,
                                              multiline=True),
        }
        drafts = [self._task_values(task.title, incident_id, task.owner_id, task.review_date)
                  for task in tasks]
        with self._store.write():
            self._store.update("incidents", incident_id, values, Topic.REVIEW)
            for task in drafts:
                self._insert_task(task)
        return self.of(incident_id)

    def of(self, incident_id: str) -> PostCrisisReview | None:
        """The incident's review (None while none is written)."""
        return review_in(self._store.live_row("incidents", incident_id))

    # --- plan tasks --------------------------------------------------------------------------
    def add_task(
        self,
        title: str,
        *,
        incident_id: str | None = None,
        owner_id: str | None = None,
        review_date: Any = None,
    ) -> PlanTask:
        """A change to make to the plan, with the date to check it."""
        values = self._task_values(title, incident_id, owner_id, review_date)
        with self._store.write():
            task_id = self._insert_task(values)
        return self.task(task_id)

    def complete_task(self, task_id: str) -> PlanTask:
        """Mark a plan task done."""
        with self._store.write():
            self._store.update("plan_tasks", task_id, {"done_at": utc_now()}, Topic.TASKS)
        return self.task(task_id)

    def task(self, task_id: str) -> PlanTask:
        """A plan task by id."""
        row = self._store.live_row("plan_tasks", task_id)
        return PlanTask(row["id"], row["incident_id"], row["title"], row["owner_id"],
                        row["review_date"], row["done_at"])

    def tasks(self, *, open_only: bool = False, incident_id: str | None = None
              ) -> list[PlanTask]:
        """Plan tasks by review date (`incident_id`: only those of that incident's review)."""
        where = " AND done_at IS NULL" if open_only else ""
        params: list[str] = []
        if incident_id is not None:
            where += " AND incident_id = ?"
            params.append(incident_id)
        rows = self._store.query(
            "SELECT id, incident_id, title, owner_id, review_date, done_at FROM plan_tasks "
            f"WHERE deleted_at IS NULL{where} ORDER BY review_date IS NULL, review_date, "
            "created_at", params)
        return [PlanTask(**row) for row in rows]

    # --- review dates ------------------------------------------------------------------------
    def dates(self) -> list[ReviewDate]:
        """Every review date: the plan's, each risk's (highest score first) and each plan
        task's, by day (undated tasks last)."""
        found: list[ReviewDate] = []
        plan_review = self._info.get().next_review
        if plan_review:
            found.append(ReviewDate(plan_review, PLAN, ""))
        found.extend(ReviewDate(risk.next_review, RISK, risk.title)
                     for risk in self._risks.list() if risk.next_review)
        found.extend(ReviewDate(task.review_date, PLAN_TASK, task.title, task.owner_id,
                                task.done_at is not None) for task in self.tasks())
        return sorted(found, key=lambda d: (d.day is None, d.day or ""))

    @staticmethod
    def _task_values(title: Any, incident_id: str | None, owner_id: str | None,
                     review_date: Any) -> dict[str, Any]:
        return {
            "title": validation.text("title", title, max_length=500),
            "incident_id": incident_id, "owner_id": owner_id,
            "review_date": validation.calendar_day("review_date", review_date),
        }

    def _insert_task(self, values: dict[str, Any]) -> str:
        """Insert a validated task (its owner must be a contact). Call inside write()."""
        if values["owner_id"]:
            self._store.live_row("contacts", values["owner_id"])
        return self._store.insert("plan_tasks", values, Topic.TASKS)
