"""The live incident log (*main courante*): append-only, attributed, hash-chained.

Each entry's SHA-256 covers its canonical content and the hash of the previous entry of
the same incident *and device*, so laptops can later merge their logs without rewriting
history. SQLite triggers refuse UPDATE and DELETE; a correction or a status change is a
new entry that points at the one it concerns.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app import validation
from app.clock import new_id, utc_now
from app.errors import InvalidState, ValidationError
from app.incidents.search import match_expression
from app.incidents.search_text import matches_all, query_words
from app.incidents.wording import info_status_name, log_text
from app.planfile.witness import Head
from app.store import Store, Topic
from app.vocabulary import CRISIS_LEVELS, INFO_STATUSES, JOURNAL_KINDS

#: The fields a hash covers, in the canonical JSON (sorted keys, compact, UTF-8).
HASHED_FIELDS = (
    "id", "incident_id", "device_id", "seq", "kind", "text", "author", "logged_at",
    "occurred_at", "corrects_id", "refers_to_id", "info_status", "level", "prev_hash",
)
ENTRY_COLUMNS = ", ".join(HASHED_FIELDS + ("hash",))
#: Entries are added to the search index this many at a time (see db/schema.py).
INDEX_BATCH = 32
_INDEX_PENDING = (
    "INSERT INTO journal_entries_fts (rowid, text, author) "
    "SELECT rowid, text, author FROM journal_entries WHERE rowid > ?"
)
_INSERT = (
    f"INSERT INTO journal_entries ({ENTRY_COLUMNS}, created_at, updated_at) "
    f"VALUES ({', '.join('?' * (len(HASHED_FIELDS) + 3))})"
)


@dataclass(frozen=True)
class JournalEntry:
    """One line of the log, as stored."""

    id: str
    incident_id: str
    device_id: str
    seq: int
    kind: str
    text: str
    author: str
    logged_at: str
    occurred_at: str | None
    corrects_id: str | None
    refers_to_id: str | None
    info_status: str | None
    level: str | None
    prev_hash: str
    hash: str


#: Who signs the entries the app writes on its own (a gap in a chain, say).
SYSTEM_AUTHOR = "Crisis Cell"


@dataclass(frozen=True)
class _Inserted:
    entry: JournalEntry
    rowid: int

    @property
    def seq(self) -> int:
        return self.entry.seq

    @property
    def hash(self) -> str:
        return self.entry.hash


@dataclass(frozen=True)
class JournalLink:
    """How an entry points at another: a correction, or a status change of an information."""

    entry_id: str
    kind: str
    corrects_id: str | None
    refers_to_id: str | None
    info_status: str | None


@dataclass(frozen=True)
class ChainBreak:
    """Where a chain stops holding: the first entry that fails, and why."""

    entry_id: str
    incident_id: str
    device_id: str
    seq: int
    # "content_altered" | "previous_missing_or_altered" | "sequence_gap" | "out_of_order"
    reason: str
    #: For "out_of_order": the entry of the previous position, stored after this one.
    stored_after_id: str | None = None
    #: For "sequence_gap": the position the chain expected here (the ones up to `seq` are
    #: missing from the file).
    expected_seq: int | None = None


@dataclass(frozen=True)
class ChainReport:
    """The result of checking every chain: how many entries held, and the first break."""

    checked: int
    chains: int
    first_break: ChainBreak | None
    #: Every entry stored before the entry of its previous position (rowid order differs
    #: from the chain's): hashes hold, but the rows were moved behind the app's back.
    out_of_order: tuple[ChainBreak, ...] = ()

    @property
    def ok(self) -> bool:
        """True when every chain verified and its rows are in their chain's order."""
        return self.first_break is None and not self.out_of_order


def genesis_hash(incident_id: str, device_id: str) -> str:
    """The `prev_hash` of a chain's first entry: bound to its incident and device."""
    return hashlib.sha256(f"crisiscell-journal:{incident_id}:{device_id}".encode()).hexdigest()


