"""The call tree on paper: who calls whom, in order, with the numbers to dial.

It is meant to be pinned up whole, so the text shrinks (down to a readable minimum) until
the tree fits one page; a tree too large for that runs on over several pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable

from app.plan import Plan
from app.printing.contact_sheet import ContactPrinter
from app.printing.layout import CellMaker, Document, Styles, data_table, furniture_for, markup
from app.printing.options import PrintOptions
from app.printing.words import code_name, word

#: Step, caller, callee (with role), numbers to dial.
_COLUMNS = (0.08, 0.25, 0.37, 0.30)
#: Text sizes tried, largest first, to fit the tree on one page.
SIZES = (11.0, 10.0, 9.0, 8.0, 7.0)


def calltree_story(plan: Plan, styles: Styles, width: float, *, redacted: bool
                   ) -> list[Flowable]:
    """The call tree as an introduction and one table (shared with the plan binder)."""
    printer = ContactPrinter(plan, redacted=redacted)
    lang = printer.language
    contacts = {c.id: c for c in plan.contacts.list()}
    roles: dict[str, list[str]] = {}
    for role in plan.cell.roles():
        if role.holder_id:
            roles.setdefault(role.holder_id, []).append(code_name("role", role.code, lang))
        if role.deputy_id:
            roles.setdefault(role.deputy_id, []).append(
                f"{code_name('role', role.code, lang)} ({word('deputy', lang).lower()})")
    story: list[Flowable] = [Paragraph(markup(word("calltree_intro", lang)), styles.body)]
    walk = plan.cell.call_tree().walk()
    if not walk:
        story.append(Paragraph(markup(word("empty_calltree", lang)), styles.body))
        return story
    widths = [share * width for share in _COLUMNS]
    maker = CellMaker(styles, widths, bold_columns=(0,))
    indented: dict[int, ParagraphStyle] = {}
    numbers: list[int] = []
    caller_of: dict[str, str] = {}
    rows: list[list[Any]] = []
    for depth, node in walk:
        del numbers[depth + 1:]
        if len(numbers) <= depth:
            numbers.append(0)
        numbers[depth] += 1
        step = ".".join(map(str, numbers))
        callee = contacts[node.contact_id]
        for child in node.calls:
            caller_of[child.contact_id] = callee.name
        caller = caller_of.get(node.contact_id, word("alert_raiser", lang))
        style = indented.setdefault(depth, ParagraphStyle(
            f"callee{depth}", parent=styles.cell, leftIndent=depth * 8))
        who = f"<b>{markup(callee.name)}</b>"
        described = ", ".join(roles.get(callee.id, [])) or callee.function
        if described:
            who += f"<br/>{markup(described)}"
        rows.append([maker(0, step), maker(1, caller), Paragraph(who, style),
                     maker(3, printer.all_numbers(callee))])
    header = [word(k, lang) for k in ("step", "caller", "callee", "numbers_to_dial")]
    story.append(data_table(header, rows, widths, styles, bold_columns=(0,), long=False))
    return story


def _height(story: list[Flowable], width: float, page_height: float) -> float:
    return sum(f.wrap(width, page_height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in story)


def render(plan: Plan, output: Path, options: PrintOptions) -> None:
    """Print the call tree, on one page when it fits at a readable size."""
    lang = plan.info.get().language
    document = Document(output, furniture_for(plan, word("title_calltree", lang)),
                        options.page_size)
    for size in SIZES:
        story = calltree_story(plan, Styles(size), document.width, redacted=options.redacted)
        if _height(story, document.width, document.height) <= document.height:
            break
    document.build(story)
