"""Whether a plan's schema is the one its own migrations made: triggers and the schema version.

The append-only triggers are what keeps the journal from being rewritten in place; anyone
with a SQLite tool and the key can drop them, or replace one by a trigger that does
nothing, and put it back afterwards. So the triggers in `sqlite_master` are compared with
those that db/schema.py creates, built afresh in memory for the same migration steps.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from db import connection, migrations
from db.schema import SCHEMA_MIGRATIONS


@dataclass(frozen=True)
class SchemaFinding:
    """One way the file's schema differs from the one its migrations made."""

    kind: str  # "trigger_missing" | "trigger_altered" | "trigger_unknown" | "version_mismatch"
    name: str  # the trigger's name; "user_version" for a version mismatch
    detail: str = ""


# String literals are kept as written; keywords and names (quoted or not: SQLite's names
# ignore case) are compared lower-case, with one space between tokens, so a trigger re-typed
# with other spacing, case or quoting still matches.
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|\w+|[^\w\s]")


def _token(token: str) -> str:
    if token[0] == "'":
        return token
    if token[0] in "\"`[":
        token = token[1:-1].replace('""', '"')
    return token.lower()


def normalised_sql(sql: str) -> str:
    """`sql` with spacing, case and the quoting of names made uniform (strings left as is)."""
    return " ".join(_token(t) for t in _TOKEN.findall(sql))


@functools.lru_cache(maxsize=8)
def expected_triggers(steps: tuple[str, ...]) -> dict[str, str]:
    """The triggers (name -> normalised SQL) that these migration steps create."""
    known = dict(SCHEMA_MIGRATIONS)
    conn = connection.driver.connect(":memory:")
    try:
        db = connection.PlanDatabase(conn, execute_plugins=False)
        for name in steps:
            if name in known:
                known[name](db)
        return _triggers(conn)
    finally:
        conn.close()


def _triggers(conn: Any) -> dict[str, str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    return {str(name): normalised_sql(str(sql or "")) for name, sql in rows}


def schema_findings(db: sqlite_utils.Database) -> list[SchemaFinding]:
    """Dropped, altered or unknown triggers, and a `user_version` the record disagrees with."""
    steps = migrations.applied_names(db)
    expected = expected_triggers(tuple(steps))
    present = _triggers(db.conn)
    findings = [SchemaFinding("trigger_missing", name)
                for name in expected if name not in present]
    findings += [SchemaFinding("trigger_altered", name, present[name])
                 for name in expected if name in present and present[name] != expected[name]]
    findings += [SchemaFinding("trigger_unknown", name, present[name])
                 for name in present if name not in expected]
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    # 0: a file made before migrations stamped the version (its next step will stamp it).
    if version not in (0, len(steps)):
        findings.append(SchemaFinding(
            "version_mismatch", "user_version",
            f"user_version is {version} but {len(steps)} schema step(s) are recorded"))
    return findings

