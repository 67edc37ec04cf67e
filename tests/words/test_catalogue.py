"""app/'s one catalogue: every text the code looks up is in the French .po with a finished
translation that keeps its {placeholders}, the shipped .mo gives exactly the .po, a third
language is a file (no code change), and Babel writes the dates our own tables used to."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from app.cell.activation import activation_text
from app.incidents.regulatory_clocks import duration_text
from app.incidents.wording import level_name, local_time_text, log_text
from app.printing.words import code_name, day_text, word
from app.words import catalogue
from app.words.catalogue import DOMAIN, texts
from app.words.dates import spoken_date, spoken_time
from tests.local_time import local_time_in

ROOT = Path(__file__).resolve().parents[2]
FRENCH_PO = ROOT / "resources" / "locale" / "fr" / "LC_MESSAGES" / f"{DOMAIN}.po"
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z_0-9]*)(?::[^}]*)?\}")

#: Look-up or marker → (index of the context, of the msgid, of the plural), None when absent.
_CALLS = {
    "gettext": (None, 0, None), "N_": (None, 0, None),
    "ngettext": (None, 0, 1), "NN_": (None, 0, 1),
    "pgettext": (0, 1, None), "NC_": (0, 1, None),
}

_MARKERS = ("N_", "NN_", "NC_")

Text = tuple[str | None, str, str | None]  # context, msgid, plural


class _CatalogueTexts(ast.NodeVisitor):
    """Collects the literal texts a module looks up in the catalogue or marks for it."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.found: list[tuple[Text, str]] = []
        self.not_literal: list[str] = []

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 (ast's naming)
        func = node.func
        name = (func.attr if isinstance(func, ast.Attribute)
                else func.id if isinstance(func, ast.Name) else "")
        if name in _CALLS:
            where = f"{self.file_name}:{node.lineno}"
            positions = _CALLS[name]
            values: list[str | None] = []
            for position in positions:
                if position is None:
                    values.append(None)
                    continue
                argument = node.args[position] if len(node.args) > position else None
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    values.append(argument.value)
                else:
                    values.append(None)
                    if name in _MARKERS:  # a look-up may take a marked text, a marker not
                        self.not_literal.append(where)
            context, msgid, plural = values
            if msgid is not None and (positions[2] is None or plural is not None):
                self.found.append(((context, msgid, plural), where))
        self.generic_visit(node)


def code_texts() -> tuple[list[tuple[Text, str]], list[str]]:
    """((context, msgid, plural), where) of every catalogue literal in app/; calls not literal."""
    found: list[tuple[Text, str]] = []
    not_literal: list[str] = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        visitor = _CatalogueTexts(str(path.relative_to(ROOT)))
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        found.extend(visitor.found)
        not_literal.extend(visitor.not_literal)
    return found, not_literal


def french_catalog() -> Catalog:
    with FRENCH_PO.open("rb") as file:
        return read_po(file)


def _names(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def _po_texts(catalog: Catalog) -> Iterator[tuple[Text, tuple[str, ...]]]:
    for message in catalog:
        if not message.id:
            continue  # the header
        if isinstance(message.id, tuple | list):
            singular, plural = message.id
            yield (message.context, singular, plural), tuple(message.string)
        else:
            yield (message.context, message.id, None), (message.string,)


def test_every_text_of_app_is_in_the_french_po_with_a_finished_translation() -> None:
    found, not_literal = code_texts()
    assert len(found) > 250  # the scan reads the code (it would pass on nothing otherwise)
    assert not_literal == []  # a marker's text is a literal, or no tool can find it
    po = dict(_po_texts(french_catalog()))
    problems: list[str] = []
    for (context, msgid, plural), where in found:
        forms = po.get((context, msgid, plural))
        if forms is None:
            problems.append(f"{where}: {context!r} / {msgid!r} is not in the French .po")
            continue
        if any(not form.strip() for form in forms):
            problems.append(f"{where}: {msgid!r} has an empty translation")
        elif plural is None and _names(forms[0]) != _names(msgid):
            problems.append(f"{where}: {msgid!r}: placeholders differ in {forms[0]!r}")
        elif plural is not None and (
                len(forms) != 2 or _names(forms[-1]) != _names(plural)
                or not _names(forms[0]) <= _names(msgid)):
            problems.append(f"{where}: {msgid!r}: plural forms {forms!r}")
    assert problems == []


def test_the_french_po_is_finished_and_holds_only_texts_the_code_uses() -> None:
    catalog = french_catalog()
    assert catalog.plural_expr == "(n > 1)" and catalog.num_plurals == 2  # French: 0 and 1
    used = {text for text, _ in code_texts()[0]}
    unused = [text for text, _ in _po_texts(catalog) if text not in used]
    assert unused == [], "run `make po` after removing a text from app/"
    assert [m.id for m in catalog if m.id and m.fuzzy] == []


def test_the_shipped_mo_gives_every_translation_of_the_po() -> None:
    french = texts("fr")
    stale: list[str] = []
    for (context, msgid, plural), forms in _po_texts(french_catalog()):
        if plural is not None:
            got = tuple(french.ngettext(msgid, plural, n) if context is None
                        else french.npgettext(context, msgid, plural, n) for n in (1, 2))
        elif context is not None:
            got = (french.pgettext(context, msgid),)
        else:
            got = (french.gettext(msgid),)
        if got != forms:
            stale.append(f"{context!r} / {msgid!r}")
    assert stale == [], "run `make mo` after editing the .po"


def test_texts_take_the_plan_s_language_not_the_process_locale(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert log_text("action_done", "fr", title="X") == "Action terminée : X."
    assert log_text("action_done", "en", title="X") == "Action done: X."
    assert level_name("crise_majeure", "fr") == "crise majeure"
    assert level_name("crise_majeure", "en") == "major crisis"
    # One English word, two French ones: the vocabulary is the context.
    assert code_name("role", "crisis_director", "fr") == "Directeur de crise"
    assert code_name("role_short", "crisis_director", "fr") == "Dir. de crise"
    assert code_name("role", "crisis_director", "en") == "Crisis director"


def test_a_count_chooses_the_plural_by_the_language_s_rule() -> None:
    assert duration_text(720, "fr") == "1 mois" and duration_text(1440, "fr") == "2 mois"
    assert duration_text(720, "en") == "1 month" and duration_text(1440, "en") == "2 months"
    assert activation_text("started", "fr", count=1) == (
        "Activation de l'arbre d'appel (1 personne à joindre).")
    assert activation_text("started", "fr", count=3) == (
        "Activation de l'arbre d'appel (3 personnes à joindre).")
    assert activation_text("started", "en", count=3) == "Call tree activated (3 people to reach)."


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A German catalogue in a folder of catalogues of its own (the shipped French too)."""
    catalog = Catalog(locale="de", domain=DOMAIN)
    catalog.add("Incident “{title}” opened at level {level}.",
                "Vorfall „{title}“ auf Stufe {level} eröffnet.")
    catalog.add("alert", "Alarm", context="crisis level")
    catalog.add("d MMM y", "d. MMM y", context="date pattern")
    catalog.add("Call tree — {name}: reached.", "Telefonkette — {name}: erreicht.")
    folder = tmp_path / "locale"
    for language, source in (("de", None), ("fr", FRENCH_PO.with_suffix(".mo"))):
        target = folder / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
        target.parent.mkdir(parents=True)
        if source is None:
            with target.open("wb") as file:
                write_mo(file, catalog)
        else:
            target.write_bytes(source.read_bytes())
    monkeypatch.setattr(catalogue, "locale_dir", lambda: folder)
    catalogue.reload()
    yield folder
    monkeypatch.undo()
    catalogue.reload()


def test_a_third_language_is_a_file(german: Path) -> None:
    alert = level_name("alerte", "de")
    assert alert == "Alarm"
    assert log_text("incident_opened", "de", title="Brand", level=alert) == (
        "Vorfall „Brand“ auf Stufe Alarm eröffnet.")
    assert activation_text("reached", "de", name="A") == "Telefonkette — A: erreicht."
    assert day_text("2026-03-05", "de") == "5. März 2026"  # Babel names the German month
    # A text the German file lacks reads in English, its source, as gettext does;
    assert log_text("action_done", "de", title="X") == "Action done: X."
    # a language with no file reads in French, the plan's default, as before.
    assert log_text("action_done", "it", title="X") == "Action terminée : X."
    assert day_text("2026-03-05", "it") == "05/03/2026"


def test_a_language_without_a_catalogue_reads_in_french() -> None:
    assert log_text("action_done", "xx", title="X") == "Action terminée : X."
    assert word("title_calltree", "xx") == "Arbre d'appel"
    assert spoken_date(date(2026, 10, 14), "xx") == "14 octobre 2026"


# The tables Babel replaced, kept here as the wording the dates must keep.
_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@pytest.mark.parametrize("month", range(1, 13))
def test_babel_writes_the_dates_as_our_tables_did(month: int) -> None:
    day = date(2026, month, 7)
    assert day_text(day, "en") == f"7 {_MONTHS_EN[month - 1]} 2026"
    assert day_text(day, "fr") == f"07/{month:02d}/2026"
    for language, names in _MONTHS.items():
        assert spoken_date(day, language) == f"7 {names[month - 1]} 2026"


def test_babel_writes_the_times_as_before() -> None:
    assert spoken_time(time(9, 5), "fr") == "9 h 05"
    assert spoken_time(datetime(2026, 10, 14, 10, 30), "en") == "10:30"
    with local_time_in("Europe/Paris"):
        assert local_time_text("2026-12-04T13:00:00.000Z", "fr") == "04/12/2026 14:00"
        assert local_time_text("2026-12-04T13:00:00.000Z", "en") == "2026-12-04 14:00"
