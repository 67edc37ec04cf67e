"""The band always visible above the tabs: organisation, active incident with its level and
elapsed time, who is signing, and the plain statement that everything is stored offline."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.clock import to_local
from app.incidents.incidents import Incident
from app.plan import Plan
from app.planfile.companions import last_written
from app.store import PlanChange
from ui.window.plan_signals import PlanSignals
from ui.window.session import Session
from ui.words.labels import LEVEL_COLOURS, LEVEL_TEXT_COLOURS, level_label


def elapsed_text(seconds: int) -> str:
    """`2:05:09`, or `3 d 2:05:09` past a day (a crisis can last)."""
    seconds = max(0, seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{days} d {clock}" if days else clock


class Header(QFrame):
    """Reads the plan on start and on each change; a 1 s timer only re-writes the elapsed time."""

    def __init__(self, plan: Plan, signals: PlanSignals, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._session = session
        self._incident: Incident | None = None
        written = last_written(plan.path)
        self._last_save = written.astimezone() if written is not None else datetime.now()
        self.setObjectName("header")
        self.setStyleSheet("#header { background: #263238; } "
                           "#header QLabel { color: #eceff1; }")
        self.organisation_label = QLabel()
        font = self.organisation_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.organisation_label.setFont(font)
        self.incident_label = QLabel()
        self.incident_label.setFont(font)
        self.level_badge = QLabel()
        self.level_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed_label = QLabel()
        self.elapsed_label.setFont(font)
        self.author_label = QLabel()
        self.offline_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.organisation_label)
        top.addSpacing(24)
        top.addWidget(self.incident_label, 1)
        top.addWidget(self.level_badge)
        top.addSpacing(12)
        top.addWidget(self.elapsed_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.author_label)
        bottom.addStretch(1)
        bottom.addWidget(self.offline_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.update_elapsed)
        self.timer.start()
        signals.changed.connect(self._plan_changed)
        self.refresh()

    @property
    def incident(self) -> Incident | None:
        """The active incident shown."""
        return self._incident

    def refresh(self) -> None:
        """Read the organisation and the active incident again and re-write every label."""
        self.organisation_label.setText(self._plan.info.get().organisation)
        self._incident = self._plan.incidents.active()
        incident = self._incident
        if incident is None:
            self.incident_label.setText(self.tr("No active incident"))
            self.level_badge.hide()
            self.elapsed_label.hide()
        else:
            prefix = self.tr("EXERCISE — ") if incident.is_exercise else ""
            self.incident_label.setText(prefix + incident.title)
            word = level_label(incident.level)
            self.level_badge.setText(self.tr("Level: {level}").format(level=word.upper()))
            self.level_badge.setAccessibleName(
                self.tr("Crisis level: {level}").format(level=word))
            self.level_badge.setStyleSheet(
                f"background: {LEVEL_COLOURS.get(incident.level, '#607d8b')}; "
                f"color: {LEVEL_TEXT_COLOURS.get(incident.level, '#ffffff')}; "
                "font-weight: bold; padding: 4px 12px; border-radius: 6px;")
            self.level_badge.show()
            self.elapsed_label.show()
        self.update_elapsed()
        self.update_author()
        self._update_offline()

    def update_elapsed(self) -> None:
        """Re-write the time since the incident opened (every second)."""
        if self._incident is None:
            return
        opened = to_local(self._incident.opened_at)
        seconds = int((datetime.now(opened.tzinfo) - opened).total_seconds())
        self.elapsed_label.setText("◷ " + elapsed_text(seconds))
        self.elapsed_label.setAccessibleName(
            self.tr("Time since the incident opened: {t}").format(t=elapsed_text(seconds)))

    def update_author(self) -> None:
        """Show who signs the entries made here."""
        self.author_label.setText(self.tr("You are: {name}").format(
            name=self._session.author or self.tr("(no name — set it in Settings)")))

    def _update_offline(self) -> None:
        self.offline_label.setText(
            self.tr("Offline — everything is stored on this computer · last save {time}")
            .format(time=self._last_save.strftime("%H:%M:%S")))

    def _plan_changed(self, change: PlanChange) -> None:
        self._last_save = datetime.now()
        if change.incidents or change.plan_settings:  # what the header shows
            self.refresh()
        else:
            self._update_offline()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
