"""`crisiscell export-plain`: an UNENCRYPTED copy of the plan, after an explicit consent."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import CommandFailed, add_plan_option, plan_path, unlock_from
from app.keys.management import export_plain

WARNING = ("an unencrypted copy holds every contact's personal data in clear, readable by "
           "anyone who gets the file")


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "export-plain", help="write an UNENCRYPTED copy of the plan (needs --yes-i-understand)")
    add_plan_option(parser)
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="COPY.db",
                        help="the new, unencrypted file (never overwritten)")
    parser.add_argument("--yes-i-understand", action="store_true",
                        help=f"confirm: {WARNING}")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Refuse without consent; otherwise export and warn again."""
    if not args.yes_i_understand:
        raise CommandFailed(f"refused: {WARNING}. Add --yes-i-understand to write it anyway")
    written = export_plain(plan_path(args), args.output, unlock_from(args))
    print(f"warning: {written} is NOT encrypted; {WARNING}. Delete it when done.",
          file=sys.stderr)
    print(written)
    return 0
