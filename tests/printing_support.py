"""Shared by the printing tests: a plan with accented, Greek and Cyrillic names, and PDF reading."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from app import clock
from app.plan import Plan

NAMES = {
    "director": "Hélène Vasseur-Léger",
    "deputy": "Ольга Смирнова",
    "press": "Ωμέγα Παπαδόπουλος",
    "lawyer": "Zoë Œuvray",
}


@dataclass
class PlanFacts:
    """Ids the tests need back from the plan they print."""

    contacts: dict[str, str]
    incident_id: str
    corrected_entry_id: str


def fill_plan(plan: Plan) -> PlanFacts:
    """Contacts (one stale, one never verified, one foreign number), a role, a call tree, a
    risk with a checklist and a message, and an incident log with a correction."""
    add = plan.contacts.add
    today = clock.today().isoformat()
    director = add(NAMES["director"], group="crisis_cell", function="Directrice générale",
                   phones={"mobile": "06 12 34 56 78", "office": "01 44 55 66 77",
                           "home": "02 40 11 22 33"},
                   email="helene@exemple.fr", last_verified=today)
    deputy = add(NAMES["deputy"], group="crisis_cell", function="Directrice financière",
                 phones={"mobile": "06 98 76 54 32", "office": "01 44 55 66 78"},
                 email="olga@exemple.fr", last_verified="2020-01-01")
    press = add(NAMES["press"], group="press", organisation="Καθημερινή",
                phones={"mobile": "+30 691 234 5678"}, email="omega@exemple.gr",
                last_verified=today)
    lawyer = add(NAMES["lawyer"], group="legal", organisation="Cabinet Ærø & Associés",
                 phones={"office": "01 55 66 77 88"}, email="zoe@exemple.fr")
    plan.cell.assign_role("crisis_director", holder_id=director.id, deputy_id=deputy.id)
    plan.cell.add_call(None, director.id)
    plan.cell.add_call(director.id, deputy.id)
    plan.cell.add_call(deputy.id, press.id)
    risk = plan.risks.add("Fuite de données clients", category="data", likelihood=4, impact=5,
                          owner_id=director.id, checklist=["Isoler le serveur", "Prévenir la CNIL"],
                          warning_signals=[{"kind": "hashtag", "value": "#fuite"}],
                          next_review="2027-01-15")
    plan.messages.add("Communiqué initial", audience="media", channel="press_release",
                      body="Nous avons constaté un incident.", scenario_id=risk.id)
    incident = plan.incidents.open("Fuite présumée", author=NAMES["director"], level="alerte",
                                   is_exercise=True)
    first = plan.journal.append(incident.id, "Serveur SRV-02 chiffré", kind="observation",
                                author=NAMES["deputy"], occurred_at="2026-01-10T08:00:00Z")
    plan.journal.correct(first.id, "Serveur SRV-03 chiffré, pas SRV-02", author=NAMES["deputy"])
    plan.incidents.change_level(incident.id, "crise", author=NAMES["director"], reason="Presse")
    return PlanFacts(
        contacts={"director": director.id, "deputy": deputy.id, "press": press.id,
                  "lawyer": lawyer.id},
        incident_id=incident.id, corrected_entry_id=first.id)


def pages_text(path: Path) -> list[str]:
    """The text of each page of a PDF."""
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def all_text(path: Path) -> str:
    """The text of the whole PDF."""
    return "\n".join(pages_text(path))
