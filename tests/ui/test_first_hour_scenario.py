"""The first hour of a real cell, replayed end to end on real parts (issue 9, deliverable 11).

02:00, a customer-data-leak rumour trends on X. The plan is made by `crisiscell new` and its cell
set by `crisiscell contacts add` / `cell assign` / `cell call`, each in a subprocess as a user
types them; then the window (the composition root, offscreen) runs the incident: opened on the
data-leak risk (its checklist becomes actions, its GDPR 72 h clock starts), level raised,
observations, a decision, a call, one information verified and one refuted with their sources,
the call tree run (a holder does not answer: the deputy is offered), a pre-approved message
filled and copied, an action due "+4h", the contact sheet printed. A second process appends
entries beside the window and is SIGKILLed; the window reopens the plan with all of them. The
incident is closed with a statement and a review with an owned task, and the journal report is
printed and read back with pypdf for what a lawyer looks for.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from app.clock import parse_utc
from app.keys.unlock import Unlock
from app.plan import Plan
from ui.background.tasks import Tasks
from ui.opening.unlock_dialog import UnlockDialog
from ui.startup import main
from ui.window.main_window import MainWindow
from ui.window.print_dialog import PrintDialog

pytestmark = pytest.mark.slow

PASSPHRASE = "rumeur de fuite à deux heures du matin"
PASSPHRASE_ENV = "SCENARIO_PASSPHRASE"
#: Entries the second process commits before it is killed.
KILLED_WRITER_ENTRIES = 3

#: What the window and the printed journal say, in the plan's and the window's language.
WORDS = {
    "fr": {
        "no_answer_offer": "Hélène Martin n’a pas répondu : appelez son suppléant ou sa "
                           "suppléante, Paul Martin (",
        "verified_now": "Statut actuel : vérifiée", "false_now": "Statut actuel : fausse",
        "verified_history": r"Historique : à vérifier \(.+?\) → vérifiée \(.+?n° \d+",
        "false_history": r"Historique : à vérifier \(.+?\) → fausse \(.+?n° \d+",
        "review": "Retour d'expérience",
        "witnessed": "Vérifié par rapport aux têtes de chaîne vues sur cet ordinateur : aucune "
                     "entrée n'a été supprimée.",
        "closed": "Clôturé",
        "clocks_header": "Obligation Délai Compté depuis Échéance État",
    },
    "en": {
        "no_answer_offer": "Hélène Martin did not answer: call the deputy, Paul Martin (",
        "verified_now": "Current status: verified", "false_now": "Current status: false",
        "verified_history": r"History: to verify \(.+?\) → verified \(.+?no\. \d+",
        "false_history": r"History: to verify \(.+?\) → false \(.+?no\. \d+",
        "review": "Post-crisis review",
        "witnessed": "Verified against the heads witnessed on this laptop: none was removed.",
        "closed": "Closed",
        "clocks_header": "Obligation Within Counted from Due State",
    },
}

#: The second process: opens the plan beside the window, commits entries one by one (each
#: said on stdout once committed), then waits to be killed.
WRITER = textwrap.dedent("""
    import os, sys
    import keyring
    from keyring.backends import fail
    keyring.set_keyring(fail.Keyring())
    from app.plan import Plan
    from app.keys.unlock import Unlock
    plan = Plan.open(sys.argv[1], unlock=Unlock(passphrase=os.environ[sys.argv[2]]))
    for number in range(int(sys.argv[4])):
        entry = plan.journal.append(sys.argv[3], f"Console de secours : relevé {number + 1}",
                                    author="Inès Haddad")
        print(entry.id, flush=True)
    sys.stdin.read()  # held open until the SIGKILL
