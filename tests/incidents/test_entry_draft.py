"""The incident log's draft line: kept atomically on disk, restored, cleared."""

from __future__ import annotations

from pathlib import Path

from app.incidents.entry_draft import EntryDraft, draft_path


def test_save_load_clear(tmp_path: Path) -> None:
    draft = EntryDraft("plan-1", tmp_path)
    assert draft.load() == ""
    draft.save("Appel du préfet à 10 h")
    assert EntryDraft("plan-1", tmp_path).load() == "Appel du préfet à 10 h"
    assert [p.name for p in tmp_path.iterdir()] == ["plan-1.txt"]  # no temp file left behind
    draft.save("")
    assert not draft.path.exists()
    draft.save("x")
    draft.clear()
    draft.clear()
    assert draft.load() == ""


def test_default_folder_is_in_the_config_dir(isolated_user_dirs: Path) -> None:
    assert draft_path("abc") == isolated_user_dirs / "config" / "drafts" / "abc.txt"


def test_drafts_of_two_plans_are_separate(tmp_path: Path) -> None:
    EntryDraft("a", tmp_path).save("one")
    EntryDraft("b", tmp_path).save("two")
    assert EntryDraft("a", tmp_path).load() == "one"