def entry_hash(values: dict[str, Any]) -> str:
    """SHA-256 of the canonical content of an entry (its HASHED_FIELDS)."""
    canonical = json.dumps(
        {name: values.get(name) for name in HASHED_FIELDS},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Journal:
    """Appends to, reads, searches and verifies the incident log."""

    def __init__(self, store: Store, device_id: str, language: str) -> None:
        self._store = store
        self.device_id = device_id
        self.language = language
        #: This laptop's chains whose witnessed head the file lacks (a lost -wal, a copy rolled
        #: back), by incident: (seq, hash) of that head. See continue_after().
        self._lost_heads: dict[str, tuple[int, str]] = {}

    def continue_after(self, heads: Iterable[Head]) -> None:
        """After entries were lost from the file, this laptop's next entry of each chain goes
        after its witnessed head (position and hash), never in the positions of lost entries:
        a lost entry may still exist elsewhere (a backup, a printed page, another laptop), and
        two entries must never claim one position. The file then shows the loss for good, as
        a gap verify names, which the lost entries would fill exactly."""
        for head in heads:
            if head.device_id == self.device_id:
                self._lost_heads[head.incident_id] = (head.seq, head.hash)

    # --- writing -----------------------------------------------------------------------------
    def append(
        self,
        incident_id: str,
        text: str,
        *,
        kind: str = "observation",
        author: str,
        occurred_at: Any = None,
        corrects_id: str | None = None,
        refers_to_id: str | None = None,
        info_status: str | None = None,
        level: str | None = None,
        logged_at: str | None = None,
    ) -> JournalEntry:
        """Log an entry; it is committed when this returns. `logged_at` is for imports only."""
        values = {
            "incident_id": incident_id,
            "kind": validation.choice("kind", kind, JOURNAL_KINDS),
            "text": validation.text("text", text, max_length=20_000, multiline=True),
            "author": validation.text("author", author, max_length=200),
            "occurred_at": validation.moment("occurred_at", occurred_at),
            "corrects_id": corrects_id,
            "refers_to_id": refers_to_id,
            "info_status": None,
            "level": None,
        }
        if kind == "information":
            values["info_status"] = validation.choice(
                "info_status", info_status or "to_verify", INFO_STATUSES)
        elif kind == "status_change":
            values["info_status"] = validation.choice("info_status", info_status, INFO_STATUSES)
            if refers_to_id is None:
                raise ValidationError("refers_to_id", "required", None)
        elif info_status is not None:
            raise ValidationError("info_status", "not_for_kind", info_status, kind=kind)
        if kind == "level_change":
            values["level"] = validation.choice("level", level, CRISIS_LEVELS)
        with self._store.write():
            for field, target in (("corrects_id", corrects_id), ("refers_to_id", refers_to_id)):
                if target is not None:
                    self._check_target(field, target, incident_id, kind)
            entry = self._chain_and_insert(values, logged_at or utc_now())
        return entry

    def correct(self, entry_id: str, text: str, *, author: str) -> JournalEntry:
        """A correction: a new entry of the same kind pointing at the corrected one."""
        original = self.get(entry_id)
        return self.append(
            original.incident_id, text, kind=original.kind, author=author,
            corrects_id=original.id,
            info_status=original.info_status if original.kind == "information" else None,
            level=original.level,
        )

    def set_info_status(
        self, entry_id: str, status: str, *, author: str, source: str = ""
    ) -> JournalEntry:
        """Record that a piece of incoming information is verified, false or to verify again.

        The author is who confirmed it; the source (who or what confirmed it: a call, a
        site, a person) goes in the change's text, which the hash covers: the chain's fields
        stay as they are, so every chain written before stays verifiable.
        """
        original = self.get(entry_id)
        if original.kind != "information":
            raise ValidationError("refers_to_id", "not_information", entry_id)
        status = validation.choice("info_status", status, INFO_STATUSES)
        source = validation.text("source", source, required=False, max_length=500)
        words = {"status": info_status_name(status, self.language), "text": original.text}
        text = (log_text("status_changed_source", self.language, source=source, **words)
                if source else log_text("status_changed", self.language, **words))
        return self.append(
            original.incident_id, text[:20_000], kind="status_change",
            author=author, refers_to_id=original.id, info_status=status,
        )

    def status_history(self, entry_id: str) -> list[JournalEntry]:
        """The status changes of a piece of information, oldest first."""
        rows = self._store.query(
            f"SELECT {ENTRY_COLUMNS} FROM journal_entries WHERE refers_to_id = ? "
            "AND kind = 'status_change' ORDER BY logged_at, rowid", [entry_id])
        return [JournalEntry(**row) for row in rows]

    def _check_target(self, field: str, target: str, incident_id: str, kind: str) -> None:
        found = self._store.db.execute(
            "SELECT incident_id, kind FROM journal_entries WHERE id = ?", [target]).fetchone()
        if found is None or found[0] != incident_id:
            raise ValidationError(field, "unknown_entry", target)
        if kind == "status_change" and found[1] != "information":
            raise ValidationError(field, "not_information", target)

    def _chain_and_insert(self, values: dict[str, Any], logged_at: str) -> JournalEntry:
        # One read gives both the incident's state and this device's chain head: the append
        # path is the hottest in the room.
        # The chain's head is its highest position, read through the chain index
        # (schema step 0002), never "the last row": rows stored out of order behind the
        # app's back once made it fork its own chain. We hold the write lock, so no other
        # writer can move the head meanwhile.
        state = self._store.db.execute(
            "SELECT i.closed_at, last.seq, last.hash, (SELECT indexed_rowid FROM search_progress "
            "WHERE source = 'journal_entries') FROM incidents i LEFT JOIN "
            "(SELECT seq, hash FROM journal_entries "
            "WHERE incident_id = ?1 AND device_id = ?2 ORDER BY seq DESC LIMIT 1) last "
            "WHERE i.id = ?1 AND i.deleted_at IS NULL",
            [values["incident_id"], self.device_id],
        ).fetchone()
        if state is None:
            raise ValidationError("incident_id", "unknown_incident", values["incident_id"])
        if state[0] is not None:
            raise InvalidState("incident_closed", incident_id=values["incident_id"])
        seq, prev_hash = (
            (state[1] + 1, state[2]) if state[1] is not None
            else (1, genesis_hash(values["incident_id"], self.device_id))
        )
        lost = self._lost_heads.get(values["incident_id"])
        if lost is not None and lost[0] >= seq:  # see continue_after()
            # The log says so itself, in its own words, where the entries are missing: on
            # screen, on paper and on every laptop that receives this chain.
            notice = self._insert_row({
                **values, "kind": "observation", "author": SYSTEM_AUTHOR, "occurred_at": None,
                "corrects_id": None, "refers_to_id": None, "info_status": None, "level": None,
                "text": log_text("entry_lost" if lost[0] == seq else "entries_lost",
                                 self.language, first=str(seq), last=str(lost[0])),
            }, lost[0] + 1, lost[1], logged_at)
            seq, prev_hash = notice.seq + 1, notice.hash
        row = self._insert_row(values, seq, prev_hash, logged_at)
        if row.rowid - state[3] >= INDEX_BATCH:
            self._index_from(state[3])
        return row.entry

    def _insert_row(self, values: dict[str, Any], seq: int, prev_hash: str,
                    logged_at: str) -> _Inserted:
        row = {
            **values, "id": new_id(), "device_id": self.device_id, "seq": seq,
            "logged_at": logged_at, "prev_hash": prev_hash,
        }
        row["hash"] = entry_hash(row)
        rowid = self._store.db.execute(
            _INSERT, [row[name] for name in HASHED_FIELDS] + [row["hash"], logged_at, logged_at]
        ).lastrowid
        self._store.changed(Topic.JOURNAL, row["id"])
        self._store.note_head(Head(row["incident_id"], self.device_id, seq, row["hash"], row["id"]))
        entry = JournalEntry(**{name: row[name] for name in HASHED_FIELDS + ("hash",)})
        return _Inserted(entry, int(rowid or 0))

    def _index_from(self, indexed_rowid: int) -> None:
        self._store.db.execute(_INDEX_PENDING, [indexed_rowid])
        self._store.db.execute(
            "UPDATE search_progress SET indexed_rowid = "
            "(SELECT coalesce(max(rowid), 0) FROM journal_entries) "
            "WHERE source = 'journal_entries'")

    def _indexed_rowid(self) -> int:
        return int(self._store.scalar(
            "SELECT indexed_rowid FROM search_progress WHERE source = 'journal_entries'"))

    # --- reading -----------------------------------------------------------------------------
    def get(self, entry_id: str) -> JournalEntry:
        """One entry by id."""
        rows = self._store.query(
            f"SELECT {ENTRY_COLUMNS} FROM journal_entries WHERE id = ?", [entry_id])
        if not rows:
            raise ValidationError("entry_id", "unknown_entry", entry_id)
        return JournalEntry(**rows[0])

    def entries(
        self,
        incident_id: str,
        *,
        kinds: tuple[str, ...] | None = None,
        limit: int = -1,
        offset: int = 0,
    ) -> list[JournalEntry]:
        """Entries of an incident in the order they were logged (window with limit/offset)."""
        where, params = self._filter(incident_id, kinds)
        rows = self._store.query(
            f"SELECT {ENTRY_COLUMNS} FROM journal_entries WHERE {where} "
            "ORDER BY logged_at, rowid LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [JournalEntry(**row) for row in rows]

    def count_after(self, entry_id: str, *, kinds: tuple[str, ...] | None = None) -> int:
        """How many entries of the entry's incident (of some kinds) sort after it in the
        log's order (`entries()`): a view places an entry that came late (from another
        laptop, or logged with an earlier time) at its row, not at the end."""
        where, params = self._filter(None, kinds, alias="j.")
        # The range on logged_at keeps to the (incident_id, logged_at) index: counting what
        # follows a new entry reads a few rows, not the whole log.
        return int(self._store.scalar(
            "SELECT count(*) FROM journal_entries e JOIN journal_entries j "
            "ON j.incident_id = e.incident_id AND j.logged_at >= e.logged_at "
            "AND (j.logged_at > e.logged_at OR j.rowid > e.rowid) "
            f"WHERE e.id = ? AND {where}", [entry_id, *params]))

    def count(self, incident_id: str | None = None, *, kinds: tuple[str, ...] | None = None) -> int:
        """How many entries (of an incident, of some kinds)."""
        where, params = self._filter(incident_id, kinds)
        return int(
            self._store.scalar(f"SELECT count(*) FROM journal_entries WHERE {where}", params))

    def search(
        self, query: str, *, incident_id: str | None = None, limit: int = 100
    ) -> list[JournalEntry]:
        """Entries matching words of `query` (accents ignored, prefixes match), newest first."""
        expression = match_expression(query)
        if not expression:
            return []
        indexed_rowid = self._indexed_rowid()
        where, params = self._filter(incident_id, None)
        # The newest entries, not indexed yet (fewer than INDEX_BATCH per writer), are read
        # and matched here with the index's own rules; the rest come from the index.
        recent = [
            JournalEntry(**row) for row in self._store.query(
                f"SELECT {ENTRY_COLUMNS} FROM journal_entries WHERE rowid > ? AND {where} "
                "ORDER BY rowid DESC", [indexed_rowid, *params])
        ]
        words = query_words(query)
        found = [e for e in recent if matches_all(words, e.text, e.author)][:limit]
        where, params = self._filter(incident_id, None, alias="j.")
        rows = self._store.query(
            f"SELECT {', '.join('j.' + c for c in ENTRY_COLUMNS.split(', '))} "
            "FROM journal_entries_fts f JOIN journal_entries j ON j.rowid = f.rowid "
            f"WHERE journal_entries_fts MATCH ? AND {where} ORDER BY f.rowid DESC LIMIT ?",
            [expression, *params, limit - len(found)],
        )
        return found + [JournalEntry(**row) for row in rows]

    def links(self, incident_id: str) -> list[JournalLink]:
        """Every correction, information and status change of an incident, in logged order."""
        rows = self._store.query(
            "SELECT id AS entry_id, kind, corrects_id, refers_to_id, info_status "
            "FROM journal_entries WHERE incident_id = ? AND (corrects_id IS NOT NULL OR kind IN "
            "('status_change', 'information')) ORDER BY logged_at, rowid", [incident_id])
        return [JournalLink(**row) for row in rows]

    def corrections_of(self, entry_id: str) -> list[JournalEntry]:
        """Entries that correct this one, oldest first."""
        rows = self._store.query(
            f"SELECT {ENTRY_COLUMNS} FROM journal_entries WHERE corrects_id = ? ORDER BY rowid",
            [entry_id])
        return [JournalEntry(**row) for row in rows]

    def current_status(self, entry_id: str) -> str | None:
        """The latest status of a piece of information (its own, or its last status change)."""
        latest = self._store.scalar(
            "SELECT info_status FROM journal_entries WHERE refers_to_id = ? "
            "AND kind = 'status_change' ORDER BY logged_at DESC, rowid DESC LIMIT 1",
            [entry_id])
        return latest or self.get(entry_id).info_status

    def head_hash(self, incident_id: str) -> str | None:
        """A digest of every chain head of the incident: one value to print on each page."""
        heads = self._store.query(
            "SELECT device_id, hash, max(seq) FROM journal_entries WHERE incident_id = ? "
            "GROUP BY device_id ORDER BY device_id", [incident_id])
        if not heads:
            return None
        if len(heads) == 1:
            return heads[0]["hash"]
        joined = "".join(h["hash"] for h in heads)
        return hashlib.sha256(joined.encode()).hexdigest()

    def has_entry_hash(self, entry_hash: str) -> bool:
        """Whether an entry with this hash is in the log (a printed head, checked later)."""
        return bool(self._store.scalar(
            "SELECT 1 FROM journal_entries WHERE hash = ? LIMIT 1", [entry_hash]))

    @staticmethod
    def _filter(
        incident_id: str | None, kinds: tuple[str, ...] | None, alias: str = ""
    ) -> tuple[str, list[Any]]:
        clauses, params = ["1"], []
        if incident_id is not None:
            clauses.append(f"{alias}incident_id = ?")
            params.append(incident_id)
        if kinds:
            for kind in kinds:
                validation.choice("kind", kind, JOURNAL_KINDS)
            clauses.append(f"{alias}kind IN ({', '.join('?' * len(kinds))})")
            params.extend(kinds)
        return " AND ".join(clauses), params

    # --- verifying ---------------------------------------------------------------------------
    def verify(self, incident_id: str | None = None) -> ChainReport:
        """Recompute every chain (of one incident, or all) and name the first entry that breaks."""
        where, params = self._filter(incident_id, None)
        cursor = self._store.db.execute(
            f"SELECT {ENTRY_COLUMNS}, rowid AS stored_at FROM journal_entries WHERE {where} "
            "ORDER BY incident_id, device_id, seq, rowid",
            params,
        )
        columns = [c[0] for c in cursor.description]
        checked = chains = 0
        chain_key: tuple[str, str] | None = None
        expected_prev = previous_id = ""
        expected_seq = previous_rowid = 0
        first_break: ChainBreak | None = None
        misordered: list[ChainBreak] = []
        for raw in cursor:
            row = dict(zip(columns, raw, strict=True))
            stored_at = row.pop("stored_at")
            key = (row["incident_id"], row["device_id"])
            if key != chain_key:
                chain_key, chains = key, chains + 1
                expected_prev, expected_seq, previous_rowid = genesis_hash(*key), 1, 0
            reason = None
            if entry_hash(row) != row["hash"]:
                reason = "content_altered"
            elif row["seq"] != expected_seq:
                reason = "sequence_gap"
            elif row["prev_hash"] != expected_prev:
                reason = "previous_missing_or_altered"
            if stored_at < previous_rowid:
                # A chain is appended in order, so its rowids rise with seq: a lower one means
                # rows were swapped or moved (hashes alone cannot see it).
                misordered.append(ChainBreak(
                    row["id"], row["incident_id"], row["device_id"], row["seq"],
                    "out_of_order", stored_after_id=previous_id))
                reason = reason or "out_of_order"
            if reason and first_break is None:
                first_break = ChainBreak(
                    row["id"], row["incident_id"], row["device_id"], row["seq"], reason,
                    stored_after_id=previous_id if reason == "out_of_order" else None,
                    expected_seq=expected_seq if reason == "sequence_gap" else None)
            checked += 1
            expected_prev, expected_seq = row["hash"], row["seq"] + 1
            previous_rowid, previous_id = stored_at, row["id"]
        return ChainReport(checked, chains, first_break, tuple(misordered))