""")


def crisiscell(*argv: str) -> str:
    """Run the installed `crisiscell` command as a user would; its output, or fail."""
    executable = Path(sys.executable).parent / "crisiscell"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", PASSPHRASE_ENV: PASSPHRASE,
           # No keyring in the child: the plan's key is the passphrase's.
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run([str(executable), *argv], capture_output=True, text=True, env=env,
                          timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return done.stdout


def set_up_the_cell(path: Path, language: str) -> dict[str, str]:
    """`crisiscell new`, five contacts, the roles and the call tree; contact ids by name."""
    pp = ["--passphrase-env", PASSPHRASE_ENV]
    out = crisiscell("new", str(path), "--organisation", "Conserverie Dupont",
                     "--lang", language, *pp)
    assert out.startswith(f"{path}: new plan of Conserverie Dupont written")
    ids = {}
    for name, function, mobile in (
            ("Hélène Martin", "Directrice générale", "06 12 34 56 78"),
            ("Paul Martin", "Directeur financier", "06 22 33 44 55"),
            ("Marie Durand", "Communication", "06 98 76 54 32"),
            ("Luc Bernard", "DSI", "06 11 22 33 44"),
            ("Inès Haddad", "Juriste", "06 55 44 33 22")):
        ids[name] = crisiscell("contacts", "add", name, "--function", function,
                               "--group", "crisis_cell", "--mobile", mobile,
                               "--plan", str(path), *pp).strip()
    p = ["--plan", str(path), *pp]
    crisiscell("cell", "assign", "crisis_director", "--holder", "Hélène Martin",
               "--deputy", "Paul Martin", *p)
    crisiscell("cell", "assign", "communication", "--holder", "Marie", *p)
    crisiscell("cell", "assign", "it", "--holder", "Luc", *p)
    crisiscell("cell", "assign", "legal", "--holder", "Inès", *p)
    for caller, callee in (("-", "Hélène Martin"), ("Hélène Martin", "Marie"),
                           ("Hélène Martin", "Luc"), ("Marie", "Inès")):
        crisiscell("cell", "call", caller, callee, *p)
    return ids


def add_the_playbook(path: Path, ids: dict[str, str], language: str) -> tuple[str, str]:
    """The data-leak risk (a new plan has none) and its pre-approved post, via the services."""
    with Plan.open(path, unlock=Unlock(passphrase=PASSPHRASE)) as plan:
        risk = plan.risks.add(
            "Fuite de données clients", category="cyber", likelihood=3, impact=5,
            owner_id=ids["Luc Bernard"],
            checklist=["Isoler les serveurs touchés", "Prévenir l'assureur"],
            regulatory_clocks=[{"title": "RGPD art. 33 — notifier la CNIL", "hours": 72}])
        message = plan.messages.add(
            "Réponse sur X — fuite supposée", audience="customers", channel="x",
            language=language, scenario_id=risk.id,
            body="{organisation} a connaissance d'informations sur une fuite de données. "
                 "Nous vérifions. Point à {time} : {url}")
        plan.messages.approve(message.id, approved_by="Inès Haddad")
    return risk.id, message.id


def open_window(qtbot, path: Path, settings_path: Path, language: str) -> MainWindow:  # noqa: ANN001
    window = main(["--plan", str(path), "--settings", str(settings_path),
                   "--language", language], exec_=False)
    assert isinstance(window, MainWindow) and window.plan is not None
    qtbot.addWidget(window)
    window.resize(1280, 720)
    return window


def log_tab(qtbot, window: MainWindow):  # noqa: ANN001, ANN201
    window.switch_to(1)
    tab = window.current_tab()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.side_panels_filled)
    return tab


def log(tab, kind: str, text: str):  # noqa: ANN001, ANN201
    """Pick the kind, type the line, Enter; the entry logged."""
    tab.choose_kind(kind)
    tab.entry_line.setText(text)
    tab.log_entry()
    assert tab.entry_line.text() == "" and tab.feedback_label.text() == ""
    entry = tab.model.entry(tab.model.rowCount() - 1)
    assert entry.kind == kind
    return entry


def print_pdf(qtbot, window: MainWindow, code: str, target: Path,  # noqa: ANN001
              background: Tasks) -> str:
    """File → Print… as the user fills it: the document, then Print; the PDF's text."""
    opened: list[Path] = []
    dialog = PrintDialog(window.plan, window, opener=opened.append,
                         choose_path=lambda parent, suggested: target, tasks=background)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select(code)
    with qtbot.waitSignal(dialog.printed, timeout=60000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert opened == [target]
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(str(target)).pages)


