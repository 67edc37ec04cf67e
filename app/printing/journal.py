"""The incident report, in the spirit of the ICS-214 activity log: the incident's header, every
entry in order, corrections beside what they correct, and the chain check.

The head hash of the log stands in every page's footer, so a single page can be matched to
the log it came from.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from app.clock import to_local
from app.errors import InvalidState, RecordNotFound, ValidationError
from app.incidents.incidents import Incident
from app.incidents.journal import JournalEntry
from app.incidents.wording import info_status_name, level_name
from app.plan import Plan
from app.printing.clocks_section import clocks_section
from app.printing.layout import (
    GREY,
    INK,
    CellMaker,
    Document,
    Styles,
    data_table,
    furniture_for,
    headed,
    markup,
)
from app.printing.options import PrintOptions
from app.printing.words import code_name, moment_text, word
from app.words.dates import table_day

ROWS_PER_TABLE = 300
#: No., time, author, kind, text.
_COLUMNS = (0.06, 0.16, 0.15, 0.145, 0.485)


def choose_incident(plan: Plan, incident_id: str | None) -> Incident:
    """The incident asked for, else the active one, else the latest."""
    if incident_id:
        try:
            return plan.incidents.get(incident_id)
        except RecordNotFound as error:
            raise ValidationError("incident_id", "unknown_incident", incident_id) from error
    incident = plan.incidents.latest()
    if incident is None:
        raise InvalidState("no_incident")
    return incident


def _when(stored: str, language: str) -> str:
    return moment_text(to_local(stored), language)


def _header_table(plan: Plan, incident: Incident, styles: Styles, width: float) -> Table:
    lang = plan.info.get().language
    nature = word("exercise", lang) if incident.is_exercise else word("real", lang)
    closed = _when(incident.closed_at, lang) if incident.closed_at else word("still_open", lang)
    history = "<br/>".join(
        f"{markup(_when(e.logged_at, lang))} — <b>{markup(level_name(e.level or '', lang))}</b>"
        f" ({markup(e.author)})"
        for e in plan.incidents.level_history(incident.id))
    label = styles.cell_bold
    rows = [
        [Paragraph(markup(word("incident", lang)), label),
         Paragraph(f"<b>{markup(incident.title)}</b>", styles.cell)],
        [Paragraph(markup(word("nature", lang)), label),
         Paragraph(f'<font color="#b00000"><b>{markup(nature)}</b></font>' if incident.is_exercise
                   else markup(nature), styles.cell)],
        [Paragraph(markup(word("opened", lang)), label),
         Paragraph(markup(_when(incident.opened_at, lang)), styles.cell)],
        [Paragraph(markup(word("closed", lang)), label), Paragraph(markup(closed), styles.cell)],
        [Paragraph(markup(word("current_level", lang)), label),
         Paragraph(markup(level_name(incident.level, lang)) if incident.is_active else
                   "<b>" + markup(word("closed_state", lang, level=level_name(
                       incident.level, lang))) + "</b>", styles.cell)],
        [Paragraph(markup(word("level_history", lang)), label),
         Paragraph(history or markup(word("none", lang)), styles.cell)],
    ]
    table = Table(rows, colWidths=[0.22 * width, 0.78 * width])
    table.setStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ])
    return table


def _entry_rows(plan: Plan, entries: list[JournalEntry], numbers: dict[str, int],
                styles: Styles, width: float) -> list[list[Any]]:
    lang = plan.info.get().language
    widths = [share * width for share in _COLUMNS]
    maker = CellMaker(styles, widths, bold_columns=(0,))
    corrections: dict[str, list[JournalEntry]] = {}
    status_changes: dict[str, list[JournalEntry]] = {}
    for entry in entries:
        if entry.corrects_id:
            corrections.setdefault(entry.corrects_id, []).append(entry)
        if entry.kind == "status_change" and entry.refers_to_id:
            status_changes.setdefault(entry.refers_to_id, []).append(entry)
    rows = []
    for entry in entries:
        logged = _when(entry.logged_at, lang)
        when = logged
        if entry.occurred_at:
            occurred = _when(entry.occurred_at, lang)
            if occurred != logged:
                day, clock = occurred.rsplit(" ", 1)
                if logged.startswith(day + " "):  # same day: the time says enough
                    occurred = clock
                when = f"{logged}\n{word('occurred', lang, when=occurred)}"
        kind = code_name("kind", entry.kind, lang)
        if entry.kind == "level_change" and entry.level:
            kind = f"{kind}\n{level_name(entry.level, lang)}"
        parts = []
        if entry.corrects_id:
            target = numbers.get(entry.corrects_id, "?")
            parts.append(f"<b>{markup(word('correction_of', lang, number=target))}</b> ")
        parts.append(markup(entry.text))
        if entry.kind == "status_change" and entry.refers_to_id:
            parts.append(" " + markup(word("status_of", lang,
                                           number=numbers.get(entry.refers_to_id, "?"))))
        if entry.kind == "information" and entry.info_status:
            parts.append("<br/>" + _status_lines(entry, status_changes.get(entry.id, []),
                                                 numbers, lang))
        for fix in corrections.get(entry.id, []):
            parts.append('<br/><font color="#b00000">↳ ' + markup(word(
                "corrected_by", lang, number=numbers[fix.id], when=_when(fix.logged_at, lang),
                author=fix.author, text=fix.text)) + "</font>")
        # A bare text is laid out fastest as a plain cell; anything added needs markup.
        text: Any = maker(4, entry.text) if len(parts) == 1 else maker.rich("".join(parts))
        rows.append([maker(0, str(numbers[entry.id])), maker(1, when),
                     maker(2, entry.author), maker(3, kind), text])
    return rows


def _status_lines(entry: JournalEntry, changes: list[JournalEntry], numbers: dict[str, int],
                  lang: str) -> str:
    """An information's current status (its last change), then how it got there."""
    current = changes[-1].info_status if changes else entry.info_status
    line = "<b>" + markup(word("info_status_now", lang, status=info_status_name(
        current or "to_verify", lang))) + "</b>"
    if not changes:
        return line
    steps = [word("status_step", lang, status=info_status_name(entry.info_status or "", lang),
                  when=_when(entry.logged_at, lang), author=entry.author)]
    steps += [word("status_step", lang, status=info_status_name(c.info_status or "", lang),
                   when=_when(c.logged_at, lang) + ", " + word(
                       "entry_number", lang, number=numbers.get(c.id, "?")),
                   author=c.author) for c in changes]
    return line + "<br/>" + markup(word("status_history", lang, steps=" → ".join(steps)))


