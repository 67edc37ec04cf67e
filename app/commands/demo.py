"""`crisiscell demo PATH`: write the demo plan to a new file."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.demo import create_demo_plan
from app.vocabulary import LANGUAGES


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "demo", help="write the demo plan to a new file (never overwrites one)")
    parser.add_argument("path", type=Path, help="the new plan file")
    parser.add_argument("--lang", choices=LANGUAGES, default="fr", help="language (default fr)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the demo plan and say where."""
    with create_demo_plan(args.path, language=args.lang) as plan:
        summary = plan.summary()
    print(f"{args.path}: demo plan of {summary.organisation} written "
          f"({summary.risks} risks, {summary.contacts} contacts, {summary.messages} messages, "
          f"{summary.journal_entries} journal entries)")
    return 0
