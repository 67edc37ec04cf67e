"""Pocket cards: a sheet of identical fold-able cards with the cell's roles and key numbers.

Each card is a strip of two panels: the front names the role holders and their numbers,
the back the deputies and the key outside numbers. Cut along the dashes, fold in the middle.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from app.cell.contacts import Contact
from app.plan import Plan
from app.printing.contact_sheet import ContactPrinter
from app.printing.layout import (
    FONT,
    FONT_BOLD,
    GREY,
    INK,
    RED,
    Document,
    Styles,
    fit_text,
    furniture_for,
    markup,
    text_width,
)
from app.printing.options import PrintOptions
from app.printing.words import code_name, word
from app.vocabulary import OUTSIDE_GROUPS, PHONE_KINDS

CARDS_PER_SHEET = 4
KEY_NUMBERS_PER_GROUP = 2
_GAP = 3 * mm
_PAD = 2.5 * mm


@dataclass(frozen=True)
class CardLine:
    """One line of a panel: a label (role or group), a name and the number to dial."""

    label: str
    name: str
    number: str
    secondary: bool = False  # a deputy's line, printed lighter under the holder's


@dataclass(frozen=True)
class CardContent:
    """What every card of the sheet says."""

    organisation: str
    heading: str
    roles: list[CardLine]
    key_title: str
    key_numbers: list[CardLine]


def _number(printer: ContactPrinter, contact: Contact | None) -> str:
    """The first number to dial: the mobile, else office, home, other (what the copy allows)."""
    if contact is None:
        return ""
    for kind in PHONE_KINDS:
        number = printer.phone(contact, kind)
        if number:
            return number
    return ""


def card_content(plan: Plan, *, redacted: bool) -> CardContent:
    """The roles, deputies and outside numbers a card carries."""
    printer = ContactPrinter(plan, redacted=redacted)
    lang = printer.language
    contacts = {c.id: c for c in plan.contacts.list()}
    front = []
    none = word("none", lang)
    deputy_label = word("deputy", lang)
    for role in plan.cell.roles():
        holder = contacts.get(role.holder_id or "")
        deputy = contacts.get(role.deputy_id or "")
        front.append(CardLine(code_name("role_short", role.code, lang),
                              holder.name if holder else none, _number(printer, holder)))
        if deputy is not None:
            front.append(CardLine(deputy_label, deputy.name, _number(printer, deputy),
                                  secondary=True))
    key: list[CardLine] = []
    for group in OUTSIDE_GROUPS:
        members = [c for c in contacts.values() if c.group == group and _number(printer, c)]
        members.sort(key=lambda c: c.kind != "organisation")  # the switchboard before a person
        key.extend(CardLine(code_name("group_short", group, lang), c.name, _number(printer, c))
                   for c in members[:KEY_NUMBERS_PER_GROUP])
    return CardContent(plan.info.get().organisation, word("card_heading", lang), front,
                       word("key_numbers", lang), key)


class FoldCard(Flowable):
    """One card strip: front panel | fold | back panel, with a dashed cutting outline."""

    def __init__(self, content: CardContent, width: float, height: float) -> None:
        super().__init__()
        self.content = content
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Outline, fold line, then both panels."""
        canvas = self.canv
        panel = self.width / 2
        canvas.saveState()
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.5)
        canvas.setDash(4, 3)
        canvas.rect(0, 0, self.width, self.height)
        canvas.setDash(1, 2)
        canvas.line(panel, 0, panel, self.height)
        canvas.setDash()
        self._front(0, panel)
        self._back(panel, panel)
        canvas.restoreState()

    def _band(self, x: float, width: float, title: str, subtitle: str) -> float:
        """A red title band at the top of a panel; returns the y below it."""
        canvas = self.canv
        band = 8.5 * mm
        canvas.setFillColor(RED)
        canvas.rect(x + 1, self.height - band - 1, width - 2, band, stroke=0, fill=1)
        canvas.setFillColor("white")
        canvas.setFont(FONT_BOLD, 8)
        room = width - 2 * _PAD
        canvas.drawString(x + _PAD, self.height - 4 * mm, fit_text(title, room, 8, True))
        canvas.setFont(FONT, 6.5)
        canvas.drawString(x + _PAD, self.height - 7.3 * mm, fit_text(subtitle, room, 6.5))
        return self.height - band - 1.5 * mm

    def _lines(self, x: float, width: float, top: float, bottom: float,
               lines: list[CardLine]) -> None:
        """Label / name / number lines sized to fill the room between top and bottom; lines
        that cannot fit even at the smallest size are left out."""
        leading = min(10.0, (top - bottom) / max(len(lines), 1))
        size = max(min(7.5, leading / 1.2), 5.5)
        leading = max(leading, size * 1.15)
        canvas = self.canv
        inner = width - 2 * _PAD
        # Labels and numbers as wide as they print; names take what is left.
        label_w = min(max((text_width(line.label, size, True) for line in lines), default=0)
                      + 2 * mm, inner * 0.36)
        number_w = min(max((text_width(line.number, size, True) for line in lines), default=0)
                       + 1 * mm, inner * 0.34)
        name_w = inner - label_w - number_w
        y = top - size
        for line in lines:
            if y < bottom:
                return
            canvas.setFillColor(GREY if line.secondary else INK)
            canvas.setFont(FONT if line.secondary else FONT_BOLD, size)
            indent = 3 * mm if line.secondary else 0
            canvas.drawString(x + _PAD + indent, y, fit_text(
                line.label, label_w - indent - 3, size, not line.secondary))
            canvas.setFillColor(INK)
            canvas.setFont(FONT, size)
            canvas.drawString(x + _PAD + label_w, y, fit_text(line.name, name_w - 3, size))
            canvas.setFont(FONT_BOLD, size)
            canvas.drawRightString(x + width - _PAD, y,
                                   fit_text(line.number, number_w, size, True))
            y -= leading

    def _front(self, x: float, width: float) -> None:
        top = self._band(x, width, self.content.heading, self.content.organisation)
        self._lines(x, width, top, _PAD, self.content.roles)

    def _back(self, x: float, width: float) -> None:
        top = self._band(x, width, self.content.key_title, self.content.organisation)
        self._lines(x, width, top, _PAD, self.content.key_numbers)


def render(plan: Plan, output: Path, options: PrintOptions) -> None:
    """Print a sheet of identical pocket cards."""
    lang = plan.info.get().language
    document = Document(output, furniture_for(plan, word("title_card", lang)), options.page_size)
    styles = Styles(8)
    intro = Paragraph(markup(word("card_instructions", lang)), styles.note)
    intro_height = intro.wrap(document.width, document.height)[1] + 8
    height = (document.height - intro_height) / CARDS_PER_SHEET - _GAP
    content = card_content(plan, redacted=options.redacted)
    story: list[Flowable] = [intro]
    for index in range(CARDS_PER_SHEET):
        if index:
            story.append(Spacer(1, _GAP - 0.5))
        story.append(FoldCard(content, document.width, height))
    document.build(story)
