"""`crisiscell new PATH --organisation NAME`: an empty plan, its standard roles waiting to be
assigned."""

from __future__ import annotations

import argparse
from pathlib import Path

from babel import Locale

from app.cli.common import add_unlock_options, ask_passphrase, unlock_from
from app.keys.errors import InsecureKeyring, NoKeyring
from app.keys.unlock import Unlock
from app.plan import Plan
from app.planfile.companions import KEYS, companion
from app.vocabulary import LANGUAGES


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "new", help="make a new, empty, encrypted plan (never overwrites a file)")
    parser.add_argument("path", type=Path, help="the new plan file")
    parser.add_argument("--organisation", required=True, metavar="NAME",
                        help="the organisation the plan is for")
    parser.add_argument("--lang", choices=LANGUAGES, default="fr",
                        help="the plan's language: its log wording and printed papers "
                             "(default fr)")
    parser.add_argument("--region", default="FR", metavar="CC",
                        help="country of its phone numbers, ISO 3166 code (default FR)")
    parser.add_argument("--owner", default="", metavar="NAME", help="who keeps the plan")
    add_unlock_options(parser)
    parser.set_defaults(run=run)


def _create(args: argparse.Namespace, unlock: Unlock) -> Plan:
    return Plan.create(args.path, organisation=args.organisation, owner=args.owner,
                       language=args.lang, region=args.region.upper(), unlock=unlock,
                       fill=lambda plan: plan.cell.add_standard_roles())


def run(args: argparse.Namespace) -> int:
    """Make the plan, then say where it is and how its key is kept."""
    unlock = unlock_from(args)
    try:
        plan = _create(args, unlock)
    except (NoKeyring, InsecureKeyring) as error:
        passphrase = ask_passphrase(args.path, f"no keyring was used: {error.detail}; "
                                               "choose a passphrase for the plan", confirm=True)
        plan = _create(args, Unlock(passphrase=passphrase))
    with plan:
        info = plan.info.get()
        mode = plan.key.key_file.mode if plan.key.key_file is not None else "keyring"
        roles = len(plan.cell.roles())
    language = Locale.parse(info.language).get_display_name("en")  # "French", "English"
    print(f"{args.path}: new plan of {info.organisation} written ({language}, "
          f"{roles} roles to assign)")
    if mode == "passphrase":
        print(f"protected by: SQLCipher encryption, its key wrapped by your passphrase in "
              f"{companion(args.path, KEYS)} (keep that file beside the plan)")
    else:
        print("protected by: SQLCipher encryption, its key kept in this computer's keyring")
    print(f"next: print its recovery sheet and keep it safe: crisiscell print recovery "
          f"-o recovery.pdf --plan {args.path}")
    return 0
