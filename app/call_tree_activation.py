"""Running the call tree during an incident: each call's outcome logged, and the time it took.

The texts go into the journal, so they follow the plan's language (like app.wording).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.clock import format_utc, parse_utc, utc_now
from app.journal import JournalEntry
from app.plan import Plan

OUTCOMES = ("reached", "no_answer", "message_left")

_TEXTS: dict[str, dict[str, str]] = {
    "started": {
        "fr": "Activation de l'arbre d'appel ({count} personnes à joindre).",
        "en": "Call tree activated ({count} people to reach).",
    },
    "reached": {
        "fr": "Arbre d'appel — {name} : joint(e).",
        "en": "Call tree — {name}: reached.",
    },
    "no_answer": {
        "fr": "Arbre d'appel — {name} : pas de réponse.",
        "en": "Call tree — {name}: no answer.",
    },
    "message_left": {
        "fr": "Arbre d'appel — {name} : message laissé.",
        "en": "Call tree — {name}: message left.",
    },
    "completed": {
        "fr": "Arbre d'appel terminé : les {count} personnes ont été jointes en {duration}.",
        "en": "Call tree completed: all {count} people reached in {duration}.",
    },
}


def activation_text(key: str, language: str, **values: object) -> str:
    """A call-tree log text in the plan's language (French when unknown)."""
    template = _TEXTS[key].get(language) or _TEXTS[key]["fr"]
    return template.format(**values)


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
class CallTreeActivation:
    """One run of the call tree in an incident: who was reached, and since when."""

    plan: Plan
    incident_id: str
    author: str
    started_at: str = ""
    outcomes: dict[str, str] = field(default_factory=dict)  # contact id → last outcome
    completed_at: str | None = None

    @property
    def contact_ids(self) -> list[str]:
        """Everyone the tree calls, in calling order."""
        return [node.contact_id for _, node in self.plan.cell.call_tree().walk()]

    @property
    def language(self) -> str:
        """The plan's language (log texts are stored data)."""
        return self.plan.journal.language

    def start(self, now: datetime | None = None) -> JournalEntry:
        """Log the activation; the clock starts."""
        self.started_at = format_utc(now) if now else utc_now()
        return self.plan.journal.append(
            self.incident_id,
            activation_text("started", self.language, count=len(self.contact_ids)),
            kind="call", author=self.author, logged_at=self.started_at)

    def record(
        self, contact_id: str, outcome: str, now: datetime | None = None
    ) -> list[JournalEntry]:
        """Log one call's outcome; when everyone is reached, log the total time too."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        if not self.started_at:
            raise RuntimeError("start() the activation first")
        name = self.plan.contacts.get(contact_id).name
        moment = format_utc(now) if now else utc_now()
        written = [self.plan.journal.append(
            self.incident_id, activation_text(outcome, self.language, name=name),
            kind="call", author=self.author, logged_at=moment)]
        self.outcomes[contact_id] = outcome
        if self.completed_at is None and self.all_reached:
            self.completed_at = moment
            written.append(self.plan.journal.append(
                self.incident_id,
                activation_text("completed", self.language, count=len(self.contact_ids),
                                duration=format_duration(self.elapsed_seconds(), self.language)),
                kind="call", author=self.author, logged_at=moment))
        return written

    @property
    def reached(self) -> int:
        """How many people of the tree have been reached."""
        return sum(1 for cid in self.contact_ids if self.outcomes.get(cid) == "reached")

    @property
    def all_reached(self) -> bool:
        """Everyone in the tree answered."""
        ids = self.contact_ids
        return bool(ids) and all(self.outcomes.get(cid) == "reached" for cid in ids)

    def elapsed_seconds(self, now: datetime | None = None) -> float:
        """Seconds since the activation (frozen at completion)."""
        if not self.started_at:
            return 0.0
        end = parse_utc(self.completed_at) if self.completed_at else (
            now or parse_utc(utc_now()))
        return (end - parse_utc(self.started_at)).total_seconds()
