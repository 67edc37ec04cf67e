"""Tampering the hash chain alone misses, checked for `crisiscell verify`.

A chain proves that no entry was altered or removed *between* two entries. It cannot see:
the append-only triggers dropped or replaced by ones that do nothing (and put back), rows
moved so that the table's order is not the chain's, a schema version that disagrees with the
migrations record. Those are checked here. It cannot see either a chain rehashed from a
point on, forged entries added at its end, or a whole chain for a laptop that never joined
the plan: the witness of chain heads kept on this laptop (app/planfile/, verify's witness
check) catches the first two; per-laptop signatures (the sync issue) will catch the rest —
`chain_signatures` is their place, and verify says that they are not checked yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.incidents.journal import ChainReport

if TYPE_CHECKING:
    from app.plan import Plan

@dataclass(frozen=True)
class TamperFinding:
    """One sign of tampering: what (a code), which object (trigger, entry) and the detail."""

    code: str  # "trigger_missing" | "trigger_altered" | "trigger_unknown" |
    #            "version_mismatch" | "out_of_order"
    name: str
    detail: str = ""


@dataclass(frozen=True)
class TamperReport:
    """The findings of the triggers, row order and schema version checks."""

    findings: tuple[TamperFinding, ...]

    @property
    def ok(self) -> bool:
        """True when nothing was found."""
        return not self.findings


def chain_signatures(plan: Plan) -> list[TamperFinding] | None:
    """Per-laptop signatures of the journal chains: the sync issue adds them (None: not
    checked — no chain is signed yet). It will name a chain whose signature fails or whose
    laptop never joined the plan."""
    return None


def check(plan: Plan, chains: ChainReport) -> TamperReport:
    """Run the checks on an open plan; `chains` is the journal's own verify report."""
    findings = [TamperFinding(f.kind, f.name, f.detail) for f in plan.schema_findings()]
    findings += [
        TamperFinding("out_of_order", b.entry_id,
                      f"incident {b.incident_id}, device {b.device_id}, position {b.seq}, "
                      f"stored before entry {b.stored_after_id} (position {b.seq - 1})")
        for b in chains.out_of_order]
    return TamperReport(tuple(findings))


def _short(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def finding_line(finding: TamperFinding) -> str:
    """One line of verify's output for a finding."""
    if finding.code == "trigger_missing":
        return (f"append-only trigger {finding.name} is missing: it was dropped behind the "
                "app's back")
    if finding.code == "trigger_altered":
        return (f"trigger {finding.name} is not the one the schema creates: "
                f"{_short(finding.detail)}")
    if finding.code == "trigger_unknown":
        return f"trigger {finding.name} is not part of the schema: {_short(finding.detail)}"
    if finding.code == "version_mismatch":
        return f"schema version disagrees with the migrations record: {finding.detail}"
    if finding.code == "out_of_order":
        return f"journal rows out of order: entry {finding.name} ({finding.detail})"
    return f"{finding.code}: {finding.name} {finding.detail}".rstrip()
