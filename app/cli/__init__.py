"""The `crisiscell` command line: `main.py` builds the parser; each sub-command is one module
here with `register(subparsers)` and its `run`; `common.py` holds what they share, and
`naming.py` and `journal_refs.py` how they name contacts, roles, incidents and entries."""
