"""How the log's commands name an incident, an entry and an action, and who is writing.

An incident: `--incident ID`, else the open one. An entry or an action: its id, or the start
of its id when no other of the incident's shares it (ids are long; `crisiscell log` prints
them whole). An
action may also be named by its title, or a part of it only it has, among the incident's.
"""

from __future__ import annotations

import argparse
import getpass

from app.cli.common import CommandFailed
from app.errors import RecordNotFound, ValidationError, shown_value
from app.incidents.incidents import ActionItem, Incident
from app.incidents.journal import JournalEntry
from app.incidents.search_text import fold
from app.plan import Plan

#: The shortest id prefix accepted (shorter ones match too much to be meant).
MIN_PREFIX = 6


def add_author_option(parser: argparse.ArgumentParser) -> None:
    """`--author NAME` (default: the OS user)."""
    parser.add_argument("--author", default=None, help="who does it (default: the OS user)")


def author_of(args: argparse.Namespace) -> str:
    """Who the entry is attributed to."""
    return args.author or getpass.getuser()


def add_incident_option(parser: argparse.ArgumentParser) -> None:
    """`--incident ID` (default: the open incident)."""
    parser.add_argument("--incident", default=None, metavar="ID",
                        help="the incident (default: the open one)")


def target_incident(plan: Plan, incident_id: str | None) -> Incident:
    """The open incident named by `--incident`, else the open one (CommandFailed when none)."""
    if incident_id is None:
        active = plan.incidents.active()
        if active is None:
            raise CommandFailed("no incident is open; open one with: crisiscell log TEXT "
                                "--title TITLE (or in the window); nothing was changed")
        return active
    try:
        incident = plan.incidents.get(incident_id)
    except RecordNotFound:
        raise CommandFailed(f"no incident with id {shown_value(repr(incident_id))} in this "
                            "plan; nothing was changed") from None
    if not incident.is_active:
        raise CommandFailed(f"incident “{incident.title}” is closed: its log takes no more "
                            "entries; nothing was changed")
    return incident


def _by_id(word: str, ids: list[str], what: str) -> str | None:
    word = word.strip().lower()
    if word in ids:
        return word
    if len(word) < MIN_PREFIX:
        return None
    matches = [i for i in ids if i.startswith(word)]
    if len(matches) > 1:
        raise CommandFailed(f"{shown_value(repr(word))} starts the ids of {len(matches)} "
                            f"{what}s; give more of the id; nothing was changed")
    return matches[0] if matches else None


def find_entry(plan: Plan, word: str, incident: Incident | None) -> JournalEntry:
    """The journal entry `word` names: its id, or the start of an id of `incident`'s entries."""
    wanted = word.strip().lower()
    try:
        return plan.journal.get(wanted)
    except ValidationError:
        pass
    ids = [e.id for e in plan.journal.entries(incident.id)] if incident and wanted else []
    found = _by_id(wanted, ids, "entrie")
    if found is None:
        raise CommandFailed(f"no journal entry has the id {shown_value(repr(word))} "
                            "(crisiscell log prints the ids; the start of one is enough, at least "
                            f"{MIN_PREFIX} characters); nothing was changed")
    return plan.journal.get(found)


def find_action(plan: Plan, incident: Incident, word: str) -> ActionItem:
    """The incident's action `word` names: id, start of id, whole title or a part only it has."""
    actions = plan.incidents.actions(incident.id)
    found = _by_id(word, [a.id for a in actions], "action")
    if found is not None:
        return next(a for a in actions if a.id == found)
    wanted = fold(word.strip())
    matches = [a for a in actions if fold(a.title) == wanted] if wanted else []
    if not matches and wanted:
        matches = [a for a in actions if wanted in fold(a.title)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        listed = "".join(f"\n  {a.id}  {a.title}{' (done)' if a.done_at else ''}"
                         for a in actions) or " none yet"
        raise CommandFailed(f"no action of incident “{incident.title}” is named "
                            f"{shown_value(repr(word))}; its actions:{listed}")
    listed = "".join(f"\n  {a.id}  {a.title}" for a in matches)
    raise CommandFailed(f"{shown_value(repr(word))} could be {len(matches)} actions; name "
                        f"one by its id or its whole title:{listed}")
