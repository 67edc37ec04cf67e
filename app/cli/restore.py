"""`crisiscell restore`: put a backup that verifies back in the plan's place."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from app.cli.common import (
    CommandFailed,
    add_plan_option,
    ask_passphrase,
    plan_path,
    unlock_from,
)
from app.keys import key_file as keys
from app.keys.unlock import OpenedKey, Unlock, key_candidates, read_recovery_key_file
from app.planfile.backups import Backup, Backups
from app.planfile.locks import replacing
from db.errors import PassphraseRequired


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


def plan_key_for_restore(path: Path, unlock: Unlock) -> OpenedKey:
    """The plan's key, found without opening the (possibly damaged) plan file."""
    key_file = keys.read(path)
    if key_file is None and unlock.recovery_key is None and not path.exists():
        raise CommandFailed(f"no plan and no key file at {path}: give --recovery-key-file")
    candidates = key_candidates(path, key_file, unlock)
    return OpenedKey(candidates[0][0], key_file, candidates[0][1])


def run(args: argparse.Namespace) -> int:
    """Restore, keep the replaced file aside, and say how much work the backup predates."""
    path = plan_path(args)
    unlock = unlock_from(args)
    try:
        opened = plan_key_for_restore(path, unlock)
    except PassphraseRequired as error:
        if unlock.passphrase is not None:
            raise
        unlock = Unlock(ask_passphrase(path, f"no keyring was used: {error.detail}"),
                        unlock.recovery_key)
        opened = plan_key_for_restore(path, unlock)
    backups = Backups(path, opened, second_folder=args.to,
                      unlocks=[unlock, backup_unlock_from(args)])
    with replacing(path):
        backup: Backup | None = (Backup(args.source, _taken_at(args.source), "chosen")
                                 if args.source is not None else backups.newest_good())
        if backup is None:
            raise CommandFailed(f"no backup of {path} verifies; nothing was changed")
        behind = backups.minutes_behind(backup) if path.exists() else 0
        aside = backups.restore(backup)
        try:
            dropped: int | None = backups.rebase_witness()
        except OSError as error:  # restored all the same; the next open will say what differs
            dropped = None
            print(f"crisiscell: warning: this laptop's witness of the journal could not be "
                  f"re-based ({error.strerror or error})", file=sys.stderr)
    print(f"{path} restored from {backup.path} (taken {backup.taken_at:%Y-%m-%d %H:%M} UTC, "
          f"{behind} minute(s) of work before the plan's last change)")
    if backups.needs_key and args.source is None:
        print(f"note: {len(backups.needs_key)} newer backup(s) were made before a key change "
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


def _taken_at(path: Path) -> datetime:
    if not path.is_file():
        raise CommandFailed(f"no backup file at {path}")
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)
