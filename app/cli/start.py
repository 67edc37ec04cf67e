"""`crisiscell start`: the headless start — the plan (the demo plan when it is missing) and
its summary, for a machine with no screen. `crisiscell` with no sub-command opens the window
(ui/launcher.py)."""

from __future__ import annotations

import argparse

from app.cli.common import add_plan_option, open_plan_at, plan_path, unlock_from
from app.exchange.demo_plan import create_demo_plan
from app.planfile import atomic
from app.vocabulary import LANGUAGES


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "start", help="headless start: write the demo plan when missing (--demo-if-missing), "
                      "print the plan's summary (crisiscell alone opens the window)")
    add_plan_option(parser)
    parser.add_argument("--demo-if-missing", action="store_true",
                        help="write the demo plan first when the plan file does not exist")
    parser.add_argument("--lang", choices=LANGUAGES, default="fr",
                        help="the demo plan's language when it is written (default fr)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Open the plan (writing the demo plan first when asked) and print its summary."""
    path = plan_path(args)
    if args.demo_if_missing and not path.exists():
        atomic.private_folder(path.parent)  # the data folder, owner-only
        create_demo_plan(path, language=args.lang, unlock=unlock_from(args)).close()
        print(f"demo plan written to {path}")
    with open_plan_at(path, args) as plan:
        for key, value in plan.summary().as_dict().items():
            print(f"{key.replace('_', ' ')}: {value}")
    return 0
