"""`crisiscell encrypt`: encrypt in place a plan made before encryption (plain SQLite)."""

from __future__ import annotations

import argparse

from app.cli.common import add_plan_option, plan_path, unlock_from
from app.keys.management import encrypt_in_place


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "encrypt", help="encrypt a plan made before encryption (keyring, or --passphrase-env)")
    add_plan_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Encrypt (exported into a new file, verified, then renamed over the plan)."""
    path = plan_path(args)
    kept = encrypt_in_place(path, unlock_from(args))
    print(f"{path} is now encrypted; print its recovery sheet now: "
          f"crisiscell print recovery --plan {path} -o recovery.pdf")
    print(f"the unencrypted original is kept as {kept}: delete it once the plan opens")
    return 0
