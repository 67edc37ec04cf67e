"""The message library: pre-written texts per scenario, audience and channel, and their approval.

A body may hold `{placeholders}` filled from the plan and the active incident when used.
An approved text that changes returns to draft; the approved wording is kept as a version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app import validation
from app.clock import today, utc_now
from app.errors import ValidationError
from app.store import Store, Topic
from app.vocabulary import AUDIENCES, CHANNEL_LIMITS, CHANNELS, LANGUAGES, MESSAGE_STATUSES

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def placeholders(body: str) -> list[str]:
    """Names of the placeholders in a body, in order of first appearance."""
    return list(dict.fromkeys(PLACEHOLDER.findall(body)))


def fill(body: str, values: dict[str, str]) -> str:
    """The body with each known placeholder replaced; unknown ones stay visible as `{name}`."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), body)


def unfilled(body: str, values: dict[str, str]) -> list[str]:
    """Placeholders of a body that have no value yet (a blank value is no value)."""
    return [name for name in placeholders(body) if not (values.get(name) or "").strip()]


def final_text(body: str, values: dict[str, str]) -> str:
    """The text ready to publish: every placeholder filled, else refused with their names.
    Filling is not editing: the message itself, and its approval, are not touched."""
    missing = unfilled(body, values)
    if missing:
        raise ValidationError("body", "placeholders_unfilled", missing,
                              names=", ".join(f"{{{name}}}" for name in missing))
    return fill(body, {name: value.strip() for name, value in values.items()})


@dataclass(frozen=True)
class PreparedMessage:
    """A pre-written message of the library."""

    id: str
    title: str
    scenario_id: str | None
    audience: str
    channel: str
    language: str
    body: str
    status: str
    approved_by: str | None
    approved_at: str | None
    approval_expires: str | None
    version: int

    @property
    def limit(self) -> int | None:
        """The channel's length limit in characters (None: no limit)."""
        return CHANNEL_LIMITS[self.channel]

    @property
    def over_limit(self) -> bool:
        """The body is longer than the channel allows."""
        return self.limit is not None and len(self.body) > self.limit

    def approval_expired(self, on: date | None = None) -> bool:
        """An approved text whose pre-approval has lapsed and must be renewed."""
        if self.status != "approved" or not self.approval_expires:
            return False
        return date.fromisoformat(self.approval_expires) < (on or today())


@dataclass(frozen=True)
class MessageVersion:
    """An earlier approved wording, kept when the text changed."""

    version: int
    title: str
    body: str
    status: str
    approved_by: str | None
    approved_at: str | None
    approval_expires: str | None
    superseded_at: str


_COLUMNS = ("id, title, scenario_id, audience, channel, language, body, status, approved_by, "
            "approved_at, approval_expires, version")
#: Changing any of these changes what was approved: the message returns to draft.
_APPROVED_FIELDS = ("title", "body", "channel", "audience", "language")

_CHECKS = {
    "title": lambda v: validation.text("title", v, max_length=200),
    "scenario_id": lambda v: v or None,
    "audience": lambda v: validation.choice("audience", v, AUDIENCES),
    "channel": lambda v: validation.choice("channel", v, CHANNELS),
    "language": lambda v: validation.choice("language", v, LANGUAGES),
    "body": lambda v: validation.text("body", v, max_length=100_000, multiline=True),
}


