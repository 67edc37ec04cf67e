"""SQLCipher's own log (hmac failures, decryption errors) goes to our log folder, never to
the user's terminal: `logs/sqlcipher.log` in this laptop's data folder, owner-only."""

from __future__ import annotations

from pathlib import Path

from app import paths
from db import connection


def cipher_log_path() -> Path:
    """The file SQLCipher's log lines are appended to."""
    return paths.log_dir() / "sqlcipher.log"


def route_cipher_log() -> None:
    """Point SQLCipher's log at cipher_log_path() before any plan is opened."""
    connection.route_cipher_log(cipher_log_path())
