"""Checks of a plan file's soundness, told as a list of problems (empty when sound)."""

from __future__ import annotations

from typing import Any

from db.connection import DB_ERRORS


def _rows(db: Any, sql: str) -> list[str]:
    return [str(row[0]) for row in db.execute(sql).fetchall()]


def health_problems(db: Any, *, full: bool = False) -> list[str]:
    """`PRAGMA quick_check` (or `integrity_check` with `full`) and, on an encrypted file,
    `cipher_integrity_check` (every page's HMAC); the problems found, empty when sound."""
    try:
        problems = _rows(db, "PRAGMA integrity_check" if full else "PRAGMA quick_check")
        problems = [] if problems == ["ok"] else problems
        if getattr(db, "key", None) is not None:
            problems += _rows(db, "PRAGMA cipher_integrity_check")
    except DB_ERRORS as error:
        return [str(error)]
    return problems
