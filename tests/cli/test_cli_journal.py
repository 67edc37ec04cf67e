"""The log's everyday moves from the command line: `log --occurred-at`, `correct`,
`action add|done`, `close`. Each prints what it committed; each refusal says why, exits 2
and leaves the plan's bytes as they were."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.cli.main import main
from app.plan import Plan
from tests.local_time import local_time_in
from tests.plan_support import fingerprint
from tests.plan_support import run_cli as run


@pytest.fixture(autouse=True)
def paris() -> Iterator[None]:
    """Local time is Paris (UTC+1 in winter, UTC+2 in summer), whatever the machine says."""
    with local_time_in("Europe/Paris"):
        yield


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A plan with three contacts and an open incident, closed (the file only)."""
    where = tmp_path / "plan.crisiscell"
    with Plan.create(where, organisation="Conserverie Test") as plan:
        for name in ("Paul Lemaire", "Paul Martin", "Inès Haddad"):
            plan.contacts.add(name, group="crisis_cell")
        plan.incidents.open("Fuite de données", author="Hélène")
    return where


@pytest.fixture
def no_incident(tmp_path: Path) -> Path:
    where = tmp_path / "empty.crisiscell"
    with Plan.create(where, organisation="Conserverie Test") as plan:
        plan.contacts.add("Paul Lemaire", group="crisis_cell")
    return where


