"""`crisiscell correct ENTRY TEXT`: log a correction of an entry (the entry itself stays)."""

from __future__ import annotations

import argparse

from app.cli.common import CommandFailed, add_plan_option, open_plan
from app.cli.journal_refs import (
    add_author_option,
    add_incident_option,
    author_of,
    find_entry,
)
from app.errors import RecordNotFound, shown_value


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "correct", help="log a correction of a journal entry (the log is append-only)")
    parser.add_argument("entry", metavar="ENTRY",
                        help="the entry's id (or its start, among the incident's entries)")
    parser.add_argument("text", help="the corrected text")
    add_author_option(parser)
    add_incident_option(parser)
    add_plan_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Append the correction; print it once committed."""
    with open_plan(args) as plan:
        incident = None
        try:
            incident = (plan.incidents.get(args.incident) if args.incident
                        else plan.incidents.latest())
        except RecordNotFound:
            raise CommandFailed(f"no incident with id {shown_value(repr(args.incident))} in "
                                "this plan; nothing was changed") from None
        original = find_entry(plan, args.entry, incident)
        if original.kind == "status_change":
            raise CommandFailed("a status change is not corrected: set the information's "
                                "status again (crisiscell status ENTRY …); nothing was changed")
        if not plan.incidents.get(original.incident_id).is_active:
            raise CommandFailed("that entry's incident is closed: its log takes no more "
                                "entries; nothing was changed")
        entry = plan.journal.correct(original.id, args.text, author=author_of(args))
    print(f"{entry.id}: correction of {original.id} logged: {entry.text}", flush=True)
    return 0
