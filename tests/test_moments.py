"""What a user types for a moment, read as a stored UTC time (app/moments.py): a table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from app.errors import ValidationError
from app.moments import parse_moment
from tests.local_time import local_time_in


@pytest.fixture(autouse=True)
def paris() -> Iterator[None]:
    """Local time is Paris (UTC+1 in winter, UTC+2 in summer), whatever the machine says."""
    with local_time_in("Europe/Paris"):
        yield


def now_at(text: str) -> datetime:
    """A local Paris moment, aware."""
    return datetime.fromisoformat(text).astimezone()


#: Tuesday 1 December 2026, 08:36 in Paris (07:36 UTC).
NOW = "2026-12-01T08:36:20"


@pytest.mark.parametrize(("typed", "expected"), [
    ("04/12/2026 14:00", "2026-12-04T13:00:00.000Z"),
    ("4/12/2026 14h", "2026-12-04T13:00:00.000Z"),
    ("4/12/26 14h30", "2026-12-04T13:30:00.000Z"),
    ("4/12 14h", "2026-12-04T13:00:00.000Z"),
    ("4.12.2026 9h", "2026-12-04T08:00:00.000Z"),
    ("04-12-2026 09:05", "2026-12-04T08:05:00.000Z"),
    ("2026-12-04 14:00", "2026-12-04T13:00:00.000Z"),
    ("2026-12-04T14:00", "2026-12-04T13:00:00.000Z"),
    ("le 04/12 à 14h", "2026-12-04T13:00:00.000Z"),
    ("15/07/2027 14:00", "2027-07-15T12:00:00.000Z"),  # summer time: UTC+2
    ("14:00", "2026-12-01T13:00:00.000Z"),
    ("02:40", "2026-12-01T01:40:00.000Z"),
    ("2:40", "2026-12-01T01:40:00.000Z"),
    ("9h", "2026-12-01T08:00:00.000Z"),
    ("9 h 30", "2026-12-01T08:30:00.000Z"),
    ("14:00:30", "2026-12-01T13:00:30.000Z"),
    ("demain 9h", "2026-12-02T08:00:00.000Z"),
    ("Demain à 9h", "2026-12-02T08:00:00.000Z"),
    ("tomorrow 9:00", "2026-12-02T08:00:00.000Z"),
    ("tomorrow at 9:00", "2026-12-02T08:00:00.000Z"),
    ("aujourd'hui 18h", "2026-12-01T17:00:00.000Z"),
    ("aujourd’hui 18h", "2026-12-01T17:00:00.000Z"),
    ("today 18:00", "2026-12-01T17:00:00.000Z"),
    ("hier 23h", "2026-11-30T22:00:00.000Z"),
    ("yesterday 23:00", "2026-11-30T22:00:00.000Z"),
    ("après-demain 8h", "2026-12-03T07:00:00.000Z"),
    ("APRES DEMAIN 8H", "2026-12-03T07:00:00.000Z"),
    ("+1h", "2026-12-01T08:36:20.000Z"),
    ("+4h", "2026-12-01T11:36:20.000Z"),
    ("+24h", "2026-12-02T07:36:20.000Z"),
    ("+72h", "2026-12-04T07:36:20.000Z"),
    ("+ 72 h", "2026-12-04T07:36:20.000Z"),
    ("+30min", "2026-12-01T08:06:20.000Z"),
    ("+30 min", "2026-12-01T08:06:20.000Z"),
    ("+1h30", "2026-12-01T09:06:20.000Z"),
    ("+1h30min", "2026-12-01T09:06:20.000Z"),
    ("+2j", "2026-12-03T07:36:20.000Z"),
    ("+2d", "2026-12-03T07:36:20.000Z"),
    ("-10min", "2026-12-01T07:26:20.000Z"),
    ("2026-12-04T13:00:00Z", "2026-12-04T13:00:00.000Z"),
    ("2026-12-04T14:00:00+01:00", "2026-12-04T13:00:00.000Z"),
    ("  14:00  ", "2026-12-01T13:00:00.000Z"),
])
def test_what_is_typed_and_what_is_stored(typed: str, expected: str) -> None:
    assert parse_moment(typed, now=now_at(NOW)) == expected


@pytest.mark.parametrize(("typed", "reason"), [
    ("", "required"),
    ("   ", "required"),
    (None, "required"),
    ("bientôt", "not_a_moment"),
    ("demain", "time_missing"),
    ("04/12/2026", "time_missing"),
    ("14:00 demain 3", "not_a_moment"),
    ("+", "not_a_moment"),
    ("+3 semaines", "not_a_moment"),
    ("+30", "not_a_moment"),
    ("+1h30x", "not_a_moment"),
    ("14", "not_a_moment"),
    ("31/02/2026 10:00", "no_such_day"),
    ("4/13 10:00", "no_such_day"),
    ("0001-01-01 00:30", "no_such_day"),
    ("9999-12-31 23:59", "no_such_day"),
    ("25:00", "no_such_time"),
    ("14:75", "no_such_time"),
    ("demain 24h", "no_such_time"),
    ("+9999h", "delay_too_long"),
    ("+400j", "delay_too_long"),
])
def test_refusals_say_why(typed: str | None, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_moment(typed, now=now_at(NOW), field="due")
    assert (caught.value.field, caught.value.reason) == ("due", reason)
    assert caught.value.value == ("" if typed is None else typed)


def test_a_time_alone_is_today_even_when_past() -> None:
    # 08:36 now: "02:40" is earlier today (when an event happened), never tomorrow.
    assert parse_moment("02:40", now=now_at(NOW)) < parse_moment("+0min", now=now_at(NOW))


def test_without_now_the_clock_is_read() -> None:
    before = datetime.now().astimezone()
    stored = parse_moment("+1h")
    assert stored > parse_moment("+59min", now=before)
