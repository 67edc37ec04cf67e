"""The composition root: the application, its translations, the plan opened, the window.

`main(argv, exec_)` builds everything once and passes it down through constructors (the
window gets its settings and translations; it builds what hangs off an open plan itself).
The `crisiscell` command (ui/launcher.py) calls it when no sub-command is given; tests call
it with `exec_=False` and get the window back.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from app import __version__, paths
from app.errors import PlanError
from app.planfile import atomic
from app.planfile.cipher_log import route_cipher_log
from db.errors import StorageError
from ui.opening.plan_opening import OpenedPlan, create_for_window, open_for_window
from ui.window.main_window import MainWindow
from ui.window.settings import Settings
from ui.words.i18n import Translations, resolve_language

DESKTOP_FILE_NAME = "org.crisiscell.CrisisCell"
BASE_POINT_SIZE = 11


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crisiscell", description="Crisis Cell window")
    parser.add_argument("--plan", type=Path, help="the plan file to open")
    parser.add_argument("--demo-if-missing", action="store_true",
                        help="write the demo plan first when the plan file does not exist")
    parser.add_argument("--settings", type=Path, help=argparse.SUPPRESS)  # tests, benchmark
    parser.add_argument("--language", choices=("fr", "en"), help="window language")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("CrisisCell")
    app.setApplicationName("Crisis Cell")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    icon = resources.files("resources") / "icons" / "crisiscell.svg"
    app.setWindowIcon(QIcon(str(icon)))  # shipped, never fetched; drawn when first shown
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)  # large and readable under stress, system family
    app.setFont(font)
    return app


def main(argv: list[str] | None = None, exec_: bool = True) -> MainWindow | int:
    """Build the application and the window; run it (exec_) or hand the window back (tests)."""
    args = _parse(sys.argv[1:] if argv is None else argv)
    route_cipher_log()  # SQLCipher's own log lines go to our log folder, not to stderr
    # Owner-only for the app's whole life: what SQLite or a library creates holds plan data
    # (our own writers set 0600 themselves: app/planfile/atomic.py).
    atomic.owner_only_umask()
    app = _application()
    settings = Settings(args.settings)
    translations = Translations(app)
    language = resolve_language(args.language or settings.language)
    translations.install(language)
    if args.language:
        settings.language = args.language
    plan_path = args.plan or paths.default_plan_path()
    window = MainWindow(settings, translations, plan_path)
    try:
        opened: OpenedPlan | None = None
        if args.demo_if_missing and not plan_path.exists():
            from app.exchange.demo_plan import (
                create_demo_plan,  # only when needed: keeps start-up light
            )

            opened = create_for_window(plan_path, window, create=create_demo_plan,
                                       demo=True, language=language)
            if opened is not None:
                opened.created = False  # fictitious data: no recovery sheet pressed on anyone
        elif plan_path.exists():
            opened = open_for_window(plan_path, window)
        if opened is not None:
            window.show_opened(opened)
        else:
            window.show_start_page()
    except (PlanError, StorageError, OSError) as error:
        window.show_start_page(window.start_page.failure_text(error))
    window.show()
    if not exec_:
        return window
    return app.exec()
