"""Values for a prepared message's placeholders, taken from the plan and the incident.

`{organisation}`, `{incident}`, `{date}`, `{time}`, `{contact}`, `{phone}`, `{email}`, `{url}`.
`{date}` and `{time}` are the incident's opening (what a statement reports: "since …"),
or now when no incident is given. `{contact}` is the spokesperson: the holder of the
communication role, else the crisis director, unless a contact is named. Placeholders the
plan cannot fill (`{product}`, …) stay visible for the cell to complete. `{url}` is the
web address kept in the plan's settings.
"""

from __future__ import annotations

from datetime import datetime

from app.cell.contacts import Contact
from app.clock import to_local
from app.errors import RecordNotFound
from app.incidents.incidents import Incident
from app.plan import Plan
from app.words.dates import spoken_date, spoken_time

#: Roles whose holder speaks for the organisation, in order of preference.
SPOKESPERSON_ROLES = ("communication", "crisis_director")


def spokesperson(plan: Plan) -> Contact | None:
    """Who answers for the organisation: the communication role's holder, else the director."""
    holders = {role.code: role.holder_id for role in plan.cell.roles()}
    for code in SPOKESPERSON_ROLES:
        holder = holders.get(code)
        if holder:
            try:
                return plan.contacts.get(holder)
            except RecordNotFound:
                continue
    return None


def placeholder_values(
    plan: Plan,
    incident: Incident | None = None,
    contact: Contact | None = None,
    now: datetime | None = None,
    language: str | None = None,
) -> dict[str, str]:
    """Placeholder name → text, for app.messages.library.fill (only the values the plan knows)."""
    language = language or plan.info.get().language
    moment = to_local(incident.opened_at) if incident else (now or datetime.now()).astimezone()
    meta = plan.info.get()
    values = {
        "organisation": meta.organisation,
        "date": spoken_date(moment, language),
        "time": spoken_time(moment, language),
    }
    if meta.website:
        values["url"] = meta.website
    if incident is not None:
        values["incident"] = incident.title
    person = contact or spokesperson(plan)
    if person is not None:
        values["contact"] = person.name
        number = next((person.phones[k] for k in ("mobile", "office", "other", "home")
                       if k in person.phones), None)
        if number:
            values["phone"] = plan.contacts.display_phone(number)
        if person.email:
            values["email"] = person.email
    return values
