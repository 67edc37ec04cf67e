"""Checks of a plan file's soundness, told as a list of problems (empty when sound)."""

from __future__ import annotations

import re
from typing import Any

from db.connection import DB_ERRORS, PlanDatabase

# cipher_integrity_check's line for a page whose HMAC fails (SQLCipher 4).
_HMAC_FAILED = re.compile(r"HMAC verification failed for page (\d+)", re.IGNORECASE)


def _rows(db: Any, sql: str) -> list[str]:
    return [str(row[0]) for row in db.execute(sql).fetchall()]


def page_problems(lines: list[str]) -> list[str]:
    """cipher_integrity_check's lines, a damaged page said as "page 51 fails its check"."""
    pages = [int(m.group(1)) for m in map(_HMAC_FAILED.search, lines) if m]
    others = [line for line in lines if not _HMAC_FAILED.search(line)]
    if not pages:
        return others
    if len(pages) == 1:
        named = f"page {pages[0]} fails its check (its HMAC: altered or damaged on disk)"
    else:
        shown = ", ".join(map(str, pages[:10])) + (", …" if len(pages) > 10 else "")
        named = (f"{len(pages)} pages fail their check (their HMAC: altered or damaged on "
                 f"disk): pages {shown}")
    return [named, *others]


def damaged_pages(db: Any) -> list[str]:
    """On an encrypted file, every page whose HMAC fails, said by number (empty: none)."""
    try:
        return page_problems(_rows(db, "PRAGMA cipher_integrity_check"))
    except DB_ERRORS as error:
        return [str(error)]


def health_problems(db: PlanDatabase, *, full: bool = False) -> list[str]:
    """On an encrypted file `cipher_integrity_check` (every page's HMAC) first, so that a
    damaged page is named rather than what failed to read it; then `PRAGMA quick_check`
    (or `integrity_check` with `full`). The problems found, empty when sound."""
    if db.key is not None:
        pages = damaged_pages(db)
        if pages:
            return pages
    try:
        problems = _rows(db, "PRAGMA integrity_check" if full else "PRAGMA quick_check")
    except DB_ERRORS as error:
        return [str(error)]
    return [] if problems == ["ok"] else problems
