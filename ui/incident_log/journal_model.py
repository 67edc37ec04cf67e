"""The incident log as a Qt table: paged over plan.journal.entries, growing as entries come.

The model knows the number of entries (one count) and reads the rows a view asks for in
pages of `PAGE` through `entries(limit, offset)`, keeping a few pages: a log of 100,000
entries opens at once, scrolls smoothly, and its newest entry (at the bottom, where the
cell looks) is reachable without loading everything before it, which plain `fetchMore`
(that only grows from the top) would require. A new entry is inserted with
beginInsertRows at the row where it sorts (by logged time), never by a reset: it is usually
the last, but an entry logged with an earlier time — or brought by sync from another laptop —
goes where it belongs.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.clock import to_local, today
from app.errors import PlanError
from app.incidents.journal import JournalEntry
from app.incidents.links import JournalLinks, incident_links
from app.plan import Plan
from app.store import PlanChange
from ui.words.dates import full_moment_text, short_moment_text
from ui.words.labels import info_status_label, kind_label, level_label

Index = QModelIndex | QPersistentModelIndex

#: Background of an information row by status (the status is also written in the row).
STATUS_COLOURS = {"to_verify": "#fff3cd", "verified": "#d4edda", "false": "#f8d7da"}


def entry_time(entry: JournalEntry) -> str:
    """Local time of an entry: `10:42:05` today, `14/10 10:42` (`14 Oct 10:42`) another day."""
    moment = to_local(entry.logged_at)
    if moment.date() == today():
        return moment.strftime("%H:%M:%S")
    return short_moment_text(moment)


def occurred_time(entry: JournalEntry) -> str:
    """When the event happened, if a minute or more before it was logged: `02:40` the same
    day, `30/11 23:50` another ('' when it is the logged time)."""
    if not entry.occurred_at:
        return ""
    occurred, logged = to_local(entry.occurred_at), to_local(entry.logged_at)
    if abs((logged - occurred).total_seconds()) < 60:
        return ""
    return short_moment_text(occurred, with_day=occurred.date() != logged.date())


class JournalModel(QAbstractTableModel):
    """The entries of one incident (optionally of some kinds), or search results."""

    PAGE = 200
    PAGES_KEPT = 12
    #: More new entries than this in one change (a sync bringing a laptop's log) read the
    #: log again at once rather than each placed by its own count (up to ~10 ms on 100,000).
    PLACED_ONE_BY_ONE = 64
    TIME, KIND, AUTHOR, TEXT, NOTE = range(5)

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._incident_id: str | None = None
        self._kinds: tuple[str, ...] | None = None
        self._pages: OrderedDict[int, list[JournalEntry]] = OrderedDict()
        self._total = 0
        self._results: list[JournalEntry] | None = None  # search results, when searching
        self._links = JournalLinks()
        self._links_read = False
        #: While True, a reload leaves the incident's links (corrections, statuses: one pass
        #: over the whole log) for `ensure_links()`: the window's first paint does not wait.
        self.links_deferred = False
        self._others: dict[str, JournalEntry] = {}  # entries looked up by id
        self._headers: tuple[str, ...] = ()
        self.retranslate()

    def retranslate(self) -> None:
        """Column titles and cells in the window's language (after a language switch)."""
        self._headers = (self.tr("Time (happened)"), self.tr("Kind"), self.tr("Author"),
                         self.tr("Entry"), self.tr("Status / link"))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 4))

    # --- what is shown -----------------------------------------------------------------------
    @property
    def incident_id(self) -> str | None:
        """The incident whose log is shown."""
        return self._incident_id

    @property
    def searching(self) -> bool:
        """True while the rows are search results rather than the log."""
        return self._results is not None

    def set_incident(self, incident_id: str | None) -> None:
        """Show another incident's log."""
        self._incident_id = incident_id
        self._results = None
        self._reload()

    def set_kinds(self, kinds: tuple[str, ...] | None) -> None:
        """Show only some kinds of entry (None: all)."""
        self._kinds = kinds or None
        self._results = None
        self._reload()

    def show_search_results(self, entries: list[JournalEntry]) -> None:
        """Show search results (oldest first) instead of the log."""
        self.beginResetModel()
        self._results = sorted(entries, key=lambda e: (e.logged_at, e.id))
        self.endResetModel()

    def clear_search(self) -> None:
        """Back to the log."""
        if self._results is not None:
            self._results = None
            self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._others.clear()
        self._links, self._links_read = JournalLinks(), False
        if self._incident_id is None:
            self._total = 0
        else:
            self._total = self._plan.journal.count(self._incident_id, kinds=self._kinds)
            if not self.links_deferred:
                self._read_links()
        self.endResetModel()

    def _read_links(self) -> None:
        assert self._incident_id is not None
        self._links = incident_links(self._plan, self._incident_id)
        self._links_read = True

    @property
    def links(self) -> JournalLinks:
        """The shown incident's corrections and information statuses (read if deferred)."""
        self.ensure_links()
        return self._links

    def ensure_links(self) -> None:
        """Read the links if a reload left them for later, and redraw the rows they mark."""
        self.links_deferred = False
        if self._links_read or self._incident_id is None:
            return
        self._read_links()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def entry(self, row: int) -> JournalEntry:
        """The entry shown on a row."""
        if self._results is not None:
            return self._results[row]
        page_no, offset = divmod(row, self.PAGE)
        page = self._pages.get(page_no)
        if page is None:
            assert self._incident_id is not None
            page = self._plan.journal.entries(
                self._incident_id, kinds=self._kinds, limit=self.PAGE,
                offset=page_no * self.PAGE)
            self._pages[page_no] = page
            while len(self._pages) > self.PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        if offset >= len(page):  # the log changed under us: read it again
            self._pages.pop(page_no, None)
            return self._lookup_row_fallback(row)
        return page[offset]

    def _lookup_row_fallback(self, row: int) -> JournalEntry:
        assert self._incident_id is not None
        found = self._plan.journal.entries(
            self._incident_id, kinds=self._kinds, limit=1, offset=row)
        if not found:
            raise IndexError(row)
        return found[0]

    def row_of(self, entry_id: str) -> int | None:
        """The row of an entry, if it is among the rows read."""
        if self._results is not None:
            rows = [i for i, e in enumerate(self._results) if e.id == entry_id]
            return rows[0] if rows else None
        for page_no, page in self._pages.items():
            for offset, entry in enumerate(page):
                if entry.id == entry_id:
                    return page_no * self.PAGE + offset
        return None

    def status_of(self, entry: JournalEntry) -> str | None:
        """The current status of a piece of information."""
        if entry.kind != "information":
            return None
        return self._links.status.get(entry.id, entry.info_status)

    def corrections_of(self, entry: JournalEntry) -> list[JournalEntry]:
        """The entries that correct this one."""
        return [self._lookup(i) for i in self._links.corrected_by.get(entry.id, [])]

    def _lookup(self, entry_id: str) -> JournalEntry:
        if entry_id not in self._others:
            self._others[entry_id] = self._plan.journal.get(entry_id)
        return self._others[entry_id]

    # --- live updates ------------------------------------------------------------------------
    def on_plan_changed(self, change: PlanChange) -> None:
        """Insert new entries of the shown incident where they sort; refresh the rows whose
        links (corrections, statuses) changed."""
        if not change.journal or self._incident_id is None:
            return
        added: list[JournalEntry] = []
        for entry_id in change.journal:
            try:
                entry = self._plan.journal.get(entry_id)
            except PlanError:
                continue
            if entry.incident_id != self._incident_id:
                continue
            self._links.note(entry.id, entry.kind, entry.corrects_id, entry.refers_to_id,
                             entry.info_status)
            for target in (entry.corrects_id, entry.refers_to_id):
                row = self.row_of(target) if target else None
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, self.columnCount() - 1))
            if self._kinds is None or entry.kind in self._kinds:
                added.append(entry)
        if not added or self._results is not None:
            return
        # Counting (one indexed query) rather than trusting the notice alone: a reload by
        # another listener of the same notice may already include these entries.
        real = self._plan.journal.count(self._incident_id, kinds=self._kinds)
        if real <= self._total:
            return
        if real - self._total != len(added) or len(added) > self.PLACED_ONE_BY_ONE:
            self._reload()  # more changed than this notice says, or a whole batch came
            return
        # Placed in the log's order, each at its row among those already shown: the rows
        # before an entry in the file are then all in the model, so `real - 1 - after` is
        # its row at the moment it goes in.
        for entry in sorted(added, key=lambda e: e.logged_at):
            row = real - 1 - self._plan.journal.count_after(entry.id, kinds=self._kinds)
            self.beginInsertRows(QModelIndex(), row, row)
            self._total += 1
            for page_no in [p for p in self._pages if p >= row // self.PAGE]:
                del self._pages[page_no]  # read again when shown, with the entry in it
            self.endInsertRows()

    # --- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Entries shown (all of the log, read page by page)."""
        if parent.isValid():
            return 0
        return len(self._results) if self._results is not None else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Time, kind, author, entry, status/link."""
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 5):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a cell shows."""
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        try:
            entry = self.entry(index.row())
        except (IndexError, PlanError):
            return self.tr("(entry unavailable)") if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TIME:
                logged = full_moment_text(to_local(entry.logged_at), seconds=True)
                if occurred_time(entry):
                    return self.tr("Happened {occurred}, logged {logged}").format(
                        occurred=full_moment_text(to_local(entry.occurred_at or "")),
                        logged=logged)
                return logged
            if column in (self.KIND, self.TEXT, self.NOTE):  # the kind's level may be cut
                return self._display(entry, column) or None
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            status = self.status_of(entry)
            return QBrush(QColor(STATUS_COLOURS[status])) if status in STATUS_COLOURS else None
        if role == Qt.ItemDataRole.ForegroundRole and status_is_dark(self, entry):
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.FontRole and entry.id in self._links.corrected_by:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None

    def _display(self, entry: JournalEntry, column: int) -> str:
        if column == self.TIME:
            occurred = occurred_time(entry)
            if occurred:
                # The header says what the time in brackets is: the column stays narrow.
                return f"{entry_time(entry)} ({occurred})"
            return entry_time(entry)
        if column == self.KIND:
            if entry.kind == "level_change" and entry.level:
                return f"{kind_label(entry.kind)} — {level_label(entry.level)}"
            return kind_label(entry.kind)
        if column == self.AUTHOR:
            return entry.author
        if column == self.TEXT:
            return entry.text
        return self._note(entry)

    def _note(self, entry: JournalEntry) -> str:
        parts = []
        status = self.status_of(entry)
        if status:
            parts.append(info_status_label(status))
        if entry.corrects_id:
            try:
                original = self._lookup(entry.corrects_id)
                parts.append(self.tr("Corrects the entry of {time}").format(
                    time=entry_time(original)))
            except PlanError:
                parts.append(self.tr("Corrects an entry"))
        corrections = self.corrections_of(entry)
        if corrections:
            parts.append(self.tr("Corrected at {time}").format(
                time=", ".join(entry_time(c) for c in corrections)))
        return " · ".join(parts)


def status_is_dark(model: JournalModel, entry: JournalEntry) -> bool:
    """Rows with a pale status background keep black text whatever the theme."""
    return model.status_of(entry) in STATUS_COLOURS
