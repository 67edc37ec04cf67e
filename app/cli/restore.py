"""`crisiscell restore`: put a backup that verifies back in the plan's place (the steps are
app/planfile/restore.py's; this asks on the terminal and says what was done)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.cli.common import (
    CommandFailed,
    add_plan_option,
    asking_on_terminal,
    plan_path,
    unlock_from,
)
from app.keys import key_file as keys
from app.keys.unlock import Unlock, read_recovery_key_file
from app.planfile.errors import NoBackup
from app.planfile.restore import restore_plan


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "restore", help="replace the plan by its newest backup that verifies (or --from FILE)")
    add_plan_option(parser)
    parser.add_argument("--from", dest="source", type=Path, default=None, metavar="BACKUP",
                        help="the backup file to restore (default: the newest that verifies)")
    parser.add_argument("--to", type=Path, default=None, metavar="FOLDER",
                        help="a second backup folder to look in as well")
    parser.add_argument("--backup-passphrase-env", default=None, metavar="VAR",
                        help="the passphrase a backup made before a passphrase change was "
                             "protected by, read from environment variable VAR")
    parser.add_argument("--backup-recovery-key-file", type=Path, default=None, metavar="FILE",
                        help="the recovery key of a backup made before a key change (from "
                             "the recovery sheet of that time)")
    parser.set_defaults(run=run)


def backup_unlock_from(args: argparse.Namespace) -> Unlock:
    """What the command line gives to open backups made with an earlier key."""
    variable = args.backup_passphrase_env
    if variable and variable not in os.environ:
        raise CommandFailed(f"environment variable {variable} is not set "
                            "(--backup-passphrase-env names the variable, not the passphrase)")
    key = (read_recovery_key_file(args.backup_recovery_key_file)
           if args.backup_recovery_key_file is not None else None)
    return Unlock(passphrase=os.environ[variable] if variable else None, recovery_key=key)


def run(args: argparse.Namespace) -> int:
    """Restore, keep the replaced file aside, and say how much work the backup predates."""
    path = plan_path(args)
    unlock = unlock_from(args)
    if (unlock.recovery_key is None and not path.exists()
            and not keys.key_file_path(path).exists()):
        raise CommandFailed(f"no plan and no key file at {path}: give --recovery-key-file")
    if args.source is not None and not args.source.is_file():
        raise CommandFailed(f"no backup file at {args.source}")
    try:
        restored = restore_plan(path, asking_on_terminal(path, unlock), unlock,
                                source=args.source, second_folder=args.to,
                                backup_unlocks=[backup_unlock_from(args)])
    except NoBackup:
        raise CommandFailed(f"no backup of {path} verifies; nothing was changed") from None
    assert restored is not None  # nothing is asked that the terminal gives up on
    backup, aside, dropped = restored.backup, restored.aside, restored.witness_dropped
    if restored.witness_problem is not None:
        error = restored.witness_problem
        print(f"crisiscell: warning: this laptop's witness of the journal could not be "
              f"re-based ({error.strerror or error})", file=sys.stderr)
    print(f"{path} restored from {backup.path} (taken {backup.taken_at:%Y-%m-%d %H:%M} UTC, "
          f"{restored.choice.minutes_behind} minute(s) of work before the plan's last change)")
    if restored.needs_key and args.source is None:
        print(f"note: {len(restored.needs_key)} newer backup(s) were made before a key change "
              "and could not be opened without their passphrase or recovery key "
              "(--backup-passphrase-env VAR, --backup-recovery-key-file FILE); restore one "
              "with --from BACKUP", file=sys.stderr)
    if aside.exists():
        print(f"the replaced file is kept as {aside}")
    # Said, never done silently: the witness no longer expects what the backup predates.
    if dropped is not None:
        entries = ("1 entry it saw committed after the backup is" if dropped == 1 else
                   f"{dropped} entries it saw committed after the backup are")
        print(f"this laptop's witness of the journal now starts from the restored heads: "
              f"{entries} no longer expected"
              + (f" (kept in {aside.name})" if dropped and aside.exists() else ""))
    return 0
