"""The post-crisis review of an incident: what worked, what did not, what to change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: The incident's columns that hold its review.
COLUMNS = ("review_worked", "review_failed", "review_changes")


@dataclass(frozen=True)
class PostCrisisReview:
    """What worked, what did not, what to change."""

    worked: str
    failed: str
    changes: str


def review_in(row: dict[str, Any]) -> PostCrisisReview | None:
    """The review an incident's row holds (None while nothing of it is written)."""
    if not any(row[column] for column in COLUMNS):
        return None
    return PostCrisisReview(row["review_worked"] or "", row["review_failed"] or "",
                            row["review_changes"] or "")
