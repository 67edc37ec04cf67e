"""The named checks `crisiscell verify` runs on a plan, each saying what it protects against.

A check is a function of the open plan returning a `CheckResult`; CHECKS lists them in the
order they are printed. Other protections join by adding their function to CHECKS (the
tamper checks: triggers, row order, schema version); those not built yet stand in the list
as "not yet", so the output always says what was and was not checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.plan import Plan
from app.planfile import chain_heads

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


Check = Callable[[Plan], CheckResult]


def write_ahead_log(plan: Plan) -> CheckResult:
    """The `-wal` holds every commit it was given (no bad frame followed by more)."""
    name = "write-ahead log"
    if plan.wal_damage is not None:
        return CheckResult(name, FAILED, plan.wal_damage.describe())
    return CheckResult(name, OK)


def file_integrity(plan: Plan) -> CheckResult:
    """Every page reads and verifies (integrity_check, cipher_integrity_check)."""
    problems = plan.integrity_problems()
    if problems:
        return CheckResult("file integrity", FAILED, f"integrity check failed: {problems[0]}")
    return CheckResult("file integrity", OK)


def journal_chains(plan: Plan) -> CheckResult:
    """Every entry's hash and link to the one before it."""
    report = plan.journal.verify()
    if report.first_break is not None:
        b = report.first_break
        return CheckResult(
            "journal chains", FAILED,
            f"journal chain broken at entry {b.entry_id} (incident {b.incident_id}, device "
            f"{b.device_id}, position {b.seq}): {b.reason.replace('_', ' ')}")
    return CheckResult("journal chains", OK,
                       f"{report.checked} journal entries in {report.chains} chain(s) verify")


def witnessed_heads(plan: Plan) -> CheckResult:
    """No chain ends before, or differs from, the heads this laptop (or a backup) recorded."""
    if plan.heads_compared_with == "backup":
        name, whose = "heads recorded by this backup", "this backup recorded"
    else:
        name, whose = "heads witnessed on this laptop", "this laptop saw committed"
    if not plan.heads_compared_with:
        return CheckResult(name, NOT_CHECKED, "this laptop never opened this plan before")
    if plan.missing_entries:
        return CheckResult(name, FAILED, chain_heads.describe(plan.missing_entries, whose))
    return CheckResult(name, OK)


def other_laptops(plan: Plan) -> CheckResult:
    """Per-laptop signatures and the heads other laptops saw: the sync issue adds them."""
    return CheckResult("signatures and heads witnessed by other laptops", NOT_YET, "sync")


#: Every check `verify` runs, in order.
CHECKS: list[Check] = [write_ahead_log, file_integrity, journal_chains, witnessed_heads,
                       other_laptops]


def run_checks(plan: Plan, checks: list[Check] | None = None) -> list[CheckResult]:
    """Run the checks on an open plan."""
    return [check(plan) for check in (CHECKS if checks is None else checks)]


def contains_head(plan: Plan, head: str) -> bool:
    """Whether a head hash printed on a journal report's footer is in the file: an entry's
    hash (an incident logged from one laptop) or an incident's current combined head."""
    head = head.strip().lower()
    if plan.journal.has_entry_hash(head):
        return True
    return any(plan.journal.head_hash(incident.id) == head
               for incident in plan.incidents.list())
