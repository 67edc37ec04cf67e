"""`crisiscell cell …`: the cell's roles and call tree from the command line.

    cell show [--json]                       roles with holder and deputy, the call tree
    cell assign ROLE --holder C [--deputy C | --no-deputy] | --clear
    cell call CALLER CALLEE [--order N]      CALLER "-": whoever raises the alert
    cell uncall CALLEE                       the people CALLEE called move up to its caller
    cell move CALLEE CALLER [--order N]      re-parent, or reorder under the same caller
    cell add-role NAME | rename-role ROLE NAME | remove-role ROLE

A contact is named by id or by a name only it has (app/cli/naming.py); a role by its key
or its name in either language. Each write is one transaction and prints what it committed.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cell.contacts import Contact
from app.cell.roles import CallTreeNode, CellRole
from app.cli.common import CommandFailed, add_plan_option, open_plan
from app.cli.naming import ALERT_CALLER, find_contact, find_role, role_name
from app.errors import RecordNotFound, ValidationError
from app.plan import Plan


def register(subcommands: argparse._SubParsersAction) -> None:
    """Add the sub-command and its own sub-commands."""
    parser = subcommands.add_parser(
        "cell", help="the cell: roles, holders and deputies, the call tree")
    actions = parser.add_subparsers(dest="cell_command", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="print the roles and the call tree")
    show.add_argument("--json", action="store_true", help="as JSON")
    add_plan_option(show)
    show.set_defaults(run=run_show)

    assign = actions.add_parser("assign", help="set a role's holder and deputy")
    assign.add_argument("role", help="role key (crisis_director) or name, either language")
    assign.add_argument("--holder", default=None, metavar="CONTACT", help="id or name")
    deputy = assign.add_mutually_exclusive_group()
    deputy.add_argument("--deputy", default=None, metavar="CONTACT",
                        help="id or name (default: the deputy stays, unless now holder)")
    deputy.add_argument("--no-deputy", action="store_true", help="leave the deputy vacant")
    assign.add_argument("--clear", action="store_true", help="leave the role vacant")
    add_plan_option(assign)
    assign.set_defaults(run=run_assign)

    call = actions.add_parser("call", help="add a call to the call tree")
    call.add_argument("caller", help=f"who calls: a contact, or {ALERT_CALLER!r} for whoever "
                                     "raises the alert (the first calls)")
    call.add_argument("callee", help="who is called")
    call.add_argument("--order", type=int, default=None, metavar="N",
                      help="place in the caller's list, 1 = first (default: last)")
    add_plan_option(call)
    call.set_defaults(run=run_call)

    uncall = actions.add_parser(
        "uncall", help="take a call out (the people the callee called move up to its caller)")
    uncall.add_argument("callee", help="who is no longer called")
    add_plan_option(uncall)
    uncall.set_defaults(run=run_uncall)

    move = actions.add_parser("move", help="have someone else call CALLEE, or change its order")
    move.add_argument("callee", help="who is called")
    move.add_argument("caller", help=f"who now calls them ({ALERT_CALLER!r}: whoever raises "
                                     "the alert)")
    move.add_argument("--order", type=int, default=None, metavar="N",
                      help="place in the caller's list, 1 = first (default: last)")
    add_plan_option(move)
    move.set_defaults(run=run_move)

    add_role = actions.add_parser("add-role", help="add a role of the plan's own")
    add_role.add_argument("name", help="the role's name, e.g. Porte-parole")
    add_plan_option(add_role)
    add_role.set_defaults(run=run_add_role)

    rename = actions.add_parser("rename-role", help="rename a role the plan added")
    rename.add_argument("role", help="the role's name or id")
    rename.add_argument("name", help="its new name")
    add_plan_option(rename)
    rename.set_defaults(run=run_rename_role)

    remove = actions.add_parser("remove-role", help="remove a role the plan added")
    remove.add_argument("role", help="the role's name or id")
    add_plan_option(remove)
    remove.set_defaults(run=run_remove_role)


# --- wording -------------------------------------------------------------------------------
def _name(plan: Plan, contact_id: str | None) -> str:
    if not contact_id:
        return "vacant"
    try:
        return plan.contacts.get(contact_id).name
    except RecordNotFound:
        return "vacant"


def _refused(plan: Plan, error: ValidationError) -> CommandFailed:
    """The cell's refusals in the cell's words (names, not ids)."""
    who = _name(plan, error.value) if isinstance(error.value, str) else str(error.value)
    sentences = {
        "same_as_holder": f"{who} cannot be both holder and deputy of a role; nothing was "
                          "changed",
        "cycle": f"{who} is already above the caller in the call tree: that call would make "
                 "a loop; nothing was changed",
        "already_called": f"{who} is already called in the call tree; use 'crisiscell cell "
                          "move' to change who calls them; nothing was changed",
        "role_name_taken": f"a role named {error.value!r} already exists",
        "standard_role": "the standard roles cannot be renamed or removed (they may stay "
                         "vacant)",
        "colon_in_role_name": f"a role's name cannot hold ':' ({error.value!r})",
    }
    if error.reason in sentences:
        return CommandFailed(sentences[error.reason])
    from app.cli.common import describe_error

    return CommandFailed(describe_error(error))


def _role_line(plan: Plan, role: CellRole, language: str) -> str:
    return (f"{role_name(role, language)}: holder {_name(plan, role.holder_id)}, "
            f"deputy {_name(plan, role.deputy_id)}")


def _say_call(caller: Contact | None, callee: Contact, position: int) -> None:
    print(f"{caller.name if caller else 'first calls'} → {callee.name} (call {position})")


def _caller(plan: Plan, word: str) -> Contact | None:
    return None if word.strip() == ALERT_CALLER else find_contact(plan, word)


# --- show ----------------------------------------------------------------------------------
def _person(plan: Plan, contact_id: str | None) -> dict[str, Any] | None:
    if not contact_id:
        return None
    try:
        contact = plan.contacts.get(contact_id)
    except RecordNotFound:
        return None
    return {"id": contact.id, "name": contact.name, "function": contact.function,
            "phones": contact.phones, "email": contact.email}


def cell_as_dict(plan: Plan) -> dict[str, Any]:
    """The roles and the call tree as plain data (what `cell show --json` prints)."""
    language = plan.info.get().language

    def node(n: CallTreeNode) -> dict[str, Any]:
        return {"order": n.position, "link_id": n.link_id,
                "contact": _person(plan, n.contact_id), "calls": [node(c) for c in n.calls]}

    return {
        "organisation": plan.info.get().organisation,
        "language": language,
        "roles": [{"id": r.id, "key": r.code, "name": role_name(r, language),
                   "custom": r.custom_name is not None, "duties": r.duties,
                   "holder": _person(plan, r.holder_id), "deputy": _person(plan, r.deputy_id)}
                  for r in plan.cell.roles()],
        "call_tree": [node(n) for n in plan.cell.call_tree().roots],
    }


def run_show(args: argparse.Namespace) -> int:
    """Print the cell (read only: nothing is written)."""
    with open_plan(args) as plan:
        data = cell_as_dict(plan)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{data['organisation']}: roles")
    for role in data["roles"]:
        holder = role["holder"]["name"] if role["holder"] else "vacant"
        deputy = role["deputy"]["name"] if role["deputy"] else "vacant"
        print(f"  {role['name']}: holder {holder}, deputy {deputy}")
    print("call tree (whoever raises the alert calls, in order):")

    def show(nodes: list[dict[str, Any]], depth: int) -> None:
        for n in nodes:
            print(f"  {'    ' * depth}{n['order']}. {n['contact']['name']}")
            show(n["calls"], depth + 1)

    show(data["call_tree"], 0)
    if not data["call_tree"]:
        print("  (empty: add calls with crisiscell cell call CALLER CALLEE)")
    return 0


# --- writes --------------------------------------------------------------------------------
def run_assign(args: argparse.Namespace) -> int:
    """Set the role's holder and deputy, or clear them."""
    if args.clear and (args.holder or args.deputy or args.no_deputy):
        raise CommandFailed("--clear leaves the role vacant: give it without --holder/--deputy")
    if not args.clear and args.holder is None:
        raise CommandFailed("say who holds the role: --holder CONTACT (or --clear)")
    with open_plan(args) as plan:
        role = find_role(plan, args.role)
        if args.clear:
            holder_id = deputy_id = None
        else:
            holder_id = find_contact(plan, args.holder).id
            if args.deputy is not None:
                deputy_id = find_contact(plan, args.deputy).id
            elif args.no_deputy or role.deputy_id == holder_id:
                deputy_id = None
            else:
                deputy_id = role.deputy_id
        try:
            role = plan.cell.assign(role.id, holder_id=holder_id, deputy_id=deputy_id)
        except ValidationError as error:
            raise _refused(plan, error) from None
        print(_role_line(plan, role, plan.info.get().language))
    return 0


