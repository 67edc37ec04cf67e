"""What every sub-command shares: the `--plan` option, opening the plan, wording errors.

Unlocking: the key comes from the OS keyring without asking; where the plan is protected by
a passphrase (no keyring on this computer, or the user's choice), `--passphrase-env VAR`
reads it from an environment variable (scripts), else it is asked on the terminal, saying
why no keyring was used. `--recovery-key-file FILE` opens with the key of the recovery sheet.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, Unpack

from app import paths
from app.errors import (
    FILE_ERRORS,
    InvalidState,
    PlanError,
    RecordNotFound,
    ValidationError,
    shown_value,
)
from app.keys.errors import PassphraseRequired
from app.keys.unlock import Ask, KeyQuestion, Unlock, read_recovery_key_file, unlocking
from app.plan import OpenOptions, Plan
from app.planfile import chain_heads

#: The command's exit status: done; done, but a check failed (`verify`); could not be done.
EXIT_OK, EXIT_CHECK_FAILED, EXIT_ERROR = 0, 1, 2

T = TypeVar("T")


class CommandFailed(Exception):
    """A sub-command could not do what was asked; the message says why."""

    def __init__(self, message: str, exit_status: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.exit_status = exit_status


def add_plan_option(parser: argparse.ArgumentParser, *, writes: bool = True) -> None:
    """`--plan PATH`, defaulting to the user's plan file (or CRISISCELL_PLAN); a command that
    `writes` also takes `--accept-wal-loss` (a look never needs it: it changes nothing)."""
    parser.add_argument(
        "--plan", type=Path, default=None, metavar="PATH",
        help="plan file (default: $CRISISCELL_PLAN or the user's plan file)")
    add_unlock_options(parser)
    if not writes:
        return
    parser.add_argument(
        "--accept-wal-loss", action="store_true",
        help="open a plan whose write-ahead log is damaged as it is: the commits after the "
             "damage are lost (the damaged log is kept aside by name); else: crisiscell "
             "restore")


def add_unlock_options(parser: argparse.ArgumentParser) -> None:
    """`--passphrase-env VAR` and `--recovery-key-file FILE`."""
    parser.add_argument(
        "--passphrase-env", default=None, metavar="VAR",
        help="read the plan's passphrase from environment variable VAR (when its key is "
             "protected by a passphrase rather than the OS keyring)")
    parser.add_argument(
        "--recovery-key-file", type=Path, default=None, metavar="FILE",
        help="open the plan with the recovery key written in FILE (from its recovery sheet)")


def unlock_from(args: argparse.Namespace) -> Unlock:
    """What the command line gives to unlock a plan (its parser has add_unlock_options)."""
    passphrase = None
    variable = args.passphrase_env
    if variable:
        if variable not in os.environ:
            raise CommandFailed(f"environment variable {variable} is not set "
                                "(--passphrase-env names the variable, not the passphrase)")
        passphrase = os.environ[variable]
    key_file = args.recovery_key_file
    recovery = read_recovery_key_file(key_file) if key_file is not None else None
    return Unlock(passphrase=passphrase, recovery_key=recovery)


def ask_passphrase(path: Path, reason: str, *, confirm: bool = False) -> str:
    """Ask for a passphrase on the terminal (CommandFailed when there is none to ask on)."""
    if not sys.stdin.isatty():
        raise CommandFailed(f"{path}: a passphrase is needed ({reason}); no terminal to ask "
                            "on: use --passphrase-env VAR")
    print(f"{path}: {reason}.", file=sys.stderr)
    passphrase = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != passphrase:
        raise CommandFailed("the two passphrases differ; nothing was changed")
    return passphrase


def asking_on_terminal(path: Path, given: Unlock) -> Ask:
    """The CLI's side of the unlocking loop (app/keys/unlock.py): a passphrase the keyring
    does not replace is asked once on the terminal; any other refusal (a wrong passphrase,
    a missing key, …) is told, as the command line has no second chance to offer."""
    asked = False

    def ask(question: KeyQuestion) -> Unlock:
        nonlocal asked
        refusal = question.refusal
        if asked or not isinstance(refusal, PassphraseRequired) or given.passphrase is not None:
            raise refusal if refusal is not None else CommandFailed(
                "a recovery key is given with --recovery-key-file FILE")
        asked = True
        passphrase = ask_passphrase(path, f"no keyring was used: {refusal.detail}")
        return Unlock(passphrase, given.recovery_key)
    return ask


def unlocked(path: Path, unlock: Unlock, attempt: Callable[[Unlock | None], T]) -> T:
    """`attempt` with the command line's `unlock`, its passphrase asked on the terminal when
    needed."""
    result = unlocking(attempt, asking_on_terminal(path, unlock), unlock)
    assert result is not None  # the terminal's asking never gives up: it raises
    return result


def open_plan_at(path: Path, args: argparse.Namespace, **options: Unpack[OpenOptions]) -> Plan:
    """Open the plan at `path` with the command line's unlock options, asking if needed."""
    plan = unlocked(path, unlock_from(args),
                    lambda given: Plan.open(path, unlock=given, **options))
    if not plan.encrypted:
        print(f"crisiscell: warning: {path} is not encrypted (made before encryption); "
              f"encrypt it with: crisiscell encrypt --plan {path}", file=sys.stderr)
    warn_about_opening(plan)
    return plan


