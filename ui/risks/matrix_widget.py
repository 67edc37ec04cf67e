"""The 5×5 heat map: likelihood (rows, 5 at the top) × impact (columns), counts per cell.

Painted by hand so each cell can show its count large; the band is in the colour AND in the
tooltip and the accessible text, so colour never carries the meaning alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.vocabulary import IMPACT_RANGE, LIKELIHOOD_RANGE, level_band
from ui.words.labels import BAND_COLOURS, band_label

_AXIS = 36  # room for the axis titles and numbers, in pixels


class RiskMatrixWidget(QWidget):
    """Emits `cell_clicked(likelihood, impact)`; a second click on the selected cell clears it."""

    cell_clicked = Signal(int, int)
    selection_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[tuple[int, int], int] = {}
        self._selected: tuple[int, int] | None = None
        self.setMinimumSize(QSize(320, 260))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._update_accessible_text()

    # --- state -------------------------------------------------------------------------------
    def set_counts(self, counts: dict[tuple[int, int], int]) -> None:
        """Show these counts ((likelihood, impact) → number of risks)."""
        self._counts = dict(counts)
        self._update_accessible_text()
        self.update()

    def count(self, likelihood: int, impact: int) -> int:
        """The count shown in a cell."""
        return self._counts.get((likelihood, impact), 0)

    @property
    def selected(self) -> tuple[int, int] | None:
        """The cell filtering the register, if any."""
        return self._selected

    def select(self, cell: tuple[int, int] | None) -> None:
        """Highlight a cell (None: no filter) and say so."""
        self._selected = cell
        self.update()
        if cell is None:
            self.selection_cleared.emit()
        else:
            self.cell_clicked.emit(*cell)

    def cell_text(self, likelihood: int, impact: int) -> str:
        """What a cell says to a reader or a screen reader: place, band and count."""
        return self.tr("Likelihood {l} × impact {i}: {band}, %n risk(s)", None,
                       self.count(likelihood, impact)).format(
            l=likelihood, i=impact, band=band_label(level_band(likelihood, impact)))

    def _update_accessible_text(self) -> None:
        self.setAccessibleName(self.tr("Risk matrix"))
        cells = [self.cell_text(lik, imp) for lik in reversed(LIKELIHOOD_RANGE)
                 for imp in IMPACT_RANGE if self.count(lik, imp)]
        self.setAccessibleDescription("; ".join(cells) or self.tr("No risk in the register"))

    # --- geometry ----------------------------------------------------------------------------
    def _grid(self) -> QRect:
        side = min(self.width() - _AXIS - 8, self.height() - _AXIS - 8)
        return QRect(_AXIS, 4, max(side, 50), max(side, 50))

    def cell_rect(self, likelihood: int, impact: int) -> QRect:
        """Where a cell is painted (likelihood 5 on the top row, impact 1 in the left column)."""
        grid = self._grid()
        w = grid.width() / len(IMPACT_RANGE)
        h = grid.height() / len(LIKELIHOOD_RANGE)
        col = impact - IMPACT_RANGE.start
        row = LIKELIHOOD_RANGE.stop - 1 - likelihood
        return QRect(int(grid.left() + col * w), int(grid.top() + row * h), int(w), int(h))

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        """The (likelihood, impact) under a point, if any."""
        for lik in LIKELIHOOD_RANGE:
            for imp in IMPACT_RANGE:
                if self.cell_rect(lik, imp).contains(point):
                    return lik, imp
        return None

    # --- events ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        cell = self.cell_at(event.position().toPoint())
        if cell is None:
            return
        self.select(None if cell == self._selected else cell)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.cell_text(*cell), self)
            return True
        if event.type() == QEvent.Type.LanguageChange:
            self._update_accessible_text()
            self.update()
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QFont(self.font())
        count_font = QFont(base)
        count_font.setBold(True)
        for lik in LIKELIHOOD_RANGE:
            for imp in IMPACT_RANGE:
                rect = self.cell_rect(lik, imp)
                band = level_band(lik, imp)
                painter.fillRect(rect, QColor(BAND_COLOURS[band]))
                painter.setPen(QPen(QColor("#ffffff"), 2))
                painter.drawRect(rect)
                n = self.count(lik, imp)
                painter.setPen(QColor("#000000") if n else QColor("#00000060"))
                count_font.setPointSizeF(max(base.pointSizeF() * (1.6 if n else 1.0), 8))
                painter.setFont(count_font)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n) if n else "·")
                if (lik, imp) == self._selected:
                    painter.setPen(QPen(QColor("#0d47a1"), 4))
                    painter.drawRect(rect.adjusted(2, 2, -2, -2))
        painter.setFont(base)
        painter.setPen(self.palette().windowText().color())
        grid = self._grid()
        for lik in LIKELIHOOD_RANGE:
            rect = self.cell_rect(lik, IMPACT_RANGE.start)
            painter.drawText(QRect(_AXIS - 18, rect.top(), 16, rect.height()),
                             Qt.AlignmentFlag.AlignCenter, str(lik))
        for imp in IMPACT_RANGE:
            rect = self.cell_rect(LIKELIHOOD_RANGE.start, imp)
            painter.drawText(QRect(rect.left(), grid.bottom() + 2, rect.width(), 16),
                             Qt.AlignmentFlag.AlignCenter, str(imp))
        painter.drawText(QRect(grid.left(), grid.bottom() + 16, grid.width(), 18),
                         Qt.AlignmentFlag.AlignCenter, self.tr("Impact →"))
        painter.save()
        painter.translate(12, grid.center().y())
        painter.rotate(-90)
        painter.drawText(QRect(-grid.height() // 2, -9, grid.height(), 18),
                         Qt.AlignmentFlag.AlignCenter, self.tr("Likelihood →"))
        painter.restore()
        painter.end()
