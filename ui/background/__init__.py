"""Work off the GUI thread: the window's jobs (printing, backups; next sync and imports)."""
