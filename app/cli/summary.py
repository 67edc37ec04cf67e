"""`crisiscell summary`: what the plan holds, as counts."""

from __future__ import annotations

import argparse
import json

from app.cli.common import add_plan_option, open_plan


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser("summary", help="print counts of what the plan holds")
    add_plan_option(parser, writes=False)
    parser.add_argument("--json", action="store_true", help="one JSON object on one line")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the summary."""
    with open_plan(args, look=True) as plan:
        summary = plan.summary().as_dict()
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        width = max(len(k) for k in summary)
        for key, value in summary.items():
            print(f"{key.replace('_', ' '):<{width}}  {value}")
    return 0
