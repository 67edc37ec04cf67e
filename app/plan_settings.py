"""The plan's settings a user edits (organisation, language, region), changed together.

One transaction through PlanInfo: either every field is saved or none. The plan's language
decides the log's automatic entries, printed documents and suggested file names from now on;
what is already logged stays in the words it was written in (the log is a record).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.plan import Plan
from app.plan_info import PlanMetadata, plan_values

EDITABLE = ("organisation", "language", "region")


@dataclass(frozen=True)
class SettingsChange:
    """The metadata after the change and the names of the fields that changed."""

    metadata: PlanMetadata
    changed: tuple[str, ...]


def change_settings(plan: Plan, *, organisation: str, language: str, region: str
                    ) -> SettingsChange:
    """Validate every field first, then save those that differ in one transaction."""
    wanted = plan_values({"organisation": organisation, "language": language,
                          "region": region})  # raises ValidationError, nothing written
    current = plan.info.get()
    changed = tuple(name for name in EDITABLE if getattr(current, name) != wanted[name])
    if not changed:
        return SettingsChange(current, ())
    metadata = plan.info.update(**{name: wanted[name] for name in changed})
    # The services read these once when the plan opens: tell them now, so the next automatic
    # entry is in the new language and the next number typed is read for the new country
    # (numbers stored are E.164 already; entries logged keep their words).
    plan.contacts.region = metadata.region
    plan.journal.language = metadata.language
    plan.incidents.language = metadata.language
    return SettingsChange(metadata, changed)
