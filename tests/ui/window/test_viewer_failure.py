"""When the system cannot show a PDF (no viewer, no launcher: the offscreen platform is such a
system), the notice bar says so, gives the path and offers the folder; never silence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.window.main_window import MainWindow
from ui.window.viewer import open_folder, open_in_viewer

#: Qt's own words for it, on a console nobody reads (the very silence this fixes).
pytestmark = pytest.mark.qt_log_ignore("does not support QPlatformServices::openDocument")


def test_the_offscreen_system_has_no_viewer(tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert open_in_viewer(pdf) is False and open_folder(pdf) is False


def test_no_viewer_is_said_with_the_path_and_the_folder_offered(
        qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "feuille.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(MainWindow, "choose_recovery_sheet_path",
                        classmethod(lambda cls, parent, suggested: target))
    assert main_window.viewer is open_in_viewer  # the real one: offscreen, it cannot start
    main_window.save_recovery_sheet()
    assert target.read_bytes().startswith(b"%PDF")
    bar = main_window.notice_bar
    assert bar.kind == "problem"
    assert "no PDF viewer could be started" in bar.text() and str(target) in bar.text()
    assert bar.action_button.isVisibleTo(main_window) and bar.action_button.text() == (
        "Open the folder")
    qtbot.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)  # no file manager either
    assert "No file manager" in bar.text() and str(target.parent) in bar.text()
    assert not bar.action_button.isVisibleTo(main_window)


def test_a_viewer_that_starts_leaves_the_usual_notice(
        main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[Path] = []
    main_window.viewer = lambda path: shown.append(path) or True
    target = tmp_path / "feuille.pdf"
    monkeypatch.setattr(MainWindow, "choose_recovery_sheet_path",
                        classmethod(lambda cls, parent, suggested: target))
    main_window.save_recovery_sheet()
    assert shown == [target]
    assert "Recovery sheet saved" in main_window.notice_bar.text()
    assert not main_window.notice_bar.action_button.isVisibleTo(main_window)
