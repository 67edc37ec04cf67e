"""`crisiscell status ENTRY verified|false|to_verify [--source S]`: set an information's status."""

from __future__ import annotations

import argparse
import getpass

from app.cli.common import CommandFailed, add_plan_option, open_plan
from app.vocabulary import INFO_STATUSES


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "status", help="mark a piece of incoming information verified, false or to verify")
    parser.add_argument("entry", metavar="ENTRY", help="the information's journal entry id")
    parser.add_argument("status", metavar="STATUS", help=f"one of {', '.join(INFO_STATUSES)}")
    parser.add_argument("--source", default="",
                        help="who or what confirmed it (a call, a site, a person)")
    parser.add_argument("--author", default=None,
                        help="who confirmed it (default: the OS user)")
    add_plan_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Log the status change, then say what was committed."""
    if args.status not in INFO_STATUSES:
        raise CommandFailed(
            f"unknown status {args.status!r}; use one of {', '.join(INFO_STATUSES)}")
    author = args.author or getpass.getuser()
    with open_plan(args) as plan:
        change = plan.journal.set_info_status(
            args.entry, args.status, author=author, source=args.source)
    source = f" (source: {args.source.strip()})" if args.source.strip() else ""
    print(f"{change.id}: information {args.entry} is now {args.status}{source}, "
          f"confirmed by {author}", flush=True)
    return 0
