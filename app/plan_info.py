"""The plan's own metadata: organisation, owner, revision, review date, language, region."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app import validation
from app.errors import ValidationError
from app.store import Store, Topic
from app.vocabulary import LANGUAGES


@dataclass(frozen=True)
class PlanMetadata:
    """Who the plan belongs to and how current it is; `device_id` is this laptop's."""

    id: str
    organisation: str
    owner: str
    language: str
    region: str
    revision: int
    next_review: str | None
    device_id: str
    #: The web address statements point to (a message's `{url}`).
    website: str = ""


def check_region(value: Any) -> str:
    """An ISO country code phonenumbers knows (numbers are read for this country)."""
    import phonenumbers  # on first use: see app/cell/phones.py

    region = str(value or "").strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError("region", "unknown_region", value)
    return region


def check_website(value: Any) -> str | None:
    """A web address without spaces (`https://` added when no scheme is given), or None."""
    text = validation.text("website", value, required=False, max_length=500)
    if not text:
        return None
    if any(c.isspace() for c in text) or "." not in text:
        raise ValidationError("website", "invalid_website", value)
    return text if "://" in text else f"https://{text}"


_CHECKS = {
    "organisation": lambda v: validation.text("organisation", v, max_length=200),
    "owner": lambda v: validation.text("owner", v, required=False, max_length=200),
    "language": lambda v: validation.choice("language", v, LANGUAGES),
    "region": check_region,
    "next_review": lambda v: validation.calendar_day("next_review", v),
    "website": check_website,
}


def plan_values(fields: dict[str, Any]) -> dict[str, Any]:
    """Validated metadata columns."""
    unknown = set(fields) - set(_CHECKS)
    if unknown:
        raise TypeError(f"unknown plan fields {sorted(unknown)}")
    return {name: _CHECKS[name](value) for name, value in fields.items()}


class PlanInfo:
    """Reads and edits the plan's metadata."""

    def __init__(self, store: Store, device_id: str) -> None:
        self._store = store
        self._device_id = device_id

    def get(self) -> PlanMetadata:
        """The metadata (there is exactly one plan row)."""
        row = self._store.query(
            "SELECT id, organisation, owner, language, region, revision, next_review, website "
            "FROM plan WHERE deleted_at IS NULL LIMIT 1")[0]
        return PlanMetadata(
            id=row["id"], organisation=row["organisation"], owner=row["owner"] or "",
            language=row["language"], region=row["region"], revision=row["revision"],
            next_review=row["next_review"], device_id=self._device_id,
            website=row["website"] or "")

    def update(self, **changes: Any) -> PlanMetadata:
        """Edit the metadata."""
        values = plan_values(changes)
        with self._store.write():
            self._store.update("plan", self.get().id, values, Topic.PLAN_SETTINGS)
        return self.get()

    def new_revision(self) -> PlanMetadata:
        """Mark a new revision of the plan (after a review, before printing the binder)."""
        with self._store.write():
            current = self.get()
            self._store.update("plan", current.id, {"revision": current.revision + 1},
                               Topic.PLAN_SETTINGS)
        return self.get()
