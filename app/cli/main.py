"""The `crisiscell` command: what can be done without a window.

Each sub-command lives in its own module of `app/cli/` and registers itself on the
parser; this module only builds the parser, runs the command and turns known errors into
clear messages with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app import __version__
from app.cli import (
    action,
    backup,
    cell,
    close,
    contacts,
    correct,
    demo,
    encrypt,
    export_plain,
    log,
    new,
    passphrase,
    print_docs,
    rekey,
    restore,
    start,
    status,
    summary,
    verify,
)
from app.cli.common import EXIT_ERROR, EXIT_OK, CommandFailed, describe_error
from app.errors import PlanError, shown_value
from app.planfile import atomic
from app.planfile.cipher_log import route_cipher_log
from db.errors import StorageError

COMMAND_MODULES = (start, new, demo, contacts, cell, summary, log, status, correct, action,
                   close, verify, print_docs, backup, restore, encrypt, passphrase, rekey,
                   export_plain)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, sub-commands included."""
    parser = argparse.ArgumentParser(
        prog="crisiscell",
        description="Crisis Cell: the crisis plan and the live incident log, offline.",
    )
    parser.add_argument("--version", action="version", version=f"crisiscell {__version__}")
    parser.set_defaults(run=None)  # no sub-command: `start` (below); each one sets its own
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subcommands)
    return parser


def undecodable_argument(argv: Sequence[str]) -> int | None:
    """The position (from 1) of the first argument that is not valid UTF-8 text, if any.

    Python hands such bytes over as lone surrogates (surrogateescape); SQLite, the PDF and
    the terminal cannot take them, and a path made of them cannot be opened by SQLite either.
    """
    for position, argument in enumerate(argv, start=1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return position
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run `crisiscell` with `argv` (default: the process arguments); returns the exit status."""
    arguments = list(argv if argv is not None else sys.argv[1:])
    bad = undecodable_argument(arguments)
    if bad is not None:
        shown = arguments[bad - 1].encode("utf-8", "surrogateescape")
        print(f"crisiscell: argument {bad} is not valid text (UTF-8): "
              f"{shown_value(repr(shown))}; nothing was done", file=sys.stderr)
        return EXIT_ERROR
    # SQLCipher's own log lines go to our log, never to the user's terminal.
    route_cipher_log()
    # Owner-only, whatever the user's umask: what a library creates for us (SQLite's
    # -journal of an export, a rekey's copy) holds plan data too. Our own writers set 0600
    # themselves (app/planfile/atomic.py); this covers the rest. Put back for in-process
    # callers (tests).
    umask = atomic.owner_only_umask()
    try:
        return _run(arguments)
    finally:
        os.umask(umask)


def _run(arguments: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.run is None:
        args = parser.parse_args(["start", *arguments])
    try:
        return int(args.run(args) or EXIT_OK)
    except CommandFailed as failure:
        print(f"crisiscell: {failure}", file=sys.stderr)
        return failure.exit_status
    except (PlanError, StorageError) as error:
        print(f"crisiscell: {describe_error(error)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
