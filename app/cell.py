"""The crisis cell itself: roles with a holder and a deputy, and the call tree."""

from __future__ import annotations

from dataclasses import dataclass, field

from app import validation
from app.errors import ValidationError
from app.store import Store
from app.vocabulary import CELL_ROLES


@dataclass(frozen=True)
class CellRole:
    """A role of the cell (crisis director, communication, …) and who holds it."""

    id: str
    code: str
    holder_id: str | None
    deputy_id: str | None
    duties: str
    position: int


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
    def assign_role(
        self,
        code: str,
        *,
        holder_id: str | None,
        deputy_id: str | None = None,
        duties: str = "",
    ) -> CellRole:
        """Set who holds and deputises a role (creates the role the first time)."""
        validation.choice("code", code, CELL_ROLES)
        values = {
            "holder_id": holder_id,
            "deputy_id": deputy_id,
            "duties": validation.text("duties", duties, required=False, multiline=True),
        }
        if holder_id and holder_id == deputy_id:
            raise ValidationError("deputy_id", "same_as_holder", deputy_id)
        with self._store.write():
            for field_name in ("holder_id", "deputy_id"):
                if values[field_name] is not None:
                    self._store.live_row("contacts", values[field_name])
            existing = self._store.scalar(
                "SELECT id FROM cell_roles WHERE code = ? AND deleted_at IS NULL", [code])
            if existing:
                self._store.update("cell_roles", existing, values)
                role_id = existing
            else:
                values["code"] = code
                values["position"] = CELL_ROLES.index(code)
                role_id = self._store.insert("cell_roles", values)
        return self._role(role_id)

    def _role(self, role_id: str) -> CellRole:
        row = self._store.live_row("cell_roles", role_id)
        return CellRole(row["id"], row["code"], row["holder_id"], row["deputy_id"],
                        row["duties"] or "", row["position"])

    def roles(self) -> list[CellRole]:
        """Every role of the cell, in the usual order (director first)."""
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
        """Add a call to the tree (at the end of the caller's list unless `position` says)."""
        with self._store.write():
            self._store.live_row("contacts", callee_id)
            if caller_id is not None:
                self._store.live_row("contacts", caller_id)
                if caller_id == callee_id or callee_id in self._callers_above(caller_id):
                    raise ValidationError("callee_id", "cycle", callee_id)
            if self._store.scalar(
                "SELECT 1 FROM call_tree_links WHERE callee_id = ? AND deleted_at IS NULL",
                [callee_id],
            ):
                raise ValidationError("callee_id", "already_called", callee_id)
            if position is None:
                position = 1 + int(self._store.scalar(
                    "SELECT count(*) FROM call_tree_links WHERE caller_id IS ? "
                    "AND deleted_at IS NULL", [caller_id]))
            position = validation.integer("position", position, range(1, 1000))
            link_id = self._store.insert(
                "call_tree_links",
                {"caller_id": caller_id, "callee_id": callee_id, "position": position})
        return CallTreeLink(link_id, caller_id, callee_id, position)

    def remove_call(self, link_id: str) -> None:
        """Take a call out of the tree; the people that callee was to call move up to its caller."""
        with self._store.write():
            link = self._store.live_row("call_tree_links", link_id)
            for child in self._store.query(
                "SELECT id FROM call_tree_links WHERE caller_id = ? AND deleted_at IS NULL",
                [link["callee_id"]],
            ):
                self._store.update("call_tree_links", child["id"], {"caller_id": link["caller_id"]})
            self._store.soft_delete("call_tree_links", link_id)

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
