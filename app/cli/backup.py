"""`crisiscell backup`: a verified backup of the plan now, or the list of its backups."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import add_plan_option, open_plan, plan_path
from app.planfile import atomic
from app.planfile.backups import Backups


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "backup", help="back the plan up now (backups/ beside it, and --to FOLDER)")
    add_plan_option(parser)
    parser.add_argument("--to", type=Path, default=None, metavar="FOLDER",
                        help="a second folder to back up into as well (a USB stick)")
    parser.add_argument("--list", action="store_true", help="list the backups instead")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Back up (through SQLite's backup API, verified) and say where."""
    if args.to is not None:  # refused before the plan is even opened (opening may migrate it)
        atomic.refuse_plan_output(args.to, plan_path(args), second_folder=args.to, backup=True)
    with open_plan(args) as plan:
        backups = Backups(plan.path, plan.key, second_folder=args.to)
        if args.list:
            for backup in backups.list():
                print(f"{backup.taken_at:%Y-%m-%d %H:%M:%S} UTC  {backup.reason:<8}  "
                      f"{backup.path}")
            return 0
        written = backups.make("manual")
    for path in written:
        print(f"backup written: {path}")
    return 0
