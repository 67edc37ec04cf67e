"""`crisiscell passphrase`: protect the key with a (new) passphrase, or move it back to the
keyring. Dropping a passphrase (a change, or the move to the keyring) re-keys the plan, so
that the old passphrase with an old copy of the key file opens nothing; moving from the
keyring to a passphrase only rewrites the key file."""

from __future__ import annotations

import argparse
import os

from app.cli.common import (
    CommandFailed,
    add_plan_option,
    ask_passphrase,
    plan_path,
    unlock_from,
)
from app.keys.management import set_passphrase, use_keyring


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "passphrase", help="set or change the plan's passphrase, or --use-keyring")
    add_plan_option(parser)
    parser.add_argument("--new-passphrase-env", default=None, metavar="VAR",
                        help="read the new passphrase from environment variable VAR "
                             "(default: ask twice on the terminal)")
    parser.add_argument("--use-keyring", action="store_true",
                        help="keep the key in the OS keyring instead of a passphrase")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Rewrap the key (or move it to the keyring) and say so."""
    path = plan_path(args)
    unlock = unlock_from(args)
    if args.use_keyring:
        if use_keyring(path, unlock):
            rekeyed = _REKEYED.format(path=path)
            print(f"{path}: the key is now kept in the OS keyring; no passphrase is asked. "
                  + rekeyed[0].upper() + rekeyed[1:])
        else:
            print(f"{path}: the key is now kept in the OS keyring; no passphrase is asked")
        return 0
    if args.new_passphrase_env:
        if args.new_passphrase_env not in os.environ:
            raise CommandFailed(f"environment variable {args.new_passphrase_env} is not set")
        new = os.environ[args.new_passphrase_env]
    else:
        new = ask_passphrase(path, "choose the new passphrase", confirm=True)
    if set_passphrase(path, new, unlock):
        print(f"{path}: passphrase changed; " + _REKEYED.format(path=path))
    else:
        print(f"{path}: the key is now protected by the new passphrase and no longer kept in "
              "the OS keyring (the key itself is unchanged: the recovery sheet still opens "
              "the plan)")
    return 0


_REKEYED = ("the plan was re-keyed, so older copies of its key file, the old passphrase and "
            "older recovery sheets no longer open it: print a new recovery sheet (crisiscell "
            "print recovery --plan {path} -o recovery.pdf) and destroy the old one")
