"""The risk register and its 5×5 matrix: likelihood × impact, warning signals, checklists."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app import validation
from app.errors import ValidationError
from app.incidents.regulatory_clocks import ClockRule, check_rules, read_rules
from app.store import Store, Topic
from app.vocabulary import (
    IMPACT_RANGE,
    LIKELIHOOD_RANGE,
    RISK_CATEGORIES,
    WARNING_SIGNAL_KINDS,
    level_band,
)


@dataclass(frozen=True)
class WarningSignal:
    """Something to watch: a keyword, a hashtag or a volume, and the threshold that alerts."""

    kind: str
    value: str
    threshold: str = ""


@dataclass(frozen=True)
class Risk:
    """A risk of the register with its place on the matrix."""

    id: str
    title: str
    category: str
    description: str
    likelihood: int
    impact: int
    owner_id: str | None
    warning_signals: list[WarningSignal] = field(default_factory=list)
    checklist: list[str] = field(default_factory=list)
    next_review: str | None = None
    #: Deadlines the law sets when this risk happens (copied into each incident opened on it).
    regulatory_clocks: list[ClockRule] = field(default_factory=list)

    @property
    def score(self) -> int:
        """Likelihood × impact, 1 to 25."""
        return self.likelihood * self.impact

    @property
    def band(self) -> str:
        """low / medium / high / critical."""
        return level_band(self.likelihood, self.impact)


_COLUMNS = ("id, title, category, description, likelihood, impact, owner_id, warning_signals, "
            "checklist, next_review, regulatory_clocks")


def _risk(row: dict[str, Any]) -> Risk:
    return Risk(
        id=row["id"], title=row["title"], category=row["category"],
        description=row["description"] or "", likelihood=row["likelihood"],
        impact=row["impact"], owner_id=row["owner_id"],
        warning_signals=[WarningSignal(**s) for s in json.loads(row["warning_signals"])],
        checklist=list(json.loads(row["checklist"])), next_review=row["next_review"],
        regulatory_clocks=read_rules(row["regulatory_clocks"]),
    )


def _signals(value: Any) -> str:
    signals = []
    for item in value or []:
        if isinstance(item, WarningSignal):
            item = item.__dict__
        if not isinstance(item, dict):
            raise ValidationError("warning_signals", "not_a_signal", item)
        signals.append({
            "kind": validation.choice("warning_signals.kind", item.get("kind"),
                                      WARNING_SIGNAL_KINDS),
            "value": validation.text("warning_signals.value", item.get("value"), max_length=500),
            "threshold": validation.text("warning_signals.threshold", item.get("threshold"),
                                         required=False, max_length=500),
        })
    return json.dumps(signals, ensure_ascii=False)


def _checklist(value: Any) -> str:
    if isinstance(value, str):
        raise ValidationError("checklist", "not_a_list", value)
    steps = [validation.text("checklist", step, max_length=1000) for step in value or []]
    return json.dumps(steps, ensure_ascii=False)


_CHECKS = {
    "title": lambda v: validation.text("title", v, max_length=200),
    "category": lambda v: validation.choice("category", v, RISK_CATEGORIES),
    "description": lambda v: validation.text("description", v, required=False,
                                                    multiline=True),
    "likelihood": lambda v: validation.integer("likelihood", v, LIKELIHOOD_RANGE),
    "impact": lambda v: validation.integer("impact", v, IMPACT_RANGE),
    "owner_id": lambda v: v or None,
    "warning_signals": _signals,
    "checklist": _checklist,
    "next_review": lambda v: validation.calendar_day("next_review", v),
    "regulatory_clocks": check_rules,
}


class Risks:
    """Adds, edits and lists risks; counts them on the matrix."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _values(self, fields: dict[str, Any]) -> dict[str, Any]:
        unknown = set(fields) - set(_CHECKS)
        if unknown:
            raise TypeError(f"unknown risk fields {sorted(unknown)}")
        return {name: _CHECKS[name](value) for name, value in fields.items()}

    def _check_owner(self, values: dict[str, Any]) -> None:
        if values.get("owner_id"):
            self._store.live_row("contacts", values["owner_id"])

    def add(
        self,
        title: str,
        *,
        category: str,
        likelihood: int,
        impact: int,
        description: str = "",
        owner_id: str | None = None,
        warning_signals: list[WarningSignal] | list[dict[str, str]] | None = None,
        checklist: list[str] | None = None,
        next_review: Any = None,
        regulatory_clocks: list[ClockRule] | list[dict[str, Any]] | None = None,
    ) -> Risk:
        """Create a risk; out-of-range likelihood or impact is refused, nothing saved."""
        values = self._values({
            "title": title, "category": category, "likelihood": likelihood, "impact": impact,
            "description": description, "owner_id": owner_id,
            "warning_signals": warning_signals, "checklist": checklist,
            "next_review": next_review, "regulatory_clocks": regulatory_clocks,
        })
        with self._store.write():
            self._check_owner(values)
            risk_id = self._store.insert("risks", values, Topic.RISKS)
        return self.get(risk_id)

    def update(self, risk_id: str, **changes: Any) -> Risk:
        """Change some fields (same names as `add`)."""
        values = self._values(changes)
        with self._store.write():
            self._check_owner(values)
            self._store.update("risks", risk_id, values, Topic.RISKS)
        return self.get(risk_id)

    def delete(self, risk_id: str) -> None:
        """Soft-delete a risk."""
        with self._store.write():
            self._store.soft_delete("risks", risk_id, Topic.RISKS)

    def get(self, risk_id: str) -> Risk:
        """A live risk by id."""
        return _risk(self._store.live_row("risks", risk_id))

    def list(
        self,
        *,
        likelihood: int | None = None,
        impact: int | None = None,
        band: str | None = None,
    ) -> list[Risk]:
        """Live risks, highest score first; filtered by a matrix cell or a band."""
        clauses, params = ["deleted_at IS NULL"], []
        if likelihood is not None:
            clauses.append("likelihood = ?")
            params.append(validation.integer("likelihood", likelihood, LIKELIHOOD_RANGE))
        if impact is not None:
            clauses.append("impact = ?")
            params.append(validation.integer("impact", impact, IMPACT_RANGE))
        rows = self._store.query(
            f"SELECT {_COLUMNS} FROM risks WHERE {' AND '.join(clauses)} "
            "ORDER BY likelihood * impact DESC, title COLLATE NOCASE", params)
        risks = [_risk(row) for row in rows]
        return [r for r in risks if r.band == band] if band else risks

    def matrix(self) -> dict[tuple[int, int], int]:
        """(likelihood, impact) → number of live risks, for all 25 cells."""
        counts = {(lik, imp): 0 for lik in LIKELIHOOD_RANGE for imp in IMPACT_RANGE}
        for row in self._store.query(
            "SELECT likelihood, impact, count(*) AS n FROM risks WHERE deleted_at IS NULL "
            "GROUP BY likelihood, impact"
        ):
            counts[(row["likelihood"], row["impact"])] = row["n"]
        return counts

    def count(self) -> int:
        """How many live risks."""
        return int(self._store.scalar("SELECT count(*) FROM risks WHERE deleted_at IS NULL"))
