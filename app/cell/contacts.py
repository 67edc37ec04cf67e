"""People and organisations the cell calls: groups, phones in E.164, verification dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from app import validation
from app.cell import phones
from app.clock import to_local, today
from app.incidents.search_text import fold
from app.store import Store, Topic
from app.vocabulary import CONTACT_GROUPS, CONTACT_KINDS, PHONE_KINDS, STALE_AFTER_DAYS

_COLUMNS = (
    "id", "kind", "name", "function", "organisation", "contact_group", "phone_mobile",
    "phone_office", "phone_home", "phone_other", "email", "notes", "last_verified",
    "created_at",
)

#: Sort keys `Contacts.list(order_by=...)` accepts → the SQL they sort on (never user text).
#: Texts sort on fold() (no case, no accents), as a French reader sorts: "Éric" before "Zoé".
SORT_KEYS = {
    "name": "fold(name)",
    "function": "fold(function)",
    "organisation": "fold(organisation)",
    "group": "contact_group",
    "phone": "coalesce(phone_mobile, phone_office, phone_home, phone_other, '~')",
    "last_verified": "coalesce(last_verified, '')",
}


@dataclass(frozen=True)
class Contact:
    """A person or an organisation, with phones in E.164."""

    id: str
    kind: str
    name: str
    function: str
    organisation: str
    group: str
    phones: dict[str, str] = field(default_factory=dict)  # kind → E.164, only those set
    email: str | None = None
    notes: str = ""
    last_verified: str | None = None
    created_at: str | None = None  # stored UTC time the contact was entered

    def is_stale(self, on: date | None = None) -> bool:
        """Not verified for STALE_AFTER_DAYS days; a contact never verified is measured from
        the day it was entered (someone typed its details then: a contact created today is
        not "not checked for 90 days"), and counts as stale when that day is unknown."""
        if self.last_verified:
            checked = date.fromisoformat(self.last_verified)
        elif self.created_at:
            checked = to_local(self.created_at).date()
        else:
            return True
        reference = on or today()
        return checked < reference - timedelta(STALE_AFTER_DAYS)


def _contact(row: dict[str, Any]) -> Contact:
    return Contact(
        id=row["id"], kind=row["kind"], name=row["name"], function=row["function"] or "",
        organisation=row["organisation"] or "", group=row["contact_group"],
        phones={k: row[f"phone_{k}"] for k in PHONE_KINDS if row[f"phone_{k}"]},
        email=row["email"], notes=row["notes"] or "", last_verified=row["last_verified"],
        created_at=row.get("created_at"),
    )


class Contacts:
    """Adds, edits, lists and searches contacts; numbers are validated for the plan's region."""

    def __init__(self, store: Store, region: str) -> None:
        self._store = store
        self.region = region

    def _values(self, fields: dict[str, Any]) -> dict[str, Any]:
        checks = {
            "name": lambda v: validation.text("name", v, max_length=200),
            "kind": lambda v: validation.choice("kind", v, CONTACT_KINDS),
            "function": lambda v: validation.text("function", v, required=False, max_length=200),
            "organisation": lambda v: validation.text(
                "organisation", v, required=False, max_length=200),
            "group": lambda v: validation.choice("group", v, CONTACT_GROUPS),
            "email": lambda v: validation.email("email", v),
            "notes": lambda v: validation.text("notes", v, required=False, multiline=True),
            "last_verified": lambda v: validation.calendar_day("last_verified", v),
        }
        values: dict[str, Any] = {}
        for name, value in fields.items():
            if name == "phones":
                for kind, raw in (value or {}).items():
                    validation.choice("phones", kind, PHONE_KINDS)
                    values[f"phone_{kind}"] = phones.to_e164(f"phones.{kind}", raw, self.region)
                continue
            if name not in checks:
                raise TypeError(f"unknown contact field {name!r}")
            column = "contact_group" if name == "group" else name
            values[column] = checks[name](value)
        return values

    def add(
        self,
        name: str,
        *,
        group: str,
        kind: str = "person",
        function: str = "",
        organisation: str = "",
        phones: dict[str, str] | None = None,
        email: str | None = None,
        notes: str = "",
        last_verified: Any = None,
    ) -> Contact:
        """Create a contact; refuses an invalid phone, group or e-mail with nothing saved."""
        values = self._values(
            {"name": name, "group": group, "kind": kind, "function": function,
             "organisation": organisation, "phones": phones or {}, "email": email,
             "notes": notes, "last_verified": last_verified},
        )
        with self._store.write():
            contact_id = self._store.insert("contacts", values, Topic.CONTACTS)
        return self.get(contact_id)

    def update(self, contact_id: str, **changes: Any) -> Contact:
        """Change some fields (same names as `add`; `phones` replaces the kinds it names)."""
        values = self._values(changes)
        with self._store.write():
            self._store.update("contacts", contact_id, values, Topic.CONTACTS)
        return self.get(contact_id)

    def mark_verified(self, contact_id: str, on: date | None = None) -> Contact:
        """Record that the contact's details were checked (today by default)."""
        return self.update(contact_id, last_verified=(on or today()).isoformat())

    def delete(self, contact_id: str) -> None:
        """Soft-delete a contact."""
        with self._store.write():
            self._store.soft_delete("contacts", contact_id, Topic.CONTACTS)

    def get(self, contact_id: str) -> Contact:
        """A live contact by id."""
        return _contact(self._store.live_row("contacts", contact_id))

    def _where(self, group: str | None, search: str | None) -> tuple[str, list[Any]]:
        clauses, params = ["deleted_at IS NULL"], []
        if group:
            clauses.append("contact_group = ?")
            params.append(validation.choice("group", group, CONTACT_GROUPS))
        if search and search.strip():
            like = f"%{fold(search.strip())}%"
            matches = ["fold(name) LIKE ?", "fold(organisation) LIKE ?",
                       "fold(function) LIKE ?", "fold(email) LIKE ?",
                       "id IN (SELECT holder_id FROM cell_roles WHERE deleted_at IS NULL AND "
                       "code LIKE ? UNION SELECT deputy_id FROM cell_roles WHERE "
                       "deleted_at IS NULL AND code LIKE ?)"]
            params.extend([like] * 6)
            number = phones.digits(search)
            if len(number) >= 2:
                # Stored numbers are +33612…; someone types 06 12…: match the national part too.
                national = number.lstrip("0")
                for kind in PHONE_KINDS:
                    matches.append(f"phone_{kind} LIKE ?")
                    params.append(f"%{national}%")
            clauses.append("(" + " OR ".join(matches) + ")")
        return " AND ".join(clauses), params

    def list(
        self,
        *,
        group: str | None = None,
        search: str | None = None,
        limit: int = -1,
        offset: int = 0,
        order_by: str = "name",
        descending: bool = False,
    ) -> list[Contact]:
        """Live contacts by name (or `order_by`: one of SORT_KEYS), filtered by group and a
        search on name, organisation, function, e-mail, role and phone digits."""
        where, params = self._where(group, search)
        column = SORT_KEYS[validation.choice("order_by", order_by, tuple(SORT_KEYS))]
        direction = "DESC" if descending else "ASC"
        rows = self._store.query(
            f"SELECT {', '.join(_COLUMNS)} FROM contacts WHERE {where} "
            f"ORDER BY {column} {direction}, fold(name) {direction}, name {direction}, "
            f"id {direction} "
            "LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_contact(row) for row in rows]

    def count(self, *, group: str | None = None, search: str | None = None) -> int:
        """How many live contacts match."""
        where, params = self._where(group, search)
        return int(self._store.scalar(f"SELECT count(*) FROM contacts WHERE {where}", params))

    def display_phone(self, e164: str | None) -> str:
        """A stored number as the cell reads it (national format for the plan's country)."""
        return phones.for_display(e164, self.region)
