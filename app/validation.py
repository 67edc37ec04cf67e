"""Input checks shared by the services; each failure raises ValidationError with a code."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from app.clock import format_utc, parse_utc
from app.errors import ValidationError


def text(field: str, value: Any, *, required: bool = True, max_length: int = 10_000) -> str:
    """A trimmed string; '' allowed only when not required."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "not_text", value)
    value = value.strip()
    if required and not value:
        raise ValidationError(field, "required", value)
    if len(value) > max_length:
        raise ValidationError(field, "too_long", len(value), max_length=max_length)
    return value


def choice(field: str, value: Any, choices: Iterable[str]) -> str:
    """One of a fixed vocabulary."""
    allowed = tuple(choices)
    if value not in allowed:
        raise ValidationError(field, "unknown_choice", value, allowed=allowed)
    return value


def integer(field: str, value: Any, allowed: range) -> int:
    """An int within `allowed` (bools are refused: True is not a likelihood)."""
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise ValidationError(field, "not_a_number", value) from None
    if value not in allowed:
        raise ValidationError(field, "out_of_range", value, min=allowed.start, max=allowed[-1])
    return value


def calendar_day(field: str, value: Any, *, required: bool = False) -> str | None:
    """A date as `YYYY-MM-DD` (accepts a date or that string)."""
    if value in (None, ""):
        if required:
            raise ValidationError(field, "required", value)
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValidationError(field, "not_a_date", value) from None


def moment(field: str, value: Any, *, required: bool = False) -> str | None:
    """A point in time, stored as UTC ISO with milliseconds and Z."""
    if value in (None, ""):
        if required:
            raise ValidationError(field, "required", value)
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.astimezone()  # a naive time is the user's local time
        return format_utc(value)
    try:
        return format_utc(parse_utc(str(value).strip()))
    except ValueError:
        raise ValidationError(field, "not_a_time", value) from None


def email(field: str, value: Any) -> str | None:
    """A plausible e-mail address, or None."""
    value = text(field, value, required=False, max_length=254)
    if not value:
        return None
    local, _, domain = value.partition("@")
    if not local or "." not in domain or " " in value:
        raise ValidationError(field, "invalid_email", value)
    return value
