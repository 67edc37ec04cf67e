"""The heads of a plan file's chains, and how they compare with heads witnessed elsewhere.

The witness (app/planfile/witness.py) and each backup's `.heads` record say which entry
ended each chain (incident, device) when it was seen; here a file is checked against them:
a chain that ends before its witnessed head has lost entries, and a chain whose entry at
that position differs was rewritten. Either is named, never called "ok".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.planfile import atomic
from app.planfile.witness import Chain, Head

HEADS_SUFFIX = ".heads"
FORMAT = "crisiscell-heads"


@dataclass(frozen=True)
class ChainGap:
    """A witnessed chain the file does not hold whole."""

    incident_id: str
    device_id: str
    witnessed_seq: int
    file_seq: int  # the chain's last position in the file (0: the chain is gone)
    rewritten: bool  # the entry at the witnessed position is there, but another one

    @property
    def missing(self) -> int:
        """How many witnessed entries the file lacks (0 for a rewrite)."""
        return 0 if self.rewritten else self.witnessed_seq - self.file_seq


def file_heads(db: Any) -> dict[Chain, Head]:
    """The last entry of every chain in the file (one pass over the log)."""
    rows = db.execute(
        "SELECT incident_id, device_id, max(seq), hash, id FROM journal_entries "
        "GROUP BY incident_id, device_id").fetchall()
    return {(r[0], r[1]): Head(r[0], r[1], int(r[2]), r[3], r[4]) for r in rows}


def compare(db: Any, witnessed: dict[Chain, Head]) -> list[ChainGap]:
    """The witnessed chains the file lacks or differs on (empty: it holds every head)."""
    gaps: list[ChainGap] = []
    for head in witnessed.values():
        # By id first: the primary key answers at once, so an open pays nothing per chain.
        row = db.execute("SELECT seq, hash, incident_id, device_id FROM journal_entries "
                         "WHERE id = ?", [head.entry_id]).fetchone()
        if row is not None and tuple(row) == (head.seq, head.hash, *head.chain):
            continue
        at_seq = db.execute(
            "SELECT hash FROM journal_entries WHERE incident_id = ? AND device_id = ? "
            "AND seq = ?", [*head.chain, head.seq]).fetchone()
        last = db.execute(
            "SELECT coalesce(max(seq), 0) FROM journal_entries WHERE incident_id = ? "
            "AND device_id = ?", list(head.chain)).fetchone()[0]
        rewritten = row is not None or (at_seq is not None and at_seq[0] != head.hash)
        gaps.append(ChainGap(head.incident_id, head.device_id, head.seq, int(last), rewritten))
    return sorted(gaps, key=lambda g: (g.incident_id, g.device_id))


def describe(gaps: list[ChainGap], whose: str = "this laptop saw committed") -> str:
    """"N entries this laptop saw committed are missing from the file (incident …, from seq …)",
    and the rewritten chains."""
    parts = []
    missing = [g for g in gaps if not g.rewritten]
    if missing:
        total = sum(g.missing for g in missing)
        where = "; ".join(f"incident {g.incident_id}, from seq {g.file_seq + 1}"
                          for g in missing)
        counted = "1 entry" if total == 1 else f"{total} entries"
        verb = "is" if total == 1 else "are"
        parts.append(f"{counted} {whose} {verb} missing from the file ({where})")
    for gap in gaps:
        if gap.rewritten:
            parts.append(f"incident {gap.incident_id}: the entry at seq {gap.witnessed_seq} "
                         f"is not the one {whose} (rewritten)")
    return "; ".join(parts)


def heads_path(backup_path: str | Path) -> Path:
    """The heads record beside a backup."""
    backup_path = Path(backup_path)
    return backup_path.with_name(backup_path.name + HEADS_SUFFIX)


def encode(heads: dict[Chain, Head]) -> bytes:
    """A backup's heads record."""
    return (json.dumps({"format": FORMAT, "version": 1,
                        "heads": [h.as_json() for h in heads.values()]}, indent=1)
            + "\n").encode("utf-8")


def write_recorded(backup_path: str | Path, heads: dict[Chain, Head]) -> Path:
    """Write a backup's heads record atomically, owner-only (app/planfile/atomic.py)."""
    return atomic.write_bytes(heads_path(backup_path), encode(heads), companion=True)


def read_recorded(backup_path: str | Path) -> dict[Chain, Head] | None:
    """The heads a backup recorded when it was taken (None: no record, not a backup)."""
    try:
        value = json.loads(heads_path(backup_path).read_bytes())
        if value.get("format") != FORMAT:
            return None
        heads = [Head.from_json(h) for h in value["heads"]]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return {h.chain: h for h in heads}
