"""What every printed document shares: the bundled font, page sizes, the header and footer
(with "page X of Y"), paragraph styles and tables that break across pages.

The font is DejaVu Sans, shipped in resources/fonts/, so accents, Greek and Cyrillic print
right on any machine and nothing is fetched. "Page X of Y" is drawn once the page count is
known: the canvas keeps every page until it is saved, then draws the furniture on each.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Table,
)
from reportlab.platypus.flowables import Flowable

from app.printing.words import moment_text, word

if TYPE_CHECKING:
    from app.plan import Plan

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

MARGIN = 14 * mm
HEADER_SPACE = 16 * mm  # between the page edge and the frame: header line and a gap
FOOTER_SPACE = 16 * mm

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#dfe4ea")
ZEBRA = colors.HexColor("#f4f6f8")
RED = colors.HexColor("#b00000")


@functools.cache
def register_fonts() -> None:
    """Register the bundled DejaVu Sans (regular and bold) with reportlab, once per process."""
    folder = resources.files("resources") / "fonts"
    for name, filename in _FONT_FILES.items():
        with resources.as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


def font_has(char: str, bold: bool = False) -> bool:
    """Whether the bundled font draws this character (tests check no glyph box is printed)."""
    register_fonts()
    font = pdfmetrics.getFont(FONT_BOLD if bold else FONT)
    return ord(char) in font.face.charToGlyph


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` in the bundled font."""
    register_fonts()
    return pdfmetrics.stringWidth(text, FONT_BOLD if bold else FONT, size)


def fit_text(text: str, width: float, size: float, bold: bool = False) -> str:
    """`text` cut with an ellipsis so that it fits `width` (for one-line places only)."""
    if text_width(text, size, bold) <= width:
        return text
    while text and text_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def markup(text: str) -> str:
    """Plain text made safe for a Paragraph, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of one text size (documents that must fit a page shrink it)."""

    size: float = 9.0

    def _style(self, name: str, size: float, *, bold: bool = False, **extra: Any
               ) -> ParagraphStyle:
        register_fonts()
        return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size,
                              leading=round(size * 1.22, 2), **{"textColor": INK, **extra})

    @functools.cached_property
    def body(self) -> ParagraphStyle:
        """Running text."""
        return self._style("body", self.size + 1, spaceAfter=4)

    @functools.cached_property
    def note(self) -> ParagraphStyle:
        """Small print under a table."""
        return self._style("note", self.size - 1, textColor=GREY, spaceBefore=3, spaceAfter=3)

    @functools.cached_property
    def cell(self) -> ParagraphStyle:
        """Text in a table cell."""
        return self._style("cell", self.size)

    @functools.cached_property
    def cell_bold(self) -> ParagraphStyle:
        """Bold text in a table cell (header rows, names)."""
        return self._style("cell_bold", self.size, bold=True)

    @functools.cached_property
    def heading(self) -> ParagraphStyle:
        """A section heading."""
        return self._style("heading", self.size + 4, bold=True, spaceBefore=8, spaceAfter=5)

    @functools.cached_property
    def subheading(self) -> ParagraphStyle:
        """A heading inside a section."""
        return self._style("subheading", self.size + 2, bold=True, spaceBefore=6,
                           spaceAfter=3)

    @functools.cached_property
    def title(self) -> ParagraphStyle:
        """A cover title."""
        return self._style("title", 24, bold=True, alignment=TA_CENTER, spaceAfter=12)

    @functools.cached_property
    def centred(self) -> ParagraphStyle:
        """Centred running text (cover)."""
        return self._style("centred", self.size + 3, alignment=TA_CENTER, spaceAfter=6)


def headed(text: str, style: ParagraphStyle, room: float = 30 * mm) -> list[Flowable]:
    """A heading that starts a new page when less than `room` is left under it, so it never
    stands alone at the foot of a page (keepWithNext would move a whole long table instead)."""
    return [CondPageBreak(room), Paragraph(markup(text), style)]


_CELL_PADDING = 3.0


class CellMaker:
    """Table cells: a plain string when the text fits its column line by line (fast to lay
    out), a wrapping Paragraph otherwise, so long text wraps instead of overflowing.

    Columns named in `bold_columns` are set bold by `data_table`, so their plain strings
    print bold too; bold text elsewhere goes through a Paragraph.
    """

    def __init__(self, styles: Styles, widths: Sequence[float],
                 bold_columns: Sequence[int] = ()) -> None:
        register_fonts()
        self.styles = styles
        self.bold_columns = tuple(bold_columns)
        self._room = [w - 2 * _CELL_PADDING - 0.5 for w in widths]

    def __call__(self, column: int, text: str, *, bold: bool | None = None
                 ) -> str | Paragraph:
        """The cell for `text` in `column`."""
        text = text or ""
        column_bold = column in self.bold_columns
        bold = column_bold if bold is None else bold
        font = FONT_BOLD if bold else FONT
        room = self._room[column]
        if bold == column_bold and all(
                pdfmetrics.stringWidth(line, font, self.styles.size) <= room
                for line in text.split("\n")):
            return text
        return Paragraph(markup(text), self.styles.cell_bold if bold else self.styles.cell)

    def rich(self, html: str, *, bold: bool = False) -> Paragraph:
        """A cell from Paragraph markup (the caller escapes the text in it)."""
        return Paragraph(html, self.styles.cell_bold if bold else self.styles.cell)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    styles: Styles,
    *,
    bold_columns: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
    long: bool = True,
) -> Table:
    """A table whose header row repeats on every page it spans; text cells wrap.
    `bold_columns` must match the CellMaker's that made the rows."""
    maker = CellMaker(styles, widths)
    head = [maker.rich(markup(h), bold=True) for h in header]
    kind = LongTable if long else Table
    table = kind([head, *rows], colWidths=list(widths), repeatRows=1, splitByRow=1,
                 splitInRow=1)  # a row taller than a page (a long text) still breaks
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, styles.size, styles.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        *[("FONT", (c, 1), (c, -1), FONT_BOLD, styles.size, styles.cell.leading)
          for c in bold_columns],
    ]
    table.setStyle([*commands, *extra])
    return table


