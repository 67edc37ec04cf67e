"""The plan's files: its companions, atomic writes, locks, location, read-only looks, the
witness of its chains and the checks `verify` runs, backups, verified state, crash points."""