def run_call(args: argparse.Namespace) -> int:
    """Add CALLER → CALLEE to the call tree."""
    with open_plan(args) as plan:
        caller, callee = _caller(plan, args.caller), find_contact(plan, args.callee)
        try:
            link = plan.cell.add_call(caller.id if caller else None, callee.id,
                                      position=args.order)
        except ValidationError as error:
            raise _refused(plan, error) from None
        _say_call(caller, callee, link.position)
    return 0


def run_uncall(args: argparse.Namespace) -> int:
    """Take the call reaching CALLEE out of the tree."""
    with open_plan(args) as plan:
        callee = find_contact(plan, args.callee)
        link = plan.cell.link_to(callee.id)
        if link is None:
            raise CommandFailed(f"{callee.name} is not in the call tree; nothing was changed")
        plan.cell.remove_call(link.id)
        caller = _name(plan, link.caller_id) if link.caller_id else "whoever raises the alert"
        print(f"{callee.name} is no longer called by {caller}")
    return 0


def run_move(args: argparse.Namespace) -> int:
    """Have CALLER call CALLEE (with those CALLEE calls), at --order."""
    with open_plan(args) as plan:
        callee, caller = find_contact(plan, args.callee), _caller(plan, args.caller)
        link = plan.cell.link_to(callee.id)
        if link is None:
            raise CommandFailed(f"{callee.name} is not in the call tree yet; add the call "
                                "with: crisiscell cell call CALLER CALLEE")
        try:
            link = plan.cell.move_call(link.id, caller_id=caller.id if caller else None,
                                       position=args.order)
        except ValidationError as error:
            raise _refused(plan, error) from None
        _say_call(caller, callee, link.position)
    return 0


def run_add_role(args: argparse.Namespace) -> int:
    """Add a role of the plan's own, vacant."""
    with open_plan(args) as plan:
        try:
            role = plan.cell.add_role(args.name)
        except ValidationError as error:
            raise _refused(plan, error) from None
        print(f"role added: {role.custom_name} (vacant)")
    return 0


def run_rename_role(args: argparse.Namespace) -> int:
    """Rename a role the plan added."""
    with open_plan(args) as plan:
        role = find_role(plan, args.role)
        try:
            renamed = plan.cell.rename_role(role.id, args.name)
        except ValidationError as error:
            raise _refused(plan, error) from None
        print(f"role renamed: {role.custom_name} → {renamed.custom_name}")
    return 0


def run_remove_role(args: argparse.Namespace) -> int:
    """Remove a role the plan added."""
    with open_plan(args) as plan:
        role = find_role(plan, args.role)
        try:
            plan.cell.remove_role(role.id)
        except ValidationError as error:
            raise _refused(plan, error) from None
        print(f"role removed: {role.custom_name}")
    return 0