@dataclass(frozen=True)
class Furniture:
    """What stands on every page: organisation, title, print time, revision, an optional note."""

    organisation: str
    title: str
    language: str
    revision: int
    printed_at: datetime
    note: str = ""


def _draw_furniture(canvas: Canvas, furniture: Furniture, page: int, total: int) -> None:
    width, height = canvas._pagesize
    lang = furniture.language
    canvas.saveState()
    top = height - MARGIN + 2 * mm
    confidential = word("confidential", lang)
    canvas.setFillColor(RED)
    canvas.setFont(FONT_BOLD, 7.5)
    canvas.drawRightString(width - MARGIN, top, confidential)
    side = text_width(confidential, 7.5, True)
    organisation = fit_text(furniture.organisation, (width - 2 * MARGIN) * 0.3, 8.5, True)
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 8.5)
    canvas.drawString(MARGIN, top, organisation)
    side = max(side, text_width(organisation, 8.5, True))
    # The title is centred on the page, clear of whichever side text is wider.
    room = width - 2 * MARGIN - 2 * side - 8 * mm
    size = 10.0 if text_width(furniture.title, 10, True) <= room else 8.5
    canvas.setFont(FONT_BOLD, size)
    canvas.drawCentredString(width / 2, top, fit_text(furniture.title, room, size, True))
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)

    bottom = MARGIN - 2 * mm
    canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(GREY)
    canvas.drawString(MARGIN, bottom, word("printed", lang,
                                           when=moment_text(furniture.printed_at, lang)))
    canvas.drawCentredString(width / 2, bottom, word("revision", lang, revision=furniture.revision))
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 7.5)
    canvas.drawRightString(width - MARGIN, bottom, word("page_of", lang, page=page, total=total))
    if furniture.note:
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(GREY)
        canvas.drawCentredString(width / 2, bottom - 3.2 * mm, furniture.note)
    canvas.restoreState()


class NumberedCanvas(Canvas):
    """Keeps each page until the end, then draws header and footer knowing the page count,
    and whatever a flowable asked to draw once the whole document is laid out (the page
    numbers of a contents page), so no document needs a second layout pass."""

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._pages: list[dict[str, Any]] = []
        # Shared by every page snapshot (never reassigned): page number → drawings.
        self._later: dict[int, list[Callable[[Canvas], None]]] = {}

    def draw_later(self, drawing: Callable[[Canvas], None]) -> None:
        """Call `drawing(canvas)` on the current page when the document is complete
        (in page coordinates)."""
        self._later.setdefault(self._pageNumber, []).append(drawing)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _draw_furniture(self, self._furniture, number, total)
            for drawing in self._later.get(number, ()):
                drawing(self)
            super().showPage()
        super().save()


def page_size(name: str, *, wide: bool = False) -> tuple[float, float]:
    """The page size by name, turned landscape when `wide`."""
    size = PAGE_SIZES[name]
    return landscape(size) if wide else size


class _Template(BaseDocTemplate):
    """reportlab's template, telling its document of each flowable laid out."""

    def __init__(self, document: Document, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._document = document

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's hook)
        """Hand the flowable and its page to the document's `on_flowable`, if set."""
        if self._document.on_flowable is not None:
            self._document.on_flowable(flowable, self.page)


class Document:
    """A PDF being laid out: the page size, the frame width, and `build(story)`."""

    def __init__(self, output: Path, furniture: Furniture, size_name: str, *,
                 wide: bool = False) -> None:
        register_fonts()
        self.output = output
        self.furniture = furniture
        self.pagesize = page_size(size_name, wide=wide)
        #: Called with each flowable laid out and the page it landed on (a contents page).
        self.on_flowable: Callable[[Flowable, int], None] | None = None
        self.template = _Template(
            self,
            str(output), pagesize=self.pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=HEADER_SPACE, bottomMargin=FOOTER_SPACE, title=furniture.title,
            author=furniture.organisation, creator="Crisis Cell", subject=furniture.title,
            invariant=0,
        )
        frame = Frame(MARGIN, FOOTER_SPACE, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.template.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    @property
    def width(self) -> float:
        """Width available to the story."""
        return self.pagesize[0] - 2 * MARGIN

    @property
    def height(self) -> float:
        """Height available to the story on one page."""
        return self.pagesize[1] - HEADER_SPACE - FOOTER_SPACE

    def _canvas(self, *args: Any, **kwargs: Any) -> Canvas:
        return NumberedCanvas(*args, furniture=self.furniture, **kwargs)

    def build(self, story: list[Flowable]) -> None:
        """Lay the story out (once) and write the PDF."""
        self.template.build(story, canvasmaker=self._canvas)


def furniture_for(plan: Plan, title: str, note: str = "") -> Furniture:
    """The header and footer of a document of `plan`, printed now."""
    meta = plan.info.get()
    return Furniture(organisation=meta.organisation, title=title, language=meta.language,
                     revision=meta.revision, printed_at=datetime.now().astimezone(), note=note)
