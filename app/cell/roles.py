"""The crisis cell itself: roles with a holder and a deputy, and the call tree."""

from __future__ import annotations

from dataclasses import dataclass, field

from app import validation
from app.errors import ValidationError
from app.incidents.search_text import fold
from app.store import Store, Topic
from app.vocabulary import CELL_ROLES, LANGUAGES

#: Code prefix of a role the plan adds itself: "custom:Porte-parole". The schema's roles
#: table has no name column, and a custom role's name is its identity for the cell anyway
#: (the row id stays the same through a rename).
CUSTOM_PREFIX = "custom:"
#: Standard roles sit at their CELL_ROLES index; custom ones after them, in order of creation.
_CUSTOM_POSITIONS = 100


def custom_role_name(code: str | None) -> str | None:
    """The name of a role the plan added itself (None for a standard role)."""
    if code and code.startswith(CUSTOM_PREFIX):
        return code[len(CUSTOM_PREFIX):]
    return None


def standard_role_names(code: str) -> tuple[str, ...]:
    """A standard role's printed names in every language ("Directeur de crise", "Crisis
    director"), the words a user may name it by."""
    from app.printing.words import code_name  # app.printing imports the plan, hence here

    return tuple(code_name("role", code, language) for language in LANGUAGES)


def _standard_words(code: str) -> tuple[str, ...]:
    return tuple(fold(name) for name in standard_role_names(code))


@dataclass(frozen=True)
class CellRole:
    """A role of the cell (crisis director, communication, …) and who holds it."""

    id: str
    code: str
    holder_id: str | None
    deputy_id: str | None
    duties: str
    position: int

    @property
    def custom_name(self) -> str | None:
        """The role's own name when the plan added it (None for a standard role)."""
        return custom_role_name(self.code)


@dataclass(frozen=True)
class CallTreeLink:
    """One call: `caller_id` (None: whoever raises the alert) calls `callee_id`, in `position`."""

    id: str
    caller_id: str | None
    callee_id: str
    position: int


@dataclass
class CallTreeNode:
    """A contact in the call tree with the calls they make, in order."""

    link_id: str
    contact_id: str
    position: int
    calls: list[CallTreeNode] = field(default_factory=list)


@dataclass(frozen=True)
class CallTree:
    """The whole call tree: the first calls (made by whoever raises the alert), nested."""

    roots: list[CallTreeNode]

    def walk(self) -> list[tuple[int, CallTreeNode]]:
        """Every node with its depth, in calling order (depth first)."""
        out: list[tuple[int, CallTreeNode]] = []

        def visit(nodes: list[CallTreeNode], depth: int) -> None:
            for node in nodes:
                out.append((depth, node))
                visit(node.calls, depth + 1)

        visit(self.roots, 0)
        return out


