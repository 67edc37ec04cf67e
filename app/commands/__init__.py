"""Sub-commands of `crisiscell`, one module each, each with `register(subparsers)`."""

from app.commands import demo, log, start, summary, verify

COMMAND_MODULES = (start, demo, summary, log, verify)
