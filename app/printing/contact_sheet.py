"""The contact sheet, in the spirit of the ICS-205A communications list: the cell's roles
first (holder, deputy and all their numbers), then every contact by group.

A redacted wall copy leaves out personal numbers (mobile and home).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.platypus import Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from app.cell.contacts import Contact
from app.plan import Plan
from app.printing.layout import (
    RED,
    CellMaker,
    Document,
    Styles,
    data_table,
    furniture_for,
    headed,
    markup,
    text_width,
)
from app.printing.options import PrintOptions
from app.printing.words import code_name, day_text, word
from app.vocabulary import CONTACT_GROUPS, PHONE_KINDS, STALE_AFTER_DAYS

PERSONAL_PHONES = ("mobile", "home")

#: Shares of what the number and date columns leave: name, function, organisation, e-mail.
_TEXT_COLUMNS = (0.26, 0.24, 0.22, 0.28)
#: Role, holder, holder's numbers, deputy, deputy's numbers.
_ROLE_COLUMNS = (0.16, 0.18, 0.24, 0.18, 0.24)


class ContactPrinter:
    """Turns contacts into printed rows for one plan, one language, redacted or not."""

    def __init__(self, plan: Plan, *, redacted: bool) -> None:
        self.plan = plan
        self.language = plan.info.get().language
        self.redacted = redacted

    def phone(self, contact: Contact, kind: str) -> str:
        """One number as dialled in the plan's country ("" when none or withheld)."""
        if self.redacted and kind in PERSONAL_PHONES:
            return ""
        return self.plan.contacts.display_phone(contact.phones.get(kind))

    def other_numbers(self, contact: Contact) -> str:
        """The non-mobile numbers, one per line with their kind."""
        lines = []
        for kind in PHONE_KINDS:
            if kind == "mobile":
                continue
            number = self.phone(contact, kind)
            if number:
                lines.append(f"{word('phone_' + kind, self.language)} {number}")
        return "\n".join(lines)

    def all_numbers(self, contact: Contact | None) -> str:
        """Every number of a contact (mobile first), one per line with its kind."""
        if contact is None:
            return ""
        lines = []
        for kind in PHONE_KINDS:
            number = self.phone(contact, kind)
            if number:
                lines.append(f"{word('phone_' + kind, self.language)} {number}")
        return "\n".join(lines)

    def verified(self, contact: Contact) -> tuple[str, bool]:
        """The last verification day as printed, and whether the contact is stale."""
        day = day_text(contact.last_verified, self.language) or word(
            "never_verified", self.language)
        return day, contact.is_stale()


def role_rows(printer: ContactPrinter, contacts: dict[str, Contact], maker: CellMaker
              ) -> list[list[Any]]:
    """One row per cell role: role, holder and numbers, deputy and numbers."""
    lang = printer.language
    rows = []
    for role in printer.plan.cell.roles():
        holder = contacts.get(role.holder_id or "")
        deputy = contacts.get(role.deputy_id or "")
        rows.append([
            maker(0, code_name("role", role.code, lang)),
            maker(1, holder.name if holder else word("none", lang)),
            maker(2, printer.all_numbers(holder)),
            maker(3, deputy.name if deputy else word("none", lang)),
            maker(4, printer.all_numbers(deputy)),
        ])
    return rows


def contact_rows(printer: ContactPrinter, contacts: Sequence[Contact], maker: CellMaker
                 ) -> tuple[list[list[Any]], list[int]]:
    """Rows of a group table, and the indexes (1-based, after the header) of stale ones."""
    rows, stale = [], []
    withheld = word("redacted", printer.language)
    for index, contact in enumerate(contacts, start=1):
        day, is_stale = printer.verified(contact)
        mobile = printer.phone(contact, "mobile")
        if printer.redacted and contact.phones.get("mobile"):
            mobile = withheld
        rows.append([
            maker(0, contact.name),
            maker(1, contact.function),
            maker(2, contact.organisation),
            maker(3, mobile),
            maker(4, printer.other_numbers(contact)),
            maker(5, contact.email or ""),
            maker(6, f"⚠ {day}" if is_stale else day),
        ])
        if is_stale:
            stale.append(index)
    return rows, stale


