"""Identifiers and times as stored: UUIDv7 strings and UTC ISO 8601 with milliseconds and Z."""

from __future__ import annotations

from datetime import UTC, date, datetime

import uuid6


def new_id() -> str:
    """A UUIDv7: time-ordered and unique across laptops, so plans can be merged."""
    return str(uuid6.uuid7())


def format_utc(moment: datetime) -> str:
    """`2026-11-21T16:01:24.123Z` for an aware datetime."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def utc_now() -> str:
    """The current time as stored."""
    return format_utc(datetime.now(UTC))


def parse_utc(text: str) -> datetime:
    """Read a stored time back as an aware UTC datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def to_local(text: str) -> datetime:
    """A stored UTC time in the machine's local time zone, for display and print."""
    return parse_utc(text).astimezone()


def today() -> date:
    """Today's local date (review dates and verification dates are calendar days)."""
    return datetime.now().date()
