"""`crisiscell close [--statement TEXT]`: close the open incident; the closing is logged."""

from __future__ import annotations

import argparse

from app.cli.common import add_plan_option, open_plan
from app.cli.journal_refs import (
    add_author_option,
    add_incident_option,
    author_of,
    target_incident,
)
from app.incidents.wording import local_time_text


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser("close", help="close the open incident")
    parser.add_argument("--statement", default="", metavar="TEXT",
                        help="the closing statement, logged with the closure")
    add_author_option(parser)
    add_incident_option(parser)
    add_plan_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Close the incident, then say so."""
    with open_plan(args) as plan:
        incident = target_incident(plan, args.incident)
        closed = plan.incidents.close(incident.id, author=author_of(args),
                                      statement=args.statement)
        assert closed.closed_at is not None  # close() returns the incident closed
        when = local_time_text(closed.closed_at, plan.info.get().language)
    print(f"{closed.id}: incident “{closed.title}” closed at {when}", flush=True)
    return 0