def warn_about_opening(plan: Plan) -> None:
    """On stderr: entries missing against the witness, a damaged WAL kept or read."""
    path = plan.path
    if plan.missing_entries:
        whose = ("this backup recorded" if plan.heads_compared_with == "backup"
                 else "this laptop saw committed")
        print(f"crisiscell: warning: {path}: "
              f"{chain_heads.describe(plan.missing_entries, whose)}", file=sys.stderr)
    if plan.witness_rebased is not None:
        print(f"crisiscell: note: {path}: a restore cut short was finished; this laptop's "
              "witness of the journal now starts from the restored heads "
              f"({plan.witness_rebased} witnessed entries no longer expected)", file=sys.stderr)
    if plan.wal_damage is not None and plan.wal_set_aside is not None:
        print(f"crisiscell: warning: {path}: the damaged write-ahead log "
              f"({plan.wal_damage.describe()}) was kept as {plan.wal_set_aside}; the plan "
              "goes on from its readable part", file=sys.stderr)
    elif plan.wal_damage is not None:
        print(f"crisiscell: warning: {path}: its write-ahead log is damaged "
              f"({plan.wal_damage.describe()}); what is shown stops before the damage",
              file=sys.stderr)


def plan_path(args: argparse.Namespace) -> Path:
    """The plan file the command works on."""
    return args.plan if args.plan is not None else paths.default_plan_path()


def open_plan(args: argparse.Namespace, *, look: bool = False) -> Plan:
    """Open the plan named by `--plan` (unlocked by keyring, passphrase or recovery key).

    `look`: a read-only look (verify, summary, print) that changes no byte on disk; without
    it the command writes, and its parser has `--accept-wal-loss` (add_plan_option)."""
    if look:
        return open_plan_at(plan_path(args), args, look=True)
    return open_plan_at(plan_path(args), args,
                        accept_wal_loss=args.accept_wal_loss)


#: The one wording of each code of a plan file's errors (db.errors and app/'s PlanFileError).
_FILE_MESSAGES = {
    "plan_not_found": "no plan file at {path}",
    "plan_exists": "{path} already exists; refusing to overwrite it",
    "not_a_plan": "{path} is not a Crisis Cell plan ({detail})",
    "plan_too_new": "{path} was written by a newer version of Crisis Cell; update the app "
                    "to open it ({detail})",
    "plan_corrupt": "{path} is damaged ({detail}); restore it from a backup",
    "plan_locked": "{path} is locked by another program; try again in a moment",
    "plan_read_only": "{path} cannot be written (read-only file, folder or medium): {detail}",
    "disk_full": "the disk holding {path} is full; nothing was written",
    "disk_error": "the disk holding {path} failed to read or write it ({detail}); nothing "
                  "was written. Check the drive (removed, failing, network gone) and try "
                  "again",
    "plan_cannot_open": "{path} cannot be opened ({detail}): its folder is missing, it is a "
                        "folder, or you may not open it",
    "plan_truncated": "{path} is cut short ({detail}); restore it from a backup",
    "wrong_key": "{path}: wrong key ({detail}); the file was not changed",
    "wrong_passphrase": "{path}: wrong passphrase; the file was not changed",
    "passphrase_required": "{path} is protected by a passphrase ({detail}): give it with "
                           "--passphrase-env VAR or on the terminal",
    "key_unavailable": "{path}: the plan's key is not available ({detail}); open it with "
                       "--recovery-key-file FILE (the key from its recovery sheet)",
    "key_file_damaged": "{path}: the key file is damaged ({detail}); nothing was changed. "
                        "Open the plan with --recovery-key-file FILE (the key from its "
                        "recovery sheet), or put back its key file from a backup",
    "key_file_of_another_plan": "{path}: this key file belongs to another plan ({detail}); "
                                "nothing was changed. Put the plan's own key file beside it, "
                                "or open it with --recovery-key-file FILE",
    "key_change_cut_short": "{path}: {detail}; the file was not changed",
    "backup_key_unavailable": "{path}: {detail} (--backup-passphrase-env VAR or "
                              "--backup-recovery-key-file FILE); the backup is not damaged, "
                              "and nothing was changed",
    "no_keyring": "no usable keyring on this computer ({detail}); protect the plan with a "
                  "passphrase instead (--passphrase-env VAR)",
    "insecure_keyring": "the keyring refused: {detail}; Crisis Cell does not keep keys there "
                        "(use a passphrase: --passphrase-env VAR)",
    "plan_in_use": "{path} is open in another Crisis Cell window; close it there first",
    "plan_being_replaced": "{path}: {detail}; nothing was written, try again in a moment",
    "plan_has_writers": "{path} is open in a Crisis Cell window or command ({detail}); close "
                        "it first: the file is about to be replaced",
    "on_synced_folder": "{path} cannot be used live there: {detail}; SQLite's write-ahead "
                        "log must not run on it. Move the plan to a local folder",
    "plan_not_encrypted": "{path} is not encrypted: {detail}",
    "no_backup": "no backup of {path} verifies; nothing was changed (look for a copy on "
                 "your backup drive)",
    "wal_damaged": "{path}: its write-ahead log is damaged ({detail}); the plan was not "
                   "opened for writing. Choose: keep it as it is, losing those commits "
                   "(the damaged log is kept aside): add --accept-wal-loss; or put back "
                   "the last backup: crisiscell restore --plan {path}",
    "output_is_plan": "refused: {path} is {detail}; nothing was written",
    "output_not_writable": "cannot write {path}: {detail}; nothing was written",
}