def _contact_widths(printer: ContactPrinter, contacts: Sequence[Contact], styles: Styles,
                    width: float) -> list[float]:
    """Column widths: numbers and dates as wide as their widest text (a number never wraps),
    the rest shared out."""
    def widest(texts: list[str], floor: str, ceiling: float) -> float:
        lines = [line for text in texts for line in text.split("\n")]
        widths = [text_width(line, styles.size) for line in lines]
        widths.append(text_width(floor, styles.size, bold=True))  # the header is bold
        return min(max(widths) + 7, ceiling)

    sample = contacts[:2000]  # enough to know how wide numbers print in this plan
    lang = printer.language
    mobile = widest([printer.phone(c, "mobile") for c in sample],
                    word("mobile", lang), width * 0.14)
    others = widest([printer.other_numbers(c) for c in sample],
                    word("other_numbers", lang), width * 0.2)
    verified = widest([f"⚠ {printer.verified(c)[0]}" for c in sample],
                      word("last_verified", lang), width * 0.12)
    rest = width - mobile - others - verified
    name, function, organisation, email = (share * rest for share in _TEXT_COLUMNS)
    return [name, function, organisation, mobile, others, email, verified]


def contact_sections(plan: Plan, styles: Styles, width: float, *, redacted: bool,
                     heading_style: Any = None) -> list[Flowable]:
    """The roles table then one table per contact group (shared with the plan binder)."""
    printer = ContactPrinter(plan, redacted=redacted)
    lang = printer.language
    heading = heading_style or styles.subheading
    everyone = plan.contacts.list()
    by_id = {c.id: c for c in everyone}
    story: list[Flowable] = []
    notes = [word("stale_legend", lang, days=STALE_AFTER_DAYS)]
    if redacted:
        notes.insert(0, word("redacted_legend", lang))
    story.extend(Paragraph(markup(n), styles.note) for n in notes)

    story.extend(headed(word("cell_roles", lang), heading))
    role_widths = [share * width for share in _ROLE_COLUMNS]
    rows = role_rows(printer, by_id, CellMaker(styles, role_widths, bold_columns=(0, 1)))
    if rows:
        header = [word(k, lang) for k in ("role", "holder", "numbers_to_dial", "deputy",
                                          "numbers_to_dial")]
        story.append(data_table(header, rows, role_widths, styles, bold_columns=(0, 1)))
    else:
        story.append(Paragraph(markup(word("no_roles", lang)), styles.body))

    widths = _contact_widths(printer, everyone, styles, width)
    maker = CellMaker(styles, widths, bold_columns=(0,))
    header = [word(k, lang) for k in ("name", "function", "organisation", "mobile",
                                      "other_numbers", "email", "last_verified")]
    groups = {code: [c for c in everyone if c.group == code] for code in CONTACT_GROUPS}
    if not everyone:
        story.append(Paragraph(markup(word("no_contacts", lang)), styles.body))
    for code, members in groups.items():
        if not members:
            continue
        story.extend(headed(f"{code_name('group', code, lang)} ({len(members)})", heading))
        group_rows, stale = contact_rows(printer, members, maker)
        marks = [("TEXTCOLOR", (6, i), (6, i), RED) for i in stale]
        story.append(data_table(header, group_rows, widths, styles, bold_columns=(0,),
                                extra=marks))
        story.append(Spacer(1, 2))
    return story


def render(plan: Plan, output: Path, options: PrintOptions) -> None:
    """Print the contact sheet (landscape, so every number fits its column)."""
    lang = plan.info.get().language
    title = word("title_contacts_redacted" if options.redacted else "title_contacts", lang)
    document = Document(output, furniture_for(plan, title), options.page_size, wide=True)
    styles = Styles(8.5)
    document.build(contact_sections(plan, styles, document.width, redacted=options.redacted))
