"""How the command line names a contact or a cell role: by id, or by a name that fits one only.

A contact: its id, its whole name (case and accents aside: "helene martin"), or a part of its
name that no other contact shares. A role: its key ("crisis_director"), its name in either
language ("Directeur de crise", "crisis director"), a custom role's name, or its id.
"""

from __future__ import annotations

from app.cell.contacts import Contact
from app.cell.roles import CellRole, standard_role_names
from app.cli.common import CommandFailed
from app.incidents.search_text import fold
from app.plan import Plan
from app.printing.words import code_name

#: The word for "whoever raises the alert" where a caller is expected.
ALERT_CALLER = "-"


def _describe(contact: Contact) -> str:
    details = ", ".join(part for part in (contact.function, contact.organisation) if part)
    return f"{contact.id}  {contact.name}" + (f" ({details})" if details else "")


def find_contact(plan: Plan, word: str) -> Contact:
    """The one live contact `word` names (CommandFailed: none, or several, listed)."""
    wanted = fold(word.strip())
    if not wanted:
        raise CommandFailed("a contact must be named (its id or its name)")
    everyone = plan.contacts.list()
    for contact in everyone:
        if contact.id == word.strip():
            return contact
    matches = [c for c in everyone if fold(c.name) == wanted]
    if not matches:
        matches = [c for c in everyone if wanted in fold(c.name)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CommandFailed(f"no contact of this plan is named {word!r} (nor has that id); "
                            "add one with: crisiscell contacts add NAME --plan PATH")
    listed = "\n".join(f"  {_describe(c)}" for c in matches[:20])
    more = f"\n  … and {len(matches) - 20} more" if len(matches) > 20 else ""
    raise CommandFailed(f"{word!r} could be {len(matches)} contacts; name one by its id or "
                        f"its whole name:\n{listed}{more}")


def role_name(role: CellRole, language: str) -> str:
    """The role's name as the plan's language prints it."""
    return code_name("role", role.code, language)


def find_role(plan: Plan, word: str) -> CellRole:
    """The role `word` names (CommandFailed with the plan's roles when none)."""
    wanted = fold(word.strip())
    roles = plan.cell.roles()
    for role in roles:
        names = (role.id, role.code, *(standard_role_names(role.code)
                                       if role.custom_name is None else (role.custom_name,)))
        if wanted and wanted in {fold(n) for n in names} | {fold(role.code.replace("_", " "))}:
            return role
    language = plan.info.get().language
    known = ", ".join(
        role.custom_name if role.custom_name else f"{role.code} ({role_name(role, language)})"
        for role in roles) or "none yet"
    raise CommandFailed(f"no role {word!r} in this plan; its roles: {known}")
