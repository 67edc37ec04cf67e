"""Searching the whole plan at once: risks, contacts, messages and the journal."""

from __future__ import annotations

import pytest

from app.incidents.search import match_expression
from app.plan import Plan


@pytest.fixture
def filled(plan: Plan) -> dict[str, str]:
    risk = plan.risks.add("Contamination d'un lot", category="product", likelihood=2, impact=5,
                          description="Listeria détectée après expédition")
    contact = plan.contacts.add("Élodie Contamine", group="legal",
                                notes="Avocate spécialisée en sécurité alimentaire")
    gone = plan.contacts.add("Ancien contaminologue", group="partners")
    plan.contacts.delete(gone.id)
    message = plan.messages.add("Rappel de produit", audience="customers", channel="email",
                                body="Par précaution, nous rappelons le lot contaminé.")
    incident = plan.incidents.open("Alerte", author="Hélène")
    entry = plan.journal.append(incident.id, "Labo confirme la contamination", author="Paul")
    return {"risk": risk.id, "contact": contact.id, "message": message.id, "entry": entry.id,
            "gone": gone.id}


def test_one_search_finds_every_kind_in_order(plan: Plan, filled: dict[str, str]) -> None:
    hits = plan.search.search("contam")
    assert [(h.kind, h.id) for h in hits] == [
        ("risk", filled["risk"]), ("contact", filled["contact"]),
        ("message", filled["message"]), ("journal_entry", filled["entry"])]
    assert hits[0].title == "Contamination d'un lot"
    assert "[Contamine]" in hits[1].snippet  # the matching words are marked


def test_accents_and_case_are_ignored(plan: Plan, filled: dict[str, str]) -> None:
    assert [h.id for h in plan.search.search("ELODIE")] == [filled["contact"]]
    assert [h.id for h in plan.search.search("detectee")] == [filled["risk"]]
    assert [h.id for h in plan.search.search("précaution")] == [filled["message"]]


def test_deleted_records_are_not_found(plan: Plan, filled: dict[str, str]) -> None:
    assert filled["gone"] not in [h.id for h in plan.search.search("contaminologue")]
    plan.risks.delete(filled["risk"])
    assert "risk" not in {h.kind for h in plan.search.search("contam")}


def test_edits_are_searchable_at_once(plan: Plan, filled: dict[str, str]) -> None:
    plan.contacts.update(filled["contact"], name="Élodie Vasseur")
    assert plan.search.search("vasseur")[0].id == filled["contact"]
    assert filled["contact"] not in [h.id for h in plan.search.search("contamine")]


@pytest.mark.parametrize("query", ['"', "-", "*", "(", "NEAR(", "a OR", "'; DROP TABLE", ""])
def test_what_a_person_types_never_breaks_the_search(plan: Plan, filled: dict[str, str],
                                                     query: str) -> None:
    plan.search.search(query)  # no exception
    assert plan.contacts.count() == 1


def test_match_expression_quotes_every_word() -> None:
    assert match_expression('data-leak "foo') == '"data"* "leak"* "foo"*'
    assert match_expression("  ") == ""