class Cell:
    """Assigns roles and maintains the call tree."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # --- roles -------------------------------------------------------------------------------
    def add_standard_roles(self) -> list[CellRole]:
        """Put every standard role not yet in the plan into it, unassigned (a new plan's start)."""
        with self._store.write():
            present = {r["code"] for r in self._store.query(
                "SELECT code FROM cell_roles WHERE deleted_at IS NULL")}
            for position, code in enumerate(CELL_ROLES):
                if code not in present:
                    self._store.insert("cell_roles", {"code": code, "position": position,
                                                      "duties": ""}, Topic.CELL)
        return self.roles()

    def assign_role(
        self,
        code: str,
        *,
        holder_id: str | None,
        deputy_id: str | None = None,
        duties: str | None = None,
    ) -> CellRole:
        """Set who holds and deputises a standard role by its code (creates it the first time)."""
        validation.choice("code", code, CELL_ROLES)
        with self._store.write():
            existing = self._store.scalar(
                "SELECT id FROM cell_roles WHERE code = ? AND deleted_at IS NULL", [code])
            if existing is None:
                existing = self._store.insert(
                    "cell_roles", {"code": code, "position": CELL_ROLES.index(code),
                                   "duties": ""}, Topic.CELL)
            return self.assign(existing, holder_id=holder_id, deputy_id=deputy_id,
                               duties=duties)

    def assign(
        self,
        role_id: str,
        *,
        holder_id: str | None,
        deputy_id: str | None = None,
        duties: str | None = None,
    ) -> CellRole:
        """Set (or clear, with None) a role's holder and deputy: two different live contacts.

        `duties` None keeps the role's duties as they are.
        """
        if holder_id and holder_id == deputy_id:
            raise ValidationError("deputy_id", "same_as_holder", deputy_id)
        values: dict[str, str | None] = {"holder_id": holder_id or None,
                                         "deputy_id": deputy_id or None}
        if duties is not None:
            values["duties"] = validation.text("duties", duties, required=False,
                                               multiline=True)
        with self._store.write():
            self._store.live_row("cell_roles", role_id)
            for field_name in ("holder_id", "deputy_id"):
                if (contact_id := values[field_name]) is not None:
                    self._store.live_row("contacts", contact_id)  # not a deleted one
            self._store.update("cell_roles", role_id, values, Topic.CELL)
        return self.role(role_id)

    def set_member(self, role_id: str, contact_id: str, place: str | None) -> CellRole:
        """Make a contact the role's "holder" or "deputy", or take them off it (None).

        Taking the other place hands over: a deputy made holder leaves the deputy's place empty.
        """
        if place is not None:
            validation.choice("place", place, ("holder", "deputy"))
        with self._store.write():
            role = self.role(role_id)
            holder, deputy = role.holder_id, role.deputy_id
            if holder == contact_id:
                holder = None
            if deputy == contact_id:
                deputy = None
            if place == "holder":
                holder = contact_id
            elif place == "deputy":
                deputy = contact_id
            if (holder, deputy) == (role.holder_id, role.deputy_id):
                return role
            return self.assign(role_id, holder_id=holder, deputy_id=deputy)

    def add_role(self, name: str, *, duties: str = "") -> CellRole:
        """Add a role of the plan's own (e.g. "Porte-parole"), unassigned, after the others."""
        name = self._new_name(name)
        with self._store.write():
            self._refuse_taken_name(name, None)
            position = max(_CUSTOM_POSITIONS - 1, int(self._store.scalar(
                "SELECT coalesce(max(position), 0) FROM cell_roles WHERE deleted_at IS NULL")))
            role_id = self._store.insert(
                "cell_roles", {"code": CUSTOM_PREFIX + name, "position": position + 1,
                               "duties": validation.text("duties", duties, required=False,
                                                          multiline=True)}, Topic.CELL)
        return self.role(role_id)

    def rename_role(self, role_id: str, name: str) -> CellRole:
        """Rename a role the plan added itself (a standard role's name is the vocabulary's)."""
        name = self._new_name(name)
        with self._store.write():
            self._refuse_standard(self.role(role_id))
            self._refuse_taken_name(name, role_id)
            self._store.update("cell_roles", role_id, {"code": CUSTOM_PREFIX + name}, Topic.CELL)
        return self.role(role_id)

    def remove_role(self, role_id: str) -> None:
        """Remove a role the plan added itself; the standard roles stay (they may stay vacant)."""
        with self._store.write():
            self._refuse_standard(self.role(role_id))
            self._store.soft_delete("cell_roles", role_id, Topic.CELL)

    @staticmethod
    def _new_name(name: str) -> str:
        name = validation.text("name", name, max_length=80)
        if ":" in name:
            # Kept out so that a name can never pass for a code (see CUSTOM_PREFIX).
            raise ValidationError("name", "colon_in_role_name", name)
        return name

    @staticmethod
    def _refuse_standard(role: CellRole) -> None:
        if role.custom_name is None:
            raise ValidationError("role", "standard_role", role.code)

    def _refuse_taken_name(self, name: str, role_id: str | None) -> None:
        folded = fold(name)
        for role in self.roles():
            if role.id != role_id and role.custom_name is not None \
                    and fold(role.custom_name) == folded:
                raise ValidationError("name", "role_name_taken", name)
            if role.custom_name is None and folded in (fold(role.code), *_standard_words(
                    role.code)):
                raise ValidationError("name", "role_name_taken", name)

    def role(self, role_id: str) -> CellRole:
        """A live role by id."""
        row = self._store.live_row("cell_roles", role_id)
        return CellRole(row["id"], row["code"], row["holder_id"], row["deputy_id"],
                        row["duties"] or "", row["position"])

    def roles(self) -> list[CellRole]:
        """Every role of the cell, in the usual order (director first, the plan's own last)."""
        rows = self._store.query(
            "SELECT id, code, holder_id, deputy_id, duties, position FROM cell_roles "
            "WHERE deleted_at IS NULL ORDER BY position, code")
        return [CellRole(r["id"], r["code"], r["holder_id"], r["deputy_id"], r["duties"] or "",
                         r["position"]) for r in rows]

    def roles_of(self, contact_id: str) -> list[tuple[str, str]]:
        """(role code, "holder" | "deputy") for each role the contact has."""
        out = []
        for role in self.roles():
            if role.holder_id == contact_id:
                out.append((role.code, "holder"))
            if role.deputy_id == contact_id:
                out.append((role.code, "deputy"))
        return out

    # --- call tree ---------------------------------------------------------------------------
    def add_call(
        self, caller_id: str | None, callee_id: str, *, position: int | None = None
    ) -> CallTreeLink:
        """Add a call to the tree: at the end of the caller's list, or at `position` (1 = first;
        the calls from there on move down one). A loop or a person called twice is refused."""
        if position is not None:
            position = validation.integer("position", position, range(1, 1000))
        with self._store.write():
            self._store.live_row("contacts", callee_id)
            if caller_id is not None:
                self._store.live_row("contacts", caller_id)
                self._refuse_cycle(caller_id, callee_id)
            if self._store.scalar(
                "SELECT 1 FROM call_tree_links WHERE callee_id = ? AND deleted_at IS NULL",
                [callee_id],
            ):
                raise ValidationError("callee_id", "already_called", callee_id)
            link_id = self._store.insert(
                "call_tree_links", {"caller_id": caller_id, "callee_id": callee_id,
                                    "position": 1000}, Topic.CALL_TREE)
            self._place(link_id, caller_id, position)
        return self._link(link_id)

    def move_call(
        self, link_id: str, *, caller_id: str | None, position: int | None = None
    ) -> CallTreeLink:
        """Re-parent a call: `caller_id` (None: whoever raises the alert) now makes it, at
        `position` (default: last). The callee keeps the calls they make."""
        if position is not None:
            position = validation.integer("position", position, range(1, 1000))
        with self._store.write():
            link = self._store.live_row("call_tree_links", link_id)
            if caller_id is not None:
                self._store.live_row("contacts", caller_id)
                self._refuse_cycle(caller_id, link["callee_id"])
            old_caller = link["caller_id"]
            self._store.update("call_tree_links", link_id, {"caller_id": caller_id},
                               Topic.CALL_TREE)
            if old_caller != caller_id:
                self._renumber([i for i in self._siblings(old_caller) if i != link_id])
            self._place(link_id, caller_id, position)
        return self._link(link_id)

    def move_up(self, link_id: str) -> CallTreeLink:
        """Make this call one place earlier in its caller's list (the first stays first)."""
        return self._shift(link_id, -1)

    def move_down(self, link_id: str) -> CallTreeLink:
        """Make this call one place later in its caller's list (the last stays last)."""
        return self._shift(link_id, +1)

    def _shift(self, link_id: str, delta: int) -> CallTreeLink:
        with self._store.write():
            link = self._store.live_row("call_tree_links", link_id)
            order = self._siblings(link["caller_id"])
            index = order.index(link_id)
            target = min(max(index + delta, 0), len(order) - 1)
            order.insert(target, order.pop(index))
            self._renumber(order)
        return self._link(link_id)

    def remove_call(self, link_id: str) -> None:
        """Take a call out of the tree; the people that callee was to call move up to its caller,
        in the removed call's place."""
        with self._store.write():
            link = self._store.live_row("call_tree_links", link_id)
            children = self._siblings(link["callee_id"])
            for child in children:
                self._store.update("call_tree_links", child, {"caller_id": link["caller_id"]},
                                   Topic.CALL_TREE)
            self._store.soft_delete("call_tree_links", link_id, Topic.CALL_TREE)
            order = self._siblings(link["caller_id"])
            # _siblings now holds the children too: put them where the removed call was.
            rest = [i for i in order if i not in children]
            at = sum(1 for i in rest if self._position(i) < link["position"])
            self._renumber(rest[:at] + children + rest[at:])

    def link_to(self, callee_id: str) -> CallTreeLink | None:
        """The call that reaches this contact (None when nobody calls them)."""
        row_id = self._store.scalar(
            "SELECT id FROM call_tree_links WHERE callee_id = ? AND deleted_at IS NULL",
            [callee_id])
        return self._link(row_id) if row_id else None

    def _refuse_cycle(self, caller_id: str, callee_id: str) -> None:
        if caller_id == callee_id or callee_id in self._callers_above(caller_id):
            raise ValidationError("callee_id", "cycle", callee_id)

    def _link(self, link_id: str) -> CallTreeLink:
        row = self._store.live_row("call_tree_links", link_id)
        return CallTreeLink(row["id"], row["caller_id"], row["callee_id"], row["position"])

    def _position(self, link_id: str) -> int:
        return int(self._store.scalar(
            "SELECT position FROM call_tree_links WHERE id = ?", [link_id]))

    def _siblings(self, caller_id: str | None) -> list[str]:
        """Ids of the caller's live calls, in calling order."""
        return [r["id"] for r in self._store.query(
            "SELECT id FROM call_tree_links WHERE caller_id IS ? AND deleted_at IS NULL "
            "ORDER BY position, id", [caller_id])]

    def _place(self, link_id: str, caller_id: str | None, position: int | None) -> None:
        """Put the call at `position` (1-based, clamped; None: last) among the caller's calls."""
        order = [i for i in self._siblings(caller_id) if i != link_id]
        at = len(order) if position is None else min(position - 1, len(order))
        order.insert(at, link_id)
        self._renumber(order)

    def _renumber(self, order: list[str]) -> None:
        """Positions 1, 2, 3… in this order (one caller's calls); rows in place stay untouched."""
        for position, row_id in enumerate(order, start=1):
            if self._position(row_id) != position:
                self._store.update("call_tree_links", row_id, {"position": position},
                                   Topic.CALL_TREE)

    def _callers_above(self, contact_id: str) -> set[str]:
        above: set[str] = set()
        current: str | None = contact_id
        while current is not None and current not in above:
            above.add(current)
            current = self._store.scalar(
                "SELECT caller_id FROM call_tree_links WHERE callee_id = ? AND deleted_at IS NULL",
                [current])
        return above

    def links(self) -> list[CallTreeLink]:
        """Every live call of the tree."""
        rows = self._store.query(
            "SELECT id, caller_id, callee_id, position FROM call_tree_links "
            "WHERE deleted_at IS NULL ORDER BY position, id")
        return [CallTreeLink(r["id"], r["caller_id"], r["callee_id"], r["position"]) for r in rows]

    def call_tree(self) -> CallTree:
        """The call tree, nested; calls to deleted contacts are left out."""
        live = {r["id"] for r in self._store.query(
            "SELECT id FROM contacts WHERE deleted_at IS NULL")}
        nodes: dict[str, CallTreeNode] = {}
        links = [link for link in self.links() if link.callee_id in live]
        for link in links:
            nodes[link.callee_id] = CallTreeNode(link.id, link.callee_id, link.position)
        roots: list[CallTreeNode] = []
        for link in links:
            parent = nodes.get(link.caller_id) if link.caller_id else None
            (parent.calls if parent else roots).append(nodes[link.callee_id])
        return CallTree(roots)