class MessageLibrary:
    """Adds, edits, approves, lists and fills prepared messages."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _values(self, fields: dict[str, Any]) -> dict[str, Any]:
        unknown = set(fields) - set(_CHECKS)
        if unknown:
            raise TypeError(f"unknown message fields {sorted(unknown)}")
        values = {name: _CHECKS[name](value) for name, value in fields.items()}
        if scenario_id := values.get("scenario_id"):
            self._store.live_row("risks", scenario_id)
        return values

    def add(
        self,
        title: str,
        *,
        audience: str,
        channel: str,
        body: str,
        language: str = "fr",
        scenario_id: str | None = None,
    ) -> PreparedMessage:
        """A new draft."""
        values = self._values({"title": title, "audience": audience, "channel": channel,
                               "body": body, "language": language, "scenario_id": scenario_id})
        with self._store.write():
            message_id = self._store.insert(
                "messages", {**values, "status": "draft", "version": 1}, Topic.MESSAGES)
        return self.get(message_id)

    def update(self, message_id: str, **changes: Any) -> PreparedMessage:
        """Edit a message; changing what an approved one says, or where and to whom, keeps
        that version and returns the message to draft."""
        values = self._values(changes)
        with self._store.write():
            current = self.get(message_id)
            text_changed = any(
                name in values and values[name] != getattr(current, name)
                for name in _APPROVED_FIELDS)
            if text_changed and current.status == "approved":
                self._keep_version(current)
                values.update(status="draft", approved_by=None, approved_at=None,
                              approval_expires=None, version=current.version + 1)
            self._store.update("messages", message_id, values, Topic.MESSAGES)
        return self.get(message_id)

    def _keep_version(self, message: PreparedMessage) -> None:
        # Announced as the message itself, by the update that always follows.
        self._store.insert("message_versions", {
            "message_id": message.id, "version": message.version, "title": message.title,
            "body": message.body, "status": message.status, "approved_by": message.approved_by,
            "approved_at": message.approved_at, "approval_expires": message.approval_expires,
            "superseded_at": utc_now(),
        }, None)

    def approve(
        self,
        message_id: str,
        *,
        approved_by: str,
        expires: Any = None,
        approved_on: Any = None,
    ) -> PreparedMessage:
        """Approve a text (by whom, on which day, until when: a year by default).
        A text longer than its channel allows cannot be approved."""
        approver = validation.text("approved_by", approved_by, max_length=200)
        on = validation.calendar_day("approved_on", approved_on) or today().isoformat()
        until = validation.calendar_day("expires", expires) or (
            date.fromisoformat(on) + timedelta(days=365)).isoformat()
        if until <= on:
            raise ValidationError("expires", "before_approval", until, approved_on=on)
        with self._store.write():
            current = self.get(message_id)
            if current.over_limit:
                raise ValidationError("body", "over_channel_limit", len(current.body),
                                      limit=current.limit)
            self._store.update("messages", message_id, {
                "status": "approved", "approved_by": approver, "approved_at": on,
                "approval_expires": until}, Topic.MESSAGES)
        return self.get(message_id)

    def delete(self, message_id: str) -> None:
        """Soft-delete a message."""
        with self._store.write():
            self._store.soft_delete("messages", message_id, Topic.MESSAGES)

    def get(self, message_id: str) -> PreparedMessage:
        """A live message by id."""
        row = self._store.live_row("messages", message_id)
        return PreparedMessage(**{k: row[k] for k in _COLUMNS.split(", ")})

    def versions(self, message_id: str) -> list[MessageVersion]:
        """Earlier approved wordings, oldest first."""
        rows = self._store.query(
            "SELECT version, title, body, status, approved_by, approved_at, approval_expires, "
            "superseded_at FROM message_versions WHERE message_id = ? AND deleted_at IS NULL "
            "ORDER BY version", [message_id])
        return [MessageVersion(**row) for row in rows]

    def list(
        self,
        *,
        scenario_id: str | None = None,
        audience: str | None = None,
        channel: str | None = None,
        language: str | None = None,
        status: str | None = None,
    ) -> list[PreparedMessage]:
        """Live messages by title, filtered by any of scenario, audience, channel, language,
        status."""
        clauses, params = ["deleted_at IS NULL"], []
        for name, value, allowed in (
            ("audience", audience, AUDIENCES), ("channel", channel, CHANNELS),
            ("language", language, LANGUAGES), ("status", status, MESSAGE_STATUSES),
        ):
            if value:
                clauses.append(f"{name} = ?")
                params.append(validation.choice(name, value, allowed))
        if scenario_id:
            clauses.append("scenario_id = ?")
            params.append(scenario_id)
        rows = self._store.query(
            f"SELECT {_COLUMNS} FROM messages WHERE {' AND '.join(clauses)} "
            "ORDER BY title COLLATE NOCASE, id", params)
        return [PreparedMessage(**row) for row in rows]

    def count(self) -> int:
        """How many live messages."""
        return int(self._store.scalar("SELECT count(*) FROM messages WHERE deleted_at IS NULL"))
