"""Window start-up and memory on a large plan, against a bare PySide6 window in the same run.

Each start is a fresh process (offscreen): the clock runs from just before Popen until the
child prints, which it does from the first paint event of its window. What the window leaves
for right after its first paint (the incident log's side panels and links) is timed too, as
`startup_settled_s`: the moment the event loop has run that deferred work.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_REPORT = """
import resource, sys
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"painted {rss:.1f}", flush=True)
            # Work deferred by the first paint is queued by the children's paint events, just
            # after this one: a timer started from a timer runs after it.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.settled))
            window.removeEventFilter(self)
        return False

    def settled(self):
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"settled {rss:.1f}", flush=True)
        # Closed as a person closes it (the plan is backed up, verified and noted as such),
        # so the next start is the everyday one, not the start after a crash.
        window.close()
        QTimer.singleShot(0, QApplication.instance().quit)
"""

_BARE = _REPORT + """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1340, 700)  # the size the app window opens at (ui.window.main_window.DEFAULT_SIZE)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""

_APP = _REPORT + """
from ui.startup import main
from ui.opening.who_am_i_dialog import WhoAmIDialog
WhoAmIDialog.ask = classmethod(lambda cls, *args: "Bench")  # no one at the keyboard to answer
window = main(sys.argv[1:], exec_=False)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.update()
from PySide6.QtWidgets import QApplication
QApplication.instance().exec()
"""


def _start(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds to the first paint, seconds until settled, peak RSS (MB) of one fresh start."""
    begin = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    assert child.stdout is not None
    painted = 0.0
    for line in child.stdout:
        if line.startswith("painted"):
            painted = time.perf_counter() - begin
        elif line.startswith("settled") and painted:
            settled = time.perf_counter() - begin
            rss = float(line.split()[1])
            child.wait(timeout=60)
            return painted, settled, rss
    child.wait(timeout=60)
    raise RuntimeError(f"the window never painted (exit status {child.returncode})")


def measure(plan_path: Path, runs: int = 3) -> dict[str, float]:
    """startup_s, startup_settled_s, bare_qt_startup_s, startup_ratio and peak_rss_mb (best
    of `runs` for times, worst for memory)."""
    root = str(Path(__file__).resolve().parents[2])
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   PYTHONPATH=root + os.pathsep + os.environ.get("PYTHONPATH", ""),
                   CRISISCELL_CONFIG_DIR=folder)
        # As on a user's machine, where the bytecode is cached: this workplace sets
        # PYTHONDONTWRITEBYTECODE, which would compile every module from source at each start
        # (~80 ms) and measure the environment rather than the app.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        args = ["--plan", str(plan_path), "--settings", str(Path(folder) / "s.ini"),
                "--language", "fr"]
        _start(_APP, args, env)  # warm the file cache, and close as a user would
        bare = min(_start(_BARE, [], env)[0] for _ in range(runs))
        app_runs = [_start(_APP, args, env) for _ in range(runs)]
    startup = min(painted for painted, _settled, _rss in app_runs)
    return {
        "startup_s": round(startup, 3),
        "startup_settled_s": round(min(settled for _p, settled, _rss in app_runs), 3),
        "bare_qt_startup_s": round(bare, 3),
        "startup_ratio": round(startup / bare, 2),
        "peak_rss_mb": round(max(rss for _p, _s, rss in app_runs), 1),
    }


if __name__ == "__main__":
    print(measure(Path(sys.argv[1])))
