"""`crisiscell contacts add NAME …`: add a contact to the plan; prints its id."""

from __future__ import annotations

import argparse

from app.cli.common import add_plan_option, open_plan
from app.vocabulary import CONTACT_GROUPS


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command and its own sub-commands."""
    parser = subcommands.add_parser("contacts", help="the plan's contacts (add)")
    actions = parser.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a contact; prints its id")
    add.add_argument("name", help="the person's or organisation's name")
    add.add_argument("--function", default="", metavar="F", help="job title or role")
    add.add_argument("--organisation", default="", metavar="O", help="company, body")
    add.add_argument("--group", default="crisis_cell", metavar="G",
                     help=f"one of {', '.join(CONTACT_GROUPS)} (default crisis_cell)")
    add.add_argument("--mobile", default=None, metavar="N", help="mobile phone number")
    add.add_argument("--office", default=None, metavar="N", help="office phone number")
    add.add_argument("--email", default=None, metavar="E", help="e-mail address")
    add.add_argument("--organisation-contact", dest="kind", action="store_const",
                     const="organisation", default="person",
                     help="the contact is an organisation, not a person")
    add_plan_option(add)
    add.set_defaults(run=run_add)


def run_add(args: argparse.Namespace) -> int:
    """Add the contact (validated by the service: a bad number or group saves nothing)."""
    phones = {kind: number for kind, number in (("mobile", args.mobile),
                                                ("office", args.office)) if number}
    with open_plan(args) as plan:
        contact = plan.contacts.add(
            args.name, group=args.group, kind=args.kind, function=args.function,
            organisation=args.organisation, phones=phones, email=args.email)
    print(contact.id, flush=True)
    return 0
