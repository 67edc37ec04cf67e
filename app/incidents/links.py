"""Which entries of an incident were corrected, and each information's latest status, at once.

The log view needs these for every row it shows; one pass over the incident's links answers
for all of them at once instead of a query per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.plan import Plan


@dataclass
class JournalLinks:
    """Corrections and information statuses of one incident's log."""

    corrected_by: dict[str, list[str]] = field(default_factory=dict)  # entry → its corrections
    status: dict[str, str] = field(default_factory=dict)  # information entry → latest status

    def note(self, entry_id: str, kind: str, corrects_id: str | None,
             refers_to_id: str | None, info_status: str | None) -> None:
        """Take a newly logged entry into account (entries must come in logged order)."""
        if corrects_id:
            known = self.corrected_by.setdefault(corrects_id, [])
            if entry_id not in known:
                known.append(entry_id)
        if kind == "status_change" and refers_to_id and info_status:
            self.status[refers_to_id] = info_status
        elif kind == "information" and info_status and entry_id not in self.status:
            self.status[entry_id] = info_status


def incident_links(plan: Plan, incident_id: str) -> JournalLinks:
    """Every correction link and information status of the incident, in one query."""
    links = JournalLinks()
    for link in plan.journal.links(incident_id):
        links.note(link.entry_id, link.kind, link.corrects_id, link.refers_to_id,
                   link.info_status)
    return links