def _review(plan: Plan, incident: Incident, styles: Styles, width: float) -> list[Flowable]:
    """The post-crisis review and the plan tasks it gave, at the end of the report."""
    lang = plan.info.get().language
    story: list[Flowable] = [Spacer(1, 10), *headed(word("review_title", lang),
                                                     styles.subheading, room=45 * mm)]
    review = incident.review
    if review is None or not (review.worked or review.failed or review.changes):
        story.append(Paragraph(markup(word("review_none", lang)), styles.body))
    else:
        for key, text in (("review_worked", review.worked), ("review_failed", review.failed),
                          ("review_changes", review.changes)):
            story.append(Paragraph(f"<b>{markup(word(key, lang))}</b>", styles.body))
            story.append(Paragraph(markup(text or "—"), styles.body))
    tasks = plan.review.tasks(incident_id=incident.id)
    if tasks:
        story.append(Spacer(1, 4))
        story.append(Paragraph(f"<b>{markup(word('review_tasks', lang))}</b>", styles.body))
        widths = [0.5 * width, 0.3 * width, 0.2 * width]
        maker = CellMaker(styles, widths)
        rows = []
        for task in tasks:
            try:
                owner = plan.contacts.get(task.owner_id).name if task.owner_id else "—"
            except RecordNotFound:
                owner = "—"
            day = (table_day(date.fromisoformat(task.review_date[:10]), lang) if task.review_date
                   else "—")
            rows.append([maker(0, task.title), maker(1, owner), maker(2, day)])
        header = [word("what", lang), word("task_owner", lang), word("next_review", lang)]
        story.append(data_table(header, rows, widths, styles))
    return story


