"""Storage layer: opens plan files, applies pragmas and migrations. Knows only SQLite."""
