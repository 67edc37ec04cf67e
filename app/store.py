"""The open plan's database handle: one write discipline and change notification for all services.

Writes go through `Store.write()`: the outermost one takes the write lock at once
(`BEGIN IMMEDIATE`, so two writers queue on the busy timeout instead of failing on an
upgraded read lock) and commits; nested ones are savepoints. Listeners hear of a change
only after its commit, never of one that was rolled back; so does this laptop's witness of
the chain heads (app/planfile/witness.py), written only once COMMIT has returned.

What a write changed is said in the plan's words, never in table names (as Anki's
`OpChanges`): a service announces each `Topic` it touched with the ids, and the listeners
get one `PlanChange` per committed transaction, whose fields the widgets test
(`if change.journal or change.incidents:`), so a misspelt topic fails loudly.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from typing import Any

import sqlite_utils

from app.clock import new_id, utc_now
from app.errors import RecordNotFound
from app.incidents.search_text import fold
from app.planfile.witness import Chain, Head, Witness
from db.connection import DB_ERRORS, PlanDatabase
from db.errors import StorageError, classify


class Topic(enum.Enum):
    """A part of the plan a write can change; its value names the field of `PlanChange`."""

    PLAN_SETTINGS = "plan_settings"  # organisation, language, region, revision: the plan row
    RISKS = "risks"                  # risks and their warning signals
    CONTACTS = "contacts"            # the outside and inside contacts, their phones
    CELL = "cell"                    # the cell's roles, their holders and deputies
    CALL_TREE = "call_tree"          # who calls whom
    MESSAGES = "messages"            # the prepared messages, their approvals and versions
    INCIDENTS = "incidents"          # an incident opened, its level, its closing
    ACTIONS = "actions"              # an incident's action items
    CLOCKS = "clocks"                # an incident's regulatory deadlines
    JOURNAL = "journal"              # entries of the incident log
    REVIEW = "review"                # an incident's post-crisis review (ids: the incidents)
    TASKS = "tasks"                  # the plan tasks (from reviews, carried actions)


@dataclass(frozen=True)
class PlanChange:
    """What one committed transaction changed: per topic, the ids it touched (empty: not
    touched). Test a field (`change.risks`) to know if a topic changed, which ids say."""

    plan_settings: tuple[str, ...] = ()
    risks: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()
    cell: tuple[str, ...] = ()
    call_tree: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()
    incidents: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    clocks: tuple[str, ...] = ()
    journal: tuple[str, ...] = ()
    review: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()

    @property
    def topics(self) -> frozenset[Topic]:
        """The topics this change touched."""
        return frozenset(Topic(f.name) for f in fields(self) if getattr(self, f.name))

    def ids(self, topic: Topic) -> tuple[str, ...]:
        """The ids touched in one topic (in the order they were first touched)."""
        return tuple(getattr(self, topic.value))


Listener = Callable[[PlanChange], None]


def _fold_or_none(text: str | None) -> str | None:
    return None if text is None else fold(text)


class Store:
    """Wraps the plan's `sqlite_utils.Database` for the services."""

    def __init__(self, db: PlanDatabase, path: str) -> None:
        self.db = db
        self.path = path
        self._listeners: list[Listener] = []
        self._pending: dict[Topic, list[str]] = {}
        self._depth = 0
        #: This laptop's witness of the chain heads (None: a look, or a plan being built).
        self.witness: Witness | None = None
        self._pending_heads: dict[Chain, Head] = {}
        # Searches compare folded text (no case, no accents): "helene" finds "Hélène".
        db.conn.create_function("fold", 1, _fold_or_none, deterministic=True)

    # --- change notification -------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after each committed change; returns the unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def changed(self, topic: Topic, *ids: str) -> None:
        """Record that the current write touched these records of a topic (told to the
        listeners, in one PlanChange with the transaction's other changes, on commit)."""
        self._pending.setdefault(topic, []).extend(ids)

    def note_head(self, head: Head) -> None:
        """Record that the current write moves a chain's head (witnessed on commit)."""
        self._pending_heads[head.chain] = head

    # --- writing ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """One transaction (or a savepoint inside one): all of it is written, or none."""
        conn = self.db.conn
        if self._depth or conn.in_transaction:
            self._depth += 1
            heads = dict(self._pending_heads)  # one per chain: a handful
            # How far each topic's ids went before the savepoint (not a copy of them: a
            # transaction of 100,000 appends would copy its ids at every one).
            marks = {topic: len(ids) for topic, ids in self._pending.items()}
            try:
                with self.db.atomic():
                    yield self.db
            except BaseException:
                # The savepoint's writes were rolled back: neither its entries' heads nor
                # its changes may be told once the outer transaction commits.
                self._pending_heads = heads
                for topic in list(self._pending):
                    if topic in marks:
                        del self._pending[topic][marks[topic]:]
                    else:
                        del self._pending[topic]
                raise
            finally:
                self._depth -= 1
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except DB_ERRORS as error:
            raise self._storage_error(error) from error
        self._depth = 1
        try:
            yield self.db
            conn.execute("COMMIT")
        except BaseException as error:
            self._depth = 0
            self._pending.clear()
            self._pending_heads.clear()
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(error, DB_ERRORS):
                raise self._storage_error(error) from error
            raise
        self._depth = 0
        if self._pending_heads:
            heads, self._pending_heads = self._pending_heads, {}
            if self.witness is not None:
                self.witness.record(heads.values())
        pending, self._pending = self._pending, {}
        if not pending:
            return
        change = PlanChange(**{topic.value: tuple(dict.fromkeys(ids))
                               for topic, ids in pending.items()})
        for listener in list(self._listeners):
            listener(change)

    def _storage_error(self, error: Exception) -> Exception:
        known = classify(error, self.path)
        return known if known is not None else error

    # --- row helpers shared by the services --------------------------------------------------
    def insert(self, table: str, values: dict[str, Any], topic: Topic | None) -> str:
        """Insert a new row with a fresh id and timestamps, announced under `topic` (None: the
        caller announces the record it belongs to); returns the id. Call inside write()."""
        now = utc_now()
        row = {"id": new_id(), "created_at": now, "updated_at": now, "deleted_at": None, **values}
        self.db.table(table).insert(row)
        if topic is not None:
            self.changed(topic, row["id"])
        return row["id"]

    def update(self, table: str, row_id: str, values: dict[str, Any], topic: Topic) -> None:
        """Update a live row and its `updated_at`, announced under `topic`. Call inside write()."""
        self.live_row(table, row_id)
        self.db.table(table).update(row_id, {**values, "updated_at": utc_now()})
        self.changed(topic, row_id)

    def soft_delete(self, table: str, row_id: str, topic: Topic) -> None:
        """Mark a row deleted (the deletion travels between laptops), announced under `topic`.
        Call inside write()."""
        self.update(table, row_id, {"deleted_at": utc_now()}, topic)

    def live_row(self, table: str, row_id: str) -> dict[str, Any]:
        """The row, unless missing or soft-deleted (then RecordNotFound)."""
        rows = self.query(f"SELECT * FROM {table} WHERE id = ? AND deleted_at IS NULL", [row_id])
        if not rows:
            raise RecordNotFound(table, row_id)
        return rows[0]

    def query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Rows of a read query as dicts."""
        cursor = self.db.execute(sql, list(params))
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        """The first column of the first row of a read query (None when no row)."""
        row = self.db.execute(sql, list(params)).fetchone()
        return None if row is None else row[0]

    def close(self) -> None:
        """Close the connection (WAL is checkpointed by SQLite on the last close)."""
        try:
            self.db.close()
        except DB_ERRORS as error:  # closing a broken connection must not mask the cause
            raise StorageError(self.path, str(error)) from error
