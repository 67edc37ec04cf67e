"""Running the call tree during an incident: each call's outcome logged, and the time it took.

The run is the incident's state, kept in its log and nowhere else: `CallTreeActivation.resume`
rebuilds it from the log (after a restart, in another window), so reopening shows where the
calls stand. A run is its "started" entry and the call entries that refer to it
(`refers_to_id`); a corrected outcome is a call entry that `corrects_id` the one it replaces
(the log stays append-only); starting again is a new "started" entry, which the newest wins.
Who an outcome is about is read back from its text (the names of the tree's people and their
deputies, in either language): the log's texts are its only record, as on paper.

The texts go into the journal, so they follow the plan's language (like app.incidents.wording),
looked up in app/'s catalogue (app/words/catalogue.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from app.clock import format_utc, parse_utc, utc_now
from app.incidents.journal import JournalEntry
from app.plan import Plan
from app.vocabulary import LANGUAGES
from app.words.catalogue import N_, NN_, texts

OUTCOMES = ("reached", "no_answer", "message_left")

#: Texts with a count: (singular, plural), chosen by the count and the language's plural rule.
_COUNTED: dict[str, tuple[str, str]] = {
    "started": NN_("Call tree activated ({count} person to reach).",
                   "Call tree activated ({count} people to reach)."),
    "completed": NN_("Call tree completed: the {count} person to reach was reached in "
                     "{duration} ({times}).",
                     "Call tree completed: all {count} people reached in {duration} ({times})."),
}

_TEXTS: dict[str, str] = {
    "reached": N_("Call tree — {name}: reached."),
    "no_answer": N_("Call tree — {name}: no answer."),
    "message_left": N_("Call tree — {name}: message left."),
    "deputy": N_("{name}, deputy of {holder}"),
}


def activation_text(key: str, language: str, **values: object) -> str:
    """A call-tree log text in the plan's language (French when it has no catalogue)."""
    catalogue = texts(language)
    if key in _COUNTED:
        count = values["count"]
        if not isinstance(count, int):
            raise TypeError(f"{key!r} counts people: count={count!r}")
        return catalogue.ngettext(*_COUNTED[key], count).format(**values)
    return catalogue.gettext(_TEXTS[key]).format(**values)


def format_duration(seconds: float, language: str = "fr") -> str:
    """`1 h 05 min 09 s` / `12 min 03 s` / `45 s` (the same in French and English)."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min {secs:02d} s"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


@dataclass
class CallRecord:
    """One person's calls in a run: the latest outcome, and when each outcome was logged."""

    outcome: str
    entry_id: str  # the outcome entry a correction would replace
    at: str  # when that call was made (a correction keeps the call's time)
    reached_at: str | None = None


