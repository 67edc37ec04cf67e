"""Regulatory clocks: deadlines the law sets from the moment a crisis is known.

A risk carries its rules (GDPR art. 33: notify the supervisory authority within 72 h of
awareness; NIS2: early warning 24 h, notification 72 h, final report one month). When an
incident opens on that risk, each rule is copied into the incident as a running clock that
starts at the opening; the cell may restart it from a chosen log entry (the moment the
breach was actually known), and marks it done when met. Both moves are logged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from app import validation
from app.clock import format_utc, parse_utc, utc_now
from app.errors import InvalidState, ValidationError
from app.incidents.journal import Journal
from app.incidents.wording import local_time_text, log_text
from app.store import Store, Topic
from app.words.catalogue import texts

#: A clock runs at most a year (a "final report within one month" is 720 h).
HOURS_RANGE = range(1, 24 * 366 + 1)


@dataclass(frozen=True)
class ClockRule:
    """A deadline a risk carries: what must be done, and within how many hours."""

    title: str
    hours: int


@dataclass(frozen=True)
class IncidentClock:
    """A rule running in an incident, from `started_at` to `due_at`."""

    id: str
    incident_id: str
    title: str
    hours: int
    position: int
    started_at: str
    start_entry_id: str | None
    due_at: str
    done_at: str | None

    def remaining(self, now: datetime | None = None) -> timedelta:
        """Time left until the deadline (negative once past)."""
        return parse_utc(self.due_at) - (now or parse_utc(utc_now()))

    def is_overdue(self, now: datetime | None = None) -> bool:
        """Not met and past its deadline."""
        return self.done_at is None and self.remaining(now) < timedelta(0)

    def state(self, now: datetime | None = None) -> str:
        """done / overdue / running."""
        if self.done_at:
            return "done"
        return "overdue" if self.is_overdue(now) else "running"


def check_rules(value: Any) -> str:
    """A risk's clocks as stored: a JSON list of {"title", "hours"}."""
    if isinstance(value, str):
        raise ValidationError("regulatory_clocks", "not_a_list", value)
    rules = []
    for item in value or []:
        if isinstance(item, ClockRule):
            item = item.__dict__
        if not isinstance(item, dict):
            raise ValidationError("regulatory_clocks", "not_a_clock", item)
        rules.append({
            "title": validation.text("regulatory_clocks.title", item.get("title"),
                                     max_length=300),
            "hours": validation.integer("regulatory_clocks.hours", item.get("hours"),
                                        HOURS_RANGE),
        })
    return json.dumps(rules, ensure_ascii=False)


def read_rules(stored: str | None) -> list[ClockRule]:
    """The rules of a risk row."""
    return [ClockRule(r["title"], int(r["hours"])) for r in json.loads(stored or "[]")]


def duration_text(hours: int, language: str) -> str:
    """`72 h`, `1 mois` / `1 month` for 720 h, `2 j` / `2 d` for whole days past 72 h."""
    catalogue = texts(language)
    if hours % 720 == 0:
        months = hours // 720
        return catalogue.ngettext("{count} month", "{count} months", months).format(count=months)
    if hours > 72 and hours % 24 == 0:
        return catalogue.gettext("{count} d").format(count=hours // 24)
    return f"{hours} h"


def remaining_text(remaining: timedelta, language: str) -> str:
    """`2 d 04 h 10 min` / `2 j 04 h 10 min`, for a positive time left or overdue."""
    minutes = int(abs(remaining).total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return texts(language).gettext("{days} d {hours:02d} h {minutes:02d} min").format(
            days=days, hours=hours, minutes=minutes)
    return f"{hours} h {minutes:02d} min"


class RegulatoryClocks:
    """Starts, restarts, marks done and lists the clocks of incidents."""

    def __init__(self, store: Store, journal: Journal, language: str) -> None:
        self._store = store
        self._journal = journal
        self.language = language

    def start(self, incident_id: str, risk_id: str | None, started_at: str) -> list[IncidentClock]:
        """Copy the risk's rules into the incident, running from `started_at` (called by
        Incidents.open inside its transaction)."""
        if not risk_id:
            return []
        rules = read_rules(self._store.live_row("risks", risk_id).get("regulatory_clocks"))
        start = parse_utc(started_at)
        with self._store.write():
            for position, rule in enumerate(rules):
                self._store.insert("incident_clocks", {
                    "incident_id": incident_id, "title": rule.title, "hours": rule.hours,
                    "position": position, "started_at": started_at,
                    "due_at": format_utc(start + timedelta(hours=rule.hours))}, Topic.CLOCKS)
        return self.list(incident_id)

    def get(self, clock_id: str) -> IncidentClock:
        """A clock by id."""
        row = self._store.live_row("incident_clocks", clock_id)
        return IncidentClock(**{k: row[k] for k in IncidentClock.__dataclass_fields__})

    def list(self, incident_id: str) -> list[IncidentClock]:
        """The incident's clocks in the risk's order."""
        rows = self._store.query(
            "SELECT id, incident_id, title, hours, position, started_at, start_entry_id, "
            "due_at, done_at FROM incident_clocks WHERE incident_id = ? AND deleted_at IS NULL "
            "ORDER BY position, id", [incident_id])
        return [IncidentClock(**row) for row in rows]

    def _open_clock(self, clock_id: str) -> IncidentClock:
        clock = self.get(clock_id)
        if clock.done_at:
            raise InvalidState("clock_already_done", clock_id=clock_id)
        incident = self._store.live_row("incidents", clock.incident_id)
        if incident["closed_at"]:
            raise InvalidState("incident_closed", incident_id=clock.incident_id)
        return clock

    def start_from_entry(self, clock_id: str, entry_id: str, *, author: str) -> IncidentClock:
        """Count the clock from a log entry (when the event happened, else when it was
        logged); the change is logged."""
        with self._store.write():
            clock = self._open_clock(clock_id)
            entry = self._journal.get(entry_id)
            if entry.incident_id != clock.incident_id:
                raise ValidationError("start_entry_id", "other_incident", entry_id)
            started_at = entry.occurred_at or entry.logged_at
            due_at = format_utc(parse_utc(started_at) + timedelta(hours=clock.hours))
            self._store.update("incident_clocks", clock_id, {
                "started_at": started_at, "start_entry_id": entry_id, "due_at": due_at},
                Topic.CLOCKS)
            self._journal.append(
                clock.incident_id,
                log_text("clock_restarted", self.language, title=clock.title,
                         start=local_time_text(started_at, self.language),
                         due=local_time_text(due_at, self.language)),
                kind="decision", author=author)
        return self.get(clock_id)

    def mark_done(self, clock_id: str, *, author: str, done_at: Any = None,
                  logged_at: str | None = None) -> IncidentClock:
        """The obligation was met: the clock stops; logged (late or in time). `logged_at` is
        for imports only (app/exchange/demo_plan.py)."""
        done = validation.moment("done_at", done_at) or utc_now()
        with self._store.write():
            clock = self._open_clock(clock_id)
            late = parse_utc(done) > parse_utc(clock.due_at)
            self._store.update("incident_clocks", clock_id, {"done_at": done}, Topic.CLOCKS)
            self._journal.append(
                clock.incident_id,
                log_text("clock_done_late" if late else "clock_done", self.language,
                         title=clock.title, due=local_time_text(clock.due_at, self.language)),
                kind="action", author=author, logged_at=logged_at)
        return self.get(clock_id)
