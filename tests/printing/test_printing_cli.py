"""`crisiscell print`: every kind from the command line, and bad input that gives a clear
message, exit status 2 and no file (not even half of one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import main
from app.plan import Plan
from app.printing import DOCUMENTS, PrintOptions, print_document
from tests.printing_support import NAMES, all_text, fill_plan


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """A closed plan file holding the printing test data."""
    path = tmp_path / "plan.crisiscell"
    with Plan.create(path, organisation="Conserverie Test") as plan:
        fill_plan(plan)
    return path


def leftovers(folder: Path) -> list[str]:
    """Temporary files a print left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".printing"))


# The recovery sheet prints a key, not contacts: tests/keys/test_recovery_sheet.py covers it.
@pytest.mark.parametrize("kind", sorted(set(DOCUMENTS) - {"recovery"}))
def test_every_kind_prints_from_the_command_line(
        plan_file: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "out" / f"{kind}.pdf"
    output.parent.mkdir()
    assert main(["print", kind, "--plan", str(plan_file), "-o", str(output)]) == 0
    assert output.read_bytes().startswith(b"%PDF-")
    assert NAMES["director"] in all_text(output)
    assert str(output) in capsys.readouterr().out
    assert leftovers(output.parent) == []


def test_options_reach_the_document(plan_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "wall.pdf"
    assert main(["print", "contacts", "--plan", str(plan_file), "-o", str(output),
                 "--page-size", "Letter", "--redacted"]) == 0
    text = all_text(output)
    assert "copie murale" in text and "06 12 34 56 78" not in text


def test_lang_prints_in_the_other_language(plan_file: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "plan.pdf"
    assert main(["print", "plan", "--plan", str(plan_file), "-o", str(output),
                 "--lang", "en"]) == 0
    text = all_text(output)
    assert "Crisis management plan" in text and "Plan de gestion de crise" not in text
    with pytest.raises(SystemExit) as refused:
        main(["print", "plan", "--plan", str(plan_file), "-o", str(tmp_path / "x.pdf"),
              "--lang", "de"])
    assert refused.value.code == 2 and "invalid choice: 'de'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_journal_of_a_given_incident(plan_file: Path, tmp_path: Path) -> None:
    with Plan.open(plan_file) as plan:
        incident = plan.incidents.latest()
        assert incident is not None
    output = tmp_path / "j.pdf"
    assert main(["print", "journal", "--plan", str(plan_file), "-o", str(output),
                 "--incident", incident.id]) == 0
    assert "Fuite présumée" in all_text(output)


def test_unknown_kind_is_an_argparse_error(plan_file: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["print", "poster", "--plan", str(plan_file), "-o", str(tmp_path / "x.pdf")])
    assert stop.value.code == 2
    assert "poster" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_missing_plan_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "x.pdf"
    status = main(["print", "contacts", "--plan", str(tmp_path / "none.crisiscell"),
                   "-o", str(output)])
    assert status == 2
    assert "no plan file at" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_unwritable_output_is_refused_cleanly(plan_file: Path, tmp_path: Path, where: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "nowhere" / "x.pdf" if where == "missing folder" else tmp_path
    before = sorted(p.name for p in tmp_path.iterdir())
    status = main(["print", "contacts", "--plan", str(plan_file), "-o", str(output)])
    assert status == 2
    err = capsys.readouterr().err
    assert f"cannot write {output}" in err and "nothing was written" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_unknown_incident_is_named(plan_file: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "j.pdf"
    status = main(["print", "journal", "--plan", str(plan_file), "-o", str(output),
                   "--incident", "0190aaaa-0000-7000-8000-000000000000"])
    assert status == 2
    assert "names no incident" in capsys.readouterr().err
    assert not output.exists() and leftovers(tmp_path) == []


def test_journal_of_a_plan_without_incident(plan: Plan, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = plan.path
    plan.close()
    status = main(["print", "journal", "--plan", str(path), "-o", str(tmp_path / "j.pdf")])
    assert status == 2
    assert "no incident" in capsys.readouterr().err
    assert not (tmp_path / "j.pdf").exists()


def test_a_failing_document_leaves_the_previous_file_untouched(
        plan_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def half_then_fail(plan: Plan, output: Path, options: PrintOptions) -> None:
        output.write_bytes(b"%PDF-1.4 half a document")
        raise RuntimeError("renderer broke")

    # The registry is the documented way to add a kind; this one breaks half-way.
    monkeypatch.setitem(DOCUMENTS, "broken", half_then_fail)
    output = tmp_path / "out.pdf"
    output.write_bytes(b"previous print")
    with Plan.open(plan_file) as plan, pytest.raises(RuntimeError):
        print_document(plan, "broken", output)
    assert output.read_bytes() == b"previous print"
    assert leftovers(tmp_path) == []


def test_api_refuses_unknown_kind_and_page_size(plan_file: Path, tmp_path: Path) -> None:
    from app.errors import ValidationError

    with Plan.open(plan_file) as plan, pytest.raises(ValidationError) as refused:
        print_document(plan, "poster", tmp_path / "x.pdf")
    assert refused.value.field == "kind"
    with pytest.raises(ValidationError):
        PrintOptions(page_size="A3")
    assert not (tmp_path / "x.pdf").exists() and leftovers(tmp_path) == []