def refused(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> str:
    """Run a command that must be refused: exit 2, nothing printed on stdout, bytes kept."""
    before = fingerprint(path)
    status, out, err = run(capsys, *argv, "--plan", str(path))
    assert (status, out) == (2, ""), err
    assert fingerprint(path) == before
    assert err.startswith("crisiscell: ")
    return err.removeprefix("crisiscell: ").strip()


def logged(capsys: pytest.CaptureFixture[str], path: Path, text: str) -> str:
    status, out, _ = run(capsys, "log", text, "--author", "Paul", "--plan", str(path))
    assert status == 0
    return out.strip()


# --- log --occurred-at ---------------------------------------------------------------------

def test_log_takes_the_time_it_happened(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "log", "Premier tweet", "--occurred-at", "04/12/2025 02:40",
                           "--author", "Paul", "--plan", str(path))
    assert (status, err) == (0, "")
    with Plan.open(path) as plan:
        entry = plan.journal.get(out.strip())
    assert entry.occurred_at == "2025-12-04T01:40:00.000Z"
    assert entry.logged_at > entry.occurred_at


def test_log_occurred_at_as_a_delay(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "log", "Appel reçu", "--occurred-at=-10min",  # "=": argparse
                         "--plan", str(path))
    assert status == 0
    with Plan.open(path) as plan:
        entry = plan.journal.get(out.strip())
    assert 599 <= (_seconds(entry.logged_at) - _seconds(entry.occurred_at)) <= 601


def _seconds(stored: str) -> float:
    from app.clock import parse_utc

    return parse_utc(stored).timestamp()


def test_log_occurred_at_not_a_time(no_incident: Path, capsys: pytest.CaptureFixture[str]) -> None:
    message = refused(capsys, no_incident, "log", "Texte", "--occurred-at", "bientôt")
    assert message.startswith("occurred_at 'bientôt' is not a time; write e.g.")
    assert '"+72h"' in message
    with Plan.open(no_incident) as plan:
        assert plan.incidents.count() == 0  # no incident opened for a refused entry


@pytest.mark.parametrize(("typed", "says"), [
    ("31/02/2025 10:00", "names a day that does not exist"),
    ("25:00", "names a time that does not exist"),
    ("04/12/2025", "has a day but no time"),
    ("+1h", "is later than now: an entry logs what has happened; for the past, write "
            "--occurred-at=-1h"),
    ("23:59:59", "is later than now: an entry logs what has happened; give the day too, "
                 "e.g. 'hier 23:59:59'"),
])
def test_log_occurred_at_refusals(path: Path, capsys: pytest.CaptureFixture[str], typed: str,
                                  says: str) -> None:
    if typed == "23:59:59" and datetime.now().strftime("%H:%M:%S") >= "23:59:58":
        pytest.skip("run in the last seconds of the day: 23:59:59 is not later than now")
    assert says in refused(capsys, path, "log", "Texte", "--occurred-at", typed)


# --- correct -------------------------------------------------------------------------------

def test_correct_by_the_start_of_the_id(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = logged(capsys, path, "Rumeur sur X à 01:50")
    status, out, err = run(capsys, "correct", original[:13], "Rumeur sur X à 01:15",
                           "--author", "Inès", "--plan", str(path))
    assert (status, err) == (0, "")
    correction_id = out.split(":")[0]
    assert out == (f"{correction_id}: correction of {original} logged: "
                   "Rumeur sur X à 01:15\n")
    with Plan.open(path) as plan:
        correction = plan.journal.get(correction_id)
        assert (correction.corrects_id, correction.kind, correction.author) == (
            original, "observation", "Inès")
        assert plan.journal.get(original).text == "Rumeur sur X à 01:50"  # kept as it was
        assert plan.journal.verify().ok


def test_correct_refusals(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = logged(capsys, path, "Texte")
    assert refused(capsys, path, "correct", "0190abcd-nope", "Autre").startswith(
        "no journal entry has the id '0190abcd-nope'")
    assert "no journal entry" in refused(capsys, path, "correct", original[:3], "Autre")
    assert refused(capsys, path, "correct", original, "  ") == "text '' is required"


def test_correct_an_ambiguous_start_of_id(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = logged(capsys, path, "Un"), logged(capsys, path, "Deux")
    common = next(i for i in range(len(first)) if first[i] != second[i])
    if common < 6:  # UUIDv7: 6 hex digits of milliseconds change once every 4.7 hours
        pytest.skip("the two ids were made across a 4.7-hour boundary of their time prefix")
    message = refused(capsys, path, "correct", first[:common], "Autre")
    assert "starts the ids of" in message and "give more of the id" in message


def test_correct_in_a_closed_incident(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = logged(capsys, path, "Texte")
    assert run(capsys, "close", "--plan", str(path))[0] == 0
    assert "incident is closed" in refused(capsys, path, "correct", original, "Autre")


def test_a_status_change_is_not_corrected(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Plan.open(path) as plan:
        info = plan.journal.append(plan.incidents.active().id, "Fuite confirmée ?",
                                   kind="information", author="Paul")
        change = plan.journal.set_info_status(info.id, "verified", author="Paul")
    assert "status change is not corrected" in refused(capsys, path, "correct", change.id, "x")


# --- action add / done ---------------------------------------------------------------------

def test_action_add_with_owner_and_delay(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "action", "add", "Notifier la CNIL", "--owner", "ines",
                           "--due", "+72h", "--author", "Hélène", "--plan", str(path))
    assert (status, err) == (0, "")
    action_id = out.split(":")[0]
    with Plan.open(path) as plan:
        action = plan.incidents.action(action_id)
        owner = plan.contacts.get(action.owner_id)
        last = plan.journal.entries(action.incident_id)[-1]
    from app.incidents.wording import local_time_text

    assert out == (f"{action_id}: action “Notifier la CNIL” added, owner Inès Haddad, "
                   f"due {local_time_text(action.due_at, 'fr')}\n")
    assert owner.name == "Inès Haddad"
    assert 72 * 3600 - 5 < _seconds(action.due_at) - _seconds(last.logged_at) <= 72 * 3600
    assert (last.kind, last.author) == ("action", "Hélène")
    assert last.text.startswith("Action créée : Notifier la CNIL (responsable : Inès Haddad")


def test_action_add_at_a_local_date(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "action", "add", "Point presse", "--owner", "Paul Martin",
                           "--due", "04/12/2030 14:00", "--plan", str(path))
    assert (status, err) == (0, "")
    assert out.endswith("owner Paul Martin, due 04/12/2030 14:00\n")
    with Plan.open(path) as plan:
        assert plan.incidents.action(out.split(":")[0]).due_at == "2030-12-04T13:00:00.000Z"


def test_action_add_in_the_past_warns(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "action", "add", "Trop tard", "--owner", "Lemaire",
                           "--due", "04/12/2025 14:00", "--plan", str(path))
    assert status == 0 and "added" in out
    assert err == "crisiscell: warning: the due time 04/12/2025 14:00 is already past\n"


def test_action_add_refusals(path: Path, no_incident: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    add = ("action", "add", "Notifier")
    assert refused(capsys, path, *add, "--owner", "Inès", "--due", "demain") == (
        "due 'demain' has a day but no time; add one, e.g. \"04/12/2026 14:00\"")
    assert "is not a time" in refused(capsys, path, *add, "--owner", "Inès", "--due", "+3sem")
    message = refused(capsys, path, *add, "--owner", "Paul", "--due", "+1h")
    assert message.startswith("'Paul' could be 2 contacts") and "Paul Martin" in message
    assert refused(capsys, path, *add, "--owner", "Zoé", "--due", "+1h").startswith(
        "no contact of this plan is named 'Zoé'")
    assert refused(capsys, path, "action", "add", " ", "--owner", "Inès", "--due", "+1h") == (
        "title '' is required")
    assert refused(capsys, no_incident, *add, "--owner", "Paul", "--due", "+1h").startswith(
        "no incident is open")
    with pytest.raises(SystemExit) as caught:  # both are needed: argparse says which
        main(["action", "add", "Notifier", "--due", "+1h", "--plan", str(path)])
    assert caught.value.code == 2 and "--owner" in capsys.readouterr().err
    with Plan.open(path) as plan:
        assert plan.incidents.actions(plan.incidents.active().id) == []


def test_action_done_by_title(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for title in ("Notifier la CNIL", "Prévenir l'assureur"):
        assert run(capsys, "action", "add", title, "--owner", "Inès", "--due", "+4h",
                   "--plan", str(path))[0] == 0
    status, out, err = run(capsys, "action", "done", "cnil", "--plan", str(path))
    assert (status, err) == (0, "")
    assert "action “Notifier la CNIL” done at " in out
    with Plan.open(path) as plan:
        incident = plan.incidents.active()
        done = [a for a in plan.incidents.actions(incident.id) if a.done_at]
        assert [a.title for a in done] == ["Notifier la CNIL"]
        assert plan.journal.entries(incident.id)[-1].text == "Action terminée : Notifier la CNIL."
    assert "is already done" in refused(capsys, path, "action", "done", done[0].id)
    message = refused(capsys, path, "action", "done", "rappel")
    assert message.startswith("no action of incident “Fuite de données” is named 'rappel'")
    assert "Prévenir l'assureur" in message and "Notifier la CNIL (done)" in message


def test_action_done_ambiguous(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for title in ("Appeler la presse", "Appeler l'ARS"):
        run(capsys, "action", "add", title, "--owner", "Inès", "--due", "+4h",
            "--plan", str(path))
    assert refused(capsys, path, "action", "done", "appeler").startswith(
        "'appeler' could be 2 actions")


# --- close ---------------------------------------------------------------------------------

def test_close_with_a_statement(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "close", "--statement", "Rumeur démentie, aucune fuite.",
                           "--author", "Hélène", "--plan", str(path))
    assert (status, err) == (0, "")
    assert "incident “Fuite de données” closed at " in out
    with Plan.open(path) as plan:
        incident = plan.incidents.get(out.split(":")[0])
        last = plan.journal.entries(incident.id)[-1]
    assert not incident.is_active
    assert "Rumeur démentie, aucune fuite." in last.text and last.author == "Hélène"
    assert refused(capsys, path, "close").startswith("no incident is open")
    assert "is closed" in refused(capsys, path, "close", "--incident", incident.id)
    assert "is closed" in refused(capsys, path, "action", "add", "x", "--owner", "Inès",
                                  "--due", "+1h", "--incident", incident.id)


def test_close_unknown_incident(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert refused(capsys, path, "close", "--incident", "nope") == (
        "no incident with id 'nope' in this plan; nothing was changed")
