"""Sub-commands of `crisiscell`, one module each, each with `register(subparsers)`."""

from app.commands import demo, log, print_docs, start, summary, verify

COMMAND_MODULES = (start, demo, summary, log, verify, print_docs)
