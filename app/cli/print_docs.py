"""`crisiscell print KIND --plan PATH -o OUT.pdf`: print a document of the plan to PDF."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from app.cli.common import add_plan_option, open_plan
from app.printing import DOCUMENTS, PAGE_SIZE_NAMES, PrintOptions, print_document
from app.vocabulary import LANGUAGES


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command."""
    parser = subcommands.add_parser(
        "print", help="print a document of the plan to a PDF file",
        description="Print a document of the plan to a PDF file: " + ", ".join(DOCUMENTS) + ".")
    parser.add_argument("kind", choices=sorted(DOCUMENTS), metavar="KIND",
                        help="what to print: " + ", ".join(sorted(DOCUMENTS)))
    add_plan_option(parser, writes=False)
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf",
                        help="the PDF file to write (replaced if it exists)")
    parser.add_argument("--page-size", choices=PAGE_SIZE_NAMES, default="A4",
                        help="paper size (default A4)")
    parser.add_argument("--redacted", action="store_true",
                        help="a wall copy: leave out personal (mobile and home) numbers")
    parser.add_argument("--incident", default=None, metavar="ID",
                        help="journal: the incident to print (default: the open or latest one)")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="print in this language (default: the plan's language)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print, then say where the PDF went."""
    options = PrintOptions(page_size=args.page_size, redacted=args.redacted,
                           incident_id=args.incident, language=args.lang)
    started = time.perf_counter()
    with open_plan(args, look=True) as plan:
        written = print_document(plan, args.kind, args.output, options)
    print(f"{written}: {args.kind} printed in {time.perf_counter() - started:.1f} s")
    return 0
