"""The Qt bindings themselves: faults of a PySide6 release that would bring the window down."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Notifier(QObject):
    changed = Signal(str)


def test_emitting_a_signal_keeps_pythons_reference_counts(qapp: object) -> None:
    """PySide6-Essentials 6.12.0 dropped one reference to True at each emit from Python; on
    Python 3.11 the process aborted ('bool_dealloc') once a long session had emitted a few
    thousand plan changes. The window emits one per committed change."""
    notifier = _Notifier()
    heard: list[str] = []
    notifier.changed.connect(heard.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        notifier.changed.emit("journal_entries")
    assert len(heard) == 500
    assert sys.getrefcount(True) >= before - 10  # a leak of one a call shows as -500
