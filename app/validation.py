"""Input checks shared by the services; each failure raises ValidationError with a code."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from app.clock import format_utc, parse_utc
from app.errors import ValidationError

# Control characters: C0, DEL and C1, and the Unicode line and paragraph separators. A
# free text (`multiline`) keeps tab and newline (CR and CRLF become newline).
_CONTROL_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Text-direction controls can make a name read as another ("Trojan Source"): a name takes
# none. A free text may need marks (ALM, LRM, RLM) and isolates (U+2066-2069, Unicode's
# advice for mixed-direction text), but not the legacy embeddings and overrides
# (U+202A-202E), which reorder what is shown away from what is stored.
_BIDI_IN_NAME = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_BIDI_IN_TEXT = re.compile("[\u202a-\u202e]")
# A lone surrogate: bytes that were not UTF-8 (Python's surrogateescape), never text.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _code_point(character: str) -> str:
    return f"U+{ord(character):04X}"


def text(field: str, value: Any, *, required: bool = True, max_length: int = 10_000,
         multiline: bool = False) -> str:
    """A trimmed string; '' allowed only when not required.

    Control characters are refused, and text-direction controls (see above); `multiline`
    (a journal entry, a message body, notes) keeps tab and newline.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "not_text", value)
    if _SURROGATE.search(value):
        raise ValidationError(field, "not_valid_text", value)
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.strip()
    if required and not value:
        raise ValidationError(field, "required", value)
    if len(value) > max_length:
        raise ValidationError(field, "too_long", len(value), max_length=max_length)
    for pattern, reason in (
        (_CONTROL_IN_TEXT if multiline else _CONTROL_IN_NAME, "control_character"),
        (_BIDI_IN_TEXT if multiline else _BIDI_IN_NAME, "direction_control"),
    ):
        found = pattern.search(value)
        if found:
            raise ValidationError(field, reason, value, character=_code_point(found.group()),
                                  position=found.start() + 1)
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
