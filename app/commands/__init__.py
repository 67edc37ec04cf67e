"""Sub-commands of `crisiscell`, one module each, each with `register(subparsers)`."""

from app.commands import (
    backup,
    cell,
    contacts,
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
    summary,
    verify,
)

COMMAND_MODULES = (start, new, demo, contacts, cell, summary, log, verify, print_docs, backup,
                   restore, encrypt, passphrase, rekey, export_plain)
