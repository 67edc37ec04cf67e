"""The call-tree activation dialog shows the incident's run as its log tells it: reopened, it
shows the calls made; a new run is an explicit button; an outcome is corrected from the row;
a holder not reached offers their deputy; the outcome buttons are never cut. Also: how the
window words a refused moment (app/moments.py), in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.errors import ValidationError
from app.moments import parse_moment
from app.plan import Plan
from ui.incident_log.call_tree_activation import CallTreeActivationDialog
from ui.words.error_messages import error_text
from ui.words.i18n import Translations

AUTHOR = "Hélène Martin"


@pytest.fixture
def tree(plan: Plan) -> dict[str, str]:
    ids = {}
    for name, group, mobile in (("Paul Lemaire", "management", "06 12 34 56 78"),
                                ("Inès Haddad", "crisis_cell", "06 12 34 56 79"),
                                ("Luc Bernard", "crisis_cell", "06 11 22 33 44"),
                                ("Marc Petit", "crisis_cell", "06 12 34 56 80")):
        ids[name.split()[0]] = plan.contacts.add(name, group=group,
                                                 phones={"mobile": mobile}).id
    plan.cell.add_call(None, ids["Paul"])
    plan.cell.add_call(ids["Paul"], ids["Inès"])
    plan.cell.add_call(ids["Paul"], ids["Luc"])
    plan.cell.assign_role("crisis_director", holder_id=ids["Paul"], deputy_id=ids["Marc"])
    plan.cell.assign_role("communication", holder_id=ids["Inès"])
    plan.incidents.open("Rumeur de fuite", author=AUTHOR)
    return ids


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    yield translations
    translations.install("en")


def dialog_for(qtbot, plan: Plan) -> CallTreeActivationDialog:  # noqa: ANN001
    dialog = CallTreeActivationDialog(plan, plan.incidents.active().id, AUTHOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def starts(plan: Plan) -> int:
    return sum(1 for e in plan.journal.entries(plan.incidents.active().id, kinds=("call",))
               if e.text.startswith("Activation de l'arbre"))


def test_reopening_shows_the_calls_made(qtbot, plan: Plan, tree: dict[str, str]) -> None:  # noqa: ANN001
    first = dialog_for(qtbot, plan)
    first.record(tree["Paul"], "reached")
    first.record(tree["Inès"], "no_answer")
    first.record(tree["Luc"], "message_left")
    assert first.progress_label.text() == "Reached: 1 of 3"
    first.close()
    again = dialog_for(qtbot, plan)
    assert starts(plan) == 1  # reopening logged no second activation
    assert again.progress_label.text() == "Reached: 1 of 3"
    assert again.items[tree["Paul"]].text(again.NAME) == "✔ Paul Lemaire"
    assert again.items[tree["Inès"]].text(again.OUTCOME).startswith("No answer — ")
    assert again.items[tree["Luc"]].text(again.OUTCOME).startswith("Message left — ")
    assert again.items[tree["Paul"]].text(again.TIME).endswith(" s")
    assert not again.buttons[(tree["Paul"], "no_answer")].isEnabled()
    again.start_again_button.click()
    assert starts(plan) == 2
    assert again.progress_label.text() == "Reached: 0 of 3"
    assert again.items[tree["Paul"]].text(again.OUTCOME) == "Not called yet"
    assert again.buttons[(tree["Paul"], "no_answer")].isEnabled()


def test_an_outcome_is_corrected_not_locked(qtbot, plan: Plan, tree: dict[str, str]) -> None:  # noqa: ANN001
    dialog = dialog_for(qtbot, plan)
    assert not dialog.correct_buttons[tree["Paul"]].isEnabled()  # nothing to correct yet
    dialog.record(tree["Paul"], "reached")
    assert dialog.correct_buttons[tree["Paul"]].isEnabled()
    assert not dialog.correct_actions[(tree["Paul"], "reached")].isEnabled()
    dialog.correct_actions[(tree["Paul"], "no_answer")].trigger()
    last = plan.journal.entries(plan.incidents.active().id)[-1]
    assert last.corrects_id is not None and last.text.endswith("Paul Lemaire : pas de réponse.")
    assert dialog.items[tree["Paul"]].text(dialog.OUTCOME).startswith("No answer")
    assert dialog.buttons[(tree["Paul"], "reached")].isEnabled()  # can be called again


def test_no_answer_offers_the_deputy(qtbot, plan: Plan, tree: dict[str, str]) -> None:  # noqa: ANN001
    dialog = dialog_for(qtbot, plan)
    deputy_row = dialog.deputy_items[tree["Marc"]]
    assert deputy_row.isHidden() and dialog.deputy_label.text() == ""
    dialog.record(tree["Paul"], "no_answer")
    assert not deputy_row.isHidden()
    assert deputy_row.text(dialog.ROLE) == "Deputy of Paul Lemaire"
    assert dialog.deputy_label.text() == (
        "Paul Lemaire did not answer: call the deputy, Marc Petit (06 12 34 56 80).")
    dialog.record(tree["Marc"], "reached")
    dialog.record(tree["Inès"], "reached")
    dialog.record(tree["Luc"], "reached")
    assert dialog.deputy_label.text() == ""
    assert dialog.elapsed_label.text().startswith("Everyone reached in")
    completed = plan.journal.entries(plan.incidents.active().id)[-1].text
    assert completed.startswith("Arbre d'appel terminé : les 3 personnes ont été jointes en")
    assert "Marc Petit, suppléant(e) de Paul Lemaire" in completed


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_outcome_buttons_are_not_cut_at_1280x720(qtbot, plan: Plan, tree: dict[str, str],  # noqa: ANN001
                                                 language: Translations, lang: str,
                                                 tmp_path: Path) -> None:
    language.install(lang)
    QCoreApplication.processEvents()
    dialog = dialog_for(qtbot, plan)
    dialog.resize(1280, 720)
    dialog.record(tree["Paul"], "no_answer")
    dialog.record(tree["Inès"], "reached")
    dialog.record(tree["Luc"], "message_left")
    QCoreApplication.processEvents()
    for button in dialog.correct_buttons.values():
        assert button.width() >= button.sizeHint().width(), button.text()
    for button in dialog.buttons.values():
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
    assert {dialog.buttons[(tree["Paul"], o)].text() for o in ("reached", "no_answer")} == (
        {"Joint", "Pas de réponse"} if lang == "fr" else {"Reached", "No answer"})
    dialog.grab().save(str(tmp_path / f"call_tree_{lang}.png"))
    shots = Path("/tmp/ct")
    if shots.is_dir():  # for a person to look at (not needed by the test)
        dialog.grab().save(str(shots / f"call_tree_{lang}.png"))


def test_a_language_switch_while_open_re_sets_every_text(qtbot, plan: Plan,  # noqa: ANN001
                                                        tree: dict[str, str],
                                                        language: Translations) -> None:
    language.install("en")
    dialog = dialog_for(qtbot, plan)
    dialog.record(tree["Paul"], "no_answer")
    language.install("fr")
    QCoreApplication.processEvents()
    assert dialog.windowTitle() == "Déclenchement de l'arbre d'appel"
    assert dialog.buttons[(tree["Inès"], "no_answer")].text() == "Pas de réponse"
    assert dialog.correct_buttons[tree["Paul"]].text() == "Corriger"
    assert dialog.tree.headerItem().text(dialog.TIME) == "Délai pour joindre"
    assert dialog.items[tree["Paul"]].text(dialog.OUTCOME).startswith("Pas de réponse — ")
    assert dialog.items[tree["Paul"]].text(dialog.ROLE) == "Directeur de crise"
    assert dialog.deputy_items[tree["Marc"]].text(dialog.ROLE) == "Suppléant(e) de Paul Lemaire"
    assert dialog.start_again_button.text() == "Nouvelle activation"
    assert dialog.progress_label.text() == "Joints : 0 sur 3"
    for button in dialog.buttons.values():
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()


@pytest.mark.parametrize(("typed", "english", "french"), [
    ("bientôt", "“bientôt” is not a time; type e.g. 04/12/2026 14:00, 14:00, tomorrow 9:00 "
     "or +72h.", "« bientôt » n’est pas une heure ; tapez par exemple 04/12/2026 14:00, "
     "14:00, demain 9h ou +72h."),
    ("31/02/2026 9h", "“31/02/2026 9h”: that day does not exist.",
     "« 31/02/2026 9h » : ce jour n’existe pas."),
    ("demain", "“demain”: add the time, e.g. 14:00.",
     "« demain » : ajoutez l’heure, par exemple 14:00."),
])
def test_the_window_words_a_refused_moment(language: Translations, typed: str, english: str,
                                           french: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_moment(typed)
    language.install("en")
    assert error_text(caught.value) == english
    language.install("fr")
    assert error_text(caught.value) == french
