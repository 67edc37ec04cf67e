"""`make screenshots`: a PNG of each tab on a fresh French demo plan (offscreen grab).

Usage: python -m ui.screenshots OUTPUT_FOLDER
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.exchange.demo_plan import create_demo_plan
from app.keys.unlock import RECOVERY_KEY_FILE_ENV, Unlock

NAMES = ("incident_log", "risks", "contacts", "messages")


def take(output: Path) -> list[Path]:
    """Write one PNG per tab into `output`; returns the files written."""
    from ui.contacts.tab import ContactsTab
    from ui.incident_log.tab import IncidentLogTab
    from ui.opening.who_am_i_dialog import WhoAmIDialog
    from ui.risks.tab import RiskMatrixTab
    from ui.startup import main
    from ui.window.main_window import DEFAULT_SIZE, MainWindow

    # Nobody answers "Who are you?" here: the screenshots sign as the demo plan's owner.
    # `ask` is the dialog's seam for that, replaced as the tests replace it (the ignore: mypy
    # refuses any assignment to a method).
    WhoAmIDialog.ask = classmethod(  # type: ignore[method-assign,assignment]
        lambda cls, parent, plan, current="": plan.info.get().owner or "Claire Dubois")

    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("CRISISCELL_DATA_DIR", folder)
        os.environ["CRISISCELL_CONFIG_DIR"] = str(Path(folder) / "config")
        plan_path = Path(folder) / "demo.crisiscell"
        # A throw-away plan: its key is a passphrase-wrapped one (no keyring is touched) and
        # the window gets it as any script may, through a recovery key file.
        with create_demo_plan(plan_path, language="fr",
                              unlock=Unlock(passphrase=secrets.token_hex(16))) as plan:
            key = plan.key.key
        assert key is not None
        key_file = Path(folder) / "recovery.key"
        key_file.write_text(key.hex(), encoding="ascii")
        os.environ[RECOVERY_KEY_FILE_ENV] = str(key_file)
        window = main(["--plan", str(plan_path), "--settings", str(Path(folder) / "s.ini"),
                       "--language", "fr"], exec_=False)
        assert isinstance(window, MainWindow)
        window.resize(*DEFAULT_SIZE)  # the size it opens at, which fits a 1366×768 screen
        written = []
        for index, name in enumerate(NAMES[: window.tabs.count()]):
            window.tabs.setCurrentIndex(index)
            tab = window.current_tab()
            if isinstance(tab, RiskMatrixTab | ContactsTab):  # one's details, as after a click
                tab.table.selectRow(0)
            if isinstance(tab, IncidentLogTab):  # a corrected entry, read whole under the table
                tab.fill_side_panels()
                model = tab.model
                noted = [r for r in range(model.rowCount()) if model.data(model.index(r, 4))]
                if noted:
                    tab.table.selectRow(noted[0])
                    tab.table.scrollTo(model.index(noted[0], 0))
            for _ in range(3):
                QApplication.processEvents()
            path = output / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
        return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots")
    for written_path in take(target):
        print(written_path)
