"""Full-text search (FTS5) across the plan: journal, messages, contacts and risks.

What a person types is never passed to FTS5 as syntax: each word becomes a quoted prefix
term, so `data-leak "foo` searches words instead of raising a syntax error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from app.incidents.search_text import WORD
from app.store import Store

if TYPE_CHECKING:
    from app.incidents.journal import JournalEntry


class JournalSearch(Protocol):
    """What PlanSearch needs of the journal (kept abstract: the journal imports this module)."""

    def search(self, query: str, *, limit: int = 100) -> list[JournalEntry]: ...

def match_expression(query: str) -> str:
    """An FTS5 MATCH expression in which every word of `query` must start a word."""
    words = WORD.findall(query or "")
    return " ".join(f'"{word}"*' for word in words)


@dataclass(frozen=True)
class SearchHit:
    """One match: which kind of record, its id, a title and a snippet with the match."""

    kind: str  # "journal_entry" | "message" | "contact" | "risk"
    id: str
    title: str
    snippet: str


_SOURCES = (
    # kind, table, title column, snippet column index in the FTS table
    ("risk", "risks", "title", 1),
    ("contact", "contacts", "name", 0),
    ("message", "messages", "title", 1),
)


class PlanSearch:
    """Searches every searchable part of the plan at once."""

    def __init__(self, store: Store, journal: JournalSearch) -> None:
        self._store = store
        self._journal = journal

    def search(self, query: str, *, limit_per_kind: int = 20) -> list[SearchHit]:
        """Matches in risks, contacts, messages and the journal, in that order."""
        expression = match_expression(query)
        if not expression:
            return []
        hits: list[SearchHit] = []
        for kind, table, title, snippet_column in _SOURCES:
            rows = self._store.query(
                f"SELECT t.id, t.{title} AS title, "
                f"snippet({table}_fts, {snippet_column}, '[', ']', '…', 12) AS snippet "
                f"FROM {table}_fts JOIN {table} t ON t.rowid = {table}_fts.rowid "
                f"WHERE {table}_fts MATCH ? AND t.deleted_at IS NULL ORDER BY rank LIMIT ?",
                [expression, limit_per_kind],
            )
            hits.extend(
                SearchHit(kind, r["id"], r["title"] or "", r["snippet"] or "") for r in rows)
        for entry in self._journal.search(query, limit=limit_per_kind):
            hits.append(SearchHit("journal_entry", entry.id, entry.author, entry.text[:160]))
        return hits
