"""What every sub-command shares: the `--plan` option, opening the plan, wording errors."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import paths
from app.errors import InvalidState, PlanError, RecordNotFound, ValidationError
from app.plan import Plan
from db.errors import StorageError


class CommandFailed(Exception):
    """A sub-command could not do what was asked; the message says why."""

    def __init__(self, message: str, exit_status: int = 2) -> None:
        super().__init__(message)
        self.exit_status = exit_status


def add_plan_option(parser: argparse.ArgumentParser) -> None:
    """`--plan PATH`, defaulting to the user's plan file (or CRISISCELL_PLAN)."""
    parser.add_argument(
        "--plan", type=Path, default=None, metavar="PATH",
        help="plan file (default: $CRISISCELL_PLAN or the user's plan file)")


def plan_path(args: argparse.Namespace) -> Path:
    """The plan file the command works on."""
    return args.plan if args.plan is not None else paths.default_plan_path()


def open_plan(args: argparse.Namespace) -> Plan:
    """Open the plan named by `--plan`."""
    return Plan.open(plan_path(args))


_STORAGE_MESSAGES = {
    "plan_not_found": "no plan file at {path}",
    "plan_exists": "{path} already exists; refusing to overwrite it",
    "not_a_plan": "{path} is not a Crisis Cell plan ({detail})",
    "plan_too_new": "{path} was written by a newer version of Crisis Cell; update the app "
                    "to open it ({detail})",
    "plan_corrupt": "{path} is damaged ({detail}); restore it from a backup",
    "plan_locked": "{path} is locked by another program; try again in a moment",
    "plan_read_only": "{path} cannot be written (read-only file, folder or medium): {detail}",
    "disk_full": "the disk holding {path} is full; nothing was written",
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
    "unknown_incident": "names no incident of this plan",
    "unknown_entry": "names no journal entry of this incident",
}


def describe_error(error: Exception) -> str:
    """A sentence for an error raised by the services or the storage layer."""
    if isinstance(error, StorageError):
        template = _STORAGE_MESSAGES.get(error.code, "{path}: {detail}")
        return template.format(path=error.path, detail=error.detail or error.code)
    if isinstance(error, ValidationError):
        details = {k: ", ".join(map(str, v)) if isinstance(v, tuple) else v
                   for k, v in error.details.items()}
        reason = _REASONS.get(error.reason, error.reason).format(**details)
        return f"{error.field} {error.value!r} {reason}"
    if isinstance(error, RecordNotFound):
        return f"no {error.kind} with id {error.record_id}"
    if isinstance(error, InvalidState):
        return error.reason.replace("_", " ")
    if isinstance(error, PlanError):
        return str(error)
    return str(error)
