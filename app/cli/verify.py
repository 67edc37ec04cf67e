"""`crisiscell verify`: every protection of the plan, checked by name, without changing a byte.

The plan is read from a private copy (app/planfile/look.py), so its `-wal` is neither
replayed nor deleted; each check of app/planfile/checks.py is printed with its result, and
`--head HASH` (the fingerprint on a printed journal report's footer) says whether the file
still contains what was printed.
"""

from __future__ import annotations

import argparse

from app.cli.common import EXIT_CHECK_FAILED, EXIT_OK, add_plan_option, open_plan
from app.planfile.checks import NOT_YET, contains_head, run_checks


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "verify", help="check the file, its write-ahead log, every journal chain and the "
                       "heads this laptop witnessed (changes nothing)")
    add_plan_option(parser, writes=False)
    parser.add_argument("--head", default=None, metavar="HASH",
                        help="say whether the file contains this head hash (printed on a "
                             "journal report's footer)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every check holds, 1 naming the first problem and listing every check."""
    with open_plan(args, look=True) as plan:
        results = run_checks(plan)
        head_found = contains_head(plan, args.head) if args.head else None
    failed = [r for r in results if r.failed]
    chains = next((r for r in results if r.name == "journal chains"), None)
    if failed:
        print(f"FAILED: {failed[0].detail}")
    else:
        print(f"ok: file intact; {chains.detail if chains else 'every check holds'}")
    for result in results:
        if result.status == NOT_YET:
            continue
        print(f"  {result.name}: {result.status}"
              + (f" ({result.detail})" if result.detail else ""))
    for result in results:
        if result.status == NOT_YET:
            print(f"  {result.name}: not yet ({result.detail})")
    if head_found is not None:
        if head_found:
            print(f"head {args.head}: this file contains it")
        else:
            print(f"head {args.head}: this file does not contain that head: entries printed "
                  "on paper are missing")
    held = sum(1 for r in results if r.status == "ok")
    later = sum(1 for r in results if r.status == NOT_YET)
    bad = len(failed) + (head_found is False)
    # The verdict again, last, for whoever reads the tail of a long output (or a script).
    print(f"{'FAILED' if bad else 'ok'}: {held} check(s) hold, {bad} failed, "
          f"{len(results) - held - len(failed) - later} not checked, {later} not yet")
    return EXIT_CHECK_FAILED if bad else EXIT_OK
