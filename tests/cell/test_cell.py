"""The crisis cell: roles with a holder and a deputy, and the call tree."""

from __future__ import annotations

import pytest

from app.errors import RecordNotFound, ValidationError
from app.plan import Plan
from app.vocabulary import CELL_ROLES


@pytest.fixture
def people(plan: Plan) -> dict[str, str]:
    """Six members of the cell; first name → contact id."""
    return {
        name: plan.contacts.add(f"{name} Martin", group="crisis_cell").id
        for name in ("Hélène", "Paul", "Marie", "Luc", "Nadia", "Omar")
    }


def test_a_role_has_a_holder_and_a_deputy(plan: Plan, people: dict[str, str]) -> None:
    role = plan.cell.assign_role("crisis_director", holder_id=people["Hélène"],
                                 deputy_id=people["Paul"], duties="Décide du niveau de crise")
    assert (role.code, role.holder_id, role.deputy_id, role.duties) == (
        "crisis_director", people["Hélène"], people["Paul"], "Décide du niveau de crise")
    assert plan.cell.roles_of(people["Hélène"]) == [("crisis_director", "holder")]
    assert plan.cell.roles_of(people["Paul"]) == [("crisis_director", "deputy")]
    assert plan.cell.roles_of(people["Omar"]) == []


def test_reassigning_a_role_replaces_its_holder(plan: Plan, people: dict[str, str]) -> None:
    first = plan.cell.assign_role("communication", holder_id=people["Marie"])
    second = plan.cell.assign_role("communication", holder_id=people["Luc"],
                                   deputy_id=people["Marie"])
    assert second.id == first.id
    assert [(r.code, r.holder_id, r.deputy_id) for r in plan.cell.roles()] == [
        ("communication", people["Luc"], people["Marie"])]


def test_roles_come_in_the_usual_order(plan: Plan, people: dict[str, str]) -> None:
    for code in reversed(CELL_ROLES):
        plan.cell.assign_role(code, holder_id=people["Paul"])
    assert [r.code for r in plan.cell.roles()] == list(CELL_ROLES)
    assert plan.cell.roles()[0].code == "crisis_director"