#: Set to a folder to keep a PNG of each tab at 1280×720 (to look at the window as a user).
GRABS_ENV = "CRISISCELL_SCENARIO_GRABS"


def save_grabs(window: MainWindow, language: str, moment: str) -> None:
    """When GRABS_ENV names a folder: a grab of each tab, as the scenario left it."""
    folder = os.environ.get(GRABS_ENV)
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    for number in range(1, window.tabs.count() + 1):
        window.switch_to(number)
        QCoreApplication.processEvents()
        window.grab().save(str(Path(folder) / f"{language}-{moment}-{number}.png"))
    window.switch_to(1)


@pytest.fixture
def background(qapp: object) -> Iterator[Tasks]:
    """Background tasks of the test's own (their jobs waited for at the end)."""
    own = Tasks()
    yield own
    own.shutdown()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_first_hour_of_a_data_leak_rumour(qtbot, tmp_path: Path, settings_path: Path,  # noqa: ANN001
                                              monkeypatch: pytest.MonkeyPatch, background: Tasks,
                                              language: str) -> None:
    words = WORDS[language]
    path = tmp_path / "conserverie.crisiscell"
    ids = set_up_the_cell(path, language)
    risk_id, message_id = add_the_playbook(path, ids, language)
    # The window has no keyring for this plan: it asks for the passphrase, the user types it.
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(
        lambda cls, *args, **kwargs: Unlock(passphrase=PASSPHRASE)))
    windows = [open_window(qtbot, path, settings_path, language)]
    try:
        _run_the_incident(qtbot, windows, path, settings_path, tmp_path, background, ids, risk_id,
                          message_id, words, language)
    finally:
        windows[-1].set_language("en")  # the French translator must not outlive this test
        windows[-1].close_plan()
        QCoreApplication.processEvents()


