"""French is finished French: every window text of the code is in the French .ts, every .ts
message has a finished translation that keeps its {placeholders}, the shipped .qm gives it,
Qt's own dialogs speak French, and counted words agree with their number."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from ui.words.i18n import Translations, translations_dir

ROOT = Path(__file__).resolve().parents[3]
FRENCH_TS = translations_dir() / "crisiscell_fr.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*\}")
#: Sources shown as they are (never .format()ted): their braces are words, not placeholders.
SHOWN_VERBATIM = {
    ("MessageEditor", "Placeholders filled from the plan and the active incident; those still "
                      "in {braces} must be completed by hand."),
}


def ts_messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    """(context, message) of a .ts file."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


class _WindowTexts(ast.NodeVisitor):
    """Collects the literal texts a module hands to tr(), translate() or QT_TRANSLATE_NOOP."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.classes: list[str] = []
        self.found: list[tuple[str, str, str]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 (ast's naming)
        self.classes.append(node.name)  # self.tr() translates in its class's context
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 (ast's naming)
        func = node.func
        name = (func.attr if isinstance(func, ast.Attribute)
                else func.id if isinstance(func, ast.Name) else "")
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
        values = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        where = f"{self.file_name}:{node.lineno}"
        if name == "tr" and self.classes and literal[:1] == [True]:
            self.found.append((self.classes[-1], str(values[0]), where))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and literal[:2] == [True, True]:
            self.found.append((str(values[0]), str(values[1]), where))
        self.generic_visit(node)


def code_texts() -> list[tuple[str, str, str]]:
    """(context, source, where) of every tr()/translate()/QT_TRANSLATE_NOOP literal in ui/."""
    found: list[tuple[str, str, str]] = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        visitor = _WindowTexts(str(path.relative_to(ROOT / "ui")))
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        found.extend(visitor.found)
    return found


@pytest.fixture
def french(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations(qapp)
    assert installed.install("fr")
    yield installed
    installed.install("en")  # the suite's default


def test_every_window_text_of_the_code_is_in_the_french_ts() -> None:
    known = {(context, m.findtext("source")) for context, m in ts_messages(FRENCH_TS)}
    texts = code_texts()
    assert len(texts) > 500  # the scan reads the code (it would pass on nothing otherwise)
    missing = [f"{where}: {context} / {source!r}" for context, source, where in texts
               if (context, source) not in known]
    assert missing == []


def test_every_french_translation_is_finished_and_keeps_its_placeholders() -> None:
    problems: list[str] = []
    for context, message in ts_messages(FRENCH_TS):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        numerus = message.get("numerus") == "yes"
        forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                 else [translation.text or ""])
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context} / {source!r}: {translation.get('type')}")
            continue
        if numerus and len(forms) != 2:
            problems.append(f"{context} / {source!r}: {len(forms)} plural forms, French has 2")
        for form in forms:
            if not form.strip():
                problems.append(f"{context} / {source!r}: empty translation")
            elif (context, source) not in SHOWN_VERBATIM and (
                    set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(form))):
                problems.append(f"{context} / {source!r}: placeholders differ in {form!r}")
            elif numerus and "%n" not in form:
                problems.append(f"{context} / {source!r}: the count %n is lost in {form!r}")
    assert problems == []


def test_the_shipped_french_qm_gives_every_translation_of_the_ts(
        french: Translations) -> None:
    stale: list[str] = []
    for context, message in ts_messages(FRENCH_TS):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            one, many = [f.text or "" for f in translation.iter("numerusform")]
            got = (QCoreApplication.translate(context, source, None, 1),
                   QCoreApplication.translate(context, source, None, 2))
            wanted = (one.replace("%n", "1"), many.replace("%n", "2"))
        else:
            got = (QCoreApplication.translate(context, source),)
            wanted = (translation.text or "",)
        if got != wanted:
            stale.append(f"{context} / {source!r}")
    assert stale == [], "run `make qm` after editing the .ts"


def test_qt_s_own_file_dialog_speaks_french(qtbot, french: Translations) -> None:
    # qtbase_fr.qm ships with PySide6-Essentials (PySide6/Qt/translations/) and is loaded.
    # French typography: a no-break space before the colon.
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Voir dans\xa0:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Fichiers de type\xa0:"
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    # Its labels carry mnemonics Qt 6's qtbase_fr.qm does not translate ("&Look in:"): our
    # .ts adds them in the context "QFileDialog".
    shown = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert {"Voir dans\xa0:", "Fichiers de type\xa0:", "Nom de fichier\xa0:"} <= shown
    assert not shown & {"Look in:", "Files of type:", "File name:"}


@pytest.mark.parametrize(("language", "one", "two"), [
    ("fr", "1 contact", "2 contacts"), ("en", "1 contact", "2 contacts")])
def test_the_contact_count_agrees_with_its_number(
        qtbot, qapp: QApplication, plan, language: str, one: str, two: str) -> None:  # type: ignore[no-untyped-def]
    from ui.contacts.tab import ContactsTab
    from ui.window.plan_signals import PlanSignals
    from ui.window.session import Session

    translations = Translations(qapp)
    translations.install(language)
    try:
        plan.contacts.add("Éric Martin", group="crisis_cell")
        signals = PlanSignals(plan)
        tab = ContactsTab(plan, signals, Session(author="Test"))
        qtbot.addWidget(tab)
        assert tab.count_label.text() == one
        plan.contacts.add("Zoé Lambert", group="crisis_cell")  # the tab hears the change
        assert tab.count_label.text() == two
        signals.detach()
    finally:
        translations.install("en")


@pytest.mark.parametrize(("count", "words"), [(1, "1 risque"), (2, "2 risques")])
def test_a_risk_cell_counts_in_french(qapp: QApplication, french: Translations, count: int,
                                      words: str) -> None:
    assert QCoreApplication.translate(
        "RiskMatrixWidget", "Likelihood {l} × impact {i}: {band}, %n risk(s)", None,
        count).endswith(words)