def _chain_statement(plan: Plan, incident: Incident, numbers: dict[str, int],
                     head: str | None, styles: Styles) -> list[Flowable]:
    lang = plan.info.get().language
    report = plan.journal.verify(incident.id)
    story: list[Flowable] = [Spacer(1, 6), *headed(word("chain_title", lang), styles.subheading,
                                                    room=45 * mm)]
    if report.checked == 0:
        story.append(Paragraph(markup(word("chain_empty", lang)), styles.body))
    elif report.ok:
        story.append(Paragraph("<b>✓ " + markup(word(
            "chain_ok", lang, checked=report.checked, chains=report.chains)) + "</b>",
            styles.body))
    else:
        broken = report.first_break
        assert broken is not None
        reason = word(f"reason_{broken.reason}", lang)
        story.append(Paragraph('<font color="#b00000"><b>⚠ ' + markup(word(
            "chain_broken", lang, number=numbers.get(broken.entry_id, "?"),
            entry_id=broken.entry_id, seq=broken.seq, reason=reason)) + "</b></font>",
            styles.body))
    story.extend(_heads_statement(plan, incident, styles))
    story.append(Paragraph(markup(word("head_hash_line", lang, hash=head or word("none", lang))),
                           styles.body))
    story.append(Paragraph(markup(word("head_hash_note", lang)), styles.note))
    story.append(Spacer(1, 14))
    story.append(Paragraph(markup(word("signature", lang)), styles.body))
    return story


def _heads_statement(plan: Plan, incident: Incident, styles: Styles) -> list[Flowable]:
    """Whether the log's end is vouched for: the chain alone never says nothing was removed."""
    lang = plan.info.get().language
    gaps = [g for g in plan.missing_entries if g.incident_id == incident.id]
    if not gaps:
        key = {"witness": "chain_witnessed", "backup": "chain_backup_heads"}.get(
            plan.heads_compared_with, "chain_unwitnessed")
        return [Paragraph(markup(word(key, lang)), styles.body)]
    story: list[Flowable] = []
    for gap in gaps:
        text = (word("chain_rewritten", lang, seq=gap.witnessed_seq) if gap.rewritten else
                word("chain_missing", lang, missing=gap.missing, seq=gap.file_seq + 1))
        story.append(Paragraph(f'<font color="#b00000"><b>⚠ {markup(text)}</b></font>',
                               styles.body))
    return story


def render(plan: Plan, output: Path, options: PrintOptions) -> None:
    """Print the log of one incident (by default the active or latest one)."""
    lang = plan.info.get().language
    incident = choose_incident(plan, options.incident_id)
    head = plan.journal.head_hash(incident.id)
    note = word("head_hash", lang, hash=head) if head else ""
    document = Document(output, furniture_for(plan, word("title_journal", lang), note),
                        options.page_size)
    styles = Styles(8.5)
    entries = plan.journal.entries(incident.id)
    numbers = {entry.id: index for index, entry in enumerate(entries, start=1)}
    story: list[Flowable] = [_header_table(plan, incident, styles, document.width),
                             *clocks_section(plan, incident, numbers, styles, document.width),
                             *headed(f"{word('entries', lang)} ({len(entries)})",
                                     styles.subheading)]
    if entries:
        header = [word(k, lang) for k in ("step", "time", "author", "kind", "text")]
        widths = [share * document.width for share in _COLUMNS]
        rows = _entry_rows(plan, entries, numbers, styles, document.width)
        # reportlab re-applies a table's styles to every remaining row each time it splits
        # it across a page, which grows with the square of the rows: a log of thousands of
        # entries goes out as consecutive tables of a few hundred rows each.
        for start in range(0, len(rows), ROWS_PER_TABLE):
            story.append(data_table(header, rows[start:start + ROWS_PER_TABLE], widths, styles,
                                    bold_columns=(0,)))
    else:
        story.append(Paragraph(markup(word("no_entries", lang)), styles.body))
    story.extend(_chain_statement(plan, incident, numbers, head, styles))
    story.extend(_review(plan, incident, styles, document.width))
    document.build(story)

