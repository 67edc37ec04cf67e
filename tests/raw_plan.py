"""Raw driver access to a plan file, as tests that tamper behind the app's back need it.

A plan is encrypted: `sqlite3.connect()` cannot read it. `raw_connect` opens it with the
same driver as the app, keyed with the plan's own key (found as the app finds it), and nothing
else — no pragmas, no checks — so triggers and constraints of the file itself are what answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.keys.unlock import Unlock, open_database
from db import connection

DatabaseError = connection.driver.DatabaseError
IntegrityError = connection.driver.IntegrityError
OperationalError = connection.driver.OperationalError
Row = connection.driver.Row


def plan_key(path: str | Path, unlock: Unlock | None = None) -> bytes | None:
    """The key that opens the plan (None for a plain, pre-encryption plan)."""
    db, opened = open_database(Path(path), unlock)
    db.close()
    return opened.key


def raw_connect(path: str | Path, **kwargs: Any) -> Any:
    """A bare driver connection to the plan, keyed with its key."""
    return connection.raw_connect(path, plan_key(path), **kwargs)
