"""The plan as a binder: cover, contents, risk heat map, risk register, roles and contacts,
call tree, message library by scenario, checklists and review dates.

The contents page gets its page numbers once the binder is laid out, in the same single pass.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from app.clock import today
from app.plan import Plan
from app.printing.calltree import calltree_story
from app.printing.contact_sheet import contact_sections
from app.printing.layout import (
    FONT,
    FONT_BOLD,
    INK,
    RED,
    CellMaker,
    Document,
    NumberedCanvas,
    Styles,
    data_table,
    furniture_for,
    headed,
    markup,
    text_width,
)
from app.printing.options import PrintOptions
from app.printing.words import code_name, day_text, labelled, moment_text, word
from app.review.review_dates import PLAN, RISK
from app.risks.register import Risk
from app.vocabulary import IMPACT_RANGE, LEVEL_BANDS, LIKELIHOOD_RANGE, level_band

BAND_COLOURS = {
    "low": colors.HexColor("#8fcf8f"),
    "medium": colors.HexColor("#f5dc6b"),
    "high": colors.HexColor("#f3a25a"),
    "critical": colors.HexColor("#e0605a"),
}
#: Score, risk, category, likelihood × impact, owner, warning signals.
_RISK_COLUMNS = (0.07, 0.33, 0.13, 0.08, 0.14, 0.25)
#: Message (title, audience, channel, status), text.
_MESSAGE_COLUMNS = (0.30, 0.70)
#: What, date, status.
_REVIEW_COLUMNS = (0.62, 0.18, 0.20)


#: The binder's sections after the contents page, in order (keys of words.py).
SECTIONS = ("heat_map", "risk_register", "roles_contacts", "title_calltree", "message_library",
            "checklists", "review_dates")


class Contents(Flowable):
    """The contents page: section titles now, their page numbers (with dot leaders) drawn
    once the binder is laid out, through the NumberedCanvas."""

    SIZE = 11.0
    LEADING = 20.0

    def __init__(self, titles: list[str], pages: dict[str, int]) -> None:
        super().__init__()
        self.titles = titles
        self.pages = pages

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """One line per section."""
        self.width = available_width
        self.height = len(self.titles) * self.LEADING
        return self.width, self.height

    def draw(self) -> None:
        """The titles; the numbers later."""
        canvas = self.canv
        lines = []
        for index, title in enumerate(self.titles):
            y = self.height - (index + 1) * self.LEADING + 6
            canvas.setFont(FONT, self.SIZE)
            canvas.setFillColor(INK)
            canvas.drawString(0, y, title)
            left = canvas.absolutePosition(text_width(title, self.SIZE) + 6, y)
            right = canvas.absolutePosition(self.width, y)
            lines.append((title, left, right))

        def numbers(page_canvas: Any) -> None:
            page_canvas.saveState()
            page_canvas.setFillColor(INK)
            for title, (x0, y0), (x1, _) in lines:
                number = str(self.pages.get(title, ""))
                number_width = text_width(number, self.SIZE, True)
                room = x1 - number_width - 6 - x0
                page_canvas.setFont(FONT, self.SIZE)
                dots = " ." * max(int(room / text_width(" .", self.SIZE)), 0)
                page_canvas.drawRightString(x1 - number_width - 4, y0, dots)
                page_canvas.setFont(FONT_BOLD, self.SIZE)
                page_canvas.drawRightString(x1, y0, number)
            page_canvas.restoreState()

        if isinstance(canvas, NumberedCanvas):
            canvas.draw_later(numbers)


class _Binder:
    """Builds the binder's story for one plan."""

    def __init__(self, plan: Plan, options: PrintOptions, width: float) -> None:
        self.plan = plan
        self.meta = plan.info.get()
        self.lang = self.meta.language
        self.options = options
        self.width = width
        self.styles = Styles(8)
        self.section = ParagraphStyle("section", parent=self.styles.heading, fontSize=15,
                                      leading=19, spaceBefore=0, spaceAfter=8)
        self.contacts = {c.id: c for c in plan.contacts.list()}
        self.risks = plan.risks.list()
        self.section_pages: dict[str, int] = {}  # filled while the binder is laid out

    def w(self, key: str, **values: Any) -> str:
        return word(key, self.lang, **values)

    def heading(self, key: str) -> list[Flowable]:
        return [PageBreak(), Paragraph(markup(self.w(key)), self.section)]

    def story(self) -> list[Flowable]:
        """Every section in order."""
        story = self.cover()
        story += [PageBreak(), Paragraph(markup(self.w("contents")), self.section),
                  self.contents()]
        parts = {
            "heat_map": self.heat_map,
            "risk_register": self.register,
            "roles_contacts": lambda: contact_sections(
                self.plan, Styles(7.5), self.width, redacted=self.options.redacted),
            "title_calltree": lambda: calltree_story(
                self.plan, self.styles, self.width, redacted=self.options.redacted),
            "message_library": self.messages,
            "checklists": self.checklists,
            "review_dates": self.review_dates,
        }
        for key in SECTIONS:
            story += self.heading(key) + parts[key]()
        return story

    # --- sections ----------------------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        s = self.styles
        summary = self.plan.summary()
        lines = [
            self.w("revision", revision=self.meta.revision),
            self.w("printed", when=moment_text(datetime.now().astimezone(), self.lang)),
        ]
        if self.meta.owner:
            lines.append(labelled(self.w("owner"), self.meta.owner, self.lang))
        if self.meta.next_review:
            review = day_text(self.meta.next_review, self.lang)
            lines.append(labelled(self.w("next_review"), review, self.lang))
        lines.append(self.w("summary_counts", risks=summary.risks, contacts=summary.contacts,
                            roles=summary.roles, messages=summary.messages))
        confidential = ParagraphStyle("confidential", parent=s.title, fontSize=14, leading=18,
                                      textColor=RED)
        return [
            Spacer(1, 50 * mm),
            Paragraph(markup(self.meta.organisation), s.title),
            Paragraph(markup(self.w("title_plan")), ParagraphStyle(
                "subtitle", parent=s.title, fontName=FONT, fontSize=18, leading=22)),
            Spacer(1, 12 * mm),
            *[Paragraph(markup(line), s.centred) for line in lines],
            Spacer(1, 20 * mm),
            Paragraph(markup(self.w("confidential")), confidential),
            Paragraph(markup(self.w("cover_note")), s.centred),
        ]

    def contents(self) -> Contents:
        return Contents([self.w(key) for key in SECTIONS], self.section_pages)

    def heat_map(self) -> list[Flowable]:
        counts = self.plan.risks.matrix()
        cell = min(24 * mm, (self.width - 30 * mm) / 5)
        left, bottom = 22 * mm, 14 * mm
        drawing = Drawing(left + 5 * cell + 4 * mm, bottom + 5 * cell + 6 * mm)
        for lik in LIKELIHOOD_RANGE:
            for imp in IMPACT_RANGE:
                x = left + (imp - 1) * cell
                y = bottom + (lik - 1) * cell
                drawing.add(Rect(x, y, cell, cell, fillColor=BAND_COLOURS[level_band(lik, imp)],
                                 strokeColor=colors.white, strokeWidth=2))
                count = counts[(lik, imp)]
                if count:
                    drawing.add(String(x + cell / 2, y + cell / 2 - 6, str(count),
                                       fontName=FONT_BOLD, fontSize=16, textAnchor="middle",
                                       fillColor=INK))
                drawing.add(String(x + cell - 3, y + 3, str(lik * imp), fontName=FONT,
                                   fontSize=6, textAnchor="end", fillColor=INK))
        for n in IMPACT_RANGE:
            drawing.add(String(left + (n - 0.5) * cell, bottom - 10, str(n), fontName=FONT_BOLD,
                               fontSize=9, textAnchor="middle"))
        for n in LIKELIHOOD_RANGE:
            drawing.add(String(left - 8, bottom + (n - 0.5) * cell - 3, str(n),
                               fontName=FONT_BOLD, fontSize=9, textAnchor="middle"))
        drawing.add(String(left + 2.5 * cell, 2, f"{self.w('impact')} →", fontName=FONT_BOLD,
                           fontSize=9, textAnchor="middle"))
        label = String(0, 0, f"{self.w('likelihood')} →", fontName=FONT_BOLD, fontSize=9,
                       textAnchor="middle")
        from reportlab.graphics.shapes import Group

        turned = Group(label)
        turned.translate(8, bottom + 2.5 * cell)
        turned.rotate(90)
        drawing.add(turned)
        legend = "   ".join(
            f'<font color="{BAND_COLOURS[band].hexval().replace("0x", "#")}">■</font> '
            f"{markup(code_name('band', band, self.lang))} (≤ {upper})"
            for band, upper in LEVEL_BANDS)
        return [drawing, Spacer(1, 4 * mm), Paragraph(legend, self.styles.body),
                Paragraph(markup(self.w("heat_map_note")), self.styles.note)]

    def register(self) -> list[Flowable]:
        if not self.risks:
            return [Paragraph(markup(self.w("no_risks")), self.styles.body)]
        widths = [share * self.width for share in _RISK_COLUMNS]
        maker = CellMaker(self.styles, widths, bold_columns=(0,))
        rows, marks = [], []
        for index, risk in enumerate(self.risks, start=1):
            owner = self.contacts.get(risk.owner_id or "")
            about = f"<b>{markup(risk.title)}</b>"
            if risk.description:
                about += f"<br/>{markup(risk.description)}"
            rows.append([
                maker(0, str(risk.score)),
                maker.rich(about),
                maker(2, code_name("category", risk.category, self.lang)),
                maker(3, f"{risk.likelihood} × {risk.impact}"),
                maker(4, owner.name if owner else ""),
                maker(5, self._signals(risk)),
            ])
            marks.append(("BACKGROUND", (0, index), (0, index), BAND_COLOURS[risk.band]))
        header = [self.w(k) for k in ("score", "risk", "category", "likelihood", "risk_owner",
                                      "warning_signals")]
        header[3] = f"{self.w('likelihood')[:4]}. × {self.w('impact')[:3]}."
        return [data_table(header, rows, widths, self.styles, bold_columns=(0,), extra=marks)]

    def _signals(self, risk: Risk) -> str:
        lines = []
        for signal in risk.warning_signals:
            line = labelled(code_name("signal", signal.kind, self.lang), signal.value, self.lang)
            if signal.threshold:
                line += f" ({signal.threshold})"
            lines.append("• " + line)
        return "\n".join(lines)

    def messages(self) -> list[Flowable]:
        messages = self.plan.messages.list()
        if not messages:
            return [Paragraph(markup(self.w("no_messages")), self.styles.body)]
        by_scenario: dict[str | None, list[Any]] = {}
        for message in messages:
            by_scenario.setdefault(message.scenario_id, []).append(message)
        titles: list[tuple[str | None, str]] = [(r.id, r.title) for r in self.risks
                                                if r.id in by_scenario]
        titles.append((None, self.w("general_messages")))
        widths = [share * self.width for share in _MESSAGE_COLUMNS]
        maker = CellMaker(self.styles, widths)
        header = [self.w("message"), self.w("text")]
        story: list[Flowable] = []
        on = today()
        for scenario_id, title in titles:
            group = by_scenario.get(scenario_id)
            if not group:
                continue
            story.extend(headed(f"{title} ({len(group)})", self.styles.subheading))
            rows = []
            for message in group:
                status = markup(code_name("message_status", message.status, self.lang))
                if message.status == "approved":
                    status += " — " + markup(self.w(
                        "approved_by", who=message.approved_by or "?",
                        on=day_text(message.approved_at, self.lang),
                        until=day_text(message.approval_expires, self.lang)))
                    if message.approval_expired(on):
                        expired = markup(self.w("approval_expired"))
                        status += f' <font color="#b00000">⚠ {expired}</font>'
                described = (
                    f"<b>{markup(message.title)}</b><br/>"
                    f"{markup(code_name('audience', message.audience, self.lang))} · "
                    f"{markup(code_name('channel', message.channel, self.lang))} · "
                    f"{message.language.upper()}<br/>{status}"
                )
                rows.append([maker.rich(described), maker(1, message.body)])
            story.append(data_table(header, rows, widths, self.styles))
        return story

    def checklists(self) -> list[Flowable]:
        with_steps = [r for r in self.risks if r.checklist]
        if not with_steps:
            return [Paragraph(markup(self.w("no_checklists")), self.styles.body)]
        step_style = ParagraphStyle("step", parent=self.styles.body, leftIndent=16,
                                    bulletIndent=2, bulletFontName=FONT, spaceAfter=2)
        story: list[Flowable] = []
        for risk in with_steps:
            story.extend(headed(risk.title, self.styles.subheading, room=20 * mm))
            story.extend(Paragraph(markup(step), step_style, bulletText="☐")
                         for step in risk.checklist)
        return story

    def review_dates(self) -> list[Flowable]:
        rows: list[tuple[str, str, str]] = []
        for date in self.plan.review.dates():  # by day already
            if date.subject == PLAN:
                rows.append((date.day or "", self.w("the_plan"), ""))
                continue
            subject = self.w("risk" if date.subject == RISK else "plan_tasks")
            what = labelled(subject, date.title, self.lang)
            if date.subject == RISK:
                rows.append((date.day or "", what, ""))
                continue
            owner = self.contacts.get(date.owner_id or "")
            if owner:
                what += f" ({owner.name})"
            rows.append((date.day or "", what, self.w("done") if date.done else self.w("to_do")))
        if not rows:
            return [Paragraph(markup(self.w("none")), self.styles.body)]
        widths = [share * self.width for share in _REVIEW_COLUMNS]
        maker = CellMaker(self.styles, widths)
        table_rows = [[maker(0, what), maker(1, day_text(day, self.lang)), maker(2, status)]
                      for day, what, status in rows]
        header = [self.w(k) for k in ("what", "date", "status")]
        return [data_table(header, table_rows, widths, self.styles)]


def render(plan: Plan, output: Path, options: PrintOptions) -> None:
    """Print the whole plan as a binder with its contents page."""
    lang = plan.info.get().language
    document = Document(output, furniture_for(plan, word("title_plan", lang)), options.page_size)
    binder = _Binder(plan, options, document.width)

    def note_section(flowable: Flowable, page: int) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name == "section":
            binder.section_pages.setdefault(flowable.getPlainText(), page)

    document.on_flowable = note_section
    document.build(binder.story())
