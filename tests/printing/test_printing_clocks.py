"""The journal report prints the incident's regulatory deadlines, read back with pypdf."""

from __future__ import annotations

from pathlib import Path

from app.plan import Plan
from app.printing import print_document
from tests.printing_support import all_text

OPENED = "2026-01-10T02:00:00.000Z"


def flat(text: str) -> str:
    return " ".join(text.split())


def _incident(plan: Plan, language_en: bool = False) -> str:
    risk = plan.risks.add(
        "Fuite de données", category="cyber", likelihood=3, impact=5,
        regulatory_clocks=[{"title": "RGPD art. 33 — notifier la CNIL", "hours": 72},
                           {"title": "NIS2 — alerte précoce", "hours": 24},
                           {"title": "NIS2 — rapport final", "hours": 720}])
    incident = plan.incidents.open("Fuite présumée", author="Hélène", risk_id=risk.id,
                                   opened_at=OPENED)
    aware = plan.journal.append(incident.id, "Exfiltration confirmée", author="Hélène",
                                occurred_at="2026-01-10T05:00:00.000Z")
    gdpr, early, final = plan.incidents.clocks.list(incident.id)
    plan.incidents.clocks.start_from_entry(gdpr.id, aware.id, author="Hélène")
    plan.incidents.clocks.mark_done(gdpr.id, author="Hélène", done_at="2026-01-11T09:00:00Z")
    del early, final  # the early warning is long overdue; the final report too
    return incident.id


def test_the_report_lists_each_clock_with_its_state_in_words(plan: Plan, tmp_path: Path) -> None:
    _incident(plan)
    text = flat(all_text(print_document(plan, "journal", tmp_path / "j.pdf")))
    assert "Délais réglementaires" in text
    assert text.index("Délais réglementaires") < text.index("Entrées (")
    assert "RGPD art. 33 — notifier la CNIL" in text and "72 h" in text
    assert "(entrée n° 2)" in text  # counted from the entry that said when it was known
    assert "Respecté le" in text
    assert "NIS2 — alerte précoce" in text and "(ouverture)" in text
    assert text.count("⚠ DÉPASSÉ de") == 2 and "1 mois" in text


def test_a_closed_incident_says_not_met_and_english_words(tmp_path: Path) -> None:
    plan = Plan.create(tmp_path / "en.crisiscell", organisation="Cannery", language="en")
    try:
        incident_id = _incident(plan)
        plan.incidents.close(incident_id, author="Hélène")
        text = flat(all_text(print_document(plan, "journal", tmp_path / "j.pdf")))
        assert "Regulatory deadlines" in text and "Met on" in text
        assert text.count("⚠ Not met at closing") == 2 and "1 month" in text
        assert "(entry no. 2)" in text and "(opening)" in text
    finally:
        plan.close()


def test_no_clock_no_section(plan: Plan, tmp_path: Path) -> None:
    plan.incidents.open("Sans risque", author="Hélène")
    text = flat(all_text(print_document(plan, "journal", tmp_path / "j.pdf")))
    assert "Délais réglementaires" not in text
