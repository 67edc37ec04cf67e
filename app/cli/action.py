"""`crisiscell action add|done`: the incident's action items from the command line.

    action add TEXT --owner CONTACT --due WHEN    WHEN as app/moments.py reads it
    action done ACTION                            id, start of id, or title

Each write is one transaction, logged in the incident's journal, and prints what it committed.
"""

from __future__ import annotations

import argparse
import sys

from app.cli.common import CommandFailed, add_plan_option, open_plan
from app.cli.journal_refs import (
    add_author_option,
    add_incident_option,
    author_of,
    find_action,
    target_incident,
)
from app.cli.naming import find_contact
from app.clock import utc_now
from app.errors import InvalidState
from app.incidents.wording import local_time_text
from app.moments import parse_moment


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command and its own sub-commands."""
    parser = subcommands.add_parser("action", help="the incident's action items (add, done)")
    actions = parser.add_subparsers(dest="action_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add an action with its owner and due time")
    add.add_argument("text", help="what must be done")
    add.add_argument("--owner", required=True, metavar="CONTACT",
                     help="who does it: a contact's id or a name only they have")
    add.add_argument("--due", required=True, metavar="WHEN",
                     help='a local time ("04/12/2026 14:00", "14:00", "demain 9h") or a '
                          'delay ("+4h", "+72h", "+30min")')
    add_author_option(add)
    add_incident_option(add)
    add_plan_option(add)
    add.set_defaults(run=run_add)

    done = actions.add_parser("done", help="mark an action done")
    done.add_argument("action", metavar="ACTION",
                      help="the action's id (or its start), or its title (or a part only it has)")
    add_author_option(done)
    add_incident_option(done)
    add_plan_option(done)
    done.set_defaults(run=run_done)


def run_add(args: argparse.Namespace) -> int:
    """Add the action (its creation logged), then say what was committed."""
    due = parse_moment(args.due, field="due")  # before opening: a typo writes nothing
    with open_plan(args) as plan:
        incident = target_incident(plan, args.incident)
        owner = find_contact(plan, args.owner)
        action = plan.incidents.add_action(
            incident.id, args.text, author=author_of(args), owner_id=owner.id, due_at=due)
        language = plan.info.get().language
    assert action.due_at is not None  # --due is required, and the service kept it
    due_text = local_time_text(action.due_at, language)
    print(f"{action.id}: action “{action.title}” added, owner {owner.name}, due {due_text}",
          flush=True)
    if action.due_at < utc_now():
        print(f"crisiscell: warning: the due time {due_text} is already past", file=sys.stderr)
    return 0


def run_done(args: argparse.Namespace) -> int:
    """Mark the action done (logged), then say so."""
    with open_plan(args) as plan:
        incident = target_incident(plan, args.incident)
        action = find_action(plan, incident, args.action)
        try:
            action = plan.incidents.complete_action(action.id, author=author_of(args))
        except InvalidState as error:
            if error.reason != "action_already_done" or action.done_at is None:
                raise
            raise CommandFailed(f"action “{action.title}” is already done (at "
                                f"{local_time_text(action.done_at, plan.info.get().language)}"
                                "); nothing was changed") from None
        assert action.done_at is not None  # complete_action returns the action done
        done_text = local_time_text(action.done_at, plan.info.get().language)
    print(f"{action.id}: action “{action.title}” done at {done_text}", flush=True)
    return 0
