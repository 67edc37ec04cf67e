"""The recovery sheet: the plan's key on paper, to open the file on any machine.

It gives the plan's name and id, the key in hexadecimal in groups of four and as a QR code
(whose text is the 64 hex digits), and how to open the file elsewhere: in Crisis Cell
("Open with recovery key…", or `--recovery-key-file`), or in any SQLCipher 4 client such as
DB Browser for SQLite with `PRAGMA key = "x'…'";`. Whoever holds the sheet can read the plan:
it says so, and it is kept in a safe, not with the laptop.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from app.keys.errors import PlanNotEncrypted
from app.keys.key_file import key_check, key_file_path
from app.plan import Plan
from app.printing.layout import Document, Styles, furniture_for, markup
from app.printing.options import PrintOptions
from app.words.catalogue import N_, texts

QR_SIZE = 55 * mm

_TEXTS = {
    "title": N_("Plan recovery sheet"),
    "warning": N_(
        "CONFIDENTIAL. This key opens the plan and all its backups with no other password: whoever"
        " holds this sheet can read the contacts. Keep it in a safe, never with the laptop."),
    "plan": N_("Plan"),
    "plan_id": N_("Plan id"),
    "file": N_("File"),
    "check": N_("Key check"),
    "key": N_("Recovery key (64 hexadecimal digits)"),
    "how": N_("Opening the plan on another machine"),
    "in_app": N_(
        "In Crisis Cell: “Open with recovery key…”, then type the key (spaces do not matter) or "
        "read it from the QR code. On the command line: write the key in a text file, then <font "
        "face='Courier'>crisiscell summary --plan FILE --recovery-key-file KEY.txt</font>."),
    "in_client": N_(
        "With any SQLCipher 4 client, such as DB Browser for SQLite (open an encrypted database, "
        "SQLCipher 4 defaults, raw key) or the sqlcipher shell, run first:"),
    "rekey": N_(
        "After a key rotation (“rekey”) this sheet no longer opens the plan: print a new one and "
        "destroy this one."),
}


def _text(key: str, language: str) -> str:
    return texts(language).gettext(_TEXTS[key])


def grouped_key(key: bytes) -> list[str]:
    """The key as four lines of four groups of four hex digits."""
    digits = key.hex().upper()
    groups = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    return [" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)]


def _qr(key: bytes) -> Drawing:
    widget = QrCodeWidget(key.hex(), barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x2 - x1), 0, 0,
                                                    QR_SIZE / (y2 - y1), 0, 0])
    drawing.add(widget)
    return drawing


def recovery_story(plan: Plan, styles: Styles, width: float) -> list[Flowable]:
    """The sheet's content."""
    key = plan.key.key
    if key is None:
        raise PlanNotEncrypted(str(plan.path), "a plan made before encryption has no key to "
                                               "print: encrypt it first")
    meta = plan.info.get()
    lang = meta.language
    mono = ParagraphStyle("key", parent=styles.body, fontName="Courier-Bold", fontSize=15,
                          leading=22)
    sql = ParagraphStyle("sql", parent=styles.body, fontName="Courier", fontSize=8.5,
                         leading=11)
    warning = ParagraphStyle("warning", parent=styles.cell_bold, fontSize=styles.size + 1,
                             leading=(styles.size + 1) * 1.25, textColor="#9b1c1c",
                             spaceAfter=8)
    facts = [
        (_text("plan", lang), meta.organisation),
        (_text("plan_id", lang), meta.id),
        (_text("file", lang), plan.path.name + (f"  (+ {key_file_path(plan.path).name})")),
        (_text("check", lang), key_check(key)),
    ]
    fact_table = Table([[Paragraph(f"<b>{markup(k)}</b>", styles.cell),
                         Paragraph(markup(v), styles.cell)] for k, v in facts],
                       colWidths=[0.3 * width, 0.7 * width])
    fact_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    key_lines = Paragraph("<br/>".join(grouped_key(key)), mono)
    key_table = Table([[key_lines, _qr(key)]], colWidths=[width - QR_SIZE - 6 * mm,
                                                          QR_SIZE + 6 * mm])
    key_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BOX", (0, 0), (-1, -1), 1, "#333333"),
                                   ("LEFTPADDING", (0, 0), (0, 0), 8)]))
    pragma = f"PRAGMA key = \"x'{key.hex()}'\";"
    return [
        Paragraph(markup(_text("title", lang)), styles.heading),
        Paragraph(markup(_text("warning", lang)), warning),
        fact_table,
        Spacer(1, 5 * mm),
        Paragraph(markup(_text("key", lang)), styles.subheading),
        key_table,
        Spacer(1, 5 * mm),
        Paragraph(markup(_text("how", lang)), styles.subheading),
        Paragraph("1. " + _text("in_app", lang), styles.body),
        Paragraph("2. " + markup(_text("in_client", lang)), styles.body),
        Paragraph(markup(pragma), sql),
        Spacer(1, 4 * mm),
        Paragraph(markup(_text("rekey", lang)), styles.note),
    ]


def render(plan: Plan, output: Path, options: PrintOptions) -> None:
    """Print the recovery sheet of `plan` (one page)."""
    lang = plan.info.get().language
    document = Document(output, furniture_for(plan, _text("title", lang)), options.page_size)
    document.build(recovery_story(plan, Styles(10.0), document.width))
