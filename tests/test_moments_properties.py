"""Properties of app/moments.py over many generated inputs (hypothesis): any date and time
written the French way comes back as that moment; any delay counts from now; any other text
is refused with a reason, never an exception of another kind."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from app.clock import format_utc  # noqa: E402
from app.errors import ValidationError  # noqa: E402
from app.moments import MAX_DELAY, parse_moment  # noqa: E402
from tests.local_time import local_time_in  # noqa: E402

NOW = datetime(2026, 12, 1, 7, 36, 20, tzinfo=UTC)
REASONS = {"required", "not_a_moment", "no_such_day", "no_such_time", "time_missing",
           "delay_too_long"}


@pytest.fixture(autouse=True, scope="module")
def paris() -> Iterator[None]:
    """Local time is Paris (UTC+1 in winter, UTC+2 in summer), whatever the machine says."""
    with local_time_in("Europe/Paris"):
        yield


# Local moments away from the two yearly clock changes (02:00-03:00 is skipped or doubled).
local_moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31),
                             ).filter(lambda d: d.hour not in (1, 2, 3)).map(
    lambda d: d.replace(second=0, microsecond=0))


@settings(max_examples=150, deadline=None)
@given(local_moments, st.sampled_from([
    "{d:%d/%m/%Y %H:%M}", "{d.day}/{d.month}/{d.year} {d.hour}h{d:%M}",
    "{d:%d.%m.%Y} {d.hour} h {d:%M}", "{d:%Y-%m-%d %H:%M}", "le {d:%d/%m/%Y} à {d:%Hh%M}"]))
def test_a_written_date_and_time_is_that_moment(moment: datetime, layout: str) -> None:
    assert parse_moment(layout.format(d=moment), now=NOW) == format_utc(moment.astimezone())


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=int(MAX_DELAY.total_seconds() // 60)),
       st.sampled_from(["+{n}min", "+{n} min", "+{n}m"]))
def test_a_delay_counts_from_now(minutes: int, layout: str) -> None:
    assert parse_moment(layout.format(n=minutes), now=NOW) == format_utc(
        NOW + timedelta(minutes=minutes))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_any_text_is_a_moment_or_a_reasoned_refusal(typed: str) -> None:
    try:
        stored = parse_moment(typed, now=NOW)
    except ValidationError as error:
        assert error.reason in REASONS
    else:
        assert stored.endswith("Z") and len(stored) == 24