_REASONS = {
    "required": "is required",
    "out_of_range": "must be between {min} and {max}",
    "unknown_choice": "must be one of: {allowed}",
    "invalid_phone": "is not a valid phone number",
    "invalid_email": "is not a valid e-mail address",
    "not_a_date": "is not a date (YYYY-MM-DD)",
    "not_a_time": "is not a time (ISO 8601)",
    "not_a_number": "is not a number",
    "too_long": "is too long (at most {max_length} characters)",
    "too_short": "is too short (at least {min_length} characters)",
    "unknown_incident": "names no incident of this plan",
    "unknown_entry": "names no journal entry of this incident",
    "not_information": "is not an incoming information: only information has a status",
    "not_of_incident": "is not an action of this incident",
    "same_as_holder": "is already the holder; the deputy must be someone else",
    "cycle": "is above the caller in the call tree: that call would make a loop",
    "already_called": "is already called in the call tree",
    "role_name_taken": "is already the name of a role",
    "standard_role": "is a standard role: it cannot be renamed or removed",
    "colon_in_role_name": "cannot hold ':'",
    "not_text": "is not text",
    "not_valid_text": "is not valid text (UTF-8)",
    "control_character": "contains a control character ({character}, character {position}), "
                         "which this field does not take; nothing was saved",
    "direction_control": "contains a text-direction control ({character}, character "
                         "{position}), which can make it read as something else; this field "
                         "does not take it, nothing was saved",
    # app/moments.py
    "not_a_moment": "is not a time; write e.g. \"04/12/2026 14:00\", \"14:00\", "
                    "\"demain 9h\", \"tomorrow 9:00\" or \"+72h\"",
    "no_such_day": "names a day that does not exist",
    "no_such_time": "names a time that does not exist (hours 0-23, minutes 0-59)",
    "time_missing": "has a day but no time; add one, e.g. \"04/12/2026 14:00\"",
    "delay_too_long": "is a delay of more than a year; check it",
    "invalid_website": "is not a web address (e.g. https://www.example.fr)",
    "not_a_clock": "is not a regulatory clock (a title and a number of hours)",
    "other_incident": "is an entry of another incident",
    "placeholders_unfilled": "leaves placeholders to fill: {names}",
}


def describe_error(error: Exception) -> str:
    """A sentence for an error raised by the services or the storage layer (each code is
    worded here, once: a command raises the error and lets the entry point say it)."""
    if isinstance(error, FILE_ERRORS):
        template = _FILE_MESSAGES.get(error.code, "{path}: {detail}")
        return template.format(path=error.path, detail=error.detail or error.code)
    if isinstance(error, ValidationError):
        details = {k: ", ".join(map(str, v)) if isinstance(v, tuple) else v
                   for k, v in error.details.items()}
        reason = _REASONS.get(error.reason, error.reason).format(**details)
        return f"{error.field} {shown_value(repr(error.value))} {reason}"
    if isinstance(error, RecordNotFound):
        return f"no {error.kind} with id {shown_value(str(error.record_id))}"
    if isinstance(error, InvalidState):
        return error.reason.replace("_", " ")
    if isinstance(error, PlanError):
        return str(error)
    return str(error)
