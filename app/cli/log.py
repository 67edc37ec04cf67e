"""`crisiscell log TEXT`: append an entry to the active incident's journal."""

from __future__ import annotations

import argparse
import getpass

from app.cli.common import CommandFailed, add_plan_option, open_plan
from app.clock import utc_now
from app.errors import shown_value
from app.moments import parse_moment
from app.vocabulary import TYPED_KINDS


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "log", help="append an entry to the open incident's journal (opens one if none)")
    parser.add_argument("text", help="what happened, was decided or done")
    add_plan_option(parser)
    parser.add_argument("--kind", default="observation", help=f"one of {', '.join(TYPED_KINDS)}")
    parser.add_argument("--author", default=None, help="who logs it (default: the OS user)")
    parser.add_argument("--incident", default=None, metavar="ID",
                        help="the incident (default: the open one)")
    parser.add_argument("--occurred-at", default=None, metavar="TIME",
                        help='when it happened, if not now (local time): "02:40", '
                             '"hier 23h", "04/12/2026 14:00", or a delay written with "=": '
                             '--occurred-at=-10min')
    parser.add_argument("--title", default=None,
                        help="title of the incident opened when none is open")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Append, then print the entry's id: printed only once committed."""
    if args.kind not in TYPED_KINDS:
        raise CommandFailed(f"unknown kind {shown_value(repr(args.kind))}; use one of "
                            f"{', '.join(TYPED_KINDS)}")
    author = args.author or getpass.getuser()
    occurred_at = (parse_moment(args.occurred_at, field="occurred_at")
                   if args.occurred_at is not None else None)
    if occurred_at is not None and occurred_at > utc_now():
        # "14:00" typed at 08:36 is today's 14:00: not yet happened, so not what was meant.
        typed = args.occurred_at.strip()
        hint = (f"for the past, write --occurred-at=-{shown_value(typed[1:].strip())}"
                if typed.startswith("+") else
                f"give the day too, e.g. 'hier {shown_value(typed)}'")
        raise CommandFailed(f"--occurred-at {shown_value(repr(args.occurred_at))} is later "
                            f"than now: an entry logs what has happened; {hint}")
    with open_plan(args) as plan, plan.transaction():
        # One transaction: a refused entry must not leave a freshly opened incident behind.
        incident_id = args.incident
        if incident_id is None:
            active = plan.incidents.active()
            if active is None:
                active = plan.incidents.open(args.title or "Incident", author=author)
            incident_id = active.id
        entry = plan.journal.append(incident_id, args.text, kind=args.kind, author=author,
                                     occurred_at=occurred_at)
    print(entry.id, flush=True)
    return 0
