"""`crisiscell demo PATH`: write the demo plan to a new file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import add_unlock_options, ask_passphrase, unlock_from
from app.exchange.demo_plan import create_demo_plan
from app.keys.errors import InsecureKeyring, NoKeyring
from app.keys.unlock import Unlock
from app.vocabulary import LANGUAGES


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "demo", help="write the demo plan to a new file (never overwrites one)")
    parser.add_argument("path", type=Path, help="the new plan file")
    parser.add_argument("--lang", choices=LANGUAGES, default="fr", help="language (default fr)")
    add_unlock_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the demo plan and say where."""
    unlock = unlock_from(args)
    try:
        plan = create_demo_plan(args.path, language=args.lang, unlock=unlock)
    except (NoKeyring, InsecureKeyring) as error:
        passphrase = ask_passphrase(args.path, f"no keyring was used: {error.detail}; "
                                               "choose a passphrase for the plan", confirm=True)
        plan = create_demo_plan(args.path, language=args.lang,
                                unlock=Unlock(passphrase=passphrase))
    with plan:
        summary = plan.summary()
    if plan.set_aside:  # SQLite would have replayed that old log into the new plan
        print(f"crisiscell: note: the -wal/-shm left by a plan deleted from {args.path} were "
              f"set aside: {', '.join(str(p) for p in plan.set_aside)}", file=sys.stderr)
    print(f"{args.path}: demo plan of {summary.organisation} written "
          f"({summary.risks} risks, {summary.contacts} contacts, {summary.messages} messages, "
          f"{summary.journal_entries} journal entries)")
    return 0