def test_the_same_person_cannot_be_holder_and_deputy(plan: Plan, people: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        plan.cell.assign_role("legal", holder_id=people["Paul"], deputy_id=people["Paul"])
    assert (caught.value.field, caught.value.reason) == ("deputy_id", "same_as_holder")
    assert plan.cell.roles() == []


def test_an_unknown_role_or_person_is_refused(plan: Plan, people: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        plan.cell.assign_role("mascot", holder_id=people["Paul"])
    with pytest.raises(RecordNotFound):
        plan.cell.assign_role("legal", holder_id="no-such-contact")
    plan.contacts.delete(people["Omar"])
    with pytest.raises(RecordNotFound):
        plan.cell.assign_role("legal", holder_id=people["Paul"], deputy_id=people["Omar"])
    assert plan.cell.roles() == []


def tree_shape(plan: Plan, people: dict[str, str]) -> list[tuple[int, str]]:
    """The call tree as (depth, first name), in calling order."""
    first_names = {contact_id: name for name, contact_id in people.items()}
    return [(depth, first_names[node.contact_id]) for depth, node in plan.cell.call_tree().walk()]


def test_call_tree_nests_and_keeps_the_calling_order(plan: Plan, people: dict[str, str]) -> None:
    p = people
    plan.cell.add_call(None, p["Hélène"])
    plan.cell.add_call(None, p["Paul"])
    plan.cell.add_call(p["Hélène"], p["Marie"])
    plan.cell.add_call(p["Hélène"], p["Luc"])
    plan.cell.add_call(p["Marie"], p["Nadia"])
    plan.cell.add_call(p["Paul"], p["Omar"])
    assert tree_shape(plan, p) == [
        (0, "Hélène"), (1, "Marie"), (2, "Nadia"), (1, "Luc"), (0, "Paul"), (1, "Omar")]
    roots = plan.cell.call_tree().roots
    assert [n.position for n in roots] == [1, 2]
    assert [n.position for n in roots[0].calls] == [1, 2]


def test_an_explicit_position_puts_a_call_first(plan: Plan, people: dict[str, str]) -> None:
    plan.cell.add_call(None, people["Hélène"], position=2)
    plan.cell.add_call(None, people["Paul"], position=1)
    assert tree_shape(plan, people) == [(0, "Paul"), (0, "Hélène")]


def test_someone_already_called_cannot_be_called_again(plan: Plan,
                                                       people: dict[str, str]) -> None:
    plan.cell.add_call(None, people["Hélène"])
    plan.cell.add_call(people["Hélène"], people["Marie"])
    with pytest.raises(ValidationError) as caught:
        plan.cell.add_call(None, people["Marie"])
    assert (caught.value.field, caught.value.reason) == ("callee_id", "already_called")
    assert len(plan.cell.links()) == 2


def test_a_call_that_would_loop_is_refused(plan: Plan, people: dict[str, str]) -> None:
    plan.cell.add_call(people["Hélène"], people["Marie"])
    plan.cell.add_call(people["Marie"], people["Nadia"])
    with pytest.raises(ValidationError) as caught:
        plan.cell.add_call(people["Nadia"], people["Hélène"])  # Hélène is above Nadia
    assert (caught.value.field, caught.value.reason) == ("callee_id", "cycle")
    with pytest.raises(ValidationError) as caught:
        plan.cell.add_call(people["Nadia"], people["Nadia"])
    assert caught.value.reason == "cycle"
    assert len(plan.cell.links()) == 2


def test_a_call_to_an_unknown_contact_is_refused(plan: Plan, people: dict[str, str]) -> None:
    with pytest.raises(RecordNotFound):
        plan.cell.add_call(None, "no-such-contact")
    with pytest.raises(RecordNotFound):
        plan.cell.add_call("no-such-contact", people["Paul"])
    assert plan.cell.links() == []


def test_removing_a_call_moves_its_callees_up(plan: Plan, people: dict[str, str]) -> None:
    p = people
    plan.cell.add_call(None, p["Hélène"])
    middle = plan.cell.add_call(p["Hélène"], p["Marie"])
    plan.cell.add_call(p["Marie"], p["Nadia"])
    plan.cell.add_call(p["Marie"], p["Omar"])
    plan.cell.remove_call(middle.id)
    shape = tree_shape(plan, p)
    assert shape[0] == (0, "Hélène")
    assert sorted(shape[1:]) == [(1, "Nadia"), (1, "Omar")]
    assert "Marie" not in [name for _, name in shape]
    # Marie can now be called again, from anywhere.
    plan.cell.add_call(None, p["Marie"])
    with pytest.raises(RecordNotFound):
        plan.cell.remove_call(middle.id)


def test_a_deleted_contact_drops_out_of_the_call_tree(plan: Plan, people: dict[str, str]) -> None:
    plan.cell.add_call(None, people["Hélène"])
    plan.cell.add_call(None, people["Paul"])
    plan.contacts.delete(people["Paul"])
    assert tree_shape(plan, people) == [(0, "Hélène")]


# --- a cell set up from nothing ------------------------------------------------------------
def test_standard_roles_start_present_and_vacant(plan: Plan) -> None:
    plan.cell.add_standard_roles()
    plan.cell.add_standard_roles()  # once each, however often asked
    roles = plan.cell.roles()
    assert [r.code for r in roles] == list(CELL_ROLES)
    assert all(r.holder_id is None and r.deputy_id is None for r in roles)


def test_assign_by_id_then_clear(plan: Plan, people: dict[str, str]) -> None:
    role = plan.cell.add_standard_roles()[0]
    plan.cell.assign(role.id, holder_id=people["Hélène"], deputy_id=people["Paul"])
    assert (plan.cell.role(role.id).holder_id, plan.cell.role(role.id).deputy_id) == (
        people["Hélène"], people["Paul"])
    cleared = plan.cell.assign(role.id, holder_id=None, deputy_id=None)
    assert (cleared.holder_id, cleared.deputy_id) == (None, None)
    assert plan.cell.roles_of(people["Hélène"]) == []


def test_a_deleted_contact_cannot_be_chosen(plan: Plan, people: dict[str, str]) -> None:
    role = plan.cell.add_standard_roles()[1]
    plan.contacts.delete(people["Omar"])
    with pytest.raises(RecordNotFound):
        plan.cell.assign(role.id, holder_id=people["Omar"])
    assert plan.cell.role(role.id).holder_id is None


def test_set_member_hands_a_place_over(plan: Plan, people: dict[str, str]) -> None:
    role = plan.cell.add_standard_roles()[2]
    plan.cell.assign(role.id, holder_id=people["Luc"], deputy_id=people["Nadia"])
    plan.cell.set_member(role.id, people["Nadia"], "holder")  # the deputy steps up
    assert (plan.cell.role(role.id).holder_id, plan.cell.role(role.id).deputy_id) == (
        people["Nadia"], None)
    plan.cell.set_member(role.id, people["Luc"], "deputy")
    plan.cell.set_member(role.id, people["Nadia"], None)
    assert (plan.cell.role(role.id).holder_id, plan.cell.role(role.id).deputy_id) == (
        None, people["Luc"])
    with pytest.raises(ValidationError):
        plan.cell.set_member(role.id, people["Luc"], "boss")


def test_a_custom_role_is_added_renamed_and_removed(plan: Plan, people: dict[str, str]) -> None:
    plan.cell.add_standard_roles()
    spokesperson = plan.cell.add_role("Porte-parole")
    assert spokesperson.custom_name == "Porte-parole"
    assert plan.cell.roles()[-1].id == spokesperson.id  # after the standard ones
    plan.cell.assign(spokesperson.id, holder_id=people["Marie"])
    renamed = plan.cell.rename_role(spokesperson.id, "Porte-parole presse")
    assert (renamed.id, renamed.custom_name, renamed.holder_id) == (
        spokesperson.id, "Porte-parole presse", people["Marie"])
    plan.cell.remove_role(spokesperson.id)
    assert [r.code for r in plan.cell.roles()] == list(CELL_ROLES)


def test_custom_role_names_are_checked(plan: Plan) -> None:
    roles = plan.cell.add_standard_roles()
    plan.cell.add_role("Logistique")
    for name, reason in (("logistique", "role_name_taken"), ("Directeur de crise",
                         "role_name_taken"), ("IT", "role_name_taken"), ("", "required"),
                         ("a:b", "colon_in_role_name")):
        with pytest.raises(ValidationError) as caught:
            plan.cell.add_role(name)
        assert caught.value.reason == reason, name
    with pytest.raises(ValidationError) as caught:
        plan.cell.remove_role(roles[0].id)
    assert caught.value.reason == "standard_role"
    with pytest.raises(ValidationError):
        plan.cell.rename_role(roles[0].id, "Chef")
    assert len(plan.cell.roles()) == len(CELL_ROLES) + 1


def test_an_explicit_position_inserts_and_moves_the_others_down(
        plan: Plan, people: dict[str, str]) -> None:
    p = people
    for name in ("Hélène", "Paul", "Marie"):
        plan.cell.add_call(None, p[name])
    plan.cell.add_call(None, p["Luc"], position=2)
    assert tree_shape(plan, p) == [(0, "Hélène"), (0, "Luc"), (0, "Paul"), (0, "Marie")]
    assert [n.position for n in plan.cell.call_tree().roots] == [1, 2, 3, 4]
    with pytest.raises(ValidationError):
        plan.cell.add_call(None, p["Omar"], position=0)


def test_move_up_and_down_keep_the_calling_order_whole(plan: Plan,
                                                        people: dict[str, str]) -> None:
    p = people
    links = {name: plan.cell.add_call(None, p[name]) for name in ("Hélène", "Paul", "Marie")}
    plan.cell.move_up(links["Marie"].id)
    assert tree_shape(plan, p) == [(0, "Hélène"), (0, "Marie"), (0, "Paul")]
    plan.cell.move_up(links["Marie"].id)
    plan.cell.move_up(links["Marie"].id)  # already first: stays first
    assert tree_shape(plan, p) == [(0, "Marie"), (0, "Hélène"), (0, "Paul")]
    plan.cell.move_down(links["Hélène"].id)
    assert tree_shape(plan, p) == [(0, "Marie"), (0, "Paul"), (0, "Hélène")]
    assert [n.position for n in plan.cell.call_tree().roots] == [1, 2, 3]


def test_re_parenting_moves_a_whole_branch(plan: Plan, people: dict[str, str]) -> None:
    p = people
    plan.cell.add_call(None, p["Hélène"])
    plan.cell.add_call(None, p["Paul"])
    marie = plan.cell.add_call(p["Hélène"], p["Marie"])
    plan.cell.add_call(p["Marie"], p["Nadia"])
    plan.cell.add_call(p["Paul"], p["Omar"])
    plan.cell.move_call(marie.id, caller_id=p["Paul"], position=1)
    assert tree_shape(plan, p) == [
        (0, "Hélène"), (0, "Paul"), (1, "Marie"), (2, "Nadia"), (1, "Omar")]
    with pytest.raises(ValidationError) as caught:  # under her own callee: a loop
        plan.cell.move_call(marie.id, caller_id=p["Nadia"])
    assert caught.value.reason == "cycle"
    assert tree_shape(plan, p)[2] == (1, "Marie")
    plan.cell.move_call(marie.id, caller_id=None)
    assert tree_shape(plan, p)[-2:] == [(0, "Marie"), (1, "Nadia")]


def test_removing_a_call_puts_its_callees_in_its_place(plan: Plan,
                                                       people: dict[str, str]) -> None:
    p = people
    plan.cell.add_call(None, p["Hélène"])
    plan.cell.add_call(p["Hélène"], p["Paul"])
    marie = plan.cell.add_call(p["Hélène"], p["Marie"])
    plan.cell.add_call(p["Hélène"], p["Luc"])
    plan.cell.add_call(p["Marie"], p["Nadia"])
    plan.cell.add_call(p["Marie"], p["Omar"])
    plan.cell.remove_call(marie.id)
    assert tree_shape(plan, p) == [
        (0, "Hélène"), (1, "Paul"), (1, "Nadia"), (1, "Omar"), (1, "Luc")]
    assert [n.position for n in plan.cell.call_tree().roots[0].calls] == [1, 2, 3, 4]
