"""Incidents (real or exercise): crisis level, action items, opening and closing.

Every change of level, every action created or done, the opening and the closing are
logged in the incident's journal in the same transaction as the change itself. The review
and the plan tasks are the learning part's (app/review/); an action carried at closing
becomes a plan task there.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app import validation
from app.clock import parse_utc, utc_now
from app.errors import InvalidState, ValidationError
from app.incidents.journal import Journal, JournalEntry
from app.incidents.regulatory_clocks import RegulatoryClocks
from app.incidents.wording import level_name, local_time_text, log_text
from app.planfile import crash_points
from app.review.plan_tasks import PlanTask
from app.review.post_crisis import PostCrisisReview, review_in
from app.review.review import Review
from app.store import Store, Topic
from app.vocabulary import CRISIS_LEVELS


@dataclass(frozen=True)
class Incident:
    """A crisis or an exercise, from its opening to its closing."""

    id: str
    title: str
    risk_id: str | None
    is_exercise: bool
    level: str
    opened_at: str
    closed_at: str | None
    review: PostCrisisReview | None

    @property
    def is_active(self) -> bool:
        """Not closed yet."""
        return self.closed_at is None


@dataclass(frozen=True)
class ActionItem:
    """Something someone must do during the incident."""

    id: str
    incident_id: str
    title: str
    owner_id: str | None
    due_at: str | None
    done_at: str | None

    def is_overdue(self, now: datetime | None = None) -> bool:
        """Not done and past its due time."""
        if self.done_at or not self.due_at:
            return False
        return parse_utc(self.due_at) < (now or parse_utc(utc_now()))


#: What closing may make of an open action.
SETTLE_CHOICES = ("done", "carry", "drop")


@dataclass(frozen=True)
class OpenItems:
    """What an incident leaves open: actions not done, information still to verify."""

    actions: list[ActionItem]
    to_verify: list[JournalEntry]

    @property
    def empty(self) -> bool:
        """Nothing left open."""
        return not self.actions and not self.to_verify


def _incident(row: dict[str, Any]) -> Incident:
    return Incident(row["id"], row["title"], row["risk_id"], bool(row["is_exercise"]),
                    row["level"], row["opened_at"], row["closed_at"], review_in(row))


class Incidents:
    """Opens, escalates and closes incidents; keeps their action items."""

    def __init__(self, store: Store, journal: Journal, language: str, review: Review) -> None:
        self._store = store
        self._journal = journal
        self._review = review  # where an action carried at closing becomes a plan task
        self.language = language
        self.clocks = RegulatoryClocks(store, journal, language)

    # --- the incident ------------------------------------------------------------------------
    def open(
        self,
        title: str,
        *,
        author: str,
        level: str = "veille",
        risk_id: str | None = None,
        is_exercise: bool = False,
        opened_at: str | None = None,
    ) -> Incident:
        """Open an incident (only one may be active) and log its opening level."""
        title = validation.text("title", title, max_length=200)
        level = validation.choice("level", level, CRISIS_LEVELS)
        opened_at = validation.moment("opened_at", opened_at) or utc_now()
        with self._store.write():
            active = self.active()
            if active is not None:
                raise InvalidState("incident_already_active", incident_id=active.id)
            if risk_id:
                self._store.live_row("risks", risk_id)
            incident_id = self._store.insert("incidents", {
                "title": title, "risk_id": risk_id or None, "is_exercise": int(is_exercise),
                "level": level, "opened_at": opened_at}, Topic.INCIDENTS)
            self._journal.append(
                incident_id,
                log_text("incident_opened", self.language, title=title,
                         level=level_name(level, self.language)),
                kind="level_change", level=level, author=author, logged_at=opened_at)
            # The risk's regulatory deadlines run from the opening.
            self.clocks.start(incident_id, risk_id, opened_at)
        return self.get(incident_id)

    def change_level(
        self, incident_id: str, level: str, *, author: str, reason: str = "",
        logged_at: str | None = None,
    ) -> Incident:
        """Move the incident to another crisis level; the change is logged."""
        level = validation.choice("level", level, CRISIS_LEVELS)
        reason = validation.text("reason", reason, required=False, max_length=2000,
                                 multiline=True)
        with self._store.write():
            current = self.get(incident_id)
            if level == current.level:
                raise InvalidState("same_level", level=level)
            self._store.update("incidents", incident_id, {"level": level}, Topic.INCIDENTS)
            self._journal.append(
                incident_id,
                log_text("level_changed", self.language,
                         old=level_name(current.level, self.language),
                         new=level_name(level, self.language), reason=reason),
                kind="level_change", level=level, author=author, logged_at=logged_at)
        return self.get(incident_id)

    def close(
        self, incident_id: str, *, author: str, reason: str = "", statement: str = "",
        closed_at: str | None = None, settle: dict[str, tuple[str, str]] | None = None,
    ) -> Incident:
        """Close the incident: the closure (with its closing statement) is the last entry.

        `settle` says what becomes of open actions first, by id: ("done", _), ("carry", _)
        to the plan tasks, or ("drop", reason). All of it is one transaction.
        """
        closed_at = validation.moment("closed_at", closed_at)
        statement = validation.text("statement", statement, required=False, max_length=5000)
        reason = validation.text("reason", reason, required=False, max_length=2000)
        for choice, _why in (settle or {}).values():
            validation.choice("settle", choice, SETTLE_CHOICES)
        with self._store.write():
            if not self.get(incident_id).is_active:
                raise InvalidState("incident_closed", incident_id=incident_id)
            for action_id, (choice, why) in (settle or {}).items():
                if self.action(action_id).incident_id != incident_id:
                    raise ValidationError("settle", "not_of_incident", action_id)
                if choice == "done":
                    self.complete_action(action_id, author=author)
                elif choice == "carry":
                    self.carry_action(action_id, author=author)
                else:
                    self.drop_action(action_id, reason=why, author=author)
                crash_points.step("close: action settled")
            # Taken after the settling: the closure sorts after what it settled.
            closed_at = closed_at or utc_now()
            text = (log_text("incident_closed_statement", self.language, statement=statement)
                    if statement else log_text("incident_closed", self.language, reason=reason))
            still = len(self.open_items(incident_id).to_verify)
            if still:
                text += " " + log_text("still_to_verify", self.language, count=str(still))
            self._journal.append(incident_id, text, kind="closure", author=author,
                                 logged_at=closed_at)
            crash_points.step("close: closure logged")
            self._store.update("incidents", incident_id, {"closed_at": closed_at}, Topic.INCIDENTS)
            crash_points.step("close: incident marked closed")
        return self.get(incident_id)

    def open_items(self, incident_id: str) -> OpenItems:
        """What is still open: actions not done, information still to verify."""
        infos = self._journal.entries(incident_id, kinds=("information",))
        corrected = {e.corrects_id for e in infos if e.corrects_id}
        # One pass over the status changes, the last one winning (not a query per item: a
        # long log has thousands of them).
        latest = {e.id: e.info_status for e in infos}
        for change in self._journal.entries(incident_id, kinds=("status_change",)):
            if change.refers_to_id in latest:
                latest[change.refers_to_id] = change.info_status
        to_verify = [e for e in infos
                     if e.id not in corrected and latest[e.id] == "to_verify"]
        actions = [a for a in self.actions(incident_id) if not a.done_at]
        return OpenItems(actions=actions, to_verify=to_verify)

    def get(self, incident_id: str) -> Incident:
        """An incident by id."""
        return _incident(self._store.live_row("incidents", incident_id))

    def active(self) -> Incident | None:
        """The incident being run, if any."""
        rows = self._store.query(
            "SELECT * FROM incidents WHERE closed_at IS NULL AND deleted_at IS NULL "
            "ORDER BY opened_at DESC LIMIT 1")
        return _incident(rows[0]) if rows else None

    def list(self) -> list[Incident]:
        """Every incident, newest first."""
        rows = self._store.query(
            "SELECT * FROM incidents WHERE deleted_at IS NULL ORDER BY opened_at DESC, id DESC")
        return [_incident(row) for row in rows]

    def latest(self) -> Incident | None:
        """The active incident, else the most recently opened one."""
        return self.active() or next(iter(self.list()), None)

    def level_history(self, incident_id: str) -> builtins.list[JournalEntry]:
        """The level changes of the incident, in order (the opening level first)."""
        return self._journal.entries(incident_id, kinds=("level_change",))

    def count(self) -> int:
        """How many incidents."""
        return int(self._store.scalar("SELECT count(*) FROM incidents WHERE deleted_at IS NULL"))

    # --- action items ------------------------------------------------------------------------
    def add_action(
        self,
        incident_id: str,
        title: str,
        *,
        author: str,
        owner_id: str | None = None,
        due_at: Any = None,
        logged_at: str | None = None,
    ) -> ActionItem:
        """Create an action item; its creation is logged."""
        title = validation.text("title", title, max_length=500)
        due = validation.moment("due_at", due_at)
        with self._store.write():
            owner = self._store.live_row("contacts", owner_id)["name"] if owner_id else "—"
            action_id = self._store.insert("action_items", {
                "incident_id": incident_id, "title": title, "owner_id": owner_id, "due_at": due},
                Topic.ACTIONS)
            self._journal.append(
                incident_id,
                log_text("action_created", self.language, title=title, owner=owner,
                         due=local_time_text(due, self.language) if due else "—"),
                kind="action", author=author, logged_at=logged_at)
        return self.action(action_id)

    def complete_action(
        self, action_id: str, *, author: str, done_at: str | None = None
    ) -> ActionItem:
        """Mark an action done; logged."""
        done_at = validation.moment("done_at", done_at) or utc_now()
        with self._store.write():
            action = self.action(action_id)
            if action.done_at:
                raise InvalidState("action_already_done", action_id=action_id)
            self._store.update("action_items", action_id, {"done_at": done_at}, Topic.ACTIONS)
            self._journal.append(
                action.incident_id, log_text("action_done", self.language, title=action.title),
                kind="action", author=author, logged_at=done_at)
        return self.action(action_id)

    def drop_action(self, action_id: str, *, reason: str, author: str) -> None:
        """Drop an action that will not be done, with the reason (logged)."""
        reason = validation.text("reason", reason, max_length=2000)
        with self._store.write():
            action = self._open_action(action_id)
            self._store.soft_delete("action_items", action_id, Topic.ACTIONS)
            self._journal.append(
                action.incident_id,
                log_text("action_dropped", self.language, title=action.title, reason=reason),
                kind="action", author=author)

    def carry_action(self, action_id: str, *, author: str, review_date: Any = None) -> PlanTask:
        """Carry an open action to the plan tasks (same title and owner); logged."""
        with self._store.write():
            action = self._open_action(action_id)
            task = self._review.add_task(action.title, incident_id=action.incident_id,
                                         owner_id=action.owner_id, review_date=review_date)
            self._store.soft_delete("action_items", action_id, Topic.ACTIONS)
            self._journal.append(
                action.incident_id,
                log_text("action_carried", self.language, title=action.title),
                kind="action", author=author)
        return task

    def _open_action(self, action_id: str) -> ActionItem:
        action = self.action(action_id)
        if action.done_at:
            raise InvalidState("action_already_done", action_id=action_id)
        return action

    def action(self, action_id: str) -> ActionItem:
        """An action item by id."""
        row = self._store.live_row("action_items", action_id)
        return ActionItem(row["id"], row["incident_id"], row["title"], row["owner_id"],
                          row["due_at"], row["done_at"])

    def actions(self, incident_id: str) -> builtins.list[ActionItem]:
        """The incident's action items: open ones first, by due time."""
        rows = self._store.query(
            "SELECT id, incident_id, title, owner_id, due_at, done_at FROM action_items "
            "WHERE incident_id = ? AND deleted_at IS NULL "
            "ORDER BY done_at IS NOT NULL, due_at IS NULL, due_at, created_at", [incident_id])
        return [ActionItem(**row) for row in rows]