def _run_the_incident(qtbot, windows: list[MainWindow], path: Path, settings_path: Path,  # noqa: ANN001, C901, PLR0915
                      tmp_path: Path, background: Tasks, ids: dict[str, str], risk_id: str,
                      message_id: str, words: dict[str, str], language: str) -> None:
    window = windows[-1]
    plan = window.plan
    assert plan is not None and plan.info.get().language == language
    # The cell set from the command line is the window's.
    assert {r.code: r.holder_id for r in plan.cell.roles()}["crisis_director"] == ids[
        "Hélène Martin"]
    tab = log_tab(qtbot, window)

    # 02:05: the incident, on the data-leak risk; its checklist becomes actions.
    dialog = tab.open_incident_dialog()
    dialog.title_edit.setText("Rumeur de fuite de données clients sur X")
    dialog.risk_combo.setCurrentIndex(dialog.risk_combo.findData(risk_id))
    assert dialog.checklist_table.rowCount() == 2
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    incident = plan.incidents.active()
    assert incident is not None and incident.risk_id == risk_id
    assert [a.title for a in plan.incidents.actions(incident.id)] == [
        "Isoler les serveurs touchés", "Prévenir l'assureur"]
    clock = plan.incidents.clocks.list(incident.id)[0]
    assert clock.title == "RGPD art. 33 — notifier la CNIL"
    assert parse_utc(clock.due_at) - parse_utc(incident.opened_at) == timedelta(hours=72)
    qtbot.waitUntil(lambda: tab.clocks_panel.isVisible())

    # The level raised.
    index = tab.level_combo.findData("crise")
    tab.level_combo.setCurrentIndex(index)
    tab.level_combo.activated.emit(index)
    assert plan.incidents.active().level == "crise"

    # The log: the rumour seen at 02:00 (typed before the text), a decision, a call, two
    # pieces of incoming information, one verified and one refuted, each with its source.
    seen = log(tab, "observation", "02:00 Mot-dièse #FuiteConserverie en tendance sur X")
    assert seen.occurred_at is not None and seen.text.startswith("Mot-dièse")
    assert parse_utc(seen.occurred_at).astimezone().strftime("%H:%M") == "02:00"
    log(tab, "observation", "1 200 messages en 30 minutes, reprise par deux comptes influents")
    decision = log(tab, "decision", "Pas de démenti avant vérification technique ; "
                                    "réponse d'attente sur X")
    log(tab, "call", "Appel au prestataire d'hébergement : astreinte jointe")
    vente = log(tab, "information", "Un compte affirme que 40 000 fiches clients sont en vente")
    serveur = log(tab, "information", "Le serveur CRM aurait été vidé cette nuit")
    tab.fill_side_panels()
    for entry, status, source in ((vente, "verified", "Équipe SOC, capture du forum"),
                                  (serveur, "false", "DSI, journaux du serveur CRM")):
        tab.info_panel.source_edit.setText(source)
        qtbot.waitUntil(lambda e=entry, s=status: (e.id, s) in tab.info_panel.buttons)
        qtbot.mouseClick(tab.info_panel.buttons[(entry.id, status)], Qt.MouseButton.LeftButton)
        assert plan.journal.current_status(entry.id) == status
        change = plan.journal.status_history(entry.id)[-1]
        assert source in change.text and change.author == window.session.author

    # The call tree: the director does not answer, her deputy is offered and reached.
    calls = tab.activate_call_tree()
    assert calls is not None  # deleted on close: not handed to qtbot
    qtbot.mouseClick(calls.buttons[(ids["Hélène Martin"], "no_answer")],
                     Qt.MouseButton.LeftButton)
    assert words["no_answer_offer"] in calls.deputy_label.text()
    for name in ("Paul Martin", "Marie Durand", "Luc Bernard", "Inès Haddad"):
        qtbot.mouseClick(calls.buttons[(ids[name], "reached")], Qt.MouseButton.LeftButton)
    calls.close()
    tree_texts = [e.text for e in plan.journal.entries(incident.id)
                  if e.text.startswith(("Arbre d'appel", "Call tree"))]
    assert any("Paul Martin" in t for t in tree_texts)

    # A pre-approved message: found first on the Messages tab, filled, copied, logged.
    window.show_message(message_id)
    messages = window.current_tab()
    editor = messages.editor
    editor.pages.setCurrentIndex(1)
    assert editor.fields["organisation"].text() == "Conserverie Dupont"
    assert editor.fields["time"].text()
    QGuiApplication.clipboard().setText("avant")
    assert editor.copy_ready_text() is None  # {url} still unfilled: nothing copied
    assert QGuiApplication.clipboard().text() == "avant"
    qtbot.keyClicks(editor.fields["url"], "https://conserverie-dupont.example/info")
    copied = editor.copy_ready_text()
    assert copied is not None, editor.feedback_label.text()
    assert copied is not None and "{" not in copied
    assert QGuiApplication.clipboard().text() == copied
    assert plan.messages.get(message_id).status == "approved"
    assert plan.journal.entries(incident.id)[-1].text.endswith(copied)

    # An action due in four hours, typed as "+4h".
    tab = log_tab(qtbot, window)
    before = datetime.now().astimezone()
    action_dialog = tab.add_action_dialog()
    action_dialog.title_edit.setText("Préparer la notification à la CNIL")
    action_dialog.owner_combo.setCurrentIndex(
        action_dialog.owner_combo.findData(ids["Inès Haddad"]))
    action_dialog.due_edit.setText("+4h")
    action_dialog.try_accept()
    after = datetime.now().astimezone()
    action = plan.incidents.actions(incident.id)[-1]
    assert action.title == "Préparer la notification à la CNIL"
    due = parse_utc(action.due_at)
    assert before + timedelta(hours=4, minutes=-1) <= due <= after + timedelta(hours=4)

    # The contact sheet, printed.
    sheet = print_pdf(qtbot, window, "contacts", tmp_path / "annuaire.pdf", background)
    assert "Conserverie Dupont" in sheet and "Hélène Martin" in sheet and "Paul Martin" in sheet

    # A second process logs beside the window (a fallback console) and is killed -9.
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), PASSPHRASE_ENV, incident.id,
         str(KILLED_WRITER_ENTRIES)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, PASSPHRASE_ENV: PASSPHRASE})
    committed = [child.stdout.readline().strip() for _ in range(KILLED_WRITER_ENTRIES)]
    assert all(committed), child.stderr.read() if child.poll() is not None else ""
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL
    child.stdin.close()
    child.stdout.close()
    child.stderr.close()
    count = plan.journal.count(incident.id)

    # The window closes; the plan reopens with every entry, the killed writer's too.
    window.close_plan()
    QCoreApplication.processEvents()
    # A restart: this window's translator goes with it (the QApplication of the test stays).
    window.set_language("en")
    window.close()
    window = open_window(qtbot, path, settings_path, language)
    windows.append(window)
    plan = window.plan
    assert plan is not None
    assert plan.journal.count(incident.id) == count
    stored = {e.id for e in plan.journal.entries(incident.id)}
    assert set(committed) <= stored
    assert plan.journal.verify().ok
    tab = log_tab(qtbot, window)
    assert tab.model.rowCount() == count

    save_grabs(window, language, "active")

    # The closing: the open actions settled, a statement; then the review with an owned task.
    closing = tab.close_incident()
    assert closing is not None and closing.actions_table.rowCount() == 3
    closing.statement_edit.setPlainText(
        "Rumeur partiellement fondée : 40 000 fiches exposées, serveur CRM intact. "
        "CNIL notifiée, clients informés.")
    closing.try_accept()
    assert plan.incidents.active() is None
    assert words["closed"].upper() in tab.level_badge.text().upper()
    # The clocks stay in view, read-only: no buttons that cannot be used over their rows.
    assert tab.clocks_panel.isVisible()
    assert not tab.clocks_panel.done_button.isVisible()
    assert not tab.clocks_panel.restart_button.isVisible()
    review = tab.last_review_dialog
    review.worked_edit.setPlainText("Cellule réunie en 20 minutes, suppléant joint aussitôt")
    review.failed_edit.setPlainText("Le numéro de la directrice ne répondait pas la nuit")
    review.changes_edit.setPlainText("Une astreinte de nuit nommée pour la direction")
    title, owner, _date = review.task_widgets(0)
    title.setText("Nommer une astreinte de nuit")
    owner.setCurrentIndex(owner.findData(ids["Paul Martin"]))
    review.try_accept()
    assert plan.incidents.get(incident.id).review is not None
    # The three open actions were carried to the plan tasks (the closing's default choice).
    tasks = {t.title: t.owner_id for t in plan.review.tasks()}
    assert tasks["Nommer une astreinte de nuit"] == ids["Paul Martin"]
    assert set(tasks) == {"Nommer une astreinte de nuit", "Isoler les serveurs touchés",
                          "Prévenir l'assureur", "Préparer la notification à la CNIL"}

    save_grabs(window, language, "closed")

    # The journal report, read back as a lawyer reads it.
    report = print_pdf(qtbot, window, "journal", tmp_path / "journal.pdf", background)
    assert decision.text.split(" ;")[0] in report
    # Each information's current status and its history, the change's entry named.
    assert words["verified_now"] in report and words["false_now"] in report
    assert re.search(words["verified_history"], report)
    assert re.search(words["false_history"], report)
    assert "Équipe SOC, capture du forum" in report and "DSI, journaux du serveur CRM" in report
    assert "RGPD art. 33 — notifier la CNIL" in report
    assert words["clocks_header"] in report  # each column's word whole
    assert "Rumeur partiellement fondée" in report
    assert words["review"] in report and "Nommer une astreinte de nuit" in report
    assert "Paul Martin" in report
    assert "Console de secours : relevé 3" in report
    assert words["witnessed"] in report
