"""`crisiscell verify`: the file's integrity and every journal chain."""

from __future__ import annotations

import argparse

from app.commands.common import add_plan_option, open_plan
from app.planfile import tamper_checks


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "verify", help="check the file's integrity and every journal chain")
    add_plan_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when everything holds, 1 naming the first problem."""
    with open_plan(args) as plan:
        problems = plan.integrity_problems()
        report = plan.journal.verify()
        tampering = tamper_checks.check(plan, report)  # triggers, row order, schema version
    if problems:
        print(f"integrity check failed: {problems[0]}")
        return 1
    failed = False
    if report.first_break is not None and report.first_break.reason != "out_of_order":
        b = report.first_break
        print(f"journal chain broken at entry {b.entry_id} (incident {b.incident_id}, "
              f"device {b.device_id}, position {b.seq}): {b.reason.replace('_', ' ')}")
        failed = True
    # --- tampering the chain alone misses (app/planfile/tamper_checks.py) ---
    for finding in tampering.findings:
        print(tamper_checks.finding_line(finding))
    if failed or not tampering.ok:
        return 1
    print(f"ok: file intact; {report.checked} journal entries in {report.chains} chain(s) verify")
    for line in tamper_checks.checked_lines(tampering):
        print(line)
    return 0
