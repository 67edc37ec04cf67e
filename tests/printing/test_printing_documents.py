"""Printed documents read back with pypdf: names in every script, national numbers, every
contact once, page numbering, repeated table headers, redaction, the journal's chain check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.plan import Plan
from app.printing import DOCUMENTS, PrintOptions, print_document
from app.printing.layout import font_has
from tests.printing_support import NAMES, PlanFacts, all_text, fill_plan, pages_text


@pytest.fixture
def filled(plan: Plan) -> tuple[Plan, PlanFacts]:
    """The empty test plan, filled with the printing test data."""
    return plan, fill_plan(plan)


def flat(text: str) -> str:
    """Text with every run of whitespace made one space (table cells wrap anywhere)."""
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_every_document_has_the_common_furniture(
        filled: tuple[Plan, PlanFacts], tmp_path: Path, kind: str) -> None:
    plan, _ = filled
    output = print_document(plan, kind, tmp_path / f"{kind}.pdf")
    pages = pages_text(output)
    assert pages
    for number, text in enumerate(pages, start=1):
        assert "CONFIDENTIEL / CONFIDENTIAL" in text
        assert "Conserverie Test" in text
        assert f"Page {number} sur {len(pages)}" in text
        assert "Révision 1 du plan" in text
        assert "Imprimé le" in text
    width, height = PdfReader(str(output)).pages[0].mediabox.upper_right
    assert sorted((round(float(width)), round(float(height)))) == [595, 842]  # A4


# The recovery sheet prints a key, not contacts: tests/keys/test_recovery_sheet.py covers it.
@pytest.mark.parametrize("kind", sorted(set(DOCUMENTS) - {"recovery"}))
def test_names_in_every_script_print_with_real_glyphs(
        filled: tuple[Plan, PlanFacts], tmp_path: Path, kind: str) -> None:
    plan, _ = filled
    text = flat(all_text(print_document(plan, kind, tmp_path / f"{kind}.pdf")))
    expected = [NAMES["director"], NAMES["deputy"]]
    if kind in ("contacts", "calltree", "card", "plan"):
        expected.append(NAMES["press"])
    for name in expected:
        assert name in text, (kind, name)
    missing = {ch for ch in text if not ch.isspace() and not font_has(ch)
               and not font_has(ch, bold=True)}
    assert not missing, f"characters without a glyph in {kind}: {missing}"


def test_letter_size_on_request(filled: tuple[Plan, PlanFacts], tmp_path: Path) -> None:
    plan, _ = filled
    output = print_document(plan, "calltree", tmp_path / "c.pdf", PrintOptions(page_size="Letter"))
    width, height = PdfReader(str(output)).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)


def test_contact_sheet_numbers_in_national_format_and_stale_marks(
        filled: tuple[Plan, PlanFacts], tmp_path: Path) -> None:
    plan, _ = filled
    text = flat(all_text(print_document(plan, "contacts", tmp_path / "c.pdf")))
    assert "06 12 34 56 78" in text and "01 44 55 66 77" in text and "02 40 11 22 33" in text
    assert "+33" not in text
    assert "+30 691 234 5678" in text  # a foreign number keeps its country code
    assert "⚠ 01/01/2020" in text
    # Entered today and never verified: "jamais", but not flagged as overdue for a check.
    assert "jamais" in text and "⚠ jamais" not in text
    roles = text.index("Rôles de la cellule")
    assert text.index("Directeur de crise", roles) < text.index("Cellule de crise (2)")


def test_every_contact_is_listed_once(plan: Plan, tmp_path: Path) -> None:
    for n in range(60):
        plan.contacts.add(f"Агент {n:02d} Émile", group=("press", "legal", "partners")[n % 3],
                          email=f"agent{n:02d}@exemple.fr",
                          phones={"mobile": f"06 11 22 33 {n:02d}"})
    text = all_text(print_document(plan, "contacts", tmp_path / "c.pdf"))
    for n in range(60):
        assert text.count(f"agent{n:02d}@exemple.fr") == 1
        assert flat(text).count(f"06 11 22 33 {n:02d}") == 1


def test_long_tables_repeat_their_header_row_on_every_page(plan: Plan, tmp_path: Path) -> None:
    for n in range(150):
        plan.contacts.add(f"Contact {n:03d}", group="partners", function="Acheteur " * (n % 4),
                          phones={"office": f"01 44 55 {n // 100:02d} {n % 100:02d}"})
    pages = pages_text(print_document(plan, "contacts", tmp_path / "c.pdf"))
    assert len(pages) >= 4
    for text in pages[1:]:
        assert "Vérifié le" in text and "Autres numéros" in text
    listed = [n for n in range(150) if any(f"Contact {n:03d}" in p for p in pages)]
    assert listed == list(range(150))


def test_redacted_copy_leaves_out_personal_numbers(
        filled: tuple[Plan, PlanFacts], tmp_path: Path) -> None:
    plan, _ = filled
    for kind in ("contacts", "calltree", "card"):
        text = flat(all_text(print_document(plan, kind, tmp_path / f"{kind}.pdf",
                                            PrintOptions(redacted=True))))
        assert "06 12 34 56 78" not in text and "02 40 11 22 33" not in text, kind
        assert "06 98 76 54 32" not in text, kind
        assert "01 44 55 66 77" in text, kind  # office numbers stay
    text = flat(all_text(tmp_path / "contacts.pdf"))
    assert "copie murale" in text


def test_calltree_fits_one_page_in_calling_order(filled: tuple[Plan, PlanFacts],
                                                  tmp_path: Path) -> None:
    plan, _ = filled
    pages = pages_text(print_document(plan, "calltree", tmp_path / "t.pdf"))
    assert len(pages) == 1
    text = flat(pages[0])
    assert text.index("1 Qui donne l'alerte") < text.index("1.1 " + NAMES["director"]) \
        < text.index("1.1.1 " + NAMES["deputy"])


def test_calltree_of_many_people_still_prints(plan: Plan, tmp_path: Path) -> None:
    previous = None
    for n in range(80):
        contact = plan.contacts.add(f"Personne {n:02d}", group="crisis_cell",
                                    phones={"mobile": f"06 10 20 30 {n:02d}"})
        plan.cell.add_call(previous if n % 2 else None, contact.id)
        previous = contact.id
    pages = pages_text(print_document(plan, "calltree", tmp_path / "t.pdf"))
    text = flat(" ".join(pages))
    assert all(f"Personne {n:02d}" in text for n in range(80))
    assert f"Page {len(pages)} sur {len(pages)}" in pages[-1]


def test_journal_shows_corrections_both_times_and_a_verified_chain(
        filled: tuple[Plan, PlanFacts], tmp_path: Path) -> None:
    plan, facts = filled
    head = plan.journal.head_hash(facts.incident_id)
    pages = pages_text(print_document(plan, "journal", tmp_path / "j.pdf"))
    text = flat(" ".join(pages))
    assert "Fuite présumée" in text and "EXERCICE" in text and "en cours" in text
    original = text.index("Serveur SRV-02 chiffré")
    assert text.index("Corrigé par n° 3", original) < text.index("Correction du n° 2")
    assert "survenu 10/01/2026" in text  # occurred earlier than logged: both times shown
    assert "alerte (" in text and "crise (" in text  # level history
    assert "Chaîne vérifiée : les 4 entrées" in text
    assert f"Empreinte de tête (SHA-256) : {head}" in text
    for page in pages:
        assert f"Empreinte du journal : {head}" in page


def test_journal_names_the_first_broken_entry(filled: tuple[Plan, PlanFacts],
                                              tmp_path: Path) -> None:
    plan, facts = filled
    # Tamper as someone with a SQL tool and the key would: through the open connection (the
    # file may be encrypted), with the append-only trigger dropped.
    raw = plan._store.db.conn
    raw.execute("DROP TRIGGER journal_entries_no_update")
    raw.execute("UPDATE journal_entries SET text = 'réécrit' WHERE id = ?",
                [facts.corrected_entry_id])
    raw.commit()
    text = flat(all_text(print_document(plan, "journal", tmp_path / "j.pdf")))
    assert "CHAÎNE ROMPUE à l'entrée n° 2" in text
    assert facts.corrected_entry_id in text
    assert "contenu modifié" in text


def test_journal_of_a_named_incident(filled: tuple[Plan, PlanFacts], tmp_path: Path) -> None:
    plan, facts = filled
    plan.incidents.close(facts.incident_id, author="Paul")
    second = plan.incidents.open("Deuxième incident", author="Paul")
    latest = flat(all_text(print_document(plan, "journal", tmp_path / "latest.pdf")))
    assert "Deuxième incident" in latest and "Fuite présumée" not in latest
    named = flat(all_text(print_document(plan, "journal", tmp_path / "named.pdf",
                                         PrintOptions(incident_id=facts.incident_id))))
    assert "Fuite présumée" in named and "Clos le" in named and second.title not in named


def test_plan_binder_has_every_section_with_page_numbers(
        filled: tuple[Plan, PlanFacts], tmp_path: Path) -> None:
    plan, _ = filled
    pages = pages_text(print_document(plan, "plan", tmp_path / "p.pdf"))
    sections = ("Carte des risques", "Registre des risques", "Rôles et contacts",
                "Arbre d'appel", "Bibliothèque de messages", "Listes de contrôle",
                "Dates de revue")
    contents = flat(pages[1])
    assert contents.startswith("Sommaire")
    assert all(section in contents for section in sections)
    numbers = [int(n) for n in re.findall(r"\.\s+(\d+)\b", contents)]  # after the dot leaders
    assert len(numbers) == len(sections)
    for section, page in zip(sections, numbers, strict=True):
        assert flat(pages[page - 1]).lstrip().startswith(section), section
    text = flat(" ".join(pages))
    assert "Fuite de données clients" in text and "Communiqué initial" in text
    assert "Prévenir la CNIL" in text and "15/01/2027" in text and "#fuite" in text


def test_plan_binder_prints_the_review_dates_as_one_calendar(
        filled: tuple[Plan, PlanFacts], tmp_path: Path) -> None:
    plan, facts = filled
    plan.info.update(next_review="2027-02-01")
    plan.review.add_task("Mettre à jour l'annuaire", owner_id=facts.contacts["director"],
                         review_date="2026-12-15")
    plan.review.add_task("Refaire un exercice")
    pages = pages_text(print_document(plan, "plan", tmp_path / "p.pdf"))
    [calendar] = [flat(p) for p in pages if flat(p).lstrip().startswith("Dates de revue")]
    order = [calendar.index(what) for what in (
        "Mettre à jour l'annuaire", "Fuite de données clients", "Le plan", "Refaire un exercice")]
    assert order == sorted(order)  # by day: 15/12/2026, 15/01/2027, 01/02/2027, undated
    assert f"({NAMES['director']})" in calendar and "15/12/2026" in calendar


def test_documents_follow_the_plan_language(tmp_path: Path) -> None:
    with Plan.create(tmp_path / "en.crisiscell", organisation="Harbour Foods", language="en",
                     region="FR") as plan:
        fill_plan(plan)
        contacts = flat(all_text(print_document(plan, "contacts", tmp_path / "c.pdf")))
        journal = flat(all_text(print_document(plan, "journal", tmp_path / "j.pdf")))
    assert "Crisis contact sheet" in contacts and "Page 1 of" in contacts
    assert "Cell roles" in contacts and "Crisis director" in contacts
    assert "Chain verified: all 4 entries" in journal and "EXERCISE" in journal


def test_demo_plan_prints_every_document(demo_plan: Plan, tmp_path: Path) -> None:
    for kind in DOCUMENTS:
        pages = pages_text(print_document(demo_plan, kind, tmp_path / f"{kind}.pdf"))
        assert f"sur {len(pages)}" in pages[-1], kind
    contacts = all_text(tmp_path / "contacts.pdf")
    for contact in demo_plan.contacts.list():
        if contact.email:
            assert contact.email in contacts.replace("\n", "") or \
                contact.email in flat(contacts).replace(" ", "")


def test_a_document_prints_in_the_language_asked_and_the_plan_is_left_as_it_was(
        plan: Plan, tmp_path: Path) -> None:
    import hashlib

    from app.planfile.companions import KEYS, WAL, companion

    fill_plan(plan)
    assert plan.info.get().language == "fr"
    files = [plan.path, companion(plan.path, WAL), companion(plan.path, KEYS)]

    def digests() -> list[str]:
        return [hashlib.sha256(f.read_bytes()).hexdigest() for f in files if f.exists()]

    before = digests()
    english = print_document(plan, "contacts", tmp_path / "en.pdf", PrintOptions(language="en"))
    assert digests() == before  # printing in another language writes nothing to the plan
    french = print_document(plan, "contacts", tmp_path / "fr.pdf")
    assert plan.info.get().language == "fr"
    assert "Crisis contact sheet" in all_text(english)
    assert "Annuaire de crise" not in all_text(english)
    assert "Annuaire de crise" in all_text(french)


def test_an_unknown_print_language_is_refused() -> None:
    from app.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        PrintOptions(language="de")
    assert refused.value.reason == "unknown_choice"