@dataclass
class CallTreeActivation:
    """One run of the call tree in an incident: who was reached, and since when."""

    plan: Plan
    incident_id: str
    author: str
    started_at: str = ""
    start_id: str = ""
    calls: dict[str, CallRecord] = field(default_factory=dict)  # contact id → their calls
    completed_at: str | None = None
    # The tree and the deputies, read once per run shown (a dialog reopened reads them anew).
    _tree: list[str] | None = field(default=None, repr=False)
    _deputies: dict[str, str] | None = field(default=None, repr=False)

    @classmethod
    def resume(cls, plan: Plan, incident_id: str, author: str) -> CallTreeActivation:
        """The incident's latest run as its log tells it (not started when it has none)."""
        run = cls(plan, incident_id, author)
        run._rebuild(plan.journal.entries(incident_id, kinds=("call",)))
        return run

    @property
    def contact_ids(self) -> list[str]:
        """Everyone the tree calls, in calling order."""
        if self._tree is None:
            self._tree = [node.contact_id for _, node in self.plan.cell.call_tree().walk()]
        return list(self._tree)

    @property
    def language(self) -> str:
        """The plan's language (log texts are stored data)."""
        return self.plan.journal.language

    @property
    def outcomes(self) -> dict[str, str]:
        """Contact id → their latest outcome."""
        return {cid: record.outcome for cid, record in self.calls.items()}

    @property
    def is_started(self) -> bool:
        """A run is under way (or completed) in this incident."""
        return bool(self.start_id)

    def deputy_of(self, contact_id: str) -> str | None:
        """Who to call when `contact_id` does not answer: the deputy of a role they hold."""
        if self._deputies is None:
            self._deputies = {}
            for role in self.plan.cell.roles():  # in the roles' order: the first role wins
                if role.holder_id and role.deputy_id and role.deputy_id != role.holder_id:
                    self._deputies.setdefault(role.holder_id, role.deputy_id)
        return self._deputies.get(contact_id)

    def holder_covered_by(self, deputy_id: str) -> str | None:
        """The tree's person whose deputy `deputy_id` is, when they are not in the tree."""
        tree = self.contact_ids
        if deputy_id in tree:
            return None
        return next((cid for cid in tree if self.deputy_of(cid) == deputy_id), None)

    def offered_deputies(self) -> dict[str, str]:
        """Holder called but not reached → the deputy of their role: the next call to make."""
        offers = {}
        for cid in self.contact_ids:
            record = self.calls.get(cid)
            deputy = self.deputy_of(cid)
            if record and record.outcome != "reached" and deputy:
                offers[cid] = deputy
        return offers

    def start(self, now: datetime | None = None) -> JournalEntry:
        """Log a new run (starting again when one exists); the clock starts."""
        self._tree = self._deputies = None  # the tree as it is now
        moment = format_utc(now) if now else utc_now()
        entry = self.plan.journal.append(
            self.incident_id,
            activation_text("started", self.language, count=len(self.contact_ids)),
            kind="call", author=self.author, logged_at=moment)
        self.started_at, self.start_id = moment, entry.id
        self.calls, self.completed_at = {}, None
        return entry

    def record(
        self, contact_id: str, outcome: str, now: datetime | None = None
    ) -> list[JournalEntry]:
        """Log one call's outcome; when everyone is reached, log the times too."""
        self._check(contact_id, outcome)
        moment = format_utc(now) if now else utc_now()
        entry = self._append(activation_text(outcome, self.language, name=self._name(contact_id)),
                             moment)
        self._note(contact_id, outcome, entry.id, moment, corrects=False)
        return [entry, *self._complete_if_done(moment)]

    def correct(
        self, contact_id: str, outcome: str, now: datetime | None = None
    ) -> list[JournalEntry]:
        """Log that the last outcome logged for `contact_id` was wrong: it is `outcome`."""
        self._check(contact_id, outcome)
        record = self.calls.get(contact_id)
        if record is None:
            raise ValueError("no outcome to correct yet")
        if record.outcome == outcome:
            raise ValueError(f"the outcome is already {outcome!r}")
        moment = format_utc(now) if now else utc_now()
        entry = self._append(activation_text(outcome, self.language, name=self._name(contact_id)),
                             moment, corrects_id=record.entry_id)
        self._note(contact_id, outcome, entry.id, moment, corrects=True)
        return [entry, *self._complete_if_done(moment)]

    def _check(self, contact_id: str, outcome: str) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        if not self.start_id:
            raise RuntimeError("start() the activation first")
        if contact_id not in self._people():
            raise ValueError(f"{contact_id!r} is not in the call tree nor a deputy of it")

    def _append(self, text: str, moment: str, corrects_id: str | None = None) -> JournalEntry:
        return self.plan.journal.append(
            self.incident_id, text, kind="call", author=self.author, logged_at=moment,
            refers_to_id=self.start_id, corrects_id=corrects_id)

    def _name(self, contact_id: str) -> str:
        name = self.plan.contacts.get(contact_id).name
        holder = self.holder_covered_by(contact_id)
        if holder is None:
            return name
        return activation_text("deputy", self.language, name=name,
                               holder=self.plan.contacts.get(holder).name)

    def _note(self, contact_id: str, outcome: str, entry_id: str, moment: str, *,
              corrects: bool) -> None:
        record = self.calls.get(contact_id)
        if corrects and record is not None:
            # The call happened when first logged; the correction only says how it went.
            record.outcome, record.entry_id = outcome, entry_id
            record.reached_at = record.at if outcome == "reached" else None
            return
        reached_at = moment if outcome == "reached" else None
        self.calls[contact_id] = CallRecord(outcome, entry_id, moment, reached_at)

    def _complete_if_done(self, moment: str) -> list[JournalEntry]:
        if self.completed_at is not None or not self.all_reached:
            return []
        self.completed_at = moment
        times = ", ".join(
            f"{self._name(cid)} {format_duration(seconds, self.language)}"
            for cid, seconds in self.times_to_reach().items())
        return [self._append(activation_text(
            "completed", self.language, count=len(self.contact_ids),
            duration=format_duration(self.elapsed_seconds(), self.language), times=times),
            moment)]

    def _people(self) -> set[str]:
        tree = self.contact_ids
        return set(tree) | {d for d in (self.deputy_of(c) for c in tree) if d}

    def _rebuild(self, entries: list[JournalEntry]) -> None:
        starts = [e for e in entries if e.refers_to_id is None and e.corrects_id is None
                  and _STARTED.fullmatch(e.text)]
        if not starts:
            return
        start = starts[-1]
        self.start_id, self.started_at = start.id, start.logged_at
        texts: dict[str, tuple[str, str]] = {}
        for cid in self._people():
            name = self.plan.contacts.get(cid).name
            holder = self.holder_covered_by(cid)
            holder_name = self.plan.contacts.get(holder).name if holder else ""
            for language in LANGUAGES:
                shown = name if holder is None else activation_text(
                    "deputy", language, name=name, holder=holder_name)
                for outcome in OUTCOMES:
                    texts.setdefault(activation_text(outcome, language, name=shown),
                                     (cid, outcome))
        by_entry: dict[str, str] = {}  # outcome entry → contact
        for entry in entries:
            if entry.refers_to_id != start.id:
                continue
            if entry.text in texts:
                cid, outcome = texts[entry.text]
                corrects = entry.corrects_id is not None and entry.corrects_id in by_entry
                self._note(cid, outcome, entry.id, entry.logged_at, corrects=corrects)
                by_entry[entry.id] = cid
            elif _COMPLETED.match(entry.text):
                self.completed_at = entry.logged_at

    @property
    def reached(self) -> int:
        """How many people of the tree have been reached (themselves or their deputy)."""
        return sum(1 for cid in self.contact_ids if self._covered(cid))

    def _covered(self, contact_id: str) -> bool:
        # A holder who does not answer is covered once their role's deputy is reached.
        if self.outcomes.get(contact_id) == "reached":
            return True
        deputy = self.deputy_of(contact_id)
        return deputy is not None and self.outcomes.get(deputy) == "reached"

    @property
    def all_reached(self) -> bool:
        """Everyone in the tree answered (or, for a holder not reached, their deputy did)."""
        ids = self.contact_ids
        return bool(ids) and all(self._covered(cid) for cid in ids)

    def times_to_reach(self) -> dict[str, float]:
        """Seconds from the start to each reached person, in the order they were reached."""
        if not self.started_at:
            return {}
        start = parse_utc(self.started_at)
        reached = sorted((record.reached_at, cid) for cid, record in self.calls.items()
                         if record.reached_at)
        return {cid: (parse_utc(at) - start).total_seconds() for at, cid in reached}

    def elapsed_seconds(self, now: datetime | None = None) -> float:
        """Seconds since the activation (frozen at completion)."""
        if not self.started_at:
            return 0.0
        end = parse_utc(self.completed_at) if self.completed_at else (
            now or parse_utc(utc_now()))
        return (end - parse_utc(self.started_at)).total_seconds()


def _pattern(key: str) -> re.Pattern[str]:
    """One regular expression matching the start of a counted text in every language."""
    parts = []
    for language in LANGUAGES:
        for count in (1, 2):  # the singular and the plural (French and English have two)
            template = texts(language).ngettext(*_COUNTED[key], count)
            before, counted, after = template.partition("{count}")
            if counted:
                parts.append(re.escape(before) + r"\d+" + re.escape(after.split("{")[0]))
            else:  # "the person to reach was reached in {duration}": up to its first value
                parts.append(re.escape(template.split("{")[0]))
    return re.compile("|".join(parts))


_STARTED = _pattern("started")
_COMPLETED = _pattern("completed")
