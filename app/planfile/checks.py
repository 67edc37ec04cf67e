"""The named checks `crisiscell verify` runs on a plan, each saying what it protects against.

A check is a function of a `Looked` (the open plan, with the journal's chain report and the
tamper report computed once for all checks) returning a `CheckResult`; CHECKS lists them in
the order they are printed. A new protection joins by adding its function to CHECKS; those
not built yet stand in the list as "not yet", so the output always says what was and was
not checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from app.incidents.journal import ChainReport
from app.plan import Plan
from app.planfile import chain_heads, tamper_checks

OK, FAILED, NOT_CHECKED, NOT_YET = "ok", "failed", "not checked", "not yet"


@dataclass(frozen=True)
class CheckResult:
    """One protection: its name, "ok" / "failed" / "not checked" / "not yet", and why."""

    name: str
    status: str
    detail: str = ""

    @property
    def failed(self) -> bool:
        """True when this check found a problem."""
        return self.status == FAILED


class Looked:
    """What the checks share: the plan, its chains' report and its tamper report, each
    computed once (a chain check reads every entry)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    @cached_property
    def chains(self) -> ChainReport:
        """Every chain recomputed."""
        return self.plan.journal.verify()

    @cached_property
    def tampering(self) -> tamper_checks.TamperReport:
        """Triggers, row order, schema version (app/planfile/tamper_checks.py)."""
        return tamper_checks.check(self.plan, self.chains)


Check = Callable[[Looked], CheckResult]


def write_ahead_log(looked: Looked) -> CheckResult:
    """The `-wal` holds every commit it was given (no bad frame followed by more)."""
    damage = looked.plan.wal_damage
    if damage is not None:
        return CheckResult("write-ahead log", FAILED, damage.describe())
    return CheckResult("write-ahead log", OK)


def file_integrity(looked: Looked) -> CheckResult:
    """Every page reads and verifies (integrity_check, cipher_integrity_check)."""
    problems = looked.plan.integrity_problems()
    if problems:
        return CheckResult("file integrity", FAILED, f"integrity check failed: {problems[0]}")
    return CheckResult("file integrity", OK)


def journal_chains(looked: Looked) -> CheckResult:
    """Every entry's hash and link to the one before it (rows merely stored out of order
    are the row-order check's)."""
    report = looked.chains
    b = report.first_break
    if (b is not None and b.reason == "sequence_gap" and b.expected_seq is not None
            and b.seq > b.expected_seq):
        missing = b.seq - b.expected_seq
        where = (f"position {b.expected_seq}" if missing == 1
                 else f"positions {b.expected_seq}–{b.seq - 1}")
        counted = "1 entry is" if missing == 1 else f"{missing} entries are"
        return CheckResult(
            "journal chains", FAILED,
            f"{counted} missing from a chain (incident {b.incident_id}, device {b.device_id}: "
            f"{where}, before entry {b.entry_id})")
    if b is not None and b.reason != "out_of_order":
        return CheckResult(
            "journal chains", FAILED,
            f"journal chain broken at entry {b.entry_id} (incident {b.incident_id}, device "
            f"{b.device_id}, position {b.seq}): {b.reason.replace('_', ' ')}")
    return CheckResult("journal chains", OK,
                       f"{report.checked} journal entries in {report.chains} chain(s) verify")


def _tamper(name: str, codes: tuple[str, ...]) -> Check:
    def check(looked: Looked) -> CheckResult:
        found = [f for f in looked.tampering.findings if f.code in codes]
        if found:
            return CheckResult(name, FAILED,
                               "; ".join(tamper_checks.finding_line(f) for f in found))
        return CheckResult(name, OK)
    check.__name__ = name.replace(" ", "_").replace("-", "_")
    check.__doc__ = f"Tampering the chain alone misses: {name} (app/planfile/tamper_checks.py)."
    return check


append_only_triggers = _tamper("append-only triggers",
                               ("trigger_missing", "trigger_altered", "trigger_unknown"))
journal_row_order = _tamper("journal row order", ("out_of_order",))
schema_version = _tamper("schema version", ("version_mismatch",))


def witnessed_heads(looked: Looked) -> CheckResult:
    """No chain ends before, or differs from, the heads this laptop (or a backup) recorded:
    a deleted -wal, a copy without it, a rolled-back file, a cut or forged tail."""
    plan = looked.plan
    if plan.heads_compared_with == "backup":
        name, whose = "heads recorded by this backup", "this backup recorded"
    else:
        name, whose = "heads witnessed on this laptop", "this laptop saw committed"
    if not plan.heads_compared_with:
        return CheckResult(name, NOT_CHECKED, "this laptop never opened this plan before")
    if plan.missing_entries:
        return CheckResult(name, FAILED, chain_heads.describe(plan.missing_entries, whose))
    return CheckResult(name, OK)


def other_laptops(looked: Looked) -> CheckResult:
    """Per-laptop signatures and the heads other laptops saw: the sync issue adds them
    (tamper_checks.chain_signatures is their place)."""
    name = "signatures and heads witnessed by other laptops"
    signed = tamper_checks.chain_signatures(looked.plan)
    if signed is None:
        return CheckResult(name, NOT_YET, "sync")
    if signed:
        return CheckResult(name, FAILED,
                           "; ".join(tamper_checks.finding_line(f) for f in signed))
    return CheckResult(name, OK)


#: Every check `verify` runs, in order.
CHECKS: list[Check] = [write_ahead_log, file_integrity, journal_chains, append_only_triggers,
                       journal_row_order, schema_version, witnessed_heads, other_laptops]


def run_checks(plan: Plan, checks: list[Check] | None = None) -> list[CheckResult]:
    """Run the checks on an open plan."""
    looked = Looked(plan)
    return [check(looked) for check in (CHECKS if checks is None else checks)]


def contains_head(plan: Plan, head: str) -> bool:
    """Whether a head hash printed on a journal report's footer is in the file: an entry's
    hash (an incident logged from one laptop) or an incident's current combined head."""
    head = head.strip().lower()
    if plan.journal.has_entry_hash(head):
        return True
    return any(plan.journal.head_hash(incident.id) == head
               for incident in plan.incidents.list())
