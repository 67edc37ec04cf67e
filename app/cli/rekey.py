"""`crisiscell rekey`: give the plan a new random key (all data rewritten, atomically)."""

from __future__ import annotations

import argparse

from app.cli.common import add_plan_option, plan_path, unlock_from
from app.keys.management import rekey


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "rekey", help="rotate the plan's key (the old recovery sheet stops opening it)")
    add_plan_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Rekey, then ask for a new recovery sheet."""
    path = plan_path(args)
    rekey(path, unlock_from(args))
    print(f"{path} has a new key. The old recovery sheet no longer opens it: print a new one "
          f"(crisiscell print recovery --plan {path} -o recovery.pdf) and destroy the old.")
    return 0
