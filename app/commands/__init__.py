"""Sub-commands of `crisiscell`, one module each, each with `register(subparsers)`."""

from app.commands import (
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

COMMAND_MODULES = (start, new, demo, contacts, cell, summary, log, status, correct, action,
                   close, verify, print_docs, backup, restore, encrypt, passphrase, rekey,
                   export_plain)
