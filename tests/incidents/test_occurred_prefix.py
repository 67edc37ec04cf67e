"""The time an event happened, typed before the entry's text."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.incidents.occurred_prefix import split_occurred

PARIS = timezone(timedelta(hours=1))
NOW = datetime(2026, 12, 1, 2, 45, 10, tzinfo=PARIS)


@pytest.mark.parametrize(("typed", "when", "text"), [
    ("02:40 Appel de l'ARS", datetime(2026, 12, 1, 2, 40, tzinfo=PARIS), "Appel de l'ARS"),
    ("2h05  Tweet viral", datetime(2026, 12, 1, 2, 5, tzinfo=PARIS), "Tweet viral"),
    ("23:50 Alerte du SOC", datetime(2026, 11, 30, 23, 50, tzinfo=PARIS), "Alerte du SOC"),
])
def test_a_leading_time_is_when_it_happened(typed: str, when: datetime, text: str) -> None:
    assert split_occurred(typed, NOW) == (when, text)


@pytest.mark.parametrize("typed", [
    "Appel à 02:40", "02:40", "24:00 minuit", "02:4 trop court", "12:60 faux", "02:40,suite",
])
def test_anything_else_is_text(typed: str) -> None:
    assert split_occurred(typed, NOW) == (None, typed)
