"""Contacts.list(order_by=...): the sort the contacts table asks the service for."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.plan import Plan


def test_contacts_sort_by_each_key_both_ways(plan: Plan) -> None:
    plan.contacts.add("Bruno", group="press", organisation="Ouest-France",
                      phones={"mobile": "06 12 34 56 78"}, last_verified="2026-01-02")
    plan.contacts.add("anne", group="crisis_cell", organisation="Zeta")
    plan.contacts.add("Chloé", group="legal", organisation="", last_verified="2025-05-01")
    names = lambda **kw: [c.name for c in plan.contacts.list(**kw)]  # noqa: E731
    assert names() == ["anne", "Bruno", "Chloé"]
    assert names(descending=True) == ["Chloé", "Bruno", "anne"]
    assert names(order_by="organisation") == ["Chloé", "Bruno", "anne"]
    assert names(order_by="group") == ["anne", "Chloé", "Bruno"]
    assert names(order_by="last_verified", descending=True) == ["Bruno", "Chloé", "anne"]
    assert names(order_by="phone", limit=1) == ["Bruno"]
    assert names(order_by="name", limit=1, offset=1) == ["Bruno"]


def test_an_unknown_sort_key_is_refused(plan: Plan) -> None:
    with pytest.raises(ValidationError) as refused:
        plan.contacts.list(order_by="name; DROP TABLE contacts")
    assert refused.value.reason == "unknown_choice"


def test_names_sort_as_a_french_reader_sorts_them_accent_blind(plan: Plan) -> None:
    for name in ("Zoé", "Éric", "eva", "Emma", "Élodie"):
        plan.contacts.add(name, group="crisis_cell", organisation=name)
    names = lambda **kw: [c.name for c in plan.contacts.list(**kw)]  # noqa: E731
    assert names() == ["Élodie", "Emma", "Éric", "eva", "Zoé"]
    assert names(order_by="organisation") == ["Élodie", "Emma", "Éric", "eva", "Zoé"]
    assert names(descending=True) == ["Zoé", "eva", "Éric", "Emma", "Élodie"]
