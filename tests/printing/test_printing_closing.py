"""The printed journal (issue 9, 5 and 6): each information's current status and its history,
the closure, "Closed" instead of the last level, and the post-crisis review at the end."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from app.plan import Plan
from app.printing import print_document
from tests.printing_support import all_text, pages_text


def flat(text: str) -> str:
    """Text with every run of whitespace made one space (table cells wrap anywhere)."""
    return re.sub(r"\s+", " ", text)


def _incident(plan: Plan) -> tuple[str, str]:
    incident = plan.incidents.open("Fuite de données", author="Hélène", level="crise")
    rumour = plan.journal.append(incident.id, "Base clients sur un forum", kind="information",
                                 author="Paul")
    plan.journal.set_info_status(rumour.id, "verified", author="Léa", source="CERT")
    plan.journal.append(incident.id, "Tendance #fuite", kind="information", author="Paul")
    return incident.id, rumour.id


def test_information_prints_its_current_status_and_history(plan: Plan, tmp_path: Path) -> None:
    _incident(plan)
    text = flat(all_text(print_document(plan, "journal", tmp_path / "j.pdf")))
    first = text.index("Base clients sur un forum")
    assert text.index("Statut actuel : vérifiée", first) < text.index("Tendance #fuite")
    assert re.search(r"Historique : à vérifier \([^)]*, Paul\) → vérifiée \([^)]*, n° 3, Léa\)",
                     text)
    assert "(source : CERT)" in text
    # the information never checked prints as still to verify
    assert "Statut actuel : à vérifier" in text[text.index("Tendance #fuite"):]
    assert "en cours" in text and "Clôturé" not in text


def test_closed_journal_shows_closed_the_closure_and_the_review_last(
        plan: Plan, tmp_path: Path) -> None:
    incident_id, _ = _incident(plan)
    owner = plan.contacts.add("Zoë Œuvray", group="legal")
    plan.incidents.close(incident_id, author="Hélène", statement="Clients prévenus.")
    plan.review.record_review(incident_id, worked="Arbre d'appel en 12 min",
                              failed="Numéro du CERT périmé", changes="Revoir l'annuaire")
    plan.review.add_task("Mettre à jour l'annuaire", incident_id=incident_id,
                         owner_id=owner.id, review_date=date(2027, 1, 15))
    pages = pages_text(print_document(plan, "journal", tmp_path / "j.pdf"))
    text = flat(" ".join(pages))
    assert "Clôturé (dernier niveau : crise)" in text
    assert "Clôture Déclaration de clôture : Clients prévenus." not in text  # kind in its column
    assert "Déclaration de clôture : Clients prévenus." in text
    assert "Informations encore à vérifier à la clôture : 1." in text
    review = text.index("Retour d'expérience")
    assert review > text.index("Contrôle d'intégrité du journal")
    for words in ("Ce qui a fonctionné Arbre d'appel en 12 min",
                  "Ce qui n'a pas fonctionné Numéro du CERT périmé",
                  "Ce qu'il faut changer Revoir l'annuaire",
                  "Mettre à jour l'annuaire Zoë Œuvray 15/01/2027"):
        assert text.index(words, review) > review
    assert "Retour d'expérience" in flat(pages[-1])


def test_journal_in_english(tmp_path: Path) -> None:
    with Plan.create(tmp_path / "en.crisiscell", organisation="Test Ltd", language="en") as plan:
        incident_id, _ = _incident(plan)
        plan.incidents.close(incident_id, author="Hélène")
        text = flat(all_text(print_document(plan, "journal", tmp_path / "j.pdf")))
    assert "Closed (last level: crisis)" in text and "Current status: verified" in text
    assert "No post-crisis review written yet." in text
